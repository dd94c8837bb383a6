// The front door without a browser: exports parsed back and counted against independent Cypher,
// GraphML read by a GraphML-aware XML parser, the served SDL, automatic persisted queries, CORS
// before auth, and GraphiQL's example tabs answering what the README's examples answer.
import { createHash } from 'node:crypto';
import { parse as parseCsv } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { XMLParser } from 'fast-xml-parser';
import { buildSchema, findBreakingChanges, printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_TABS } from '../../src/frontdoor/examples.js';
import { buildServedSchema, loadTypeDefs } from '../../src/graphql/schema.js';
import type { Executor } from '../../src/neo4j/executor.js';
import { VENDOR_FILES } from '../../src/plugins/pages.js';
import { gqlOk, makeApp, makeExecutor } from '../helpers.js';
import { EXAMPLES } from '../readme-examples.js';
import { dueDates, fetchStrategyAgencies } from '../frontend-example/strategy-agencies.js';

const SEGREGATION = 'strategy:segregation-2018-2028';
const KEY = 'frontdoor-reader-key';
const ORIGIN = 'https://app.example.se';
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

let app: FastifyInstance;
let locked: FastifyInstance;
let tight: FastifyInstance;
let db: Executor;
let closeDb: () => Promise<void>;
beforeAll(async () => {
  app = await makeApp({ MAX_EVENT_LOOP_DELAY_MS: '30000', EXPORT_PAGE_ROWS: '7' });
  tight = await makeApp({ MAX_EVENT_LOOP_DELAY_MS: '30000', EXPORT_MAX_ROWS: '10' });
  // Keys required, one origin allowed: what a front end on another origin meets.
  locked = await makeApp({
    MAX_EVENT_LOOP_DELAY_MS: '30000',
    REQUIRE_API_KEY: 'true',
    API_KEYS: `fe:reader:${sha(KEY)}`,
    CORS_ORIGINS: ORIGIN,
    RATE_LIMIT_MAX: '1000',
  });
  ({ db, close: closeDb } = makeExecutor());
});
afterAll(async () => {
  await app?.close();
  await locked?.close();
  await tight?.close();
  await closeDb?.();
});

const count = async (cypher: string, params: Record<string, unknown> = {}) => {
  const r = await db.driver.executeQuery(cypher, params);
  return Number(r.records[0]!.get('n'));
};

async function download(url: string) {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, headers: res.headers, body: res.body, raw: res.rawPayload };
}

const csvRows = (body: string) =>
  parseCsv(body, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];

