// `npm run seed:synthetic -- --scale N`: builds, in memory, a Dataset shaped like the curated seeds
// (same record kinds, the seeds' distributions of kinds, roles, participants per assignment,
// participations per agency, strategy links and funding amounts/stages/qualifiers) at N× their
// size, and imports it through importDataset into NEO4J_URI or the embedded database.
//
// SYNTHETIC DATA. Every generated record is marked: ids are `<kind>:synthetic-…`, names and titles
// say "syntetisk", funding flows carry a note saying so, and the sources point at a seed document
// with a quote that says it is NOT a quote. The curated seed records are kept as they are, so
// scale 1 is exactly the curated dataset and scale N is the curated dataset plus (N−1)× synthetic
// records of every kind, plus every Swedish municipality (290) as its own actor. Municipality names
// are placeholders ("Kommun 001 (syntetisk)"): no real list is available offline here.
import { pathToFileURL } from 'node:url';
import type { Dataset } from '../../src/seed/load-seeds.js';
import type { SourceRecord } from '../../src/seed/records.js';
import type { Executor } from '../../src/neo4j/executor.js';
import { importDataset } from '../../src/seed/import.js';

export const MUNICIPALITY_COUNT = 290;
export const SYNTHETIC_QUOTE = 'SYNTETISK TESTDATA (benchmark): detta är inte ett citat ur dokumentet.';
const NOTE = 'SYNTETISK TESTDATA för prestandamätning; ingen verklig uppgift.';

// Deterministic PRNG (mulberry32) so a scale always gives the same graph.
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Agency = Dataset['agencies'][number];
type Assignment = Dataset['assignments'][number];
type Strategy = Dataset['strategies'][number];
type FocusArea = Dataset['focusAreas'][number];
type Flow = Dataset['fundingFlows'][number];
type Appropriation = Dataset['appropriations'][number];

const pad = (n: number, w: number) => String(n).padStart(w, '0');

// Picks with probability proportional to weight (cumulative table + binary search).
class Weighted<T> {
  private cum: number[] = [];
  private total = 0;
  constructor(
    readonly items: T[],
    weights: number[],
  ) {
    for (const w of weights) {
      this.total += Math.max(w, 0.0001);
      this.cum.push(this.total);
    }
  }
  pick(r: () => number): T {
    const x = r() * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo]!;
  }
}

export interface SyntheticStats {
  scale: number;
  agencies: number;
  municipalities: number;
  assignments: number;
  participations: number;
  strategies: number;
  focusAreas: number;
  fundingFlows: number;
  appropriations: number;
}

