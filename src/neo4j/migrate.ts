// Applies cypher/schema/*.cypher in name order, once each: an applied migration is remembered as a
// (:SchemaMigration) node with its checksum, and every statement is IF NOT EXISTS as well, so a
// second start (or two starting at once) changes nothing. After them, the derived properties are
// recomputed once per DERIVED_VERSION (src/domain/derived.ts).
import { createHash } from 'node:crypto';
import { DERIVED_VERSION, derivedOf } from '../domain/derived.js';
import type { Executor } from './executor.js';

// Earlier contents of a migration that was later rewritten without changing what a database that
// applied it ends up with. 006 used to backfill exactKeyBag in Cypher; the derived-properties
// migration below does that now, with the same code as the importer and the edits.
const EARLIER_CHECKSUMS: Record<string, string[]> = {
  'schema/006-exact-keys': ['c06fb1707eabb56373aa2f4d5ecd753e6382e107d0c510112da784f4194da9eb'],
};

const BATCH = 500;

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
      if (previous !== checksum && !EARLIER_CHECKSUMS[name]?.includes(previous)) {
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
  const derived = `derived/v${DERIVED_VERSION}`;
  if (done.has(derived)) result.skipped.push(derived);
  else {
    const changed = await backfillDerived(db);
    await db.write('migrations/record', { name: derived, checksum: String(DERIVED_VERSION) });
    result.applied.push(derived);
    log(`migration applied: ${derived} (${changed.length} entities updated)`);
  }
  return result;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

// Writes the derived properties that differ from what src/domain/derived.ts computes from each
// entity's own fields; returns the ids it changed (none on a graph the importer and edits wrote).
export async function backfillDerived(db: Executor): Promise<string[]> {
  const rows: { id: string; props: Record<string, unknown> }[] = [];
  for (const r of await db.read('migrations/derived-sources')) {
    const stored = r.props;
    const want = derivedOf(r.label, stored);
    if (want === null) continue;
    const props = Object.fromEntries(Object.entries(want).filter(([k, v]) => !same(stored[k], v)));
    if (Object.keys(props).length > 0) rows.push({ id: r.id, props });
  }
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.write('migrations/derived-set', { rows: rows.slice(i, i + BATCH) });
  }
  return rows.map((r) => r.id);
}