describe('exports', () => {
  it('participations CSV: UTF-8 BOM, one row per participation in the strategy, each with its sources', async () => {
    const res = await download(`/export/participations.csv?strategyId=${SEGREGATION}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect([...res.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(res.body);
    const expected = await count(
      `MATCH (a:Agency)-[r:PARTICIPATES_IN]->(x:Assignment)
       WHERE NOT coalesce(a.retired, false) AND NOT coalesce(x.retired, false)
         AND EXISTS { MATCH (x)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $s}) }
       RETURN count(r) AS n`,
      { s: SEGREGATION },
    );
    expect(expected).toBeGreaterThan(10);
    expect(rows).toHaveLength(expected);
    expect(Number(res.headers['x-export-rows'])).toBe(expected);
    // Every participation in the seeds is sourced; the quotes survive CSV quoting verbatim.
    for (const row of rows) expect(row.sourceQuotes!.length).toBeGreaterThan(0);
    const sample = rows.find((r) => r.sourceQuotes!.includes(','))!;
    expect(sample).toBeDefined();
    const stored = await db.driver.executeQuery(
      'MATCH (:Agency {id: $a})-[r:PARTICIPATES_IN {role: $role}]->(:Assignment {id: $x}) RETURN r.sourceQuotes AS q',
      { a: sample.agencyId, role: sample.role, x: sample.assignmentId },
    );
    expect(sample.sourceQuotes).toBe((stored.records[0]!.get('q') as string[]).join(' | '));
  });

  it('funding flows: default stages as the API, a stage filter, and totals matching fundingFlows', async () => {
    const decided = csvRows((await download(`/export/funding-flows.csv?strategyId=${SEGREGATION}`)).body);
    const api = await gqlOk(
      app,
      `query($s: ID!) { fundingFlows(filter: { strategyId: $s }, first: 100) { totalCount totalSek unspecifiedCount } }`,
      { s: SEGREGATION },
    );
    expect(decided).toHaveLength(api.fundingFlows.totalCount);
    // Every flow is a row; a sum counts each krona once, as the API does: a flow passed on from
    // another row, or a part of a whole in the rows, is not added again (fundedByIds, partOfId).
    const withAmount = new Set(decided.filter((r) => r.amountSek !== '').map((r) => r.id));
    const repeats = (r: Record<string, string>) =>
      r.fundedByIds!.split(' | ').some((id) => withAmount.has(id)) || withAmount.has(r.partOfId!);
    const sum = decided
      .filter((r) => !repeats(r))
      .reduce((acc, r) => acc + (r.amountSek === '' ? 0 : Number(r.amountSek)), 0);
    expect(sum).toBe(api.fundingFlows.totalSek);
    expect(decided.filter((r) => r.qualifier === 'UNSPECIFIED' && r.amountSek === '')).toHaveLength(
      api.fundingFlows.unspecifiedCount,
    );
    const all = csvRows(
      (await download(`/export/funding-flows.csv?strategyId=${SEGREGATION}&stage=PROPOSED,ESTIMATED,ALLOCATED,PAID`))
        .body,
    );
    const dmsf = csvRows(
      (
        await download(
          '/export/funding-flows.csv?agencyId=agency:delegationen-mot-segregation&stage=PROPOSED,ESTIMATED,ALLOCATED,PAID',
        )
      ).body,
    );
    const [paid, received] = await Promise.all(
      ['fromId', 'toId'].map((k) =>
        gqlOk(
          app,
          `query($id: ID!) { fundingFlows(filter: { ${k}: $id, stage: [PROPOSED, ESTIMATED, ALLOCATED, PAID] }, first: 100) { edges { node { id } } } }`,
          { id: 'agency:delegationen-mot-segregation' },
        ),
      ),
    );
    const ids = new Set(
      [...paid.fundingFlows.edges, ...received.fundingFlows.edges].map((e: { node: { id: string } }) => e.node.id),
    );
    expect(ids.size).toBeGreaterThan(0);
    expect(new Set(dmsf.map((r) => r.id))).toEqual(ids);
    expect(all.length).toBe(
      await count(
        'MATCH (f:FundingFlow) WHERE NOT coalesce(f.retired, false) AND (EXISTS { MATCH (f)-[:FINANCES]->(:Strategy)-[:PART_OF*0..6]->(:Strategy {id: $s}) } OR EXISTS { MATCH (f)-[:FINANCES]->(:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $s}) }) RETURN count(f) AS n',
        { s: SEGREGATION },
      ),
    );
  });

  it('JSON Lines: every line an object with sources; agencies and assignments match Cypher counts', async () => {
    const res = await download('/export/assignments.jsonl');
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = res.body
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(
      await count('MATCH (x:Assignment) WHERE NOT coalesce(x.retired, false) RETURN count(x) AS n'),
    );
    expect(lines[0]).toHaveProperty('sources');
    expect(
      lines.every(
        (l) =>
          Array.isArray(l.sources) &&
          l.sources.every(
            (s: { document: string; quote: string }) => s.document.startsWith('document:') && s.quote.length > 0,
          ),
      ),
    ).toBe(true);
    const agencies = csvRows((await download('/export/agencies.csv')).body);
    expect(agencies).toHaveLength(
      await count('MATCH (a:Agency) WHERE NOT coalesce(a.retired, false) RETURN count(a) AS n'),
    );
    // By strategy: the agencies taking part in an assignment anywhere under it, each once.
    const under = await download('/export/agencies.jsonl?strategyId=strategy:segregation-2018-2028');
    expect(under.status).toBe(200);
    const ids = under.body
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    const expected = await count(
      `MATCH (a:Agency)-[:PARTICIPATES_IN]->(x:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: 'strategy:segregation-2018-2028'})
       WHERE NOT coalesce(a.retired, false) AND NOT coalesce(x.retired, false) RETURN count(DISTINCT a) AS n`,
    );
    expect(expected).toBeGreaterThan(5);
    expect(ids).toHaveLength(expected);
    expect(new Set(ids).size).toBe(expected);
  });

  it('streams page by page (7 rows a round trip here) without losing or repeating a row', async () => {
    const total = await count(
      'MATCH (a:Agency)-[r:PARTICIPATES_IN]->(x:Assignment) WHERE NOT coalesce(a.retired, false) AND NOT coalesce(x.retired, false) RETURN count(r) AS n',
    );
    expect(total).toBeGreaterThan(7 * 10);
    const res = await download('/export/participations.jsonl');
    const keys = res.body
      .trimEnd()
      .split('\n')
      .map((l) => {
        const o = JSON.parse(l);
        return `${o.assignmentId}|${o.agencyId}|${o.role}`;
      });
    expect(keys).toHaveLength(total);
    expect(new Set(keys).size).toBe(total);
    expect([...keys].sort()).toEqual(keys);
  });

  it('an export over EXPORT_MAX_ROWS is refused with its size before anything is sent', async () => {
    const res = await tight.inject({ method: 'GET', url: `/export/participations.csv?strategyId=${SEGREGATION}` });
    expect(res.statusCode).toBe(413);
    const rows = await count(
      `MATCH (a:Agency)-[r:PARTICIPATES_IN]->(x:Assignment)
       WHERE NOT coalesce(a.retired, false) AND NOT coalesce(x.retired, false)
         AND EXISTS { MATCH (x)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $s}) }
       RETURN count(r) AS n`,
      { s: SEGREGATION },
    );
    expect(res.json().errors[0].extensions).toEqual({ code: 'EXPORT_TOO_LARGE', max: 10, rows });
    expect(
      (await tight.inject({ method: 'GET', url: `/export/network.graphml?strategyId=${SEGREGATION}` })).statusCode,
    ).toBe(413);
  });

  it('GraphML: a valid document Gephi can read, nodes and weighted edges as Agency.collaborators counts them', async () => {
    const res = await download(`/export/network.graphml?strategyId=${SEGREGATION}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/graphml\+xml/);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
    }).parse(res.body);
    const graph = doc.graphml.graph;
    expect(graph.edgedefault).toBe('undirected');
    const ids = new Set(graph.node.map((n: { id: string }) => n.id));
    for (const e of graph.edge) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const weights = new Map<string, number>(
      graph.edge.map((e: { source: string; target: string; data: { key: string; '#text': unknown }[] }) => [
        `${e.source}|${e.target}`,
        Number(e.data.find((d) => d.key === 'weight')!['#text']),
      ]),
    );
    // One agency's strengths from the API must be its edge weights in the file.
    const probe = graph.edge[0].source as string;
    const api = await gqlOk(
      app,
      'query($id: ID!, $s: ID) { agency(id: $id) { collaborators(strategyId: $s, first: 100) { strength agency { id } } } }',
      { id: probe, s: SEGREGATION },
    );
    for (const c of api.agency.collaborators) {
      const key = probe < c.agency.id ? `${probe}|${c.agency.id}` : `${c.agency.id}|${probe}`;
      expect(weights.get(key)).toBe(c.strength);
    }
    expect([...weights.keys()].filter((k) => k.split('|').includes(probe))).toHaveLength(
      api.agency.collaborators.length,
    );
  });

  it('bad filters and unknown exports are refused with codes, before any Cypher', async () => {
    const bad = await download('/export/funding-flows.csv?stage=SPENT');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknownParam = await download('/export/agencies.csv?ministry=x');
    expect(JSON.parse(unknownParam.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const missing = await download('/export/secrets.csv');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('pages, their scripts and the public source documents open without a key (a browser cannot send one when navigating); data does not', async () => {
    for (const url of [
      '/explorer',
      '/graphiql',
      '/assets/vendor/react.js',
      '/assets/app/explorer.js',
      '/documents/document:handlingsplan-segregation-2020',
    ]) {
      expect((await locked.inject({ method: 'GET', url })).statusCode, url).toBe(200);
    }
    for (const url of ['/schema.graphql', '/export/network.graphml']) {
      expect((await locked.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
  });

  it('same auth as /graphql: no key, no export', async () => {
    const res = await locked.inject({ method: 'GET', url: '/export/agencies.csv' });
    expect(res.statusCode).toBe(401);
    const ok = await locked.inject({
      method: 'GET',
      url: '/export/agencies.csv',
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect(ok.statusCode).toBe(200);
  });
});

describe('schema file and persisted queries', () => {
  it('GET /schema.graphql is the served schema and keeps the contract', async () => {
    const res = await app.inject({ method: 'GET', url: '/schema.graphql' });
    expect(res.statusCode).toBe(200);
    const served = buildSchema(res.body);
    expect(printSchema(served)).toBe(printSchema(buildServedSchema()));
    expect(findBreakingChanges(buildSchema(loadTypeDefs()), served)).toEqual([]);
  });

  it('hash-only request: PERSISTED_QUERY_NOT_FOUND, then the text registers it, then the hash alone works (POST and GET)', async () => {
    const query = '{ strategy(id: "strategy:segregation-2018-2028") { name periodStart periodEnd } }';
    const ext = { persistedQuery: { version: 1, sha256Hash: sha(query) } };
    const first = await app.inject({ method: 'POST', url: '/graphql', payload: { extensions: ext } });
    expect(first.statusCode).toBe(400);
    expect(first.json().errors[0]).toMatchObject({
      message: 'PersistedQueryNotFound',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
    const register = await app.inject({ method: 'POST', url: '/graphql', payload: { query, extensions: ext } });
    expect(register.statusCode).toBe(200);
    const byHash = await app.inject({ method: 'POST', url: '/graphql', payload: { extensions: ext } });
    expect(byHash.json()).toEqual(register.json());
    expect(byHash.json().data.strategy.periodStart).toBe(2018);
    const get = await app.inject({
      method: 'GET',
      url: `/graphql?extensions=${encodeURIComponent(JSON.stringify(ext))}`,
    });
    expect(get.json()).toEqual(register.json());
  });

  it('a hash that does not match its text, or an unknown version, is refused with a code', async () => {
    const mismatch = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: {
        query: '{ documents { id } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: sha('{ other }') } },
      },
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().errors[0].extensions.code).toBe('BAD_REQUEST');
    const v2 = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { extensions: { persistedQuery: { version: 2, sha256Hash: sha('{ x }') } } },
    });
    expect(v2.json().errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    locked.inject({
      method: 'OPTIONS',
      url: '/graphql',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });

  it("answers an allowed origin's preflight with 204 before authentication", async () => {
    const res = await preflight(ORIGIN);
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(String(res.headers['access-control-allow-headers'])).toMatch(/authorization/);
    expect(String(res.headers['access-control-allow-methods'])).toMatch(/POST/);
  });

  it('gives no allow-origin to another origin', async () => {
    const res = await preflight('https://elsewhere.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('exposes x-cache, x-db-round-trips and the rate-limit headers on the actual request', async () => {
    const res = await locked.inject({
      method: 'POST',
      url: '/graphql',
      headers: { origin: ORIGIN, authorization: `Bearer ${KEY}` },
      payload: { query: '{ documents { id } }' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    const exposed = String(res.headers['access-control-expose-headers']).split(/,\s*/);
    for (const h of ['x-cache', 'x-db-round-trips', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'])
      expect(exposed).toContain(h);
    for (const h of ['x-cache', 'x-db-round-trips', 'x-ratelimit-remaining']) expect(res.headers[h]).toBeDefined();
  });
});

describe('pages', () => {
  it("GraphiQL's example tabs answer exactly what the README examples they come from answer", async () => {
    expect(new Set(EXAMPLE_TABS.map((t) => t.audience))).toEqual(new Set(['analyst', 'front-end', 'auditor']));
    for (const tab of EXAMPLE_TABS) {
      const readme = EXAMPLES[tab.readme];
      expect(readme, tab.readme).toBeDefined();
      const fromTab = await gqlOk(app, tab.query, tab.variables);
      const fromReadme = await gqlOk(app, readme!);
      expect(fromTab, tab.readme).toEqual(fromReadme);
    }
  });

  it('every script and stylesheet the pages use is served here; no page names another host', async () => {
    for (const url of ['/graphiql', '/explorer']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      const refs = [...res.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(refs.length).toBeGreaterThan(1);
      for (const ref of refs) {
        expect(ref.startsWith('/'), `${url} loads ${ref}`).toBe(true);
        const asset = await app.inject({ method: 'GET', url: ref });
        expect(asset.statusCode, ref).toBe(200);
      }
    }
    expect(Object.keys(VENDOR_FILES).length).toBeGreaterThan(5);
  });
});

describe('front-end example', () => {
  it('the typed, generated query runs over HTTP and its Date comes back as the ISO string it is typed as', async () => {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const result = await fetchStrategyAgencies(`http://127.0.0.1:${port}/graphql`, { id: SEGREGATION, first: 100 });
    const strategy = await gqlOk(
      app,
      'query($id: ID!) { strategy(id: $id) { assignments(first: 1) { totalCount } } }',
      { id: SEGREGATION },
    );
    expect(result.strategy?.assignments.totalCount).toBe(strategy.strategy.assignments.totalCount);
    const dates = dueDates(result);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
