// One real Neo4j for the integration tests: a testcontainers Neo4j 5.26 when a Docker engine
// answers, otherwise the project's embedded launcher on a free port with a throw-away data folder.
// It is migrated and seeded once; tests treat the seeded graph as read-only.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { CypherStore } from '../../src/neo4j/cypher-store.js';
import { startEmbeddedNeo4j } from '../../src/neo4j/embedded.js';
import { createDriver, Executor } from '../../src/neo4j/executor.js';
import { migrate } from '../../src/neo4j/migrate.js';
import { importDataset } from '../../src/seed/import.js';
import { loadSeeds } from '../../src/seed/load-seeds.js';
import { SEED_PATHS } from '../../src/seed/paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jPassword: string | null;
    neo4jKind: 'testcontainers' | 'embedded' | 'external';
    embeddedPid: number | null;
    embeddedDataDir: string | null;
  }
}

async function dockerAnswers(): Promise<boolean> {
  if (!process.env.DOCKER_HOST && !existsSync('/var/run/docker.sock')) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await Promise.race([
      getContainerRuntimeClient(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000)),
    ]);
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject) {
  let uri: string;
  let password: string | null = null;
  let stop: () => Promise<void>;
  let pid: number | null = null;
  let dataDir: string | null = null;

  if (process.env.NEO4J_URI) {
    uri = process.env.NEO4J_URI;
    password = process.env.NEO4J_PASSWORD ?? null;
    stop = async () => {};
    project.provide('neo4jKind', 'external');
    console.log(`[test setup] Neo4j: external server at ${uri}`);
  } else if (await dockerAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    password = 'test-password';
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword(password).start();
    uri = container.getBoltUri();
    stop = async () => {
      await container.stop();
    };
    project.provide('neo4jKind', 'testcontainers');
    console.log(`[test setup] Neo4j: testcontainers neo4j:5.26-community at ${uri}`);
  } else {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'myndighetsgrafen-test-'));
    const neo = await startEmbeddedNeo4j({
      dataDir,
      port: 0,
      heap: '1g',
      pagecache: '256m',
      log: (l) => console.log(`[test setup] ${l}`),
    });
    uri = neo.uri;
    pid = neo.pid;
    stop = async () => {
      await neo.stop();
      await rm(dataDir!, { recursive: true, force: true });
    };
    project.provide('neo4jKind', 'embedded');
    console.log(`[test setup] Neo4j: embedded launcher at ${uri} (no Docker engine answered)`);
  }

  const driver = createDriver(uri, 'neo4j', password ?? undefined, {
    acquisitionTimeoutMs: 30_000,
    retryTimeMs: 30_000,
  });
  try {
    const db = new Executor(driver, new CypherStore(), { timeoutMs: 120_000 });
    await migrate(db);
    await importDataset(db, await loadSeeds(SEED_PATHS));
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', uri);
  project.provide('neo4jPassword', password);
  project.provide('embeddedPid', pid);
  project.provide('embeddedDataDir', dataDir);
  return stop;
}
