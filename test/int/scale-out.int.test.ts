// Two API processes over one Neo4j, as users scale out behind a load balancer: a write through one
// is read back through the other on the next request (its response cache asks the graph's version
// before serving a hit), bookmarks returned by a write are accepted by the other instance, and bad
// bookmarks are a coded 400. Rate limits are per instance (README, "Scaling out").
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { freePort } from '../../src/neo4j/embedded.js';
import { makeExecutor } from '../helpers.js';
import { graphql, request, Resources, sha256hex, startApi, type ApiProcess } from '../resilience-helpers.js';

const EDITOR = 'scale-out-editor';
// An agency of the test's own, so no seeded fact is edited.
const ID = 'agency:skalningstest-myndighet';
const READ = `{ agency(id: "${ID}") { id nameEn } }`;
const source = {
  newDocument: { title: 'Skalningstest', url: 'https://example.org/scale-out' },
  quote: 'Skalningstest: namnet ändras',
};
const res = new Resources();
let a: ApiProcess;
let b: ApiProcess;

beforeAll(async () => {
  const env = {
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_PASSWORD: inject('neo4jPassword') ?? 'unused',
    SEED_ON_START: 'false',
    LOG_LEVEL: 'warn',
    API_KEYS: `scale:editor:${sha256hex(EDITOR)}`,
  };
  [a, b] = await Promise.all([
    freePort().then((port) => startApi(res, { ...env, PORT: String(port) }, { readyTimeoutMs: 300_000 })),
    freePort().then((port) => startApi(res, { ...env, PORT: String(port) }, { readyTimeoutMs: 300_000 })),
  ]);
  const created = await graphql(
    a.port,
    'mutation($i: AgencyInput!) { createAgency(input: $i) { id } }',
    { i: { name: 'Skalningstest myndighet', kind: 'OTHER', sources: [source] } },
    { authorization: `Bearer ${EDITOR}` },
  );
  expect(created.body?.data?.createAgency?.id, created.text).toBe(ID);
}, 600_000);

afterAll(async () => {
  const { db, close } = makeExecutor();
  try {
    await db.driver.executeQuery('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: ID });
    await db.driver.executeQuery('MATCH (c:Change {entityId: $id}) DETACH DELETE c', { id: ID });
  } finally {
    await close();
  }
  const problems = await res.cleanup();
  if (problems.length) throw new Error(`cleanup: ${problems.join('; ')}`);
});

function setNameEn(api: ApiProcess, nameEn: string, headers: Record<string, string> = {}) {
  return graphql(
    api.port,
    'mutation($id: ID!, $p: AgencyPatch!) { updateAgency(id: $id, patch: $p) { nameEn } }',
    { id: ID, p: { nameEn, sources: [source] } },
    { authorization: `Bearer ${EDITOR}`, ...headers },
  );
}

describe('two API instances over one Neo4j', () => {
  it('a write through one instance is read through the other on the next request, though the other had it cached', async () => {
    // Until B holds the answer in its cache (its probe may first notice the create in beforeAll
    // and drop what it had cached before).
    let cached = await graphql(b.port, READ);
    for (let i = 0; i < 50 && cached.headers?.['x-cache'] !== 'hit'; i++) cached = await graphql(b.port, READ);
    expect(cached.headers?.['x-cache']).toBe('hit');
    expect(cached.body.data.agency).toEqual({ id: ID, nameEn: null });

    const written = await setNameEn(a, 'Prison and Probation Service (scale-out test)');
    expect(written.status, written.text).toBe(200);
    const bookmarks = written.headers?.['x-neo4j-bookmarks'];
    expect(typeof bookmarks).toBe('string');
    expect(String(bookmarks).length).toBeGreaterThan(0);

    const next = await graphql(b.port, READ);
    expect(next.body.data.agency.nameEn).toBe('Prison and Probation Service (scale-out test)');
    expect(next.headers?.['x-cache']).toBe('miss');

    // The same read carrying the writer's bookmarks: accepted, and it sees the write.
    const causal = await graphql(b.port, READ, undefined, { 'x-neo4j-bookmarks': String(bookmarks) });
    expect(causal.status, causal.text).toBe(200);
    expect(causal.body.data.agency.nameEn).toBe('Prison and Probation Service (scale-out test)');
  });

  it('answers a malformed or unknown bookmark with a coded 400, and keeps serving', async () => {
    // Refused before any Cypher runs.
    for (const bad of ['not a bookmark', 'x'.repeat(600), Array.from({ length: 17 }, (_, i) => `b${i}`).join(',')]) {
      const r = await graphql(b.port, READ, undefined, { 'x-neo4j-bookmarks': bad });
      expect(r.status, `${bad.slice(0, 40)}: ${r.text?.slice(0, 300)}`).toBe(400);
      expect(r.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    }
    // Well-formed but not one the database issued: Neo4j refuses it, mapped to the same code.
    const unknown = await graphql(b.port, READ, undefined, { 'x-neo4j-bookmarks': 'FB:not-a-real-bookmark' });
    expect(unknown.body.errors[0].extensions.code, unknown.text).toBe('BAD_REQUEST');
    expect(unknown.body.data?.agency ?? null).toBeNull();
    const ready = await request(b.port, { path: '/ready' });
    expect(ready.status).toBe(200);
    expect((await graphql(b.port, READ)).status).toBe(200);
  });
});
