// Bad input that used to be an HTTP 500, text and quotes that used to be stored as sent, wrong
// API keys that used to be free, the audit trail that anonymous callers could read, and the
// in-flight count that leaked requests whose client hung up. Each case asserts the coded answer
// and, for writes, that nothing changed.
import { createHash } from 'node:crypto';
import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../src/neo4j/executor.js';
import { gql, makeApp, makeExecutor } from '../helpers.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const KEYS = {
  reader: 'hardening-reader-1',
  editor: 'hardening-editor-1',
  admin: 'hardening-admin-1',
  anonymous: 'hardening-key-named-anonymous',
};
const env = {
  API_KEYS: `hr:reader:${sha(KEYS.reader)},he:editor:${sha(KEYS.editor)},ha:admin:${sha(KEYS.admin)},anonymous:editor:${sha(KEYS.anonymous)}`,
  AUTH_FAILURE_MAX: '5',
  RATE_LIMIT_MAX: '100000',
};
const bearer = (role: keyof typeof KEYS) => ({ authorization: `Bearer ${KEYS[role]}` });
const seedQuote = {
  documentId: 'document:regeringsbeslut-samverkan-mans-vald-mot-kvinnor',
  quote: 'Uppdraget ska samordnas av Polismyndigheten.',
};
const newDoc = (n: string, extra: Record<string, unknown> = {}) => ({
  newDocument: { title: `Hardening källa ${n}`, url: `https://example.org/hardening/${n}`, ...extra },
  quote: 'Hardening: ett påstående med källa',
});

let app: FastifyInstance;
let db: Executor;
let closeDb: () => Promise<void>;
beforeAll(async () => {
  app = await makeApp(env);
  ({ db, close: closeDb } = makeExecutor());
});
afterAll(async () => {
  // Leave the shared seeded graph as it was: only this file's own entities and changes go.
  await db.driver.executeQuery(
    "MATCH (n:Entity) WHERE n.origin = 'api' AND (n.id CONTAINS 'hardening' OR n.title STARTS WITH 'Hardening') DETACH DELETE n",
  );
  await db.driver.executeQuery("MATCH (t:DocumentText) WHERE t.id CONTAINS 'hardening' DETACH DELETE t");
  await db.driver.executeQuery(
    "MATCH (c:Change) WHERE c.entityId CONTAINS 'hardening' OR c.keyId IN ['he', 'ha', 'anonymous'] DETACH DELETE c",
  );
  await app.close();
  await closeDb();
});

const graphCounts = async () =>
  (
    await db.driver.executeQuery('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r')
  ).records[0]!.toObject();
const post = (payload: string | object, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/graphql',
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    headers: { 'content-type': 'application/json', ...headers },
  });
const codeOf = (body: string) => JSON.parse(body).errors?.[0]?.extensions?.code as string | undefined;

