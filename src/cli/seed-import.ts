import { parseConfig } from '../config.js';
import { CypherStore } from '../neo4j/cypher-store.js';
import { createDriver, Executor } from '../neo4j/executor.js';
import { migrate } from '../neo4j/migrate.js';
import { resolveNeo4j } from '../neo4j/connect.js';
import { importDataset } from '../seed/import.js';
import type { Dataset } from '../seed/load-seeds.js';

// The database an import goes to (NEO4J_URI or the embedded default), migrated, with patient
// timeouts: an import may wait for a database that is still starting and may run for minutes.
export async function withImportTarget<T>(
  work: (db: Executor) => Promise<T>,
  opts: { losslessIntegers?: boolean } = {},
): Promise<T> {
  const config = parseConfig(process.env);
  // Progress to stderr: stdout is the command's own output (export-edits can write YAML there).
  const target = await resolveNeo4j(config, (l) => console.error(l));
  const driver = createDriver(target.uri, target.user, target.password, {
    acquisitionTimeoutMs: 30_000,
    retryTimeMs: 30_000,
    losslessIntegers: opts.losslessIntegers,
  });
  try {
    const db = new Executor(driver, new CypherStore(), { database: target.database, timeoutMs: 600_000 });
    await migrate(db, (l) => console.error(l));
    return await work(db);
  } finally {
    await driver.close();
    await target.stop();
  }
}

export async function runSeedImport(ds: Dataset): Promise<void> {
  await withImportTarget(async (db) => {
    await importDataset(db, ds, (l) => console.log(l));
    const [counts] = await db.read('seed/counts');
    console.log(`graph now: ${JSON.stringify(counts)}`);
  });
}
