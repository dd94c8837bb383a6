// buildApp(options) assembles the app from encapsulated plugins; the server and the tests both
// call it. Nothing here listens on a port or starts a database.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import graphqlPlugin from './plugins/graphql.js';
import healthPlugin from './plugins/health.js';
import neo4jPlugin from './plugins/neo4j.js';

export interface AppOptions {
  config: Config;
  neo4j: { uri: string; user: string; password: string | undefined; database: string | undefined };
  // Migrations run at start unless the caller has already applied them.
  migrate?: boolean;
  logger?: boolean;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.LOG_LEVEL },
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 1_000_000,
  });
  await app.register(neo4jPlugin, {
    ...options.neo4j,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
    acquisitionTimeoutMs: config.DB_ACQUISITION_TIMEOUT_MS,
    retryTimeMs: config.DB_RETRY_TIME_MS,
    migrate: options.migrate ?? true,
  });
  await app.register(healthPlugin);
  await app.register(graphqlPlugin, { graphiql: config.GRAPHIQL, production: config.NODE_ENV === 'production' });
  return app;
}
