// The response cache against the real graph: a repeated query is answered without Neo4j, and no
// answer outlives a write (through this instance at once; through another process on the next
// request, or with CACHE_CONSISTENCY=probe once the probe has read the new graph version).
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../src/neo4j/executor.js';
import { makeApp, makeExecutor } from '../helpers.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const EDITOR = 'cache-editor-key';
const env = { API_KEYS: `c1:editor:${sha(EDITOR)}` };

let app: FastifyInstance;
let db: Executor;
let closeDb: () => Promise<void>;
beforeAll(async () => {
  app = await makeApp(env);
  ({ db, close: closeDb } = makeExecutor());
});
afterAll(async () => {
  await db.driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'agency:cachetest' DETACH DELETE n");
  await db.driver.executeQuery("MATCH (c:Change) WHERE c.entityId STARTS WITH 'agency:cachetest' DETACH DELETE c");
  await app.close();
  await closeDb();
});

const post = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/graphql', payload: { query, variables }, headers });

const LIST = '{ agencies(filter: { nameContains: "cachetest" }) { totalCount edges { node { id name } } } }';
const source = {
  newDocument: { title: 'Cachetest källa', url: 'https://example.org/cachetest' },
  quote: 'Cachetest: ett påstående med källa',
};

describe('response cache', () => {
  it('answers a repeated query from memory: same body, only the version check goes to Neo4j', async () => {
    const q =
      '{ agency(id: "agency:kriminalvarden") { name assignments(first: 5) { totalCount edges { node { title } } } } }';
    const first = await post(q);
    const second = await post(q);
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-cache']).toBe('miss');
    expect(Number(first.headers['x-db-round-trips'])).toBeGreaterThan(0);
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.headers['x-db-round-trips']).toBe('1');
    expect(second.body).toBe(first.body);
    // Other variables, another operation: another entry.
    const other = await post('query($id: ID!) { agency(id: $id) { name } }', { id: 'agency:kriminalvarden' });
    const other2 = await post('query($id: ID!) { agency(id: $id) { name } }', { id: 'agency:polismyndigheten' });
    expect(other.headers['x-cache']).toBe('miss');
    expect(other2.headers['x-cache']).toBe('miss');
    expect(other2.json().data.agency.name).toBe('Polismyndigheten');
  });

  it('never keeps mutations or answers with errors', async () => {
    const bad = '{ agencies(first: -1) { totalCount } }';
    const a = await post(bad);
    const b = await post(bad);
    expect(a.statusCode).toBe(400);
    expect(b.headers['x-cache']).toBeUndefined();
    expect(b.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a write through this instance invalidates at once (read your writes)', async () => {
    const before = await post(LIST);
    expect(before.json().data.agencies.totalCount).toBe(0);
    expect((await post(LIST)).headers['x-cache']).toBe('hit');
    const created = await post(
      'mutation($i: AgencyInput!) { createAgency(input: $i) { id } }',
      { i: { name: 'Cachetest myndighet', kind: 'OTHER', sources: [source] } },
      { authorization: `Bearer ${EDITOR}` },
    );
    expect(created.json().data.createAgency.id).toBe('agency:cachetest-myndighet');
    const after = await post(LIST);
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.json().data.agencies.totalCount).toBe(1);
  });

  // What the seed CLI or another API instance does: write and move the version in one transaction.
  const writeElsewhere = (id: string, name: string) =>
    db.driver.executeQuery(
      `
      CREATE (a:Entity:Agency {id: $id, name: $name, sortName: toLower($name), kind: 'OTHER', retired: false, sourceDocs: [], sourceQuotes: []})
      WITH a MERGE (v:GraphVersion {id: 'graph'}) SET v.n = coalesce(v.n, 0) + 1`,
      { id, name },
    );

  it('a write by another process (the graph version moves) is seen on the very next request', async () => {
    const q = '{ agency(id: "agency:cachetest-annan-process") { name } }';
    expect((await post(q)).json().data.agency).toBeNull();
    expect((await post(q)).headers['x-cache']).toBe('hit');
    await writeElsewhere('agency:cachetest-annan-process', 'Cachetest annan process');
    const next = await post(q);
    expect(next.headers['x-cache']).toBe('miss');
    expect(next.json().data.agency).toEqual({ name: 'Cachetest annan process' });
  });

  it('with CACHE_CONSISTENCY=probe a hit costs no round trip, and a write elsewhere shows once the probe has read it', async () => {
    const probeApp = await makeApp({ ...env, CACHE_CONSISTENCY: 'probe' });
    try {
      const q = '{ agency(id: "agency:cachetest-probe") { name } }';
      const ask = () => probeApp.inject({ method: 'POST', url: '/graphql', payload: { query: q } });
      expect((await ask()).json().data.agency).toBeNull();
      const hit = await ask();
      expect(hit.headers['x-cache']).toBe('hit');
      expect(hit.headers['x-db-round-trips']).toBe('0');
      await writeElsewhere('agency:cachetest-probe', 'Cachetest probe');
      let seen: unknown = null;
      const deadline = Date.now() + 60_000;
      while (!seen && Date.now() < deadline) {
        seen = (await ask()).json().data.agency;
        if (!seen) await new Promise((r) => setTimeout(r, 50));
      }
      expect(seen).toEqual({ name: 'Cachetest probe' });
    } finally {
      await probeApp.close();
    }
  });
});
