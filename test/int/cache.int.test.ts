// The response cache against the real graph: a repeated query is answered without Neo4j, and no
// answer outlives a write (through this instance at once, through another process within ~1 s).
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
const source = { newDocument: { title: 'Cachetest källa', url: 'https://example.org/cachetest' }, quote: 'Cachetest: ett påstående med källa' };

describe('response cache', () => {
  it('answers a repeated query from memory: same body, no round trip to Neo4j', async () => {
    const q = '{ agency(id: "agency:kriminalvarden") { name assignments(first: 5) { totalCount edges { node { title } } } } }';
    const first = await post(q);
    const second = await post(q);
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-cache']).toBe('miss');
    expect(Number(first.headers['x-db-round-trips'])).toBeGreaterThan(0);
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.headers['x-db-round-trips']).toBe('0');
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
    const created = await post('mutation($i: AgencyInput!) { createAgency(input: $i) { id } }', { i: { name: 'Cachetest myndighet', kind: 'OTHER', sources: [source] } }, { authorization: `Bearer ${EDITOR}` });
    expect(created.json().data.createAgency.id).toBe('agency:cachetest-myndighet');
    const after = await post(LIST);
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.json().data.agencies.totalCount).toBe(1);
  });

  it('a write by another process (the graph version moves) invalidates within about a second', async () => {
    const q = '{ agency(id: "agency:cachetest-annan-process") { name } }';
    expect((await post(q)).json().data.agency).toBeNull();
    expect((await post(q)).headers['x-cache']).toBe('hit');
    // What the seed CLI or another API instance does: write and move the version in one transaction.
    await db.driver.executeQuery(`
      CREATE (a:Entity:Agency {id: 'agency:cachetest-annan-process', name: 'Cachetest annan process', sortName: 'cachetest annan process', kind: 'OTHER', retired: false, sourceDocs: [], sourceQuotes: []})
      WITH a MERGE (v:GraphVersion {id: 'graph'}) SET v.n = coalesce(v.n, 0) + 1`);
    const started = Date.now();
    let seen: unknown = null;
    while (Date.now() - started < 5_000) {
      seen = (await post(q)).json().data.agency;
      if (seen) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const ms = Date.now() - started;
    expect(seen).toEqual({ name: 'Cachetest annan process' });
    expect(ms).toBeLessThan(2_500);
  });
});
