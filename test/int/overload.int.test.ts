// Overload is not an outage: a burst from one client fills its own queue and gets OVERLOADED
// (503, Retry-After) while another client's requests are still answered, the breaker stays
// closed and /ready stays 200. Run against the real graph; the limiter is made small so that the
// burst overflows it on any machine, busy or idle.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../helpers.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const env = {
  API_KEYS: `flood:reader:${sha('flood-key')},calm:reader:${sha('calm-key')}`,
  RESPONSE_CACHE_ENTRIES: '0',
  RATE_LIMIT_MAX: '100000',
  MAX_QUERY_COST: '100000000',
  DB_MAX_CONCURRENCY: '4',
  DB_QUEUE_PER_CLIENT: '8',
  // A long wait bound: this test is about queue capacity and fairness, not the wait timeout,
  // and the calm client's turn can take seconds on a busy machine.
  DB_QUEUE_WAIT_MS: '120000',
  QUERY_TIMEOUT_MS: '120000',
};

// Heavy enough that the burst is still running when the calm client asks.
const HEAVY =
  '{ agencies(first: 100, filter: { hasAssignment: true }) { edges { node { collaborators(first: 50) { agency { id } } assignments(first: 50) { totalCount } } } } }';
const LIGHT = '{ agency(id: "agency:kriminalvarden") { name } }';

let app: FastifyInstance;
beforeAll(async () => {
  app = await makeApp(env);
});
afterAll(async () => {
  await app?.close();
});

const post = (query: string, key: string) =>
  app.inject({ method: 'POST', url: '/graphql', payload: { query }, headers: { authorization: `Bearer ${key}` } });

describe('overload from one client', () => {
  it('300 concurrent uncached requests from one client: OVERLOADED with Retry-After for the excess, the other client answered, breaker closed', async () => {
    const t0 = performance.now();
    const flood = Array.from({ length: 300 }, () => post(HEAVY, 'flood-key'));
    // The calm client asks one at a time while the flood is in the queue.
    const calm: { status: number; code?: string; ms: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const r = await post(LIGHT, 'calm-key');
      calm.push({
        status: r.statusCode,
        code: r.json().errors?.[0]?.extensions?.code,
        ms: Math.round(performance.now() - t),
      });
    }
    const floodAnswers = await Promise.all(flood);
    const byOutcome: Record<string, number> = {};
    for (const r of floodAnswers) {
      const k = `${r.statusCode} ${r.json().errors?.[0]?.extensions?.code ?? ''}`.trim();
      byOutcome[k] = (byOutcome[k] ?? 0) + 1;
    }
    console.log(
      `[overload] flood outcomes ${JSON.stringify(byOutcome)}; calm client ${JSON.stringify(calm)}; ${Math.round(performance.now() - t0)} ms in all`,
    );

    for (const c of calm) expect(c, 'the calm client is answered').toMatchObject({ status: 200 });
    for (const r of floodAnswers) {
      if (r.statusCode === 200) continue;
      expect(r.statusCode).toBe(503);
      expect(r.json().errors[0].extensions.code).toBe('OVERLOADED');
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    }
    // 4 running + 8 queued is all the flood may hold at once; 300 arrive faster than that drains.
    expect(byOutcome['503 OVERLOADED'] ?? 0).toBeGreaterThan(0);
    expect(byOutcome['200'] ?? 0).toBeGreaterThan(0);

    // Busy is not down: the breaker never opened, so the next request goes to Neo4j.
    const ready = await app.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(200);
    const after = await post(LIGHT, 'flood-key');
    expect(after.statusCode).toBe(200);
    expect(Number(after.headers['x-db-round-trips'])).toBeGreaterThan(0);
  }, 300_000);
});