export function generateSynthetic(
  seed: Dataset,
  scale: number,
  randomSeed = 42,
): { dataset: Dataset; stats: SyntheticStats } {
  if (!Number.isFinite(scale) || scale < 1) throw new Error('--scale must be a number ≥ 1');
  const r = rng(randomSeed);
  const pickOf = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const copies = Math.round(scale) - 1;
  const docIds = seed.documents.map((d) => d.id);
  const src = (): SourceRecord[] => [{ document: pickOf(docIds), quote: SYNTHETIC_QUOTE }];
  const def = ['synthetic'];

  const ds: Dataset = {
    documents: seed.documents,
    agencies: [...seed.agencies],
    strategies: [...seed.strategies],
    focusAreas: [...seed.focusAreas],
    assignments: [...seed.assignments],
    appropriations: [...seed.appropriations],
    fundingFlows: [...seed.fundingFlows],
    successions: [...seed.successions],
    files: [...seed.files, { file: 'synthetic', records: 0 }],
  };
  if (copies === 0) {
    return { dataset: seed, stats: statsOf(seed, scale, 0) };
  }

  // --- distributions measured on the curated seeds ---
  const degree = new Map<string, number>();
  for (const a of seed.assignments)
    for (const p of a.participants) degree.set(p.agencyId, (degree.get(p.agencyId) ?? 0) + 1);
  const agencyDegrees = seed.agencies.map((a) => degree.get(a.id) ?? 0);
  const participantCounts = seed.assignments.map((a) => a.participants.length);
  const roles = seed.assignments.flatMap((a) => a.participants.map((p) => p.role));
  const assignmentKinds = seed.assignments.map((a) => a.kind);
  const strategyLinkCounts = seed.assignments.map((a) => a.strategies.length);
  const focusLinkCounts = seed.assignments.map((a) => a.focusAreas.length);
  const issuedShare = seed.assignments.filter((a) => a.issuedById).length / Math.max(1, seed.assignments.length);
  const issuers = seed.assignments.map((a) => a.issuedById).filter((x): x is string => !!x);
  const nonMunicipalKinds = seed.agencies.filter((a) => a.kind !== 'MUNICIPALITY').map((a) => a.kind);
  const municipalDegrees = seed.agencies.filter((a) => a.kind === 'MUNICIPALITY').map((a) => degree.get(a.id) ?? 0);
  const strategyKinds = seed.strategies.map((s) => s.kind);
  const parentShare = seed.strategies.filter((s) => s.parentId).length / Math.max(1, seed.strategies.length);
  const flowTemplates = seed.fundingFlows;
  const titleWords = [
    ...new Set(
      seed.assignments
        .flatMap((a) => a.title.split(/\s+/))
        .filter((w) => /^[\p{L}]{4,}$/u.test(w))
        .map((w) => w.toLowerCase()),
    ),
  ];
  const descWords = [
    ...new Set(
      seed.assignments
        .flatMap((a) => (a.description ?? '').split(/\s+/))
        .filter((w) => /^[\p{L}]{4,}$/u.test(w))
        .map((w) => w.toLowerCase()),
    ),
  ];
  const words = (list: string[], n: number) =>
    Array.from({ length: n }, () => pickOf(list.length ? list : ['uppdrag'])).join(' ');

  // --- agencies: every municipality, plus (N−1)× the seeds' other actors ---
  const municipalities: Agency[] = [];
  for (let i = 1; i <= MUNICIPALITY_COUNT; i++) {
    municipalities.push({
      id: `agency:synthetic-kommun-${pad(i, 3)}`,
      name: `Kommun ${pad(i, 3)} (syntetisk)`,
      nameEn: null,
      abbreviation: null,
      kind: 'MUNICIPALITY',
      group: null,
      memberOf: [],
      sources: src(),
      definedIn: def,
    });
  }
  const others: Agency[] = [];
  const otherCount = copies * nonMunicipalKinds.length;
  for (let i = 1; i <= otherCount; i++) {
    others.push({
      id: `agency:synthetic-${pad(i, 5)}`,
      name: `Syntetisk aktör ${pad(i, 5)}`,
      nameEn: null,
      abbreviation: `SYN${i}`,
      kind: pickOf(nonMunicipalKinds),
      group: null,
      memberOf: [],
      sources: src(),
      definedIn: def,
    });
  }
  // Loops, not push(...xs): spreading 100,000+ items overflows the call stack at 1000×.
  for (const a of [municipalities, others].flat()) ds.agencies.push(a);
  // Popularity: each synthetic actor takes a seed actor's participation count as its weight (+1),
  // so the degree distribution keeps the seeds' skew; municipalities that of the seed municipalities.
  const allAgencies = ds.agencies;
  const weights = allAgencies.map((a, i) => {
    if (i < seed.agencies.length) return (agencyDegrees[i] ?? 0) + 1;
    if (a.kind === 'MUNICIPALITY') return (municipalDegrees.length ? pickOf(municipalDegrees) : 1) + 0.5;
    return pickOf(agencyDegrees) + 1;
  });
  const agencyPicker = new Weighted(allAgencies, weights);
  const ministries = allAgencies.filter((a) => a.kind === 'MINISTRY' || a.kind === 'GOVERNMENT');

  // --- strategies and focus areas ---
  const newStrategies: Strategy[] = [];
  for (let i = 1; i <= copies * seed.strategies.length; i++) {
    const start = 2000 + Math.floor(r() * 28);
    const parent =
      newStrategies.length > 0 && r() < parentShare ? pickOf(newStrategies.filter((s) => !s.parentId)).id : null;
    newStrategies.push({
      id: `strategy:synthetic-${pad(i, 5)}`,
      name: `Syntetisk strategi ${pad(i, 5)}: ${words(titleWords, 3)}`,
      kind: pickOf(strategyKinds),
      diaryNumber: `SYN${start}/${pad(i, 5)}`,
      periodStart: start,
      periodEnd: start + 1 + Math.floor(r() * 10),
      ownerId: ministries.length && r() < 0.5 ? pickOf(ministries).id : null,
      parentId: parent,
      sources: src(),
      definedIn: def,
    });
  }
  for (const x of newStrategies) ds.strategies.push(x);
  const newFocus: FocusArea[] = [];
  for (let i = 1; i <= copies * seed.focusAreas.length; i++) {
    newFocus.push({
      id: `focus-area:synthetic-${pad(i, 5)}`,
      strategyId: pickOf(newStrategies.length ? newStrategies : ds.strategies).id,
      name: `Syntetiskt fokusområde ${pad(i, 5)}: ${words(titleWords, 3)}`,
      goal: `${NOTE} ${words(descWords, 8)}`,
      sources: src(),
      definedIn: def,
    });
  }
  for (const x of newFocus) ds.focusAreas.push(x);
  const strategyPool = ds.strategies;
  const focusPool = ds.focusAreas;

  // --- assignments over many years, participants drawn by popularity ---
  const newAssignments: Assignment[] = [];
  let _participations = 0;
  for (let i = 1; i <= copies * seed.assignments.length; i++) {
    const year = 2000 + Math.floor(r() * 31);
    const decided = `${year}-${pad(1 + Math.floor(r() * 12), 2)}-${pad(1 + Math.floor(r() * 28), 2)}`;
    const reportDue = r() < 0.8 ? `${year + 1 + Math.floor(r() * 3)}-${pad(1 + Math.floor(r() * 12), 2)}-15` : null;
    const n = Math.max(1, pickOf(participantCounts));
    const chosen = new Map<string, string>();
    let guard = 0;
    while (chosen.size < n && guard++ < n * 20) {
      const a = agencyPicker.pick(r);
      if (!chosen.has(a.id)) chosen.set(a.id, pickOf(roles));
    }
    _participations += chosen.size;
    const nStrat = pickOf(strategyLinkCounts);
    const nFocus = pickOf(focusLinkCounts);
    newAssignments.push({
      id: `assignment:synthetic-${pad(i, 6)}`,
      title: `Syntetiskt uppdrag ${pad(i, 6)}: ${words(titleWords, 4 + Math.floor(r() * 5))}`,
      kind: pickOf(assignmentKinds),
      description: `${NOTE} ${words(descWords, 12 + Math.floor(r() * 20))}`,
      diaryNumbers: [`SYN${year}/${pad(i, 6)}`],
      issuedById: r() < issuedShare ? (r() < 0.7 && issuers.length ? pickOf(issuers) : pickOf(ministries).id) : null,
      decided,
      reportDue,
      interimReports: [],
      reported: null,
      planned: null,
      aliases: [],
      possiblySameAs: [],
      participants: [...chosen].map(([agencyId, role]) => ({
        agencyId,
        role: role as Assignment['participants'][number]['role'],
        sources: src(),
      })),
      strategies: [...new Set(Array.from({ length: nStrat }, () => pickOf(strategyPool).id))].map((id) => ({
        id,
        sources: src(),
      })),
      focusAreas: [...new Set(Array.from({ length: nFocus }, () => pickOf(focusPool).id))].map((id) => ({
        id,
        sources: src(),
      })),
      sources: src(),
      definedIn: def,
    });
  }
  for (const x of newAssignments) ds.assignments.push(x);

  // --- appropriations and funding flows (many years; half the payers are earlier recipients of
  // the same year, so money passes on in chains as fundingTrace follows it) ---
  const newApprops: Appropriation[] = [];
  for (let i = 1; i <= copies * seed.appropriations.length; i++) {
    newApprops.push({
      id: `appropriation:synthetic-${pad(i, 5)}`,
      code: `SYN ${pad(i, 5)}`,
      name: `Syntetiskt anslag ${pad(i, 5)}`,
      sources: src(),
      definedIn: def,
    });
  }
  for (const x of newApprops) ds.appropriations.push(x);
  const recipientsByYear = new Map<number, string[]>();
  const newFlows: Flow[] = [];
  const flowCount = copies * seed.fundingFlows.length;
  for (let i = 1; i <= flowCount; i++) {
    const t = flowTemplates.length ? pickOf(flowTemplates) : null;
    const year = 2000 + Math.floor(r() * 31);
    const earlier = recipientsByYear.get(year) ?? [];
    const fromId =
      t && t.fromId === null && r() < 0.5
        ? null
        : earlier.length && r() < 0.5
          ? pickOf(earlier)
          : pickOf(ministries).id;
    let toId = agencyPicker.pick(r).id;
    if (toId === fromId) toId = pickOf(municipalities).id;
    earlier.push(toId);
    recipientsByYear.set(year, earlier);
    const qualifier = t?.qualifier ?? 'EXACT';
    const amount = qualifier === 'UNSPECIFIED' ? null : Math.round((t?.amountSek ?? 10_000_000) * (0.05 + r() * 1.5));
    newFlows.push({
      id: `flow:synthetic-${pad(i, 6)}`,
      fromId,
      toId,
      amountSek: amount,
      qualifier,
      stage: t?.stage ?? 'ALLOCATED',
      year,
      appropriationId: r() < 0.5 && ds.appropriations.length ? pickOf(ds.appropriations).id : null,
      paidViaId: null,
      assignmentId: r() < 0.3 ? pickOf(newAssignments).id : null,
      strategyId: r() < 0.5 ? pickOf(strategyPool).id : null,
      note: NOTE,
      yearTo: null,
      openEnded: false,
      amountBasis: 'PER_YEAR',
      basis: 'LEVEL',
      fundedBy: [],
      partOf: null,
      exceedsIncoming: [],
      sources: src(),
      definedIn: def,
    });
  }
  for (const x of newFlows) ds.fundingFlows.push(x);
  ds.files[ds.files.length - 1]!.records =
    municipalities.length +
    others.length +
    newStrategies.length +
    newFocus.length +
    newAssignments.length +
    newApprops.length +
    newFlows.length;
  return { dataset: ds, stats: statsOf(ds, scale, municipalities.length) };
}

