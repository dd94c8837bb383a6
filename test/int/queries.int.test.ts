// Every registered query (src/queries.ts) once against the seeded graph, its rows parsed with the
// row schema the code is typed by: what the types promise is what Neo4j returns. Parameters are
// taken from the seeds (real agencies, flows, links). Reads run through the executor; writes run
// in a transaction that is rolled back, so the seeded graph the other files read stays as it is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCypherParams, type Executor } from '../../src/neo4j/executor.js';
import {
  type ParamsOf,
  QUERIES,
  type QueryName,
  type ReadQueryName,
  type RowOf,
  type WriteQueryName,
} from '../../src/queries.js';
import type { SEED_BATCHES } from '../../src/seed/queries.js';
import { type Dataset, loadSeeds } from '../../src/seed/load-seeds.js';
import { SEED_PATHS } from '../../src/seed/paths.js';
import { fold } from '../../src/domain/text.js';
import { makeExecutor } from '../helpers.js';

// `some`: the seeds guarantee at least one row (zero would mean a broken query or a broken table);
// `any`: zero rows is a correct answer for the seeded graph (e.g. no API edits yet).
type Case<N extends QueryName> = { params: ParamsOf<N>; rows: 'some' | 'any' };
type Cases<Names extends QueryName> = { [N in Names]: Case<N> };

const STAGES = ['ALLOCATED', 'PAID'];
const ALL_STAGES = ['PROPOSED', 'ESTIMATED', 'ALLOCATED', 'PAID'];

function pick<T>(list: T[], what: string, test: (x: T) => boolean = () => true): T {
  const found = list.find(test);
  if (found === undefined) throw new Error(`the seeds have no ${what}`);
  return found;
}

// Realistic values, each found in the seeds rather than assumed.
function seedValues(ds: Dataset) {
  const participated = pick(ds.assignments, 'assignment with two participants', (a) => a.participants.length >= 2);
  const member = pick(ds.agencies, 'agency in a group', (a) => a.memberOf.length > 0);
  const passedOn = pick(ds.fundingFlows, 'flow that passes money on', (f) => f.fundedBy.length > 0);
  const focused = pick(ds.assignments, 'assignment in a focus area', (a) => a.focusAreas.length > 0);
  const served = pick(ds.assignments, 'assignment serving a strategy', (a) => a.strategies.length > 0);
  const issued = pick(ds.assignments, 'issued assignment', (a) => a.issuedById !== null);
  const aliased = pick(ds.assignments, 'assignment with an alias', (a) => a.aliases.length > 0);
  const sameAs = pick(ds.assignments, 'assignment possibly the same as another', (a) => a.possiblySameAs.length > 0);
  const fromFlow = pick(ds.fundingFlows, 'flow with a payer', (f) => f.fromId !== null);
  return {
    agency: 'agency:polismyndigheten',
    assignment: participated.id,
    participants: participated.participants.map((p) => p.agencyId),
    participant: participated.participants[0]!,
    member: member.id,
    successor: pick(ds.successions, 'succession').predecessorId,
    strategy: served.strategies[0]!.id,
    focusArea: focused.focusAreas[0]!.id,
    issued: issued.id,
    alias: aliased.aliases[0]!,
    sameAs: sameAs.id,
    passedOn: passedOn.id,
    payer: fromFlow.fromId!,
    recipient: fromFlow.toId,
    year: fromFlow.year,
    document: pick(ds.documents, 'document').id,
    everyKind: [
      'agency:polismyndigheten',
      participated.id,
      served.strategies[0]!.id,
      focused.focusAreas[0]!.id,
      fromFlow.id,
      pick(ds.appropriations, 'appropriation').id,
      pick(ds.documents, 'document').id,
    ],
  };
}

