// CORS for browser apps on other origins (CORS_ORIGINS). Registered before authentication: a
// browser sends its preflight without the Authorization header, so a preflight that had to pass
// auth would fail whenever keys are required. The headers a front end reads (cache, round trips,
// rate limit) are exposed; without that a cross-origin script cannot see them.
import fp from 'fastify-plugin';
import cors from '@fastify/cors';
import type { FastifyPluginAsync } from 'fastify';

export const EXPOSED_HEADERS = [
  'x-cache',
  'x-db-round-trips',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'retry-after',
  'x-request-id',
  // causal consistency across instances, and the data version an answer was made from
  'x-neo4j-bookmarks',
  'x-data-version',
  // exports: the row count and the file name
  'x-export-rows',
  'content-disposition',
];

const corsPlugin: FastifyPluginAsync<{ origins: string[] }> = async (app, { origins }) => {
  await app.register(cors, {
    origin: origins.length > 0 ? origins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'accept', 'x-request-id', 'x-neo4j-bookmarks'],
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
    strictPreflight: false,
  });
};

export default fp(corsPlugin, { name: 'cors', fastify: '5.x' });
