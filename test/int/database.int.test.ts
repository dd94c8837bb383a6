// Migrations, the seed importer and the named Cypher files, against the real test database.
import { cp, mkdtemp, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/neo4j/migrate.js';
import { importDataset } from '../../src/seed/import.js';
import { loadSeeds, SeedValidationError, type Dataset } from '../../src/seed/load-seeds.js';
import { SEED_PATHS } from '../../src/seed/paths.js';
import type { Executor } from '../../src/neo4j/executor.js';
import { makeExecutor } from '../helpers.js';

let db: Executor;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = makeExecutor());
});
afterAll(async () => {
  await close();
});

async function snapshot() {
  const [counts] = await db.read('seed/counts');
  return counts;
}

describe('migrations', () => {
  it('a second run applies nothing and leaves the schema as it was', async () => {
    const before = await db.driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN count(*) AS c');
    const result = await migrate(db);
    expect(result.applied).toEqual([]);
    expect(result.skipped.length).toBeGreaterThanOrEqual(3);
    const after = await db.driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN count(*) AS c');
    expect(after.records[0]!.get('c')).toEqual(before.records[0]!.get('c'));
  });

  it('created the unique id constraints and the Swedish full-text index', async () => {
    const c = await db.driver.executeQuery(
      "SHOW CONSTRAINTS YIELD name WHERE name IN ['entity_id', 'agency_id', 'assignment_id', 'funding_flow_id'] RETURN count(*) AS c",
    );
    expect(Number(c.records[0]!.get('c'))).toBe(4);
    const ft = await db.driver.executeQuery(
      "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'search_text' RETURN options.indexConfig['fulltext.analyzer'] AS analyzer",
    );
    expect(ft.records[0]!.get('analyzer')).toBe('swedish');
  });

  it('merges a participation by expanding between its two ends, not by seeking every participation with that role', async () => {
    // With 002's index on PARTICIPATES_IN(role) the planner chose a relationship index seek on the
    // role for these MERGEs (quadratic in an import); 009 drops it.
    const indexes = await db.driver.executeQuery(
      "SHOW INDEXES YIELD name, entityType WHERE entityType = 'RELATIONSHIP' RETURN collect(name) AS names",
    );
    expect(indexes.records[0]!.get('names')).not.toContain('participates_role');
    const operators = (plan: { operatorType: string; children: unknown[] }): string[] => [
      plan.operatorType,
      ...plan.children.flatMap((c) => operators(c as typeof plan)),
    ];
    for (const name of ['seed/09-participants', 'edits/set-participant'] as const) {
      const res = await db.driver.executeQuery(`EXPLAIN ${db.store.get(name)}`, {
        rows: [],
        agencyId: 'agency:x',
        assignmentId: 'assignment:x',
        role: 'ASSIGNEE',
      });
      const ops = operators(res.summary.plan as unknown as { operatorType: string; children: unknown[] });
      expect(ops.some((o) => o.startsWith('Merge') || o.startsWith('LockingMerge'))).toBe(true);
      expect(ops.filter((o) => /RelationshipIndex/.test(o))).toEqual([]);
    }
  });
});

describe('every named Cypher file', () => {
  it('compiles against the live database (EXPLAIN)', async () => {
    const failures: string[] = [];
    for (const name of db.store.names()) {
      if (name.startsWith('schema/')) continue;
      try {
        await db.driver.executeQuery(`EXPLAIN ${db.store.get(name)}`);
      } catch (e) {
        failures.push(`${name}: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('seed import', () => {
  it('is idempotent: importing the seeds again leaves identical counts', async () => {
    const before = await snapshot();
    await importDataset(db, await loadSeeds(SEED_PATHS));
    expect(await snapshot()).toEqual(before);
  });

  it('is all-or-nothing: a failure in the last step rolls back every earlier step', async () => {
    const before = await snapshot();
    const ds = await loadSeeds(SEED_PATHS);
    const broken: Dataset = structuredClone(ds);
    const [first, second] = broken.agencies;
    // An earlier step renames an agency and the prune would drop every assignment; the last step
    // then fails, because Neo4j cannot store a map as a property value.
    first!.name = 'Namn som inte får finnas kvar';
    broken.assignments = [];
    broken.successions = [
      {
        predecessorId: first!.id,
        successorId: second!.id,
        date: { not: 'a date' } as unknown as string,
        note: null,
        sources: [],
        definedIn: ['test'],
      },
    ];
    await expect(importDataset(db, broken)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
    const [row] = await db.read('entities/by-ids', { ids: [first!.id] });
    expect(row!.node.name).toBe(ds.agencies[0]!.name);
  });

  it('rejects a malformed file naming file, record and field, before touching the database', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'seeds-'));
    await cp(SEED_PATHS.factsDir, dir, { recursive: true });
    const file = 'regeringsbeslut-samverkan-mans-vald-mot-kvinnor.yaml';
    const text = await readFile(path.join(dir, file), 'utf8');
    await writeFile(path.join(dir, file), text.replace(/kind: AGENCY/, 'kind: SPACESHIP'));
    const err = await loadSeeds({ factsDir: dir, documentsDir: SEED_PATHS.documentsDir }).catch((e) => e);
    expect(err).toBeInstanceOf(SeedValidationError);
    const problem = (err as SeedValidationError).problems[0]!;
    expect(problem.file).toBe(file);
    expect(problem.record).toMatch(/^agencies\[\d+\] agency:/);
    expect(problem.field).toBe('kind');
  });

  it('rejects a quote that is not verbatim in its document', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'seeds-'));
    await cp(SEED_PATHS.factsDir, dir, { recursive: true });
    const file = 'regeringsbeslut-samverkan-mans-vald-mot-kvinnor.yaml';
    const text = await readFile(path.join(dir, file), 'utf8');
    await writeFile(
      path.join(dir, file),
      text.replace('Uppdraget ska samordnas av Polismyndigheten.', 'Uppdraget ska samordnas av Kriminalvården.'),
    );
    const err = (await loadSeeds({ factsDir: dir, documentsDir: SEED_PATHS.documentsDir }).catch(
      (e) => e,
    )) as SeedValidationError;
    expect(err).toBeInstanceOf(SeedValidationError);
    expect(err.problems.some((p) => p.field?.endsWith('.quote') && p.message.startsWith('not verbatim'))).toBe(true);
  });
});
