// Which hooks a request meets is decided by the context its route is registered in (src/app.ts),
// not by its URL: a query string does not move /health into the rate limit, nor /graphql out of it.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../helpers.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const KEY = 'contexts-reader-key';
const bearer = { authorization: `Bearer ${KEY}` };

let app: FastifyInstance;
beforeAll(async () => {
  app = await makeApp({
    API_KEYS: `cx:reader:${sha(KEY)}`,
    REQUIRE_API_KEY: 'true',
    RATE_LIMIT_MAX: '2',
    RATE_LIMIT_WINDOW_MS: '600000',
    RESPONSE_CACHE_ENTRIES: '0',
  });
});
afterAll(async () => {
  await app.close();
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

describe('route contexts', () => {
  it('/health and /ready, with or without a query string, need no key and are never rate-limited', async () => {
    for (const url of ['/health', '/health?x', '/ready', '/ready?x=1']) {
      for (let i = 0; i < 4; i++) {
        const res = await get(url, i % 2 === 0 ? {} : { authorization: 'Bearer not-a-key' });
        expect(res.statusCode, `${url} #${i}`).toBe(200);
        expect(res.headers['x-ratelimit-limit'], url).toBeUndefined();
      }
    }
  });

  it('/graphql with a query string is behind the key and the rate limit', async () => {
    const query = encodeURIComponent('{ __typename }');
    expect((await get(`/graphql?x=1&query=${query}`)).statusCode).toBe(401);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/graphql?x=1',
        payload: { query: '{ __typename }' },
        headers: bearer,
      });
      statuses.push(res.statusCode);
      if (i === 0) expect(res.headers['x-ratelimit-limit']).toBe('2');
      if (i === 2) expect(res.json().errors[0].extensions.code).toBe('RATE_LIMITED');
    }
    expect(statuses).toEqual([200, 200, 429]);
    // The same key's budget covers the exports and the schema file: one counter, not one per context.
    expect((await get('/export/agencies.csv', bearer)).statusCode).toBe(429);
    expect((await get('/schema.graphql', bearer)).statusCode).toBe(429);
  });

  it('pages and public documents need no key but count against the address', async () => {
    const doc = await get('/documents/document:handlingsplan-segregation-2020?quote=x');
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['x-ratelimit-limit']).toBe('2');
    expect((await get('/explorer')).statusCode).toBe(200);
    expect((await get('/explorer')).statusCode).toBe(429);
  });

  it('while draining, /health still answers; /ready and everything else say 503', async () => {
    const draining = await makeApp({ RESPONSE_CACHE_ENTRIES: '0' });
    try {
      await draining.drain(0);
      expect((await draining.inject({ method: 'GET', url: '/health?x' })).statusCode).toBe(200);
      for (const url of ['/ready', '/graphql?query=%7B__typename%7D', '/explorer']) {
        const res = await draining.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(503);
        expect(res.json().errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      }
    } finally {
      await draining.close();
    }
  });
});
