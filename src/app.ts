// buildApp(options) assembles the app from encapsulated plugins; the server and the tests both
// call it. Nothing here listens on a port or starts a database.
//
// Encapsulation decides which hooks a route runs, never its URL. At the root, wrapped with
// fastify-plugin, only what decorates or guards every request: drain (counting), CORS, guards
// (headers, event-loop pressure, the rate limiter's one store), auth (`authenticate`), Neo4j.
// Below it, one context per kind of route, each adding the hooks its routes need:
//
//   /health                          nothing (the process is alive, even while draining)
//   service                          refuseWhileDraining
//     /ready                           -
//     public: pages, /documents        rate limit (no key: a browser cannot send one, texts are public)
//     exports: /export/*               authenticate, rate limit (the same as GraphQL)
//     graphql API                      authenticate, rate limit
//       /schema.graphql                  -
//       GraphQL route: /graphql          request checks (limits), bookmarks, media type, response cache
import type { GraphQLSchema } from 'graphql';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { errorBody, ERRORS } from './errors.js';
import { clientErrorHandler, frameworkErrors } from './graphql/http-errors.js';
import authPlugin from './plugins/auth.js';
import corsPlugin from './plugins/cors.js';
import documentsPlugin from './plugins/documents.js';
import drainPlugin from './plugins/drain.js';
import exportsPlugin from './plugins/exports.js';
import graphqlPlugin from './plugins/graphql.js';
import guardsPlugin from './plugins/guards.js';
import limitsPlugin from './plugins/limits.js';
import { livenessRoutes, readinessRoutes } from './plugins/health.js';
import neo4jPlugin from './plugins/neo4j.js';
import pagesPlugin from './plugins/pages.js';
import responseCachePlugin from './plugins/response-cache.js';
import schemaFilePlugin from './plugins/schema-file.js';

export interface AppOptions {
  config: Config;
  neo4j: {
    uri: string;
    user: string;
    password: string | undefined;
    database: string | undefined;
    supervisor?: () => { state: string; restarts: number; lastExit: string | null };
  };
  // Migrations run at start unless the caller has already applied them.
  migrate?: boolean;
  logger?: boolean;
}

