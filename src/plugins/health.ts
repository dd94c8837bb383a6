// /health: the process is up. /ready: Neo4j answers a trivial query right now.
import fp from 'fastify-plugin';
import type { FastifyPluginAsync } from 'fastify';

const healthPlugin: FastifyPluginAsync = async (app) => {
  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (_req, reply) => {
    try {
      await app.db.read('health/ping');
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'not ready', reason: 'database unreachable' });
    }
  });
};

export default fp(healthPlugin, { name: 'health', fastify: '5.x', dependencies: ['neo4j'] });