function readCases(v: ReturnType<typeof seedValues>): Cases<ReadQueryName> {
  const noFilter = { strategyId: null, after: '', limit: 5 };
  const fundingFilter = { ...noFilter, agencyId: null, year: null, stages: STAGES };
  return {
    'agencies/list': {
      params: {
        kinds: null,
        nameContains: null,
        strategyId: null,
        ministryId: null,
        orgNr: null,
        hasAssignment: null,
        existedOn: null,
        afterKey: null,
        afterId: null,
        limit: 5,
        withCount: true,
        brief: true,
      },
      rows: 'some',
    },
    'agencies/assignments-of': {
      params: {
        items: [{ key: 0, agencyId: v.agency, role: null, afterKey: null, afterId: null, limit: 5 }],
        withParticipants: true,
        participantSources: false,
        briefPage: true,
        briefAgencies: true,
        withAgency: true,
      },
      rows: 'some',
    },
    'agencies/collaborators': {
      params: {
        items: [{ key: 0, agencyId: v.agency, strategyId: null, limit: 5, includeGroups: true }],
        // The brief maps must still be valid rows (src/graphql/brief.ts); the list queries below run full.
        briefAgencies: true,
        briefAssignments: true,
        withAgency: true,
      },
      rows: 'some',
    },
    'agencies/funding-of': {
      params: { items: [{ key: 0, agencyId: v.recipient, year: null, stages: STAGES }], relType: 'TO' },
      rows: 'some',
    },
    'agencies/memberships': { params: { ids: [v.member] }, rows: 'some' },
    'agencies/successions': { params: { ids: [v.successor] }, rows: 'some' },
    'assignments/list': {
      params: {
        text: null,
        strategyId: null,
        agencyId: null,
        role: null,
        focusAreaId: null,
        issuedById: null,
        diaryNumber: null,
        dueAfter: null,
        dueBefore: null,
        kinds: null,
        status: null,
        asOf: '2024-06-01',
        afterKey: null,
        afterId: null,
        limit: 5,
        withParticipants: true,
        participantSources: true,
        briefPage: false,
        briefAgencies: false,
      },
      rows: 'some',
    },
    'assignments/participants-of': { params: { ids: [v.assignment] }, rows: 'some' },
    'assignments/possibly-same-as': { params: { ids: [v.sameAs] }, rows: 'some' },
    'backup/counts': { params: {}, rows: 'some' },
    'backup/nodes': { params: {}, rows: 'some' },
    'backup/relationships': { params: {}, rows: 'some' },
    'edits/changes': { params: { entityId: null, since: null, afterAt: null, afterId: null, limit: 5 }, rows: 'some' },
    'edits/document-texts': { params: { ids: [v.document] }, rows: 'some' },
    'edits/existing-ids': { params: { ids: v.everyKind }, rows: 'some' },
    'edits/export': { params: {}, rows: 'any' },
    'edits/participants': { params: { id: v.assignment }, rows: 'some' },
    'edits/snapshot': { params: { id: v.agency }, rows: 'some' },
    'entities/by-ids': { params: { ids: v.everyKind }, rows: 'some' },
    'entities/by-alias': { params: { ids: [v.alias] }, rows: 'some' },
    'entities/documents': { params: {}, rows: 'some' },
    'entities/sources': { params: { ids: v.everyKind }, rows: 'some' },
    'entities/related-in': {
      params: { ids: [v.recipient], relType: 'TO', targetLabel: 'FundingFlow', withRetired: false },
      rows: 'some',
    },
    'entities/related-out': {
      params: { ids: [v.issued], relType: 'ISSUED_BY', targetLabel: 'Agency', withRetired: true },
      rows: 'some',
    },
    'export/agencies': { params: noFilter, rows: 'some' },
    'export/assignments': { params: noFilter, rows: 'some' },
    'export/participations': { params: noFilter, rows: 'some' },
    'export/funding-flows': { params: fundingFilter, rows: 'some' },
    'export/count-agencies': { params: { strategyId: v.strategy }, rows: 'some' },
    'export/count-assignments': { params: { strategyId: null }, rows: 'some' },
    'export/count-participations': { params: { strategyId: null }, rows: 'some' },
    'export/count-funding-flows': {
      params: { strategyId: null, agencyId: v.recipient, year: null, stages: STAGES },
      rows: 'some',
    },
    'export/network-nodes': { params: { strategyId: null, limit: 5 }, rows: 'some' },
    'export/network-edges': { params: { strategyId: null, limit: 5 }, rows: 'some' },
    'funding/aggregate': {
      params: {
        stages: STAGES,
        qualifiers: null,
        bases: null,
        toId: null,
        recipientKinds: null,
        fromId: null,
        assignmentId: null,
        appropriationId: null,
        strategyId: null,
        year: null,
        yearFrom: null,
        yearTo: null,
        groupBy: ['YEAR', 'PAYER', 'RECIPIENT', 'STRATEGY'],
        afterYear: null,
        afterId: null,
        limit: 5,
      },
      rows: 'some',
    },
    'funding/links-of': { params: { ids: [v.passedOn] }, rows: 'some' },
    'funding/reconcile': { params: { agencyId: null, year: v.year, stages: ALL_STAGES }, rows: 'some' },
    'funding/trace': {
      params: { fromId: v.payer, year: null, maxDepth: 5, stages: ALL_STAGES, linkSources: true, briefTo: true },
      rows: 'some',
    },
    'health/ping': { params: {}, rows: 'some' },
    'health/graph-version': { params: {}, rows: 'some' },
    'meta/data-version': { params: {}, rows: 'some' },
    'migrations/applied': { params: {}, rows: 'some' },
    'migrations/derived-sources': { params: {}, rows: 'some' },
    'paths/all-shortest': {
      params: {
        fromId: v.participants[0]!,
        toId: v.participants[1]!,
        strategyId: null,
        roles: ['ASSIGNEE', 'COORDINATOR', 'CONSULTED', 'COPIED'],
        includeGroups: true,
        asOf: null,
        maxHops: 3,
        limit: 5,
        briefAgencies: false,
        briefAssignments: true,
        withSources: true,
      },
      rows: 'some',
    },
    'register/after-closure': { params: { agencyIds: null }, rows: 'any' },
    'register/ministry-collaboration': { params: { strategyId: null, perStrategy: true }, rows: 'some' },
    'register/ministry-funding': { params: { stages: STAGES, year: null, strategyId: null }, rows: 'some' },
    'register/ministry-of': { params: { ids: [v.agency] }, rows: 'some' },
    'search/fulltext': {
      params: {
        query: 'polis*',
        candidates: 20,
        labels: ['Agency', 'Assignment', 'Strategy', 'FocusArea', 'Document'],
        exact: fold('Polismyndigheten'),
        // Brief candidate maps must still be valid rows; the full maps are by-ids' projection.
        brief: true,
      },
      rows: 'some',
    },
    'seed/counts': { params: {}, rows: 'some' },
    'seed/last-import': { params: {}, rows: 'some' },
    'seed/edits-before': { params: { keepIds: [] }, rows: 'any' },
    'seed/edits-current': { params: { ids: [v.agency] }, rows: 'some' },
    'strategies/list': { params: { kind: null }, rows: 'some' },
    'strategies/agencies-of': { params: { ids: [v.strategy] }, rows: 'some' },
    'strategies/assignments-of': {
      params: {
        items: [{ key: 0, strategyId: v.strategy, includeChildren: true, afterKey: null, afterId: null, limit: 5 }],
      },
      rows: 'some',
    },
    'strategies/focus-area-assignments': { params: { ids: [v.focusArea] }, rows: 'some' },
    'strategies/funding-of': { params: { ids: [v.strategy] }, rows: 'some' },
  };
}

