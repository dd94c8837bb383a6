// Every request limit, each with its own code, checked before any Cypher runs:
// - HTTP level (this plugin): body size (Fastify bodyLimit), query text size and token count
//   (counted with graphql-js's lexer before parsing; a query given as a JSON syntax tree instead of
//   text, or as a string holding JSON, is refused, since it would skip the parser), batch size, rate limit per key or IP
//   (@fastify/rate-limit, 429 + Retry-After), event-loop pressure (@fastify/under-pressure, 503),
//   security headers (@fastify/helmet). CORS is src/plugins/cors.ts, ahead of auth.
// - GraphQL validation (validationRules): depth, aliases and directives (graphql-armor's rules,
//   fragments followed), cost (graphql-query-complexity with an estimator that multiplies list
//   fields by their `first`), and introspection when disabled.
import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { Lexer, Source, TokenKind } from 'graphql';
import type { Config } from '../config.js';
import { errorBody, ERRORS, type ErrorCode } from '../errors.js';
import { findKey } from './auth.js';

export function countTokens(query: string, stopAfter: number): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      n += 1;
      if (n > stopAfter) break;
    }
  } catch {
    // A lexical error is the parser's to report (GRAPHQL_PARSE_FAILED).
  }
  return n;
}

// mercurius takes a query string that parses as JSON for a serialised syntax tree, skipping the
// parser (and its token limit); no GraphQL document is valid JSON, so such a string is refused.
function isJson(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

function hasPersistedHash(op: unknown): boolean {
  const ext = (op as { extensions?: unknown } | null)?.extensions;
  const parsed = typeof ext === 'string' ? (() => { try { return JSON.parse(ext) as unknown; } catch { return undefined; } })() : ext;
  const pq = (parsed as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery;
  return typeof pq?.sha256Hash === 'string';
}

const reject = (reply: FastifyReply, code: ErrorCode, message?: string, extra?: Record<string, unknown>) =>
  reply.code(ERRORS[code].status).send(errorBody(code, message, extra));

const limitsPlugin: FastifyPluginAsync<{ config: Config }> = async (app, { config }) => {
  await app.register(helmet, {
    // GraphiQL is a page of inline script served by mercurius; a CSP would need its hashes.
    contentSecurityPolicy: false,
  });
  await app.register(underPressure, {
    maxEventLoopDelay: config.MAX_EVENT_LOOP_DELAY_MS,
    exposeStatusRoute: false,
    pressureHandler: (_req, reply) => {
      reply.code(503).header('retry-after', '5').send(errorBody('OVERLOADED'));
    },
  });
  await app.register(rateLimit, {
    max: config.RATE_LIMIT_MAX,
    timeWindow: config.RATE_LIMIT_WINDOW_MS,
    // Per API key when one is given (valid or not: a wrong key is refused by auth anyway), else per IP.
    keyGenerator: (req) => {
      const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
      const key = m ? findKey(config.API_KEYS, m[1]!) : undefined;
      return key ? `key:${key.id}` : `ip:${req.ip}`;
    },
    allowList: (req) => req.url === '/health' || req.url === '/ready',
    errorResponseBuilder: (_req, ctx) => {
      const err = Object.assign(new Error(ERRORS.RATE_LIMITED.message), { statusCode: 429, rateLimited: true, retryAfterMs: ctx.ttl });
      return err;
    },
  });

  app.addHook('preHandler', async (req, reply) => {
    if (!req.url.startsWith('/graphql')) return;
    const payload: unknown = req.method === 'GET' ? req.query : req.body;
    if (req.method !== 'GET' && req.method !== 'POST') return;
    const ops = Array.isArray(payload) ? payload : [payload];
    if (Array.isArray(payload) && payload.length > config.MAX_BATCH_OPERATIONS) {
      return reject(reply, 'TOO_MANY_OPERATIONS', `A batch may have at most ${config.MAX_BATCH_OPERATIONS} operations.`, { max: config.MAX_BATCH_OPERATIONS });
    }
    for (const op of ops) {
      const query = (op as { query?: unknown } | null)?.query;
      if (query === undefined && req.method === 'GET') continue; // GraphiQL's own page requests
      // A hash-only persisted query: its text, once known, is checked by the size limits when it is first sent.
      if (query === undefined && config.PERSISTED_QUERIES > 0 && hasPersistedHash(op)) continue;
      if (typeof query !== 'string' || isJson(query)) return reject(reply, 'BAD_REQUEST');
      if (Buffer.byteLength(query) > config.MAX_QUERY_BYTES) {
        return reject(reply, 'QUERY_TOO_LARGE', `The query may be at most ${config.MAX_QUERY_BYTES} bytes.`, { max: config.MAX_QUERY_BYTES });
      }
      if (countTokens(query, config.MAX_TOKENS) > config.MAX_TOKENS) {
        return reject(reply, 'TOO_MANY_TOKENS', `The query may have at most ${config.MAX_TOKENS} tokens.`, { max: config.MAX_TOKENS });
      }
    }
  });
};

export default fp(limitsPlugin, { name: 'limits', fastify: '5.x', dependencies: ['auth'] });
