// API edits survive re-imports of the seeds, by the importSeeds mutation and by `npm run seed`,
// and every import is itself a Change. This file re-imports, so it runs on a Neo4j of its own
// (embedded, throw-away folder), never on the shared read-only test graph. The derived properties
// are checked here too: entities created through the API would change the shared graph's
// full-text scores, which the README examples print.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { parse as parseYaml } from 'yaml';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { CypherStore } from '../../src/neo4j/cypher-store.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/embedded.js';
import { createDriver, Executor } from '../../src/neo4j/executor.js';
import { DERIVED_PROPERTIES } from '../../src/domain/derived.js';
import { backfillDerived, migrate } from '../../src/neo4j/migrate.js';
import { importDataset, importSteps } from '../../src/seed/import.js';
import { emptyDataset, loadSeeds, type Dataset } from '../../src/seed/load-seeds.js';
import { AgencyRecord, AssignmentRecord, StrategyRecord } from '../../src/seed/records.js';
import { SEED_PATHS } from '../../src/seed/paths.js';
import { gql, testConfig } from '../helpers.js';
import { NODE_TSX, Resources, spawnChild, withTimeout } from '../resilience-helpers.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const KEYS = { editor: 'survive-editor-key', admin: 'survive-admin-key' };
const bearer = (role: keyof typeof KEYS) => ({ authorization: `Bearer ${KEYS[role]}` });
const newDoc = {
  newDocument: { title: 'Redaktionell rättelse', url: 'https://example.org/rattelse' },
  quote: 'Rättelse gjord av redaktionen',
};

const res = new Resources();
let neo: EmbeddedNeo4j;
let db: Executor;
let app: FastifyInstance;
let ds: Dataset;
let dir: string;

// Seeded entities to edit, picked from the graph so the test does not depend on one record.
let agencyId: string;
let flowId: string;
let flowAmount: number;
let retireId: string;
let assignmentId: string;
let removedAgencyId: string;
let removedRole: string;
let keptAgencyId: string;
let newIssuerId: string;
let createdAgencyId: string;

const one = async (q: string, params: Record<string, unknown> = {}) =>
  (await db.driver.executeQuery(q, params)).records[0]!.toObject();

