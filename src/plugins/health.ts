// /health: the process is up. /ready: Neo4j answers a trivial query right now (and, for the
// embedded default, what its supervisor knows: restarting, restarts so far).
import fp from 'fastify-plugin';
import type { FastifyPluginAsync } from 'fastify';

export interface HealthOptions {
  supervisor?: () => { state: string; restarts: number; lastExit: string | null };
}

const healthPlugin: FastifyPluginAsync<HealthOptions> = async (app, opts) => {
  app.get('/health', async () => ({ status: 'ok' }));
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

export default fp(healthPlugin, { name: 'health', fastify: '5.x', dependencies: ['neo4j'] });
