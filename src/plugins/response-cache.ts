// Whole-response cache for GraphQL queries. The graph changes rarely (an edit, a seed import) and
// is read a lot, often with the same question, so a repeated query is answered from memory
// without touching Neo4j. An entry is valid only for the generation it was made in (see
// src/neo4j/generation.ts): a write through this instance invalidates everything at once, a write
// elsewhere before the next hit is served (CACHE_CONSISTENCY=request, the default) or within about a
// second (=probe). Only successful query operations are kept (no mutation, no
// response with errors), per role and per day (assignment status depends on today's date), and
// only after limits, authentication and rate limiting have passed: a hit is still a request.
// Registered in the GraphQL route's context (src/app.ts), so its hooks see only GraphQL requests.
import fp from 'fastify-plugin';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { DocumentNode } from 'graphql';
import { todayUtc } from '../graphql/args.js';

export interface ResponseCacheOptions {
  maxEntries: number;
  maxBytes: number;
  // 'request': before serving a hit, read the graph's version (one tiny round trip), so a write
  // through another instance is never answered from here afterwards. 'probe': trust the version
  // the breaker's probe read, up to a second old (one instance, or stale-for-a-second is fine).
  consistency: 'request' | 'probe';
}

interface Entry {
  generation: number;
  body: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    responseCache?: { key: string; generation: number; cacheable: boolean };
  }
}

// An entry larger than this share of the whole cache is not kept (one huge answer would evict all).
const MAX_ENTRY_SHARE = 0.1;

const responseCachePlugin: FastifyPluginAsync<ResponseCacheOptions> = async (app, opts) => {
  if (opts.maxEntries <= 0) return;
  // Map iteration order is insertion order: re-inserting on a hit makes it an LRU.
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const evict = (key: string) => {
    const e = entries.get(key);
    if (!e) return;
    bytes -= e.body.length;
    entries.delete(key);
  };

  app.addHook('preHandler', async (req, reply) => {
    if (req.method !== 'POST') return;
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | unknown[] | null;
    if (body === null || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string') return;
    const key = `${req.principal?.role ?? 'anonymous'}\u0000${todayUtc()}\u0000${body.query}\u0000${JSON.stringify(body.variables ?? null)}\u0000${String(body.operationName ?? '')}`;
    // A client that brings bookmarks wants a read that includes its write: ask the database.
    let hit = req.headers['x-neo4j-bookmarks'] === undefined ? entries.get(key) : undefined;
    if (hit && opts.consistency === 'request') {
      await app.syncGeneration();
      hit = entries.get(key);
    }
    const generation = app.generation.value;
    if (hit && hit.generation === generation) {
      entries.delete(key);
      entries.set(key, hit);
      return (
        reply
          .code(200)
          .header('content-type', 'application/json; charset=utf-8')
          .header('x-cache', 'hit')
          // The version check is one tiny round trip; the query itself none.
          .header('x-db-round-trips', opts.consistency === 'request' ? '1' : '0')
          .send(hit.body)
      );
    }
    if (hit) evict(key);
    req.responseCache = { key, generation, cacheable: false };
  });

  // Set once the operation is known to be a query (not a mutation) that passed validation.
  app.graphql.addHook('preExecution', async (_schema, document: DocumentNode, context) => {
    const req = context.reply.request as FastifyRequest;
    if (!req.responseCache) return;
    const body = req.body as { operationName?: unknown };
    const name = typeof body.operationName === 'string' ? body.operationName : undefined;
    const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
    const op = operations.find((d) => name === undefined || d.name?.value === name);
    req.responseCache.cacheable = op?.operation === 'query' && (name !== undefined || operations.length === 1);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const c = req.responseCache;
    if (!c?.cacheable || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    reply.header('x-cache', 'miss');
    // A write while this request ran: its answer may mix before and after.
    if (app.generation.value !== c.generation) return payload;
    // Keys are unquoted only in JSON structure, so this finds an "errors" member, never a value.
    if (payload.includes('"errors":')) return payload;
    if (payload.length > opts.maxBytes * MAX_ENTRY_SHARE) return payload;
    evict(c.key);
    entries.set(c.key, { generation: c.generation, body: payload });
    bytes += payload.length;
    for (const k of entries.keys()) {
      if (entries.size <= opts.maxEntries && bytes <= opts.maxBytes) break;
      evict(k);
    }
    return payload;
  });
};

export default fp(responseCachePlugin, {
  name: 'response-cache',
  fastify: '5.x',
  dependencies: ['neo4j', 'graphql', 'auth'],
});