async function ok(query: string, variables: Record<string, unknown>, role: keyof typeof KEYS = 'editor') {
  const r = await gql(app, query, variables, bearer(role));
  if (r.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(r.errors)}`);
  return r.data;
}

// Everything the edits changed, read back as a client would (and a few things straight from the graph).
async function editedState() {
  const r = await gql(
    app,
    `query($a: ID!, $f: ID!, $r: ID!, $s: ID!) {
    agency(id: $a) { name abbreviation sources { quote } }
    flow: node(id: $f) { ... on FundingFlow { amountSek note } }
    retired: node(id: $r) { ... on Agency { retired } ... on Assignment { retired } }
    assignment(id: $s) { issuedBy { id } participants { agency { id } role sources { quote } } }
  }`,
    { a: agencyId, f: flowId, r: retireId, s: assignmentId },
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  const created = await one('MATCH (a:Agency {id: $id}) RETURN a.name AS name', { id: createdAgencyId });
  return { ...r.data, created };
}

beforeAll(async () => {
  dir = await res.tmpDir('edits-survive-');
  neo = await startEmbeddedNeo4j({
    dataDir: dir,
    port: await freePort(),
    heap: '512m',
    pagecache: '128m',
    log: () => {},
  });
  res.add('stop neo4j', () => neo.stop());
  const driver = createDriver(neo.uri, 'neo4j', undefined, { acquisitionTimeoutMs: 30_000, retryTimeMs: 5_000 });
  res.add('close driver', () => driver.close());
  db = new Executor(driver, new CypherStore(), { timeoutMs: 300_000 });
  await migrate(db);
  ds = await loadSeeds(SEED_PATHS);
  await importDataset(db, ds);
  app = await buildApp({
    config: testConfig({
      API_KEYS: `ed:editor:${sha(KEYS.editor)},ad:admin:${sha(KEYS.admin)}`,
      RESPONSE_CACHE_ENTRIES: '0',
    }),
    neo4j: { uri: neo.uri, user: 'neo4j', password: undefined, database: undefined },
    migrate: false,
    logger: false,
  });
  await app.ready();
  res.add('close app', () => app.close());

  ({ id: agencyId } = await one(
    "MATCH (a:Agency {origin: 'seed'}) WHERE a.abbreviation IS NULL AND size(a.sourceDocs) > 0 RETURN a.id AS id ORDER BY a.id LIMIT 1",
  ));
  ({ id: flowId, amount: flowAmount } = await one(
    "MATCH (f:FundingFlow {origin: 'seed'}) WHERE f.amountSek IS NOT NULL RETURN f.id AS id, f.amountSek AS amount ORDER BY f.id LIMIT 1",
  ));
  ({ id: retireId } = await one("MATCH (a:Assignment {origin: 'seed'}) RETURN a.id AS id ORDER BY a.id DESC LIMIT 1"));
  // An assignment with an issuer and at least two participants: one removed, one re-sourced.
  ({
    id: assignmentId,
    removed: removedAgencyId,
    role: removedRole,
    kept: keptAgencyId,
    issuer: newIssuerId,
  } = await one(
    `
    MATCH (a:Assignment {origin: 'seed'})-[:ISSUED_BY]->(i:Agency)
    MATCH (p1:Agency)-[r1:PARTICIPATES_IN]->(a)<-[r2:PARTICIPATES_IN]-(p2:Agency)
    WHERE p1.id < p2.id AND a.id <> $retireId
    MATCH (other:Agency {origin: 'seed'}) WHERE other.id <> i.id AND other.kind = 'MINISTRY'
    RETURN a.id AS id, p1.id AS removed, r1.role AS role, p2.id AS kept, other.id AS issuer ORDER BY a.id, p1.id, p2.id, other.id LIMIT 1`,
    { retireId },
  ));
}, 300_000);

afterAll(async () => {
  const problems = await res.cleanup();
  if (problems.length) throw new Error(problems.join('; '));
});

describe('API edits survive re-imports', () => {
  let afterEdits: Awaited<ReturnType<typeof editedState>>;

  it('makes one edit of every kind on seeded entities', async () => {
    await ok(
      'mutation($id: ID!, $s: [SourceInput!]!) { updateAgency(id: $id, patch: { name: "Omdöpt myndighet", abbreviation: "OMD", sources: $s }) { id } }',
      { id: agencyId, s: [newDoc] },
    );
    await ok(
      'mutation($id: ID!, $s: [SourceInput!]!) { updateFundingFlow(id: $id, patch: { amountSek: 4242, note: "rättat belopp", sources: $s }) { id } }',
      { id: flowId, s: [newDoc] },
    );
    await ok(
      'mutation($id: ID!, $s: [SourceInput!]!) { retire(id: $id, sources: $s) { id } }',
      { id: retireId, s: [newDoc] },
      'admin',
    );
    await ok(
      'mutation($id: ID!, $i: ID!, $s: [SourceInput!]!) { updateAssignment(id: $id, patch: { issuedById: $i, sources: $s }) { id } }',
      { id: assignmentId, i: newIssuerId, s: [newDoc] },
    );
    await ok(
      'mutation($a: ID!, $g: ID!, $r: AssignmentRole!, $s: [SourceInput!]!) { removeParticipant(input: { assignmentId: $a, agencyId: $g, role: $r, sources: $s }) { id } }',
      { a: assignmentId, g: removedAgencyId, r: removedRole, s: [newDoc] },
    );
    await ok(
      'mutation($a: ID!, $g: ID!, $s: [SourceInput!]!) { setParticipant(input: { assignmentId: $a, agencyId: $g, role: CONSULTED, sources: $s }) { id } }',
      { a: assignmentId, g: keptAgencyId, s: [newDoc] },
    );
    const created = await ok('mutation($i: AgencyInput!) { createAgency(input: $i) { id } }', {
      i: { name: 'Nyinrättad testmyndighet', kind: 'OTHER', sources: [newDoc] },
    });
    createdAgencyId = created.createAgency.id;

    afterEdits = await editedState();
    expect(afterEdits.agency.name).toBe('Omdöpt myndighet');
    expect(afterEdits.flow.amountSek).toBe(4242);
    expect(afterEdits.retired.retired).toBe(true);
    expect(afterEdits.assignment.issuedBy.id).toBe(newIssuerId);
    expect(
      afterEdits.assignment.participants.some(
        (p: { agency: { id: string }; role: string }) => p.agency.id === removedAgencyId && p.role === removedRole,
      ),
    ).toBe(false);
    expect(
      afterEdits.assignment.participants.some(
        (p: { agency: { id: string }; role: string }) => p.agency.id === keptAgencyId && p.role === 'CONSULTED',
      ),
    ).toBe(true);
    expect(afterEdits.created.name).toBe('Nyinrättad testmyndighet');
  });

  it('keeps every edit through the importSeeds mutation, reports them and records the import as a Change', async () => {
    const countsBefore = await one(
      'MATCH (n:Entity) WITH count(n) AS n MATCH (:Entity)-[r]->(:Entity) RETURN n, count(r) AS r',
    );
    const r = await ok(
      'mutation { importSeeds { nodes relationships checksum keptEdits conflicts { entityId field seedValue editValue } keptDropped } }',
      {},
      'admin',
    );
    expect(r.importSeeds.keptEdits).toBeGreaterThanOrEqual(5);
    expect(r.importSeeds.conflicts, JSON.stringify(r.importSeeds.conflicts)).toEqual([]); // the files did not change
    expect(r.importSeeds.checksum).toBe(ds.checksum);
    expect(await editedState()).toEqual(afterEdits);
    expect(
      await one('MATCH (n:Entity) WITH count(n) AS n MATCH (:Entity)-[r]->(:Entity) RETURN n, count(r) AS r'),
    ).toEqual(countsBefore);

    const changes = await gql(
      app,
      '{ changes(entityId: "seeds", first: 5) { totalCount edges { node { operation keyId after } } } }',
      undefined,
      bearer('admin'),
    );
    const imports = changes.data.changes.edges.map(
      (e: { node: { operation: string; keyId: string; after: string } }) => e.node,
    );
    expect(imports[0]).toMatchObject({ operation: 'importSeeds', keyId: 'ad' });
    expect(JSON.parse(imports[0].after)).toMatchObject({ checksum: ds.checksum, keptEdits: r.importSeeds.keptEdits });
  });

  it('keeps every edit through `npm run seed` (the CLI, a separate process)', async () => {
    const child = spawnChild(res, 'seed cli', [...NODE_TSX, 'src/cli/seed.ts'], {
      NEO4J_URI: neo.uri,
      NEO4J_PASSWORD: 'x',
    });
    const exit = await withTimeout(child.exited, 240_000, 'seed CLI');
    expect(exit.code, child.output().slice(-2000)).toBe(0);
    expect(child.output()).toMatch(/API edits kept: \d+ entities, 0 fields where the seeds now differ/);
    expect(await editedState()).toEqual(afterEdits);
    const cli = await one(
      "MATCH (c:Change {operation: 'importSeeds'}) RETURN c.keyId AS keyId ORDER BY c.at DESC LIMIT 1",
    );
    expect(cli.keyId).toBe('cli');
  });

  it('reports a conflict when the seed files change a field an edit owns, and keeps the edit', async () => {
    const changed: Dataset = {
      ...ds,
      checksum: `${ds.checksum}-changed`,
      agencies: ds.agencies.map((a) => (a.id === agencyId ? { ...a, name: 'Nytt namn i filerna' } : a)),
    };
    const report = await importDataset(db, changed);
    expect(report.edits!.conflicts).toContainEqual({
      id: agencyId,
      field: 'name',
      seedValue: 'Nytt namn i filerna',
      editValue: 'Omdöpt myndighet',
    });
    expect((await editedState()).agency.name).toBe('Omdöpt myndighet');
  });

  it('gives the seeds back every field no edit owns (the edit of one field does not freeze the others)', async () => {
    const flowRecord = ds.fundingFlows.find((f) => f.id === flowId)!;
    const changed: Dataset = {
      ...ds,
      checksum: `${ds.checksum}-year`,
      fundingFlows: ds.fundingFlows.map((f) =>
        f.id === flowId ? { ...f, qualifier: 'AT_LEAST' as typeof f.qualifier } : f,
      ),
    };
    await importDataset(db, changed);
    const flow = await one('MATCH (f:FundingFlow {id: $id}) RETURN f.qualifier AS q, f.amountSek AS amount', {
      id: flowId,
    });
    expect(flow).toEqual({ q: 'AT_LEAST', amount: 4242 });
    expect(flowRecord.amountSek).toBe(flowAmount);
    await importDataset(db, ds);
  });
});

// Every node and relationship, as sorted canonical strings (types kept: integers apart from floats,
// datetimes as datetimes), so two graphs compare equal only when they are the same graph.
async function canonicalGraph() {
  const lossless = neo4j.driver(neo.uri, neo4j.auth.basic('neo4j', 'x'), { disableLosslessIntegers: false });
  try {
    const { encodeValue } = await import('../../src/neo4j/backup.js');
    const canon = (props: Record<string, unknown>) =>
      JSON.stringify(
        Object.entries(props)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, v]) => [k, encodeValue(v)]),
      );
    const nodeRows = (
      await lossless.executeQuery('MATCH (n) RETURN elementId(n) AS k, labels(n) AS l, properties(n) AS p')
    ).records;
    const key = new Map(
      nodeRows.map((r) => [
        r.get('k') as string,
        `${[...(r.get('l') as string[])].sort().join(':')}${canon(r.get('p'))}`,
      ]),
    );
    const relRows = (
      await lossless.executeQuery(
        'MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS t, elementId(b) AS b, properties(r) AS p',
      )
    ).records;
    return {
      nodes: [...key.values()].sort(),
      relationships: relRows
        .map((r) => `${key.get(r.get('a'))} -${r.get('t')}${canon(r.get('p'))}-> ${key.get(r.get('b'))}`)
        .sort(),
    };
  } finally {
    await lossless.close();
  }
}

describe('backup and restore', () => {
  const env = () => ({ NEO4J_URI: neo.uri, NEO4J_PASSWORD: 'x' });
  const cli = async (label: string, args: string[]) => {
    const child = spawnChild(res, label, [...NODE_TSX, ...args], env());
    const exit = await withTimeout(child.exited, 240_000, label);
    return { code: exit.code, output: child.output() };
  };

  it('round-trips the whole graph (seeds, edits, audit trail) through npm run backup and npm run restore', async () => {
    const before = await canonicalGraph();
    expect(before.nodes.length).toBeGreaterThan(300);
    expect(before.nodes.some((n) => n.startsWith('Change'))).toBe(true);
    const file = path.join(dir, 'graph.jsonl');
    const backup = await cli('backup', ['src/cli/backup.ts', 'backup', file]);
    expect(backup.code, backup.output).toBe(0);
    // Lose everything, then restore.
    await db.driver.executeQuery('MATCH (n) DETACH DELETE n');
    expect((await canonicalGraph()).nodes).toEqual([]);
    const restore = await cli('restore', ['src/cli/backup.ts', 'restore', file]);
    expect(restore.code, restore.output).toBe(0);
    const after = await canonicalGraph();
    expect(after.nodes).toEqual(before.nodes);
    expect(after.relationships).toEqual(before.relationships);
    // The restored graph serves the edits as before.
    expect((await editedState()).agency.name).toBe('Omdöpt myndighet');
  });

  it('refuses a tampered or truncated file and changes nothing', async () => {
    const before = await canonicalGraph();
    const file = path.join(dir, 'graph.jsonl');
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    const tampered = path.join(dir, 'tampered.jsonl');
    await writeFile(
      tampered,
      [
        lines[0],
        JSON.stringify({ n: 'x', labels: ['Entity', 'Evil`) DETACH DELETE n //'], props: {} }),
        ...lines.slice(1),
      ].join('\n'),
    );
    const r1 = await cli('restore tampered', ['src/cli/backup.ts', 'restore', tampered]);
    expect(r1.code).toBe(1);
    expect(r1.output).toMatch(/line 2: labels/);
    const truncated = path.join(dir, 'truncated.jsonl');
    await writeFile(truncated, lines.slice(0, -5).join('\n'));
    const r2 = await cli('restore truncated', ['src/cli/backup.ts', 'restore', truncated]);
    expect(r2.code).toBe(1);
    expect(r2.output).toMatch(/truncated/);
    expect(await canonicalGraph()).toEqual(before);
  });

  it('exports the API edits as seed-shaped YAML (npm run seed:export-edits)', async () => {
    const out = path.join(dir, 'edits.yaml');
    const r = await cli('export-edits', ['src/cli/export-edits.ts', '--out', out]);
    expect(r.code, r.output).toBe(0);
    const doc = parseYaml(await readFile(out, 'utf8')) as Record<string, { id: string; [k: string]: unknown }[]>;
    const agency = doc.agencies!.find((a) => a.id === agencyId)!;
    expect(agency).toMatchObject({
      name: 'Omdöpt myndighet',
      abbreviation: 'OMD',
      sources: [{ document: expect.stringMatching(/^document:/), quote: newDoc.quote }],
    });
    expect(doc.agencies!.find((a) => a.id === createdAgencyId)).toMatchObject({
      createdThroughApi: true,
      name: 'Nyinrättad testmyndighet',
    });
    expect(doc.fundingFlows!.find((f) => f.id === flowId)).toMatchObject({ amountSek: 4242 });
    expect(doc.assignments!.find((a) => a.id === assignmentId)).toMatchObject({
      removedParticipants: [{ agencyId: removedAgencyId, role: removedRole }],
    });
  });
});

