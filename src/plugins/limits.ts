// Every request limit, each with its own code, checked before any Cypher runs:
// - HTTP level (this plugin, registered in the GraphQL route's context by src/app.ts, so its hooks
//   see only GraphQL requests): body size (Fastify bodyLimit), query text size and token count
//   (counted with graphql-js's lexer before parsing; a query given as a JSON syntax tree instead of
//   text, or as a string holding JSON, is refused, since it would skip the parser), batch size,
//   the shape of `variables`, `extensions` and `operationName`. Rate limit, event-loop pressure and
//   security headers are src/plugins/guards.ts; CORS is src/plugins/cors.ts.
// - GraphQL validation (validationRules): depth, aliases and directives (graphql-armor's rules,
//   fragments followed), cost (graphql-query-complexity with an estimator that multiplies list
//   fields by their `first`), and introspection when disabled.
import fp from 'fastify-plugin';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { type DocumentNode, getOperationAST, Lexer, parse, Source, TokenKind } from 'graphql';
import type { Config } from '../config.js';
import { errorBody, ERRORS, type ErrorCode } from '../errors.js';

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

// Nesting depth of a parsed JSON value, walked with an explicit stack: the value may be nested
// deeper than the call stack allows (a 5,000-deep `variables` overflowed the cache key's stringify).
export function jsonDepth(value: unknown, stopAfter: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > max) max = d + 1;
    if (max > stopAfter) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v))
      if (child !== null && typeof child === 'object') stack.push([child, d + 1]);
  }
  return max;
}

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

// GraphQL over HTTP: `variables` and `extensions` are maps (or null/absent), `operationName` a
// string; in a GET they come as JSON text. Anything else is a bad request, answered 400 before
// mercurius or the cache looks at it. Returns the problem, or null.
function badParameters(op: unknown, get: boolean, maxDepth: number): { code: ErrorCode; message: string } | null {
  if (!isMap(op)) return { code: 'BAD_REQUEST', message: 'Each GraphQL request is a JSON object.' };
  if (op.operationName != null && typeof op.operationName !== 'string')
    return { code: 'BAD_REQUEST', message: '`operationName` must be a string.' };
  // `?operationName=` means none; mercurius would look for an operation named '' (a 500).
  if (get && op.operationName === '') delete op.operationName;
  for (const name of ['variables', 'extensions'] as const) {
    let v = op[name];
    if (v == null) continue;
    if (get) {
      if (v === '') {
        // `?variables=` means none; left in place, mercurius would pass '' on as the variables (a 500).
        delete op[name];
        continue;
      }
      if (typeof v !== 'string') return { code: 'BAD_REQUEST', message: `\`${name}\` must be given once, as JSON.` };
      try {
        v = JSON.parse(v);
      } catch {
        return { code: 'BAD_REQUEST', message: `\`${name}\` is not valid JSON.` };
      }
      if (v === null) continue;
    }
    if (!isMap(v)) return { code: 'BAD_REQUEST', message: `\`${name}\` must be a JSON object.` };
    if (jsonDepth(v, maxDepth) > maxDepth)
      return { code: 'VARIABLES_TOO_DEEP', message: `\`${name}\` may be nested at most ${maxDepth} levels deep.` };
  }
  return null;
}

function hasPersistedHash(op: unknown): boolean {
  const ext = (op as { extensions?: unknown } | null)?.extensions;
  const parsed =
    typeof ext === 'string'
      ? (() => {
          try {
            return JSON.parse(ext) as unknown;
          } catch {
            return undefined;
          }
        })()
      : ext;
  const pq = (parsed as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery;
  return typeof pq?.sha256Hash === 'string';
}

const reject = (reply: FastifyReply, code: ErrorCode, message?: string, extra?: Record<string, unknown>) =>
  reply.code(ERRORS[code].status).send(errorBody(code, message, extra));

const limitsPlugin: FastifyPluginAsync<{ config: Config }> = async (app, { config }) => {
  // Before schema validation, which would coerce `"variables": false` or `0` to null.
  app.addHook('preValidation', async (req, reply) => {
    // Fastify answers HEAD with the GET route, where mercurius's "no mutation over GET" check
    // (it tests for 'GET') does not hold: a HEAD request could run a mutation.
    if (req.method === 'HEAD') return reject(reply.header('allow', 'GET, POST'), 'METHOD_NOT_ALLOWED');
    if (req.method !== 'GET' && req.method !== 'POST') return;
    const payload: unknown = req.method === 'GET' ? req.query : req.body;
    for (const op of Array.isArray(payload) ? payload : [payload]) {
      const bad = badParameters(op, req.method === 'GET', config.MAX_VARIABLES_DEPTH);
      if (bad)
        return reject(
          reply,
          bad.code,
          bad.message,
          bad.code === 'VARIABLES_TOO_DEEP' ? { max: config.MAX_VARIABLES_DEPTH } : undefined,
        );
    }
  });

  app.addHook('preHandler', async (req, reply) => {
    const payload: unknown = req.method === 'GET' ? req.query : req.body;
    if (req.method !== 'GET' && req.method !== 'POST') return;
    const ops = Array.isArray(payload) ? payload : [payload];
    if (Array.isArray(payload) && payload.length > config.MAX_BATCH_OPERATIONS) {
      return reject(
        reply,
        'TOO_MANY_OPERATIONS',
        `A batch may have at most ${config.MAX_BATCH_OPERATIONS} operations.`,
        { max: config.MAX_BATCH_OPERATIONS },
      );
    }
    for (const op of ops) {
      const query = (op as { query?: unknown } | null)?.query;
      // A hash-only persisted query: its text, once known, is checked by the size limits when it is first sent.
      if (query === undefined && config.PERSISTED_QUERIES > 0 && hasPersistedHash(op)) continue;
      if (typeof query !== 'string' || query.trim() === '' || isJson(query)) return reject(reply, 'BAD_REQUEST');
      if (Buffer.byteLength(query) > config.MAX_QUERY_BYTES) {
        return reject(reply, 'QUERY_TOO_LARGE', `The query may be at most ${config.MAX_QUERY_BYTES} bytes.`, {
          max: config.MAX_QUERY_BYTES,
        });
      }
      if (countTokens(query, config.MAX_TOKENS) > config.MAX_TOKENS) {
        return reject(reply, 'TOO_MANY_TOKENS', `The query may have at most ${config.MAX_TOKENS} tokens.`, {
          max: config.MAX_TOKENS,
        });
      }
      // mercurius picks the operation of a GET to refuse mutations, and fails with a TypeError (a
      // 500) when there is none to pick: several operations without a matching operationName.
      if (req.method === 'GET') {
        let document: DocumentNode;
        try {
          document = parse(query);
        } catch {
          continue; // a syntax error is the parser's to report (GRAPHQL_PARSE_FAILED)
        }
        const name = (op as { operationName?: unknown }).operationName;
        if (!getOperationAST(document, typeof name === 'string' && name !== '' ? name : undefined)) {
          return reject(
            reply,
            'GRAPHQL_VALIDATION_FAILED',
            'No operation to run: give an `operationName` that names one of the operations in the query.',
          );
        }
      }
    }
  });
};

// fp so that the hooks land in the context that registers it (the GraphQL route's), not one below.
export default fp(limitsPlugin, { name: 'limits', fastify: '5.x' });
