// The database as a decorator: a driver with a verified connection, the named-Cypher executor,
// and the migrations applied before the app takes requests.
import fp from 'fastify-plugin';
import type { FastifyPluginAsync } from 'fastify';
import neo4j from 'neo4j-driver';
import { Breaker } from '../neo4j/breaker.js';
import { CypherStore } from '../neo4j/cypher-store.js';
import { Generation } from '../neo4j/generation.js';
import { createDriver, Executor, ping } from '../neo4j/executor.js';
import { FairLimiter, type LimiterOptions } from '../neo4j/limiter.js';
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
  probeTimeoutMs: number;
  limiter: LimiterOptions;
  // How long Neo4j may take to become reachable (a container or JVM still starting, a busy machine).
  startupTimeoutMs: number;
  migrate: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Executor;
    generation: Generation;
    // Reads the graph's version now (for a cache that must not serve another instance's
    // overwritten answer); on failure leaves the generation to the breaker's probe.
    syncGeneration(): Promise<void>;
  }
}

const neo4jPlugin: FastifyPluginAsync<Neo4jPluginOptions> = async (app, opts) => {
  const driver = createDriver(opts.uri, opts.user, opts.password, {
    acquisitionTimeoutMs: opts.acquisitionTimeoutMs,
    retryTimeMs: opts.retryTimeMs,
  });
  const deadline = Date.now() + opts.startupTimeoutMs;
  // At start-up the database may still be coming up (docker compose, a restart, a cold JVM on a
  // busy machine): keep trying until the start-up budget is spent, saying so in the log.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await driver.verifyConnectivity({ database: opts.database });
      break;
    } catch (err) {
      if (Date.now() > deadline) {
        await driver.close();
        throw new Error(
          `Neo4j at ${opts.uri} is not reachable after ${opts.startupTimeoutMs} ms: ${(err as Error).message}`,
        );
      }
      app.log.warn({ attempt, err: (err as Error).message }, 'Neo4j not reachable yet; retrying');
      await new Promise((r) => setTimeout(r, Math.min(5_000, 250 * attempt)));
    }
  }
  const store = new CypherStore();
  if (opts.migrate) {
    // Index builds can take a while on a busy machine: the remaining start-up budget, not the request timeout.
    const setup = new Executor(driver, store, {
      database: opts.database,
      timeoutMs: Math.max(opts.queryTimeoutMs, deadline - Date.now()),
      log: app.log,
    });
    const result = await migrate(setup, (m) => app.log.info(m));
    app.log.info({ applied: result.applied.length, skipped: result.skipped.length }, 'schema migrations checked');
  }
  const generation = new Generation();
  const breaker = new Breaker({
    probe: async () => {
      try {
        generation.observeRemote(await ping(driver, store, opts.database, opts.probeTimeoutMs));
      } catch (err) {
        generation.lostContact();
        throw err;
      }
    },
    probeTimeoutMs: opts.probeTimeoutMs,
    closedIntervalMs: 1_000,
    openIntervalMs: opts.probeIntervalMs,
  });
  // Know the version before the first request, so the first probe does not have to guess.
  generation.observeRemote(await ping(driver, store, opts.database, Math.max(10_000, deadline - Date.now())));
  breaker.start();
  const limiter = new FairLimiter(opts.limiter);
  const db = new Executor(driver, store, {
    database: opts.database,
    timeoutMs: opts.queryTimeoutMs,
    log: app.log,
    breaker,
    limiter,
    onWrite: () => generation.bump(),
    bookmarkManager: neo4j.bookmarkManager(),
  });
  app.decorate('db', db);
  app.decorate('generation', generation);
  app.decorate('syncGeneration', async () => {
    if (breaker.isOpen) return;
    try {
      generation.observeRemote(await ping(driver, store, opts.database, opts.probeTimeoutMs));
    } catch {
      generation.lostContact();
    }
  });
  app.addHook('onClose', async () => {
    breaker.stop();
    await driver.close();
  });
};

export default fp(neo4jPlugin, { name: 'neo4j', fastify: '5.x' });