type SeedBatch = (typeof SEED_BATCHES)[number];

function writeCases(v: ReturnType<typeof seedValues>): Cases<Exclude<WriteQueryName, SeedBatch>> {
  const props = { name: 'Query registry test', kind: 'AGENCY', sortName: 'query registry test' };
  const sources = { sourceDocs: [v.document], sourceQuotes: ['a passage that says so, verbatim'] };
  return {
    'backup/create-nodes': {
      params: { rows: [{ key: 'k', labels: ['QueryRegistryTest'], props: { x: 1 } }] },
      rows: 'some',
    },
    'backup/create-relationships': { params: { rows: [] }, rows: 'any' },
    'backup/wipe': { params: {}, rows: 'any' },
    'edits/ensure-documents': {
      params: { docs: [{ id: 'document:query-registry-test', title: 'T', url: null, published: null, fullText: 'x' }] },
      rows: 'any',
    },
    'edits/link-assignment': {
      params: { id: v.assignment, links: [{ kind: 'STRATEGY', targetId: v.strategy }], ...sources },
      rows: 'some',
    },
    'edits/record-change': {
      params: {
        changeId: 'change:query-registry-test',
        at: new Date().toISOString(),
        keyId: 'test',
        requestId: null,
        operation: 'test',
        entityId: v.agency,
        before: null,
        after: '{}',
      },
      rows: 'any',
    },
    'edits/remove-participant': {
      params: { agencyId: v.participant.agencyId, role: v.participant.role, assignmentId: v.assignment },
      rows: 'some',
    },
    'edits/retire': { params: { id: v.agency, props: { retired: true } }, rows: 'some' },
    'edits/set-participant': {
      params: {
        agencyId: v.agency,
        assignmentId: v.assignment,
        role: 'CONSULTED',
        ...sources,
        editSourceDocs: sources.sourceDocs,
        editSourceQuotes: sources.sourceQuotes,
      },
      rows: 'any',
    },
    'edits/set-relations': {
      params: { id: v.issued, set: [{ type: 'ISSUED_BY', targetLabel: 'Agency', targetId: v.agency }] },
      rows: 'some',
    },
    'edits/upsert-agency': { params: { id: 'agency:query-registry-test', props }, rows: 'some' },
    'edits/upsert-assignment': { params: { id: v.assignment, props: { title: 'Renamed' } }, rows: 'some' },
    'edits/upsert-funding-flow': { params: { id: v.passedOn, props: { note: 'noted' } }, rows: 'some' },
    'edits/upsert-strategy': { params: { id: v.strategy, props: { name: 'Renamed' } }, rows: 'some' },
    'migrations/record': { params: { name: 'schema/999-query-registry-test', checksum: 'x' }, rows: 'any' },
    'migrations/derived-set': { params: { rows: [{ id: v.agency, props: { sortName: 'x' } }] }, rows: 'any' },
    'seed/01-prune': { params: { keepIds: [] }, rows: 'any' },
    'seed/14-record-import': { params: { checksum: 'query-registry-test' }, rows: 'any' },
    'seed/edits-apply': { params: { rows: [{ id: v.agency, props: { nameEn: 'Police' }, rels: [] }] }, rows: 'some' },
    'seed/record-import-change': {
      params: {
        changeId: 'change:query-registry-test',
        at: new Date().toISOString(),
        keyId: 'test',
        requestId: null,
        before: '{}',
        after: '{}',
      },
      rows: 'any',
    },
  };
}

