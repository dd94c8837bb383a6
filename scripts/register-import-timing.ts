// Seed import time with and without the register, on the database NEO4J_URI names: each variant
// is imported RUNS times, alternating, and the median is printed (first runs warm the caches).
import { CypherStore } from '../src/neo4j/cypher-store.js';
import { createDriver, Executor } from '../src/neo4j/executor.js';
import { migrate } from '../src/neo4j/migrate.js';
import { importDataset } from '../src/seed/import.js';
import { loadSeeds } from '../src/seed/load-seeds.js';
import { SEED_PATHS } from '../src/seed/paths.js';

const RUNS = Number(process.env.RUNS ?? 5);
const driver = createDriver(process.env.NEO4J_URI!, 'neo4j', process.env.NEO4J_PASSWORD, {
  acquisitionTimeoutMs: 30_000,
  retryTimeMs: 30_000,
});
const db = new Executor(driver, new CypherStore(), { timeoutMs: 600_000 });
await migrate(db);
const without = await loadSeeds({ factsDir: SEED_PATHS.factsDir, documentsDir: SEED_PATHS.documentsDir });
const withRegister = await loadSeeds(SEED_PATHS);
const ms: Record<string, number[]> = { documents: [], 'documents+register': [] };
for (let i = 0; i < RUNS; i++) {
  for (const [name, ds] of [
    ['documents', without],
    ['documents+register', withRegister],
  ] as const) {
    const r = await importDataset(db, ds);
    ms[name]!.push(Math.round(r.ms));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, xs] of Object.entries(ms))
  console.log(`${name.padEnd(20)} median ${median(xs)} ms  runs ${xs.join(', ')}`);
const [c] = await db.read('seed/counts');
console.log(JSON.stringify(c));
await driver.close();