describe('former HTTP 500s are coded 4xx', () => {
  it('variables nested 5,000 deep: 400 VARIABLES_TOO_DEEP (POST and GET)', async () => {
    // Built as text: JSON.stringify itself overflows the stack on a value this deep.
    const deep = `${'{"a":'.repeat(5000)}"x"${'}'.repeat(5000)}`;
    const r = await post(
      `{"query":"query($s: String) { agencies(filter: { nameContains: $s }) { totalCount } }","variables":{"s":${deep}}}`,
    );
    expect(r.statusCode).toBe(400);
    expect(codeOf(r.body)).toBe('VARIABLES_TOO_DEEP');
    const arrays = '['.repeat(5000) + ']'.repeat(5000);
    const g = await app.inject({
      method: 'GET',
      url: `/graphql?query=${encodeURIComponent('{ __typename }')}&variables=${encodeURIComponent(`{"v":${arrays}}`)}`,
    });
    expect(g.statusCode).toBe(400);
    expect(codeOf(g.body)).toBe('VARIABLES_TOO_DEEP');
    const ext = await post(`{"query":"{ __typename }","extensions":{"e":${arrays}}}`);
    expect(codeOf(ext.body)).toBe('VARIABLES_TOO_DEEP');
  });

  it('GET with variables or extensions that are not a JSON object: 400 BAD_REQUEST', async () => {
    for (const v of ['5', '[1,2]', '"text"', 'true', '{not json', '']) {
      for (const param of ['variables', 'extensions']) {
        const r = await app.inject({
          method: 'GET',
          url: `/graphql?query=${encodeURIComponent('{ __typename }')}&${param}=${encodeURIComponent(v)}`,
        });
        if (v === '') {
          expect(r.statusCode, `${param}=${v}`).toBe(200);
          continue;
        }
        expect(r.statusCode, `${param}=${v}`).toBe(400);
        expect(codeOf(r.body), `${param}=${v}`).toBe('BAD_REQUEST');
      }
    }
    const twice = await app.inject({
      method: 'GET',
      url: `/graphql?query=${encodeURIComponent('{ __typename }')}&variables={}&variables={}`,
    });
    expect(codeOf(twice.body)).toBe('BAD_REQUEST');
    const post0 = await post({ query: '{ __typename }', variables: 0 });
    expect([post0.statusCode, codeOf(post0.body)]).toEqual([400, 'BAD_REQUEST']);
  });

  it('GET with several operations and no (or an empty) operationName, an empty query, or no query: 400 with a code', async () => {
    const two = encodeURIComponent('query A { __typename } query B { __typename }');
    for (const url of [
      `/graphql?query=${two}`,
      `/graphql?query=${two}&operationName=`,
      `/graphql?query=${two}&operationName=C`,
      '/graphql?query=',
      '/graphql?query=%20',
      '/graphql',
    ]) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(400);
      expect(codeOf(r.body), url).toMatch(/^(BAD_REQUEST|GRAPHQL_VALIDATION_FAILED)$/);
    }
    const named = await app.inject({ method: 'GET', url: `/graphql?query=${two}&operationName=B` });
    expect(named.statusCode).toBe(200);
    const one = await app.inject({
      method: 'GET',
      url: `/graphql?query=${encodeURIComponent('{ __typename }')}&operationName=`,
    });
    expect(one.statusCode).toBe(200);
  });

  it('HEAD /graphql is refused (405), so a mutation cannot slip past the GET check', async () => {
    const before = await graphCounts();
    const q = encodeURIComponent(
      'mutation { createAgency(input: { name: "Hardening head", kind: OTHER, sources: [{ newDocument: { title: "Hardening head", url: "https://example.org/h" }, quote: "Hardening: ett påstående med källa" }] }) { id } }',
    );
    const r = await app.inject({ method: 'HEAD', url: `/graphql?query=${q}`, headers: bearer('editor') });
    expect(r.statusCode).toBe(405);
    expect(r.headers.allow).toBe('GET, POST');
    expect(await graphCounts()).toEqual(before);
  });

  it('an HTTP/1.1 request without Host, malformed HTTP and an undecodable URL: coded 400', async () => {
    const bad = await app.inject({ method: 'GET', url: '/%zz' });
    expect([bad.statusCode, codeOf(bad.body)]).toEqual([400, 'BAD_REQUEST']);
  });

  it('update mutations given the id of another kind: 404 NOT_FOUND, nothing written', async () => {
    const before = await graphCounts();
    const cases = [
      ['updateAgency', 'strategy:segregation-2018-2028', '{ nameEn: "X" }'],
      ['updateStrategy', 'agency:polismyndigheten', '{ periodStart: 2020 }'],
      ['updateAssignment', 'agency:polismyndigheten', '{ reportDue: "2030-01-01" }'],
      ['updateFundingFlow', 'agency:polismyndigheten', '{ note: "x" }'],
      ['updateAgency', 'document:regeringsbeslut-samverkan-mans-vald-mot-kvinnor', '{ nameEn: "X" }'],
    ];
    for (const [m, id, patch] of cases) {
      const r = await gql(
        app,
        `mutation($s: [SourceInput!]!) { ${m}(id: "${id}", patch: { ${patch!.slice(2, -2)}, sources: $s }) { id } }`,
        { s: [seedQuote] },
        bearer('editor'),
      );
      expect(r.status, `${m} ${id}`).toBe(404);
      expect(r.errors?.[0]?.extensions.code, `${m} ${id}`).toBe('NOT_FOUND');
    }
    expect(await graphCounts()).toEqual(before);
  });

  it('a tampered changes cursor: 400 BAD_USER_INPUT', async () => {
    const enc = (t: unknown) => Buffer.from(JSON.stringify(t)).toString('base64url');
    for (const after of [
      enc([1, 'change', 'not a date', 'change:x']),
      enc([1, 'change', 5, 'change:x']),
      enc([1, 'change', '+275760-09-13T00:00:00Z', 'c']),
      enc([1, 'agency', 'a', 'b']),
    ]) {
      const r = await gql(
        app,
        'query($a: String) { changes(after: $a) { totalCount } }',
        { a: after },
        bearer('editor'),
      );
      expect(r.status, after).toBe(400);
      expect(r.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
    const since = await gql(app, '{ changes(since: "12345") { totalCount } }', undefined, bearer('editor'));
    expect(since.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('wrong API keys are rate-limited per client', () => {
  it('after AUTH_FAILURE_MAX wrong keys the client gets 429 AUTH_RATE_LIMITED with Retry-After, a right key included; others are unaffected', async () => {
    const from = (remoteAddress: string, authorization?: string) =>
      app.inject({
        method: 'POST',
        url: '/graphql',
        remoteAddress,
        payload: { query: '{ __typename }' },
        headers: authorization ? { authorization } : {},
      });
    for (let i = 0; i < 5; i++) expect((await from('10.9.0.1', `Bearer wrong-${i}`)).statusCode).toBe(401);
    const blocked = await from('10.9.0.1', 'Bearer wrong-6');
    expect(blocked.statusCode).toBe(429);
    expect(codeOf(blocked.body)).toBe('AUTH_RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Guessing must not go on: a right key from the blocked client is refused too.
    expect((await from('10.9.0.1', `Bearer ${KEYS.reader}`)).statusCode).toBe(429);
    // Without a key the client is an anonymous reader as before; other clients keep their keys.
    expect((await from('10.9.0.1')).statusCode).toBe(200);
    expect((await from('10.9.0.2', `Bearer ${KEYS.reader}`)).statusCode).toBe(200);
  });

  it('X-Forwarded-For is not believed unless TRUST_PROXY says so', async () => {
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const r = await app.inject({
        method: 'POST',
        url: '/graphql',
        remoteAddress: '10.9.1.1',
        payload: { query: '{ __typename }' },
        headers: { authorization: 'Bearer wrong', 'x-forwarded-for': `192.0.2.${i}` },
      });
      statuses.push(r.statusCode);
    }
    // A fresh forwarded address per request did not reset the count: the socket's address counts.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const proxied = await makeApp({ ...env, TRUST_PROXY: '127.0.0.1' });
    try {
      const r = [];
      for (let i = 0; i < 6; i++)
        r.push(
          (
            await proxied.inject({
              method: 'POST',
              url: '/graphql',
              remoteAddress: '127.0.0.1',
              payload: { query: '{ __typename }' },
              headers: { authorization: 'Bearer wrong', 'x-forwarded-for': `192.0.2.${i}` },
            })
          ).statusCode,
        );
      expect(r).toEqual([401, 401, 401, 401, 401, 401]);
    } finally {
      await proxied.close();
    }
  });
});

describe('text and URLs', () => {
  const create = (name: string, sources: unknown[] = [newDoc('text')], extra = '') =>
    gql(
      app,
      `mutation($n: String!, $s: [SourceInput!]!) { createAgency(input: { name: $n, kind: OTHER, sources: $s ${extra} }) { id name } }`,
      { n: name, s: sources },
      bearer('editor'),
    );

  it('refuses NUL and other control characters, bidi overrides, line breaks in names, and names of only invisible characters', async () => {
    const before = await graphCounts();
    for (const name of [
      'Hardening\u0000myndighet',
      'Hardening\u202Etenhgidnym',
      'Hardening\u2066x\u2069',
      '\u200B\u200C\u200D\uFEFF',
      ' \u00AD\u2060 ',
      'Hardening\nmyndighet',
      'Hardening\u0007',
    ]) {
      const r = await create(name);
      expect(r.errors?.[0]?.extensions.code, JSON.stringify(name)).toBe('BAD_USER_INPUT');
    }
    const quote = await create('Hardening citat', [
      { ...newDoc('text'), quote: 'Hardening: ett\u202E påstående med källa' },
    ]);
    expect(quote.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await graphCounts()).toEqual(before);
  });

  it('stores text NFC-normalised: a decomposed Å is the same agency as a composed one', async () => {
    const decomposed = 'Hardening A\u030Angermyndighet';
    const a = await create(decomposed);
    expect(a.errors).toBeUndefined();
    expect(a.data.createAgency.name).toBe('Hardening \u00C5ngermyndighet');
    const b = await create('Hardening \u00C5ngermyndighet');
    expect(b.data.createAgency.id).toBe(a.data.createAgency.id);
  });

  it('takes only http(s) URLs without credentials', async () => {
    for (const url of [
      'https://user:secret@example.org/x',
      'https://user@example.org/x',
      'ftp://example.org/x',
      'javascript:alert(1)',
      'https://exa\u0000mple.org',
    ]) {
      const r = await create('Hardening url', [
        { newDocument: { title: 'Hardening url-källa', url }, quote: 'Hardening: ett påstående med källa' },
      ]);
      expect(r.errors?.[0]?.extensions.code, url).toBe('BAD_USER_INPUT');
    }
  });
});

describe('quotes of documents added through the API', () => {
  const text =
    'Hardening-rapporten.\nRegeringen ger Hardeningverket i uppdrag att granska ' +
    'något viktigt '.repeat(3) +
    'och redovisa senast 2031.';
  const mutate = (name: string, sources: unknown[]) =>
    gql(
      app,
      'mutation($n: String!, $s: [SourceInput!]!) { createAgency(input: { name: $n, kind: OTHER, sources: $s }) { id sources { quote verified document { id } } } }',
      { n: name, s: sources },
      bearer('editor'),
    );

  it('with the full text: a quote not in it is refused, one in it is stored verified, and later quotes of that document are checked too', async () => {
    const doc = { title: 'Hardening rapport med text', url: 'https://example.org/hardening/rapport', text };
    const wrong = await mutate('Hardening verifierad', [
      { newDocument: doc, quote: 'Regeringen lägger ned Hardeningverket.' },
    ]);
    expect(wrong.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const ok = await mutate('Hardening verifierad', [
      { newDocument: doc, quote: 'ger Hardeningverket i  uppdrag att granska' },
    ]);
    expect(ok.errors).toBeUndefined();
    const src = ok.data.createAgency.sources[0];
    expect(src.verified).toBe(true);
    const docId = src.document.id;
    // The text is kept beside the document, not on it: the many `{.*}` reads of documents stay small.
    const stored = (
      await db.driver.executeQuery(
        'MATCH (d:Document {id: $id}) OPTIONAL MATCH (d)-[:HAS_TEXT]->(t:DocumentText) RETURN keys(d) AS keys, d.hasText AS hasText, t.text AS text',
        { id: docId },
      )
    ).records[0]!.toObject();
    expect(stored.hasText).toBe(true);
    expect(stored.keys).not.toContain('text');
    expect(stored.text).toBe(text);
    const later = await gql(
      app,
      'mutation($s: [SourceInput!]!) { updateAgency(id: "agency:hardening-verifierad", patch: { nameEn: "Hardening agency", sources: $s }) { id } }',
      { s: [{ documentId: docId, quote: 'och redovisa senast 2035.' }] },
      bearer('editor'),
    );
    expect(later.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const laterOk = await gql(
      app,
      'mutation($s: [SourceInput!]!) { updateAgency(id: "agency:hardening-verifierad", patch: { nameEn: "Hardening agency", sources: $s }) { sources { verified } } }',
      { s: [{ documentId: docId, quote: 'och redovisa senast 2031.' }] },
      bearer('editor'),
    );
    expect(laterOk.errors).toBeUndefined();
    expect(laterOk.data.updateAgency.sources.map((s: { verified: boolean }) => s.verified)).toEqual([true, true]);
  });

  it('without a text: stored, and served as unverified; seed sources are verified', async () => {
    const r = await mutate('Hardening overifierad', [newDoc('utan-text')]);
    expect(r.errors).toBeUndefined();
    expect(r.data.createAgency.sources[0].verified).toBe(false);
    const seed = await gql(app, '{ agency(id: "agency:polismyndigheten") { sources { verified } } }');
    expect(seed.data.agency.sources.length).toBeGreaterThan(0);
    expect(seed.data.agency.sources.every((s: { verified: boolean }) => s.verified)).toBe(true);
  });
});

describe('the audit trail', () => {
  it('is readable by editors and admins only, and each entry carries the request id of its edit', async () => {
    const edit = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { ...bearer('editor'), 'x-request-id': 'hardening-request-1' },
      payload: {
        query:
          'mutation($s: [SourceInput!]!) { createAgency(input: { name: "Hardening granskad", kind: OTHER, sources: $s }) { id } }',
        variables: { s: [newDoc('audit')] },
      },
    });
    expect(edit.statusCode).toBe(200);
    const q =
      '{ changes(entityId: "agency:hardening-granskad") { totalCount edges { node { keyId requestId operation } } } }';
    const anon = await gql(app, q);
    expect([anon.status, anon.errors?.[0]?.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const reader = await gql(app, q, undefined, bearer('reader'));
    expect([reader.status, reader.errors?.[0]?.extensions.code]).toEqual([403, 'FORBIDDEN']);
    for (const role of ['editor', 'admin'] as const) {
      const r = await gql(app, q, undefined, bearer(role));
      expect(r.data.changes.edges[0].node).toEqual({
        keyId: 'he',
        requestId: 'hardening-request-1',
        operation: 'createAgency',
      });
    }
    // A request id that is not an id (here a forged log line) is replaced, not recorded.
    const forged = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { ...bearer('editor'), 'x-request-id': 'x" level=info msg=forged' },
      payload: {
        query:
          'mutation($s: [SourceInput!]!) { updateAgency(id: "agency:hardening-granskad", patch: { nameEn: "Audited", sources: $s }) { id } }',
        variables: { s: [newDoc('audit')] },
      },
    });
    expect(forged.statusCode).toBe(200);
    const latest = await gql(
      app,
      '{ changes(entityId: "agency:hardening-granskad", first: 1) { edges { node { requestId operation } } } }',
      undefined,
      bearer('editor'),
    );
    expect(latest.data.changes.edges[0].node.operation).toBe('updateAgency');
    expect(latest.data.changes.edges[0].node.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('issue 12 bugs', () => {
  it('updateStrategy refuses a period that ends before it starts, also when the patch gives one end', async () => {
    const s = [newDoc('strategi')];
    const created = await gql(
      app,
      'mutation($s: [SourceInput!]!) { createStrategy(input: { name: "Hardening strategi", kind: INITIATIVE, periodStart: 2020, periodEnd: 2025, sources: $s }) { id } }',
      { s },
      bearer('editor'),
    );
    expect(created.errors).toBeUndefined();
    const id = created.data.createStrategy.id;
    for (const patch of ['periodEnd: 2019', 'periodStart: 2026', 'periodStart: 2030, periodEnd: 2029']) {
      const r = await gql(
        app,
        `mutation($s: [SourceInput!]!) { updateStrategy(id: "${id}", patch: { ${patch}, sources: $s }) { periodStart periodEnd } }`,
        { s },
        bearer('editor'),
      );
      expect(r.errors?.[0]?.extensions.code, patch).toBe('BAD_USER_INPUT');
    }
    const read = await gql(app, `{ strategy(id: "${id}") { periodStart periodEnd } }`);
    expect(read.data.strategy).toEqual({ periodStart: 2020, periodEnd: 2025 });
  });

  it('an API key whose id is "anonymous" is a key, not the anonymous reader', async () => {
    const r = await gql(
      app,
      'mutation($s: [SourceInput!]!) { createAgency(input: { name: "Hardening anonym nyckel", kind: OTHER, sources: $s }) { id } }',
      { s: [newDoc('anon')] },
      bearer('anonymous'),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.createAgency.id).toBe('agency:hardening-anonym-nyckel');
  });
});

describe('the in-flight count (drain)', () => {
  it('counts down requests whose client hung up before the answer', async () => {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const body = JSON.stringify({
      query: '{ search(query: "polis", first: 50) { node { id } } agencies(first: 100) { totalCount } }',
    });
    for (let i = 0; i < 20; i++) {
      await new Promise<void>((resolve) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => {
          socket.write(
            `POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
          );
          // The request is complete; the client leaves before the answer.
          setImmediate(() => {
            socket.destroy();
            resolve();
          });
        });
      });
    }
    const deadline = Date.now() + 30_000;
    while (app.inFlight() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(app.inFlight()).toBe(0);
  });
});
