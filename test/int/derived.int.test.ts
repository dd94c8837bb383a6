// An entity created or renamed through the API carries exactly the derived properties the importer
// gives the same record, and the migration that backfills them agrees with both on the whole graph.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DERIVED_PROPERTIES } from '../../src/domain/derived.js';
import type { Executor } from '../../src/neo4j/executor.js';
import { backfillDerived } from '../../src/neo4j/migrate.js';
import { importSteps } from '../../src/seed/import.js';
import type { Dataset } from '../../src/seed/load-seeds.js';
import { AgencyRecord, AssignmentRecord, StrategyRecord } from '../../src/seed/records.js';
import { gql, makeApp, makeExecutor } from '../helpers.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const EDITOR = 'derived-editor-key';
const auth = { authorization: `Bearer ${EDITOR}` };
const source = {
  newDocument: { title: 'Härledningstest källa', url: 'https://example.org/derived' },
  quote: 'Härledningstest: ett påstående med källa',
};
const seedSources = [{ document: 'document:x', quote: 'ett citat som säger något' }];
const empty: Dataset = {
  documents: [],
  agencies: [],
  strategies: [],
  focusAreas: [],
  assignments: [],
  appropriations: [],
  fundingFlows: [],
  successions: [],
  files: [],
};

let app: FastifyInstance;
let db: Executor;
let closeDb: () => Promise<void>;
beforeAll(async () => {
  app = await makeApp({ API_KEYS: `dv:editor:${sha(EDITOR)}`, RESPONSE_CACHE_ENTRIES: '0' });
  ({ db, close: closeDb } = makeExecutor());
});
afterAll(async () => {
  await app.close();
  await closeDb();
});

async function edit(query: string, variables: Record<string, unknown>) {
  const r = await gql(app, query, variables, auth);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

// The node's derived properties beside the importer's row for the same record, by name.
async function compare(id: string, step: string, ds: Partial<Dataset>) {
  const imported = importSteps({ ...empty, ...ds }).find((s) => s.name === step)!.rows[0]!;
  const res = await db.driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN properties(n) AS p', { id });
  const stored = res.records[0]!.get('p') as Record<string, unknown>;
  const keys = DERIVED_PROPERTIES.filter((k) => k in imported);
  expect(keys.length).toBeGreaterThanOrEqual(4);
  const side = (o: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, o[k] ?? null]));
  expect(side(stored)).toEqual(side(imported));
}

describe('derived properties', () => {
  it('an agency created and renamed through the API has what the importer would give it', async () => {
    const { createAgency } = await edit('mutation($i: AgencyInput!) { createAgency(input: $i) { id } }', {
      i: { name: 'Härledningsverket', kind: 'OTHER', sources: [source] },
    });
    const id = createAgency.id as string;
    const before = { id, name: 'Härledningsverket', kind: 'OTHER', sources: seedSources };
    await compare(id, 'seed/03-agencies', { agencies: [{ ...AgencyRecord.parse(before), definedIn: [] }] });

    await edit('mutation($id: ID!, $p: AgencyPatch!) { updateAgency(id: $id, patch: $p) { id } }', {
      id,
      p: { name: 'Myndigheten för Åtgärder', nameEn: 'Agency for Measures', abbreviation: 'MFÅ', sources: [source] },
    });
    const renamed = {
      ...before,
      name: 'Myndigheten för Åtgärder',
      nameEn: 'Agency for Measures',
      abbreviation: 'MFÅ',
    };
    await compare(id, 'seed/03-agencies', { agencies: [{ ...AgencyRecord.parse(renamed), definedIn: [] }] });
  });

  it('so does an assignment and a strategy, also after a patch that changes only the diary numbers', async () => {
    const { createAssignment } = await edit('mutation($i: AssignmentInput!) { createAssignment(input: $i) { id } }', {
      i: { title: 'Uppdrag om härledda egenskaper', diaryNumbers: ['Fi2026/ 00042'], sources: [source] },
    });
    const a = { id: createAssignment.id, title: 'Uppdrag om härledda egenskaper', sources: seedSources };
    await compare(createAssignment.id, 'seed/08-assignments', {
      assignments: [{ ...AssignmentRecord.parse({ ...a, diaryNumbers: ['Fi2026/ 00042'] }), definedIn: [] }],
    });
    await edit('mutation($id: ID!, $p: AssignmentPatch!) { updateAssignment(id: $id, patch: $p) { id } }', {
      id: createAssignment.id,
      p: { diaryNumbers: ['Fi2026/00043', 'Fi2026/00042'], sources: [source] },
    });
    await compare(createAssignment.id, 'seed/08-assignments', {
      assignments: [
        { ...AssignmentRecord.parse({ ...a, diaryNumbers: ['Fi2026/00043', 'Fi2026/00042'] }), definedIn: [] },
      ],
    });

    const { createStrategy } = await edit('mutation($i: StrategyInput!) { createStrategy(input: $i) { id } }', {
      i: { name: 'Strategi för härledning', kind: 'STRATEGY', diaryNumber: 'S2026/7', sources: [source] },
    });
    await edit('mutation($id: ID!, $p: StrategyPatch!) { updateStrategy(id: $id, patch: $p) { id } }', {
      id: createStrategy.id,
      p: { name: 'Strategi för härledda värden', sources: [source] },
    });
    const s = { id: createStrategy.id, name: 'Strategi för härledda värden', kind: 'STRATEGY', diaryNumber: 'S2026/7' };
    await compare(createStrategy.id, 'seed/05-strategies', {
      strategies: [{ ...StrategyRecord.parse({ ...s, sources: seedSources }), definedIn: [] }],
    });
  });

  it('the migration finds nothing to change on the imported and edited graph, and restores what was lost', async () => {
    const { id } = (
      await db.driver.executeQuery(
        "MATCH (a:Agency) WHERE a.abbreviation IS NOT NULL AND a.origin = 'seed' RETURN a.id AS id ORDER BY a.id LIMIT 1",
      )
    ).records[0]!.toObject() as { id: string };
    const read = async () =>
      (
        await db.driver.executeQuery(
          'MATCH (a:Agency {id: $id}) RETURN a {.sortName, .folded, .exactKeys, .exactKeyBag} AS p',
          { id },
        )
      ).records[0]!.get('p');
    const imported = await read();
    // Every entity the importer and the edits above wrote already has what the migration computes.
    expect(await backfillDerived(db)).toEqual([]);
    await db.driver.executeQuery('MATCH (a:Agency {id: $id}) REMOVE a.folded, a.exactKeyBag SET a.sortName = "x"', {
      id,
    });
    expect(await backfillDerived(db)).toEqual([id]);
    expect(await read()).toEqual(imported);
  });
});