function statsOf(ds: Dataset, scale: number, municipalities: number): SyntheticStats {
  return {
    scale,
    agencies: ds.agencies.length,
    municipalities,
    assignments: ds.assignments.length,
    participations: ds.assignments.reduce((n, a) => n + a.participants.length, 0),
    strategies: ds.strategies.length,
    focusAreas: ds.focusAreas.length,
    fundingFlows: ds.fundingFlows.length,
    appropriations: ds.appropriations.length,
  };
}

export interface ImportReport {
  rows: number;
  ms: number;
  nodes: number;
  relationships: number;
  nodesAndRelsPerSecond: number;
  rowsPerSecond: number;
}

// Imports batched (one transaction per batch of 500 rows), logging progress and rate.
export async function importSynthetic(db: Executor, ds: Dataset, log: (line: string) => void): Promise<ImportReport> {
  const started = performance.now();
  let lastLog = 0;
  let rows = 0;
  await importDataset(db, ds, () => {}, {
    transactionPerBatch: true,
    onProgress: (p) => {
      rows = p.totalRows;
      if (p.ms - lastLog > 2000 || p.batch === p.batches) {
        lastLog = p.ms;
        log(
          `  import ${p.batch}/${p.batches} batches, ${p.rows}/${p.totalRows} rows, ${(p.rows / (p.ms / 1000)).toFixed(0)} rows/s (${p.step})`,
        );
      }
    },
  });
  const ms = performance.now() - started;
  const [c] = await db.read('seed/counts');
  const nodes = Number(c!.nodes);
  const relationships = Number(c!.relationships);
  return {
    rows,
    ms,
    nodes,
    relationships,
    nodesAndRelsPerSecond: (nodes + relationships) / (ms / 1000),
    rowsPerSecond: rows / (ms / 1000),
  };
}