// The n nearest hops are proxies (proxy-addr's trust function: hop 0 is the socket's peer).
const trustHops = (n: number) => (_address: string, hop: number) => hop < n;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.LOG_LEVEL },
    // A caller's x-request-id is kept when it looks like an id (it is logged and recorded with
    // edits in the audit trail); anything else, a line break or a page of text, gets a fresh one.
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(given) ? given : crypto.randomUUID();
    },
    bodyLimit: config.BODY_LIMIT_BYTES,
    // The neo4j plugin waits for the database within its own STARTUP_TIMEOUT_MS; Fastify's default
    // 10 s per plugin failed start-up on a busy machine.
    pluginTimeout: config.STARTUP_TIMEOUT_MS + 10_000,
    // While closing, the drain plugin answers with our 503 body (Fastify's own has no error code).
    return503OnClosing: false,
    // Malformed HTTP and undecodable URLs get the API's error shape and a code too.
    clientErrorHandler,
    frameworkErrors,
    // Node would refuse an HTTP/1.1 request without Host with an empty 400 of its own; the hook
    // below refuses it with a code instead.
    http: { requireHostHeader: false },
    // X-Forwarded-For is believed only when TRUST_PROXY says a proxy is in front (src/config.ts).
    trustProxy: typeof config.TRUST_PROXY === 'number' ? trustHops(config.TRUST_PROXY) : config.TRUST_PROXY,
  });
  // Errors raised outside GraphQL execution (bad JSON, body too large, rate limit) get the same
  // response shape and a code from the registry; nothing internal reaches the client.
  app.setErrorHandler(
    (err: Error & { statusCode?: number; code?: string; rateLimited?: boolean; retryAfterMs?: number }, req, reply) => {
      if (err.rateLimited) return reply.code(429).send(errorBody('RATE_LIMITED'));
      if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(errorBody('PAYLOAD_TOO_LARGE'));
      if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
        return reply.code(400).send(errorBody('BAD_REQUEST', `${ERRORS.BAD_REQUEST.message} (${err.message})`));
      }
      req.log.error({ err }, 'unhandled error');
      return reply.code(500).send(errorBody('INTERNAL_SERVER_ERROR', undefined, { requestId: req.id }));
    },
  );
  app.addHook('onRequest', async (req, reply) => {
    if (req.raw.httpVersion === '1.1' && req.headers.host === undefined) {
      return reply
        .code(400)
        .header('connection', 'close')
        .send(errorBody('BAD_REQUEST', 'An HTTP/1.1 request needs a Host header.'));
    }
  });
  app.setNotFoundHandler((_req, reply) =>
    reply.code(404).send(errorBody('NOT_FOUND', 'No such route; GraphQL is at /graphql.')),
  );
  await app.register(drainPlugin);
  await app.register(corsPlugin, { origins: config.CORS_ORIGINS });
  await app.register(authPlugin, {
    keys: config.API_KEYS,
    requireKey: config.REQUIRE_API_KEY,
    failureMax: config.AUTH_FAILURE_MAX,
    failureWindowMs: config.AUTH_FAILURE_WINDOW_MS,
  });
  await app.register(guardsPlugin, { config });
  await app.register(neo4jPlugin, {
    ...options.neo4j,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
    acquisitionTimeoutMs: config.DB_ACQUISITION_TIMEOUT_MS,
    retryTimeMs: config.DB_RETRY_TIME_MS,
    probeIntervalMs: config.DB_PROBE_INTERVAL_MS,
    probeTimeoutMs: config.DB_PROBE_TIMEOUT_MS,
    startupTimeoutMs: config.STARTUP_TIMEOUT_MS,
    limiter: {
      concurrency: config.DB_MAX_CONCURRENCY,
      queuePerClient: config.DB_QUEUE_PER_CLIENT,
      queueTotal: config.DB_QUEUE_MAX,
      maxWaitMs: config.DB_QUEUE_WAIT_MS,
    },
    migrate: options.migrate ?? true,
  });

  await app.register(livenessRoutes);
  await app.register(async (service) => {
    service.addHook('onRequest', service.refuseWhileDraining);
    await service.register(readinessRoutes, { supervisor: options.neo4j.supervisor });

    await service.register(async (open) => {
      open.addHook('onRequest', open.rateLimit());
      await open.register(documentsPlugin);
      await open.register(pagesPlugin, { graphiql: config.GRAPHIQL });
    });

    await service.register(async (exports) => {
      exports.addHook('onRequest', exports.authenticate);
      exports.addHook('onRequest', exports.rateLimit());
      await exports.register(exportsPlugin, { maxRows: config.EXPORT_MAX_ROWS, pageSize: config.EXPORT_PAGE_ROWS });
    });

    await service.register(async (api) => {
      api.addHook('onRequest', api.authenticate);
      api.addHook('onRequest', api.rateLimit());
      let schema: (() => GraphQLSchema) | undefined;
      // The GraphQL route's own context: the plugins below are fastify-plugin wrapped so that their
      // hooks land here, where the only routes are mercurius's GET and POST /graphql.
      await api.register(async (route) => {
        await route.register(limitsPlugin, { config });
        await route.register(graphqlPlugin, { config });
        await route.register(responseCachePlugin, {
          maxEntries: config.RESPONSE_CACHE_ENTRIES,
          maxBytes: config.RESPONSE_CACHE_MAX_BYTES,
          consistency: config.CACHE_CONSISTENCY,
        });
        schema = () => route.graphql.schema;
      });
      await api.register(schemaFilePlugin, { enabled: config.INTROSPECTION, schema: () => schema!() });
    });
  });
  return app;
}
