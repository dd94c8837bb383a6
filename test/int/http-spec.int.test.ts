// GraphQL over HTTP by the book: the reference implementation's audit (graphql-http's
// serverAudits) run against the real server on a port, over real HTTP. Every audit must pass,
// the MAY and SHOULD ones included.
import type { FastifyInstance } from 'fastify';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../helpers.js';

let app: FastifyInstance;
let url: string;
beforeAll(async () => {
  app = await makeApp({ RATE_LIMIT_MAX: '100000' });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  url = `${address}/graphql`;
});
afterAll(async () => {
  await app.close();
});

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  it('passes every audit with no error and no warning', async () => {
    const audits = serverAudits({ url: () => url, fetchFn: fetch });
    const results = [];
    for (const a of audits) results.push(await a.fn());
    const notOk = results
      .filter((r) => r.status !== 'ok')
      .map((r) => `${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    console.log(`[http-spec] ${results.length - notOk.length} of ${results.length} audits ok`);
    expect(notOk).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(60);
  });
});
