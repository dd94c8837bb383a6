// buildApp(options) assembles the app from encapsulated plugins; the server and the tests both
// call it. Nothing here listens on a port or starts a database.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { errorBody, ERRORS } from './errors.js';
import authPlugin from './plugins/auth.js';
import documentsPlugin from './plugins/documents.js';
import drainPlugin from './plugins/drain.js';
import graphqlPlugin from './plugins/graphql.js';
import limitsPlugin from './plugins/limits.js';
import healthPlugin from './plugins/health.js';
import neo4jPlugin from './plugins/neo4j.js';
import responseCachePlugin from './plugins/response-cache.js';

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
    bodyLimit: config.BODY_LIMIT_BYTES,
    // The neo4j plugin waits for the database within its own STARTUP_TIMEOUT_MS; Fastify's default
    // 10 s per plugin failed start-up on a busy machine.
    pluginTimeout: config.STARTUP_TIMEOUT_MS + 10_000,
    // While closing, the drain plugin answers with our 503 body (Fastify's own has no error code).
    return503OnClosing: false,
    // Behind a proxy the client address comes from X-Forwarded-For; rate limits key on it.
    trustProxy: config.NODE_ENV === 'production',
  });
  // Errors raised outside GraphQL execution (bad JSON, body too large, rate limit) get the same
  // response shape and a code from the registry; nothing internal reaches the client.
  app.setErrorHandler((err: Error & { statusCode?: number; code?: string; rateLimited?: boolean; retryAfterMs?: number }, req, reply) => {
    if (err.rateLimited) return reply.code(429).send(errorBody('RATE_LIMITED'));
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(errorBody('PAYLOAD_TOO_LARGE'));
    if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.code(400).send(errorBody('BAD_REQUEST', `${ERRORS.BAD_REQUEST.message} (${err.message})`));
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send(errorBody('INTERNAL_SERVER_ERROR', undefined, { requestId: req.id }));
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send(errorBody('NOT_FOUND', 'No such route; GraphQL is at /graphql.')));
  await app.register(drainPlugin);
  await app.register(authPlugin, { keys: config.API_KEYS, requireKey: config.REQUIRE_API_KEY });
  await app.register(limitsPlugin, { config });
  await app.register(neo4jPlugin, {
    ...options.neo4j,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
    acquisitionTimeoutMs: config.DB_ACQUISITION_TIMEOUT_MS,
    retryTimeMs: config.DB_RETRY_TIME_MS,
    probeIntervalMs: config.DB_PROBE_INTERVAL_MS,
    probeTimeoutMs: config.DB_PROBE_TIMEOUT_MS,
    startupTimeoutMs: config.STARTUP_TIMEOUT_MS,
    limiter: { concurrency: config.DB_MAX_CONCURRENCY, queuePerClient: config.DB_QUEUE_PER_CLIENT, queueTotal: config.DB_QUEUE_MAX, maxWaitMs: config.DB_QUEUE_WAIT_MS },
    migrate: options.migrate ?? true,
  });
  await app.register(healthPlugin);
  await app.register(documentsPlugin);
  await app.register(graphqlPlugin, { config });
  await app.register(responseCachePlugin, { maxEntries: config.RESPONSE_CACHE_ENTRIES, maxBytes: config.RESPONSE_CACHE_MAX_BYTES });
  return app;
}
