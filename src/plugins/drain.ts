// Graceful shutdown, first half: on SIGTERM the server keeps listening for a moment, answers every
// new request with 503 SERVICE_UNAVAILABLE (so a client or load balancer retries elsewhere instead
// of meeting a refused connection mid-deploy), and lets the requests already running finish.
// `app.drain(maxMs)` resolves when none is left (or after maxMs); then app.close() stops listening.
// Every request is counted (a global hook); the refusal is `app.refuseWhileDraining`, added by the
// context of everything but /health (src/app.ts), which keeps saying the process is alive.
import fp from 'fastify-plugin';
import type { FastifyPluginAsync, onRequestAsyncHookHandler } from 'fastify';
import { errorBody } from '../errors.js';

declare module 'fastify' {
  interface FastifyInstance {
    drain(maxMs: number): Promise<{ waitedMs: number; leftInFlight: number }>;
    // Requests counted as running (for the drain, and for the test that aborts requests).
    inFlight(): number;
    refuseWhileDraining: onRequestAsyncHookHandler;
  }
}

const drainPlugin: FastifyPluginAsync = async (app) => {
  let draining = false;
  let inFlight = 0;
  const refuseWhileDraining: onRequestAsyncHookHandler = async (_req, reply) => {
    if (!draining) return;
    reply.header('connection', 'close').header('retry-after', '5');
    return reply.code(503).send(errorBody('SERVICE_UNAVAILABLE', 'The server is shutting down; retry shortly.'));
  };
  app.decorate('refuseWhileDraining', refuseWhileDraining);
  app.addHook('onRequest', async (_req, reply) => {
    inFlight += 1;
    let counted = true;
    const done = () => {
      if (!counted) return;
      counted = false;
      inFlight -= 1;
    };
    // The response's 'close' comes once it is sent and also when the client went away first.
    // Fastify's onResponse waits for 'finish', which never comes then, and onRequestAbort fires only
    // while the request body is still arriving: a client that sent its request and hung up before
    // the answer was counted for ever, and shutdown waited for it.
    reply.raw.once('close', done);
    reply.raw.once('finish', done);
  });
  app.decorate('inFlight', () => inFlight);
  app.decorate('drain', async (maxMs: number) => {
    draining = true;
    const started = performance.now();
    while (inFlight > 0 && performance.now() - started < maxMs) await new Promise((r) => setTimeout(r, 20));
    return { waitedMs: Math.round(performance.now() - started), leftInFlight: inFlight };
  });
};

export default fp(drainPlugin, { name: 'drain', fastify: '5.x' });
