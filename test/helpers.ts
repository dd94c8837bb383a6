import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import { CypherStore } from '../src/neo4j/cypher-store.js';
import { createDriver, Executor } from '../src/neo4j/executor.js';

export function testConfig(env: Record<string, string> = {}) {
  return parseConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', QUERY_TIMEOUT_MS: '20000', ...env });
}

export async function makeApp(env: Record<string, string> = {}): Promise<FastifyInstance> {
  const app = await buildApp({
    config: testConfig(env),
    neo4j: {
      uri: inject('neo4jUri'),
      user: 'neo4j',
      password: inject('neo4jPassword') ?? undefined,
      database: undefined,
    },
    migrate: false,
    logger: false,
  });
  await app.ready();
  return app;
}

export function makeExecutor(): { db: Executor; close: () => Promise<void> } {
  const driver = createDriver(inject('neo4jUri'), 'neo4j', inject('neo4jPassword') ?? undefined, {
    acquisitionTimeoutMs: 10_000,
    retryTimeMs: 5_000,
  });
  return { db: new Executor(driver, new CypherStore(), { timeoutMs: 60_000 }), close: () => driver.close() };
}

export interface GqlResult<T = any> {
  status: number;
  data: T;
  errors?: { message: string; path?: (string | number)[]; extensions: { code: string; [k: string]: unknown } }[];
}

export async function gql<T = any>(
  app: FastifyInstance,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables }, headers });
  const body = res.json();
  return { status: res.statusCode, data: body.data, errors: body.errors };
}

// Fails the test with the server's errors, so a broken query says why.
export async function gqlOk<T = any>(
  app: FastifyInstance,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const r = await gql<T>(app, query, variables);
  if (r.errors) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}
