// The database as a decorator: a driver with a verified connection, the named-Cypher executor,
// and the migrations applied before the app takes requests.
import fp from 'fastify-plugin';
import type { FastifyPluginAsync } from 'fastify';
import { Breaker } from '../neo4j/breaker.js';
import { CypherStore } from '../neo4j/cypher-store.js';
import { Generation } from '../neo4j/generation.js';
import { createDriver, Executor, ping } from '../neo4j/executor.js';
import { migrate } from '../neo4j/migrate.js';

export interface Neo4jPluginOptions {
  uri: string;
  user: string;
  password: string | undefined;
  database: string | undefined;
  queryTimeoutMs: number;
  acquisitionTimeoutMs: number;
  retryTimeMs: number;
  probeIntervalMs: number;
  migrate: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Executor;
    generation: Generation;
  }
}

const neo4jPlugin: FastifyPluginAsync<Neo4jPluginOptions> = async (app, opts) => {
  const driver = createDriver(opts.uri, opts.user, opts.password, { acquisitionTimeoutMs: opts.acquisitionTimeoutMs, retryTimeMs: opts.retryTimeMs });
  try {
    // At start-up the database may still be coming up (docker compose, a restart): wait for it.
    await driver.verifyConnectivity({ database: opts.database });
  } catch (err) {
    await driver.close();
    throw new Error(`Neo4j at ${opts.uri} is not reachable: ${(err as Error).message}`);
  }
  const store = new CypherStore();
  if (opts.migrate) {
    const setup = new Executor(driver, store, { database: opts.database, timeoutMs: opts.queryTimeoutMs, log: app.log });
    const result = await migrate(setup, (m) => app.log.info(m));
    app.log.info({ applied: result.applied.length, skipped: result.skipped.length }, 'schema migrations checked');
  }
  const generation = new Generation();
  const breaker = new Breaker({
    probe: async () => {
      try {
        generation.observeRemote(await ping(driver, store, opts.database, 2_000));
      } catch (err) {
        generation.lostContact();
        throw err;
      }
    },
    probeTimeoutMs: 2_000,
    closedIntervalMs: 1_000,
    openIntervalMs: opts.probeIntervalMs,
  });
  // Know the version before the first request, so the first probe does not have to guess.
  generation.observeRemote(await ping(driver, store, opts.database, 10_000));
  breaker.start();
  const db = new Executor(driver, store, { database: opts.database, timeoutMs: opts.queryTimeoutMs, log: app.log, breaker, onWrite: () => generation.bump() });
  app.decorate('db', db);
  app.decorate('generation', generation);
  app.addHook('onClose', async () => {
    breaker.stop();
    await driver.close();
  });
};

export default fp(neo4jPlugin, { name: 'neo4j', fastify: '5.x' });
