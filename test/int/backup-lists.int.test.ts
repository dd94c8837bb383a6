// Backups write only labels and relationship types from closed allow-lists (src/neo4j/backup.ts),
// so a new kind of node or link that is not on them would be refused by restore. This keeps the
// lists in step with what the importer, the migrations and the edits actually create.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_LABELS, KNOWN_TYPES } from '../../src/neo4j/backup.js';
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

describe('backup allow-lists', () => {
  it('every label and relationship type in the seeded graph is on them', async () => {
    const labels = (await db.driver.executeQuery('MATCH (n) UNWIND labels(n) AS l RETURN DISTINCT l')).records.map(
      (r) => r.get('l') as string,
    );
    const types = (await db.driver.executeQuery('MATCH ()-[r]->() RETURN DISTINCT type(r) AS t')).records.map(
      (r) => r.get('t') as string,
    );
    // The seeded graph has documents, agencies, flows and their links: an empty answer proves nothing.
    expect(labels).toEqual(expect.arrayContaining(['Agency', 'FundingFlow', 'Document']));
    expect(types.length).toBeGreaterThan(5);
    expect(labels.filter((l) => !(KNOWN_LABELS as readonly string[]).includes(l))).toEqual([]);
    expect(types.filter((t) => !(KNOWN_TYPES as readonly string[]).includes(t))).toEqual([]);
  });
});