export function parseScaleArg(argv: string[], name = '--scale'): number | undefined {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const v = Number(argv[i + 1]);
  if (!Number.isFinite(v) || v < 1) throw new Error(`${name} needs a number ≥ 1`);
  return v;
}

async function main() {
  const { withImportTarget } = await import('../../src/cli/seed-import.js');
  const { loadSeeds } = await import('../../src/seed/load-seeds.js');
  const { SEED_PATHS } = await import('../../src/seed/paths.js');

  const scale = parseScaleArg(process.argv.slice(2)) ?? 1;
  const seed = await loadSeeds(SEED_PATHS);
  const t0 = performance.now();
  const { dataset, stats } = generateSynthetic(seed, scale);
  console.log(
    `synthetic dataset (scale ${scale}) generated in ${(performance.now() - t0).toFixed(0)} ms: ${JSON.stringify(stats)}`,
  );
  await withImportTarget(async (db) => {
    const rep = await importSynthetic(db, dataset, (l) => console.log(l));
    console.log(
      `imported ${rep.rows} rows in ${(rep.ms / 1000).toFixed(1)} s: graph has ${rep.nodes} nodes + ${rep.relationships} relationships ` +
        `→ ${rep.nodesAndRelsPerSecond.toFixed(0)} nodes+relationships/s (${rep.rowsPerSecond.toFixed(0)} rows/s)`,
    );
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
}
