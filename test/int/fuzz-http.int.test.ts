// HTTP-level fuzzing through the real server on a port (not inject): methods, paths, headers,
// GET parameters, JSON bodies mutated byte by byte, batches, variables and extensions of every
// JSON type and nested far too deep, and cursors taken from real pages then tampered with.
// 6,000 requests, seeded PRNG (a failure reproduces): no 5xx, every refusal carries a code, the
// server still healthy and the graph unchanged. The status distribution is printed.
import http from 'node:http';
import net from 'node:net';
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../src/neo4j/executor.js';
import { gqlOk, makeApp, makeExecutor } from '../helpers.js';

const READER_KEY = 'fuzz-http-reader-key';
let app: FastifyInstance;
let db: Executor;
let closeDb: () => Promise<void>;
let port: number;
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
beforeAll(async () => {
  app = await makeApp({
    RATE_LIMIT_MAX: '10000000',
    AUTH_FAILURE_MAX: '100000',
    API_KEYS: `fz:reader:${createHash('sha256').update(READER_KEY).digest('hex')}`,
    // This test is about input, not load: a slow CI machine must not turn into OVERLOADED here.
    MAX_EVENT_LOOP_DELAY_MS: '30000',
  });
  port = Number(new URL(await app.listen({ port: 0, host: '127.0.0.1' })).port);
  ({ db, close: closeDb } = makeExecutor());
});
afterAll(async () => {
  agent.destroy();
  await app.close();
  await closeDb();
});

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Req {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

function send(r: Req): Promise<{ status: number; body: string; type: string }> {
  return new Promise((resolve, reject) => {
    // Framed with a length, so one request's body is never read as the next request (Node's client
    // sends a DELETE or OPTIONS body unframed); unframed bytes are the raw test's business below.
    const headers =
      r.body !== undefined ? { ...r.headers, 'content-length': String(Buffer.byteLength(r.body)) } : r.headers;
    const req = http.request({ host: '127.0.0.1', port, method: r.method, path: r.path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          type: String(res.headers['content-type'] ?? ''),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    if (r.body !== undefined) req.write(r.body);
    req.end();
  });
}

const QUERIES = [
  'query($s: String, $n: Int, $a: String) { agencies(filter: { nameContains: $s }, first: $n, after: $a) { totalCount edges { cursor node { id name } } pageInfo { endCursor } } }',
  'query($s: String!, $n: Int) { search(query: $s, first: $n) { score node { id } } }',
  'query($a: String, $n: Int) { assignments(first: $n, after: $a) { totalCount edges { cursor node { id title participants { role agency { id } } } } } }',
  'query($a: String, $n: Int) { fundingFlows(first: $n, after: $a) { totalSek edges { cursor node { id amountSek } } } }',
  'query($s: ID!) { node(id: $s) { id ... on Agency { name sources { quote verified } } } }',
  'query($a: String, $n: Int) { changes(first: $n, after: $a) { totalCount } }',
  'query($f: ID!, $t: ID!, $n: Int) { collaborationPath(fromId: $f, toId: $t, maxHops: $n) { hops } }',
  '{ __schema { types { name } } }',
  'mutation($s: String!) { createAgency(input: { name: $s, kind: OTHER, sources: [] }) { id } }',
  'query A { __typename } query B { agencies(first: 1) { totalCount } }',
];
const STRINGS = [
  '',
  ' ',
  'polis',
  'Åklagar',
  '\u0000',
  '\u202E',
  '"',
  '\\',
  '}',
  '*',
  'agency:polismyndigheten',
  'agency:kriminalvarden',
  'x'.repeat(500),
  '🙂',
  '%00',
  "' OR 1=1",
  '$x',
  '{"a":1}',
];
const JSON_VALUES: unknown[] = [
  null,
  0,
  -1,
  1.5,
  // biome-ignore lint/correctness/noPrecisionLoss: a literal beyond a double's range is the fuzz value
  1e309,
  true,
  false,
  '',
  'x',
  [],
  [1],
  {},
  { a: 1 },
  { s: 'polis' },
  { s: { nested: 1 } },
  { n: 'ten' },
  { n: 2 ** 31 },
  { a: 'WzEsImFnZW5jeSJd' },
];
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/graphql',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'garbage',
  '',
];
const ACCEPTS = [
  '',
  '*/*',
  'application/json',
  'application/graphql-response+json',
  'application/graphql-response+json, application/json;q=0.9',
  'text/html',
  'application/json;q=0',
  'x/y;;;q=abc',
];
const AUTHS = [
  '',
  `Bearer ${READER_KEY}`,
  'Bearer wrong-key',
  'Bearer ',
  'Basic dXNlcjpwYXNz',
  `Bearer ${'k'.repeat(600)}`,
  'bearer x',
  'Token abc',
];
const PATHS = [
  '/graphql',
  '/graphql',
  '/graphql',
  '/graphql/',
  '/graphiql',
  '/health',
  '/ready',
  '/nope',
  '/graphql/../graphql',
  '/%zz',
  '/graphql?',
  '/GRAPHQL',
];
const METHODS = ['POST', 'POST', 'POST', 'GET', 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];

function mutateText(text: string, rnd: () => number): string {
  const chars = [...text];
  const edits = 1 + Math.floor(rnd() * 5);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rnd() * (chars.length + 1));
    const op = rnd();
    if (op < 0.35) chars.splice(at, 1);
    else if (op < 0.7) chars.splice(at, 0, '{}[]:,"\\0-e.'[Math.floor(rnd() * 13)]!);
    else if (op < 0.85) chars.splice(at, 0, ...'{"a":[1,{"b":null}]}');
    else chars.reverse();
  }
  return chars.join('');
}