const seedSources = [{ document: 'document:x', quote: 'ett citat som säger något' }];

// The node's derived properties beside the importer's row for the same record, by name.
async function compare(id: string, step: string, ds: Partial<Dataset>) {
  const imported = importSteps({ ...emptyDataset(), ...ds }).find((s) => s.name === step)!.rows[0]!;
  const res = await db.driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN properties(n) AS p', { id });
  const stored = res.records[0]!.get('p') as Record<string, unknown>;
  const keys = DERIVED_PROPERTIES.filter((k) => k in imported);
  expect(keys.length).toBeGreaterThanOrEqual(4);
  const side = (o: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, o[k] ?? null]));
  expect(side(stored)).toEqual(side(imported));
}

describe('derived properties', () => {
  it('an agency created and renamed through the API has what the importer would give it', async () => {
    const { createAgency } = await ok('mutation($i: AgencyInput!) { createAgency(input: $i) { id } }', {
      i: { name: 'Härledningsverket', kind: 'OTHER', sources: [newDoc] },
    });
    const id = createAgency.id as string;
    const before = { id, name: 'Härledningsverket', kind: 'OTHER', sources: seedSources };
    await compare(id, 'seed/03-agencies', { agencies: [{ ...AgencyRecord.parse(before), definedIn: [] }] });

    await ok('mutation($id: ID!, $p: AgencyPatch!) { updateAgency(id: $id, patch: $p) { id } }', {
      id,
      p: { name: 'Myndigheten för Åtgärder', nameEn: 'Agency for Measures', abbreviation: 'MFÅ', sources: [newDoc] },
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
    const { createAssignment } = await ok('mutation($i: AssignmentInput!) { createAssignment(input: $i) { id } }', {
      i: { title: 'Uppdrag om härledda egenskaper', diaryNumbers: ['Fi2026/ 00042'], sources: [newDoc] },
    });
    const a = { id: createAssignment.id, title: 'Uppdrag om härledda egenskaper', sources: seedSources };
    await compare(createAssignment.id, 'seed/08-assignments', {
      assignments: [{ ...AssignmentRecord.parse({ ...a, diaryNumbers: ['Fi2026/ 00042'] }), definedIn: [] }],
    });
    await ok('mutation($id: ID!, $p: AssignmentPatch!) { updateAssignment(id: $id, patch: $p) { id } }', {
      id: createAssignment.id,
      p: { diaryNumbers: ['Fi2026/00043', 'Fi2026/00042'], sources: [newDoc] },
    });
    await compare(createAssignment.id, 'seed/08-assignments', {
      assignments: [
        { ...AssignmentRecord.parse({ ...a, diaryNumbers: ['Fi2026/00043', 'Fi2026/00042'] }), definedIn: [] },
      ],
    });

    const { createStrategy } = await ok('mutation($i: StrategyInput!) { createStrategy(input: $i) { id } }', {
      i: { name: 'Strategi för härledning', kind: 'STRATEGY', diaryNumber: 'S2026/7', sources: [newDoc] },
    });
    await ok('mutation($id: ID!, $p: StrategyPatch!) { updateStrategy(id: $id, patch: $p) { id } }', {
      id: createStrategy.id,
      p: { name: 'Strategi för härledda värden', sources: [newDoc] },
    });
    const s = { id: createStrategy.id, name: 'Strategi för härledda värden', kind: 'STRATEGY', diaryNumber: 'S2026/7' };
    await compare(createStrategy.id, 'seed/05-strategies', {
      strategies: [{ ...StrategyRecord.parse({ ...s, sources: seedSources }), definedIn: [] }],
    });
  });

  it('the migration finds nothing to change on the imported, edited, re-imported and restored graph, and restores what was lost', async () => {
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

// A retired entity stays readable by id, so a non-null field that points at one (FocusArea.strategy,
// FundingFlow.to) answers it with retired: true instead of failing the whole parent.
describe('non-null links to retired entities', () => {
  it('a focus area of a retired strategy and a flow to a retired agency still answer, in lookups and traces', async () => {
    const { focusArea, strategy } = await one(
      'MATCH (f:FocusArea)-[:PART_OF]->(s:Strategy) WHERE NOT coalesce(s.retired, false) RETURN f.id AS focusArea, s.id AS strategy ORDER BY f.id LIMIT 1',
    );
    const { flow, recipient, payer } = await one(
      `MATCH (p:Agency)<-[:FROM]-(f:FundingFlow)-[:TO]->(a:Agency)
       WHERE NOT coalesce(a.retired, false) AND NOT coalesce(f.retired, false) AND f.stage IN ['ALLOCATED', 'PAID']
       RETURN f.id AS flow, a.id AS recipient, p.id AS payer ORDER BY f.id LIMIT 1`,
    );
    for (const id of [strategy, recipient])
      await ok(
        'mutation($id: ID!, $s: [SourceInput!]!) { retire(id: $id, sources: $s) { id } }',
        { id, s: [newDoc] },
        'admin',
      );

    const r = await gql(
      app,
      `query($fa: ID!, $f: ID!, $p: ID!) {
        fa: node(id: $fa) { ... on FocusArea { strategy { id retired } } }
        flow: node(id: $f) { ... on FundingFlow { to { id retired } } }
        fundingTrace(fromId: $p) { steps { flow { id to { id retired } } } }
      }`,
      { fa: focusArea, f: flow, p: payer },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.fa.strategy).toEqual({ id: strategy, retired: true });
    expect(r.data.flow.to).toEqual({ id: recipient, retired: true });
    const step = r.data.fundingTrace.steps.find((x: { flow: { id: string } }) => x.flow.id === flow);
    expect(step?.flow.to).toEqual({ id: recipient, retired: true });
  });
});
