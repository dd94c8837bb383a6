// Graceful shutdown, first half: on SIGTERM the server keeps listening for a moment, answers every
// new request with 503 SERVICE_UNAVAILABLE (so a client or load balancer retries elsewhere instead
// of meeting a refused connection mid-deploy), and lets the requests already running finish.
// `app.drain(maxMs)` resolves when none is left (or after maxMs); then app.close() stops listening.
import fp from 'fastify-plugin';
import type { FastifyPluginAsync } from 'fastify';
import { errorBody } from '../errors.js';

declare module 'fastify' {
  interface FastifyInstance {
    drain(maxMs: number): Promise<{ waitedMs: number; leftInFlight: number }>;
  }
}

const drainPlugin: FastifyPluginAsync = async (app) => {
  let draining = false;
  let inFlight = 0;
  app.addHook('onRequest', async (req, reply) => {
    if (draining && req.url !== '/health') {
      reply.header('connection', 'close').header('retry-after', '5');
      return reply.code(503).send(errorBody('SERVICE_UNAVAILABLE', 'The server is shutting down; retry shortly.'));
    }
    inFlight += 1;
    (req as { counted?: boolean }).counted = true;
  });
  const done = async (req: object) => {
    if ((req as { counted?: boolean }).counted) {
      (req as { counted?: boolean }).counted = false;
      inFlight -= 1;
    }
  };
  app.addHook('onResponse', done);
  app.addHook('onRequestAbort', done);
  app.decorate('drain', async (maxMs: number) => {
    draining = true;
    const started = performance.now();
    while (inFlight > 0 && performance.now() - started < maxMs) await new Promise((r) => setTimeout(r, 20));
    return { waitedMs: Math.round(performance.now() - started), leftInFlight: inFlight };
  });
};

export default fp(drainPlugin, { name: 'drain', fastify: '5.x' });
