// What protects the process as a whole, for every route: security headers (@fastify/helmet) and
// event-loop pressure (@fastify/under-pressure, 503). The rate limit (@fastify/rate-limit, 429 +
// Retry-After) is registered here once, with `global: false`, so that there is one counter per
// key or address; the contexts that want it add `app.rateLimit()` as a hook (src/app.ts), and the
// health checks, outside them, are never counted.
import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyPluginAsync } from 'fastify';
import type { Config } from '../config.js';
import { errorBody, ERRORS } from '../errors.js';
import { findKey } from './auth.js';

const guardsPlugin: FastifyPluginAsync<{ config: Config }> = async (app, { config }) => {
  await app.register(helmet, {
    // GraphiQL is a page of inline script; a CSP would need its hashes.
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
    global: false,
    max: config.RATE_LIMIT_MAX,
    timeWindow: config.RATE_LIMIT_WINDOW_MS,
    // Per API key when one is given (valid or not: a wrong key is refused by auth anyway), else per IP.
    keyGenerator: (req) => {
      const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
      const key = m ? findKey(config.API_KEYS, m[1]!) : undefined;
      return key ? `key:${key.id}` : `ip:${req.ip}`;
    },
    errorResponseBuilder: (_req, ctx) => {
      const err = Object.assign(new Error(ERRORS.RATE_LIMITED.message), {
        statusCode: 429,
        rateLimited: true,
        retryAfterMs: ctx.ttl,
      });
      return err;
    },
  });
};

export default fp(guardsPlugin, { name: 'guards', fastify: '5.x' });