function checkRows(name: QueryName, rows: unknown[], expected: 'some' | 'any') {
  if (expected === 'some') expect(rows.length, `${name} returned no rows`).toBeGreaterThan(0);
  const schema = QUERIES[name].row;
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw new Error(`${name}: a row does not fit its schema: ${parsed.error.message}`);
  }
}

let db: Executor;
let close: () => Promise<void>;
let values: ReturnType<typeof seedValues>;
beforeAll(async () => {
  ({ db, close } = makeExecutor());
  values = seedValues(await loadSeeds(SEED_PATHS));
});
afterAll(async () => {
  await close();
});

// Kept in step with the registry by the types: a query added to src/queries.ts without a case here
// does not compile.
const readNames = Object.keys(QUERIES).filter((n) => QUERIES[n as QueryName].mode === 'read') as ReadQueryName[];
const writeNames = Object.keys(QUERIES).filter((n) => QUERIES[n as QueryName].mode === 'write') as WriteQueryName[];

describe('every read query against the seeded graph', () => {
  it.each(readNames)('%s returns rows its schema accepts', async (name) => {
    const c = readCases(values)[name];
    const rows: RowOf<typeof name>[] = await (db.read as (n: string, p: object) => Promise<RowOf<typeof name>[]>)(
      name,
      c.params,
    );
    checkRows(name, rows, c.rows);
  });
});

describe('every write query, rolled back', () => {
  it.each(writeNames)('%s returns rows its schema accepts', async (name) => {
    const cases = writeCases(values) as Partial<Record<WriteQueryName, Case<WriteQueryName>>>;
    // A seed batch takes rows built by the importer; one empty batch shows the statement parses.
    const c = cases[name] ?? { params: { rows: [] }, rows: 'any' as const };
    const session = db.driver.session();
    const tx = await session.beginTransaction();
    try {
      const result = await tx.run(db.store.get(name), toCypherParams(c.params) as Record<string, unknown>);
      checkRows(
        name,
        result.records.map((r) => r.toObject()),
        c.rows,
      );
    } finally {
      await tx.rollback();
      await session.close();
    }
  });

  it('left the seeded graph as it was', async () => {
    const [counts] = await db.read('seed/counts');
    const [retired] = await db.read('entities/by-ids', { ids: [values.agency] });
    expect(counts!.agencies).toBeGreaterThan(0);
    expect(retired!.node.retired).toBe(false);
  });
});
