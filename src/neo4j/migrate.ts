// Applies cypher/schema/*.cypher in name order, once each: an applied migration is remembered as a
// (:SchemaMigration) node with its checksum, and every statement is IF NOT EXISTS as well, so a
// second start (or two starting at once) changes nothing.
import { createHash } from 'node:crypto';
import type { Executor } from './executor.js';

export interface MigrationResult {
  applied: string[];
  skipped: string[];
}

export async function migrate(db: Executor, log: (msg: string) => void = () => {}): Promise<MigrationResult> {
  const names = db.store
    .names()
    .filter((n) => n.startsWith('schema/'))
    .sort();
  const done = new Map((await db.read('migrations/applied')).map((r) => [r.name, r.checksum]));
  const result: MigrationResult = { applied: [], skipped: [] };
  for (const name of names) {
    const checksum = createHash('sha256').update(db.store.get(name)).digest('hex');
    const previous = done.get(name);
    if (previous !== undefined) {
      if (previous !== checksum) {
        throw new Error(`migration ${name} was changed after it was applied; add a new migration file instead`);
      }
      result.skipped.push(name);
      continue;
    }
    for (const statement of db.store.statements(name)) {
      // Schema statements cannot share a transaction with data writes, so each runs alone.
      await db.driver.executeQuery(statement, {}, { database: db.options.database, routing: 'WRITE' });
    }
    await db.write('migrations/record', { name, checksum });
    result.applied.push(name);
    log(`migration applied: ${name}`);
  }
  return result;
}
