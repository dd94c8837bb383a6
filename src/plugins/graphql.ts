// GraphQL over HTTP at /graphql (GraphiQL at /graphiql), with per-request context that counts
// Cypher round trips, and every error shaped by src/graphql/format-errors.ts. Wrapped with
// fastify-plugin so that `app.graphql` and the hooks below belong to the context that registers
// it, which src/app.ts keeps for the GraphQL route alone.
import fp from 'fastify-plugin';
import mercurius from 'mercurius';
import type { FastifyPluginAsync } from 'fastify';
import { loadTypeDefs, resolvers } from '../graphql/schema.js';
import { formatErrors } from '../graphql/format-errors.js';
import { GRAPHQL_RESPONSE, mediaOf } from '../graphql/media.js';
import { todayUtc } from '../graphql/args.js';
import { costCheck, validationRules } from '../graphql/validation.js';
import { z } from 'zod';
import type { Config } from '../config.js';
import { errorBody, type ErrorCode } from '../errors.js';
import '../graphql/context.js';

// What the spec calls GraphQL request errors (the request was well-formed HTTP); BAD_REQUEST,
// PAYLOAD_TOO_LARGE and the like are not, and keep their 4xx for every client.
const GRAPHQL_REQUEST_ERRORS = new Set<ErrorCode>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'INTROSPECTION_DISABLED',
]);

export interface GraphqlPluginOptions {
  config: Config;
}

// Bookmarks are opaque to us but bounded: a few printable tokens, comma-separated.
const BOOKMARKS = z
  .string()
  .max(4_096)
  .transform((v) =>
    v
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[\x21-\x2b\x2d-\x7e]{1,512}$/)).max(16));

declare module 'fastify' {
  interface FastifyRequest {
    neo4jBookmarks?: string[];
  }
}

const graphqlPlugin: FastifyPluginAsync<GraphqlPluginOptions> = async (app, { config }) => {
  const production = config.NODE_ENV === 'production';
  // Causal consistency across instances (see README, "Scaling out"): a client that wrote through
  // one instance sends the bookmarks it got back, and its next read through any instance waits
  // until the database it reads from has that write.
  app.addHook('preHandler', async (req, reply) => {
    const header = req.headers['x-neo4j-bookmarks'];
    if (header === undefined) return;
    const parsed = BOOKMARKS.safeParse(Array.isArray(header) ? header.join(',') : header);
    if (!parsed.success)
      return reply
        .code(400)
        .send(
          errorBody(
            'BAD_REQUEST',
            'x-neo4j-bookmarks must be up to 16 comma-separated bookmarks as returned by this API.',
          ),
        );
    req.neo4jBookmarks = parsed.data;
  });
  await app.register(mercurius, {
    schema: loadTypeDefs(),
    resolvers: resolvers(),
    // GraphiQL is served from this project's own files by src/plugins/pages.ts (mercurius's loads a CDN).
    graphiql: false,
    path: '/graphql',
    allowBatchedQueries: true,
    validationRules: validationRules(config),
    // Parsed and validated documents, by query text (the cost check below runs on every request).
    cache: config.GRAPHQL_DOCUMENT_CACHE > 0 ? config.GRAPHQL_DOCUMENT_CACHE : false,
    jit: config.GRAPHQL_JIT,
    // Apollo-style automatic persisted queries: a client sends the query's SHA-256, and its text
    // only after PERSISTED_QUERY_NOT_FOUND; kept in a bounded LRU so hashes cannot fill memory.
    ...(config.PERSISTED_QUERIES > 0
      ? { persistedQueryProvider: mercurius.persistedQueryDefaults.automatic(config.PERSISTED_QUERIES) }
      : {}),
    context: (request, reply) => {
      const queries = { count: 0 };
      // Busy-database queues are per API key, else per address (see src/neo4j/limiter.ts).
      const client = request.principal.anonymous ? `ip:${request.ip}` : `key:${request.principal.keyId}`;
      const bookmarks = {
        given: request.neo4jBookmarks ?? [],
        onWrite: (b: string[]) => {
          if (b.length) reply.header('x-neo4j-bookmarks', b.join(','));
        },
      };
      return {
        db: app.db.withCounter(queries, client, bookmarks),
        queries,
        today: todayUtc(),
        principal: request.principal,
        requestId: String(request.id),
        seedTimeoutMs: config.SEED_TIMEOUT_MS,
      };
    },
    errorFormatter: (execution, ctx) => {
      const log = ctx.reply?.log ?? app.log;
      const formatted = formatErrors(execution, log, String(ctx.reply?.request.id ?? 'none'), {
        hideSuggestions: production,
      });
      const media = mediaOf(ctx.reply?.request.headers.accept);
      // The spec's legacy application/json: a GraphQL request error (parse, validation, variable
      // coercion, a bad argument) is still a 200. Auth, limits and availability keep their status.
      if (
        media === 'json' &&
        formatted.statusCode === 400 &&
        formatted.response.errors.every((e) => GRAPHQL_REQUEST_ERRORS.has(e.extensions?.code as ErrorCode))
      ) {
        formatted.statusCode = 200;
      }
      // application/graphql-response+json: a 4xx/5xx carries no `data` entry.
      if (media === 'graphql-response' && formatted.statusCode >= 400)
        delete (formatted.response as { data?: unknown }).data;
      // A 503 says when to come back: soon when busy, after a few probe intervals when the database is down.
      if (formatted.statusCode === 503) {
        const busy = formatted.response.errors.every((e) => e.extensions?.code === 'OVERLOADED');
        ctx.reply?.header('retry-after', busy ? '1' : '2');
      }
      return formatted;
    },
  });
  const cost = costCheck(config);
  app.graphql.addHook('preExecution', async (schema, document, context, variables) => {
    const body = context.reply.request.body as { operationName?: unknown } | null | undefined;
    const operationName = typeof body?.operationName === 'string' ? body.operationName : undefined;
    const tooCostly = cost(schema, document, variables as Record<string, unknown> | undefined, operationName);
    // Shaped like mercurius's validation failure, so it is answered the same way: HTTP 400, no data.
    if (tooCostly)
      throw Object.assign(new Error(tooCostly.message), {
        code: 'MER_ERR_GQL_VALIDATION',
        statusCode: 400,
        errors: [tooCostly],
      });
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (mediaOf(req.headers.accept) !== 'graphql-response') return payload;
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && type.startsWith('application/json'))
      reply.header('content-type', `${GRAPHQL_RESPONSE}; charset=utf-8`);
    return payload;
  });
  // Round trips to Neo4j per request, for operators and for the N+1 test.
  app.graphql.addHook('onResolution', async (_execution, context) => {
    context.reply.header('x-db-round-trips', String(context.queries.count));
  });
};

export default fp(graphqlPlugin, { name: 'graphql', fastify: '5.x', dependencies: ['neo4j'] });
