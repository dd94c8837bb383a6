// /health: the process is up. /ready: Neo4j answers a trivial query right now (and, for the
// embedded default, what its supervisor knows: restarting, restarts so far). Two route plugins, so
// that src/app.ts can put /ready (refused while draining) and /health (never) in different contexts;
// neither is behind a key or the rate limit, so a load balancer's probes are never refused.
import type { FastifyPluginAsync } from 'fastify';

export interface HealthOptions {
  supervisor?: () => { state: string; restarts: number; lastExit: string | null };
}

export const livenessRoutes: FastifyPluginAsync = async (app) => {
  app.get('/health', async () => ({ status: 'ok' }));
};

export const readinessRoutes: FastifyPluginAsync<HealthOptions> = async (app, opts) => {
  app.get('/ready', async (_req, reply) => {
    const embedded = opts.supervisor?.();
    const extra = embedded ? { embedded } : {};
    // No need to wait for a ping to fail: the supervisor knows the process is gone.
    if (embedded?.state === 'restarting') {
      return reply.code(503).send({ status: 'not ready', reason: 'embedded Neo4j is restarting', ...extra });
    }
    try {
      await app.db.read('health/ping');
      return { status: 'ready', ...extra };
    } catch {
      return reply.code(503).send({ status: 'not ready', reason: 'database unreachable', ...extra });
    }
  });
};