function tamperCursor(c: string, rnd: () => number): string {
  const op = rnd();
  const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  if (op < 0.25) return c.slice(0, Math.floor(rnd() * c.length));
  if (op < 0.5) {
    const chars = [...c];
    chars[Math.floor(rnd() * chars.length)] = 'ABCxyz019-_'[Math.floor(rnd() * 11)]!;
    return chars.join('');
  }
  const variants = [
    [1, 'agency', 5, 'x'],
    [1, 'change', 'not-a-date', 'x'],
    [2, 'agency', 'a', 'b'],
    [1, 'agency', { a: 1 }, 'x'],
    [1, 'agency', 'a'],
    'str',
    null,
    [1, 'assignment', 'z'.repeat(2000), 'y'],
    [1, 'flow', -1e308, 'x'],
  ];
  return enc(variants[Math.floor(rnd() * variants.length)]);
}

const deepJson = (n: number, rnd: () => number) =>
  rnd() < 0.5 ? '['.repeat(n) + ']'.repeat(n) : `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;

describe('HTTP fuzz through the real server', () => {
  it('6,000 generated requests: no 5xx, every refusal coded, graph unchanged', async () => {
    const count = async () =>
      (
        await db.driver.executeQuery(
          'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r',
        )
      ).records[0]!.toObject();
    const before = await count();
    // Real cursors from real pages, to be tampered with.
    const page = await gqlOk(
      app,
      '{ agencies(first: 3) { edges { cursor } } assignments(first: 3) { edges { cursor } } fundingFlows(first: 3) { edges { cursor } } }',
    );
    const cursors: string[] = [...page.agencies.edges, ...page.assignments.edges, ...page.fundingFlows.edges].map(
      (e: { cursor: string }) => e.cursor,
    );
    const rnd = prng(20261203);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    const N = 6000;
    const make = (): Req => {
      const method = pick(METHODS);
      let path = pick(PATHS);
      const headers: Record<string, string> = {};
      const ct = pick(CONTENT_TYPES);
      if (ct) headers['content-type'] = ct;
      const accept = pick(ACCEPTS);
      if (accept) headers.accept = accept;
      const auth = rnd() < 0.3 ? pick(AUTHS) : '';
      if (auth) headers.authorization = auth;
      if (rnd() < 0.1) headers['x-request-id'] = pick(['', 'x'.repeat(300), 'abc', '../../etc']);
      if (rnd() < 0.1) headers['x-forwarded-for'] = pick(['1.2.3.4', 'garbage', '::1, 10.0.0.1', '999.999.1.1']);
      if (rnd() < 0.05) headers['content-encoding'] = pick(['gzip', 'br', 'identity', 'x']);
      const query = pick(QUERIES);
      const variables: Record<string, unknown> = {
        s: pick(STRINGS),
        n: pick([undefined, -1, 0, 1, 5, 100, 101, 2 ** 31]),
        f: 'agency:polismyndigheten',
        t: pick(STRINGS),
      };
      if (rnd() < 0.4) variables.a = rnd() < 0.3 ? pick(cursors) : tamperCursor(pick(cursors), rnd);
      const kind = rnd();
      let body: string | undefined;
      let op: Record<string, unknown> = { query, variables };
      if (kind < 0.08) op = { query, variables: JSON.parse('0') };
      else if (kind < 0.16)
        op = {
          query,
          variables: pick(JSON_VALUES),
          extensions: pick(JSON_VALUES),
          operationName: pick([...JSON_VALUES, 'A', 'B', 'Nope']),
        };
      else if (kind < 0.2) op = { query: pick(JSON_VALUES) };
      if (method === 'GET' || method === 'HEAD' || rnd() < 0.05) {
        const params = new URLSearchParams();
        const q = rnd() < 0.15 ? mutateText(String(op.query), rnd) : String(op.query ?? '');
        params.append('query', q);
        if (rnd() < 0.8)
          params.append(
            'variables',
            rnd() < 0.1
              ? deepJson(200 + Math.floor(rnd() * 5000), rnd)
              : rnd() < 0.2
                ? mutateText(JSON.stringify(op.variables ?? null), rnd)
                : JSON.stringify(op.variables ?? null),
          );
        if (rnd() < 0.2) params.append('extensions', JSON.stringify(pick(JSON_VALUES)));
        if (rnd() < 0.1) params.append('operationName', pick(['A', 'B', '', 'x']));
        if (rnd() < 0.05) params.append('variables', '{}');
        path = `${path.split('?')[0]}?${params.toString()}`;
        if (rnd() < 0.05) path += `&${'%'.repeat(Math.floor(rnd() * 5))}x=%E0%A4%A`;
      }
      if (method !== 'GET' && method !== 'HEAD') {
        const r = rnd();
        if (r < 0.45) body = JSON.stringify(op);
        else if (r < 0.6) body = mutateText(JSON.stringify(op), rnd);
        else if (r < 0.68)
          body = `{"query":${JSON.stringify(query)},"variables":{"s":${deepJson(100 + Math.floor(rnd() * 20000), rnd)}}}`;
        else if (r < 0.76)
          body = JSON.stringify(
            Array.from({ length: Math.floor(rnd() * 9) }, () => (rnd() < 0.8 ? op : pick(JSON_VALUES))),
          );
        else if (r < 0.82)
          body = pick([
            '',
            'null',
            '[]',
            '{}',
            '"x"',
            '1',
            'true',
            '{"query":',
            '\u0000',
            '{"__proto__":{"x":1},"query":"{ __typename }"}',
            '{"constructor":{"prototype":{"x":1}},"query":"{ __typename }"}',
          ]);
        else if (r < 0.88) body = query;
        else if (r < 0.92) body = 'x'.repeat(Math.floor(rnd() * 200_000));
        else if (r < 0.96)
          body = `query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
        else body = Buffer.from(Array.from({ length: 64 }, () => Math.floor(rnd() * 256))).toString('latin1');
      }
      return { method, path, headers, body };
    };
    const one = async (r: Req) => {
      let res: Awaited<ReturnType<typeof send>>;
      try {
        res = await send(r);
      } catch (err) {
        // The client library refused to send it (e.g. an illegal header), not the server's doing.
        if (
          (err as { code?: string }).code === 'ERR_INVALID_CHAR' ||
          (err as { code?: string }).code === 'ERR_INVALID_HTTP_TOKEN'
        )
          return;
        // A HEAD whose URL overflows the header limit: the server answers 431 with a body before it
        // could know the method, which Node's client then refuses to read. Counted, not a failure.
        if (r.method === 'HEAD' && String((err as { code?: string }).code).startsWith('HPE_')) {
          statuses.set(431, (statuses.get(431) ?? 0) + 1);
          return;
        }
        failures.push(`transport ${(err as Error).message} ${r.method} ${r.path.slice(0, 120)}`);
        return;
      }
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const what = `${r.method} ${r.path.slice(0, 120)} ${JSON.stringify(r.headers).slice(0, 200)} ${String(r.body).slice(0, 200)}`;
      if (res.status >= 500)
        failures.push(
          `${res.status} ${r.method} ${r.path} ${String(r.body).slice(0, 300)} -> ${res.body.slice(0, 300)}`,
        );
      else if (res.status >= 400 && r.method !== 'HEAD') {
        let coded = false;
        try {
          const parsed = JSON.parse(res.body);
          // A batch answers with one result per operation; each refusal in it has its code.
          const results = Array.isArray(parsed) ? parsed : [parsed];
          coded =
            results.some((x) => x?.errors) &&
            results.every(
              (x) =>
                !x?.errors ||
                x.errors.every((e: { extensions?: { code?: unknown } }) => typeof e.extensions?.code === 'string'),
            );
        } catch {
          coded = false;
        }
        if (!coded) failures.push(`no code: ${res.status} ${what} -> ${res.body.slice(0, 200)}`);
      }
    };
    const requests = Array.from({ length: N }, make);
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < requests.length) await one(requests[next++]!);
      }),
    );
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    console.log(
      `[fuzz-http] ${total} responses; status distribution: ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`,
    );
    if (failures.length > 0)
      console.log(
        `[fuzz-http] ${failures.length} failures:\n${[...new Set(failures.map((f) => f.slice(0, 3000)))].slice(0, 40).join('\n')}`,
      );
    expect(failures.slice(0, 8)).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(5000);
    expect((await send({ method: 'GET', path: '/health', headers: {} })).status).toBe(200);
    expect(await count()).toEqual(before);
    // The mix reached execution as well as every kind of refusal.
    expect(statuses.get(200)).toBeGreaterThan(300);
    expect([...statuses.keys()].filter((s) => s >= 400).length).toBeGreaterThan(4);
  }, 600_000);

  it('300 malformed raw HTTP requests: each answered with a coded 4xx (or the connection closed), never a 5xx', async () => {
    const rnd = prng(7);
    const body = '{"query":"{ __typename }"}';
    const RAW = [
      'GARBAGE\r\n\r\n',
      'GET\r\n\r\n',
      'GET /graphql HTTP/9.9\r\nhost: x\r\n\r\n',
      `POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n${body}\r\n0\r\n\r\n`,
      `POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 5\r\ncontent-length: 9\r\n\r\n${body}`,
      `POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: -1\r\n\r\n${body}`,
      `GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`,
      `GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nhost: x\r\nbad header\r\n\r\n`,
      `GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nhost: x\r\nx: a\u0000b\r\n\r\n`,
      `POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n${body}`,
      `GET /%zz HTTP/1.1\r\nhost: x\r\n\r\n`,
      `GET /graphql?query=%7B__typename%7D HTTP/1.1\r\n\r\n`,
    ];
    const outcomes = new Map<string, number>();
    const bad: string[] = [];
    for (let i = 0; i < 300; i++) {
      const raw = RAW[Math.floor(rnd() * RAW.length)]!;
      const response = await new Promise<string>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => socket.end(raw));
        const chunks: Buffer[] = [];
        socket.on('data', (c: Buffer) => chunks.push(c));
        socket.on('error', () => resolve(Buffer.concat(chunks).toString('latin1')));
        socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
        socket.setTimeout(10_000, () => socket.destroy());
      });
      const status = /^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 'closed';
      outcomes.set(status, (outcomes.get(status) ?? 0) + 1);
      if (status.startsWith('5')) bad.push(`${status} for ${JSON.stringify(raw.slice(0, 120))}`);
      else if (status !== 'closed' && Number(status) >= 400) {
        const json = response.slice(response.indexOf('\r\n\r\n') + 4);
        if (!/"code":"[A-Z_]+"/.test(json))
          bad.push(`no code ${status} for ${JSON.stringify(raw.slice(0, 120))}: ${json.slice(0, 200)}`);
      }
    }
    console.log(`[fuzz-http raw] outcomes: ${JSON.stringify(Object.fromEntries(outcomes))}`);
    expect(bad.slice(0, 5)).toEqual([]);
    expect((await send({ method: 'GET', path: '/health', headers: {} })).status).toBe(200);
  }, 300_000);
});
