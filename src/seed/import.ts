// Writes a validated dataset in one transaction: batched UNWIND … MERGE per kind, after pruning
// what an earlier import wrote and the files no longer contain. Twice gives the same graph.
import { agencyDerived, aliasBag, assignmentDerived, focusAreaDerived, strategyDerived } from '../domain/derived.js';
import { spanProps } from '../domain/dates.js';
import { randomUUID } from 'node:crypto';
import type { Executor } from '../neo4j/executor.js';
import { applyEditOverlays, readEditOverlays, type EditReport } from './edits.js';
import type { Dataset } from './load-seeds.js';
import type { SourceRecord } from './records.js';
import { registerIds, registerSteps } from '../register/steps.js';
import { exceedsIncoming } from './money.js';
import type { Run, Step } from '../queries.js';
import type { SeedBatchName } from './queries.js';

const keepIdsOf = (step: ImportStep): string[] => (step.rows[0] as { keepIds: string[] }).keepIds;

// A step of a union of names, run through the generic `run` (which wants one name at a time).
const runStep = (run: Run, step: Step) =>
  (run as (name: string, params: object) => Promise<unknown>)(step.name, step.params);

const BATCH = 500;

const src = (sources: SourceRecord[]) => ({
  sourceDocs: sources.map((s) => s.document),
  sourceQuotes: sources.map((s) => s.quote),
});

export interface ImportStep {
  name: SeedBatchName | 'seed/01-prune' | 'seed/14-record-import';
  label: string;
  rows: Record<string, unknown>[];
}

export function importSteps(ds: Dataset): ImportStep[] {
  const keepIds = [
    ...ds.documents,
    ...ds.agencies,
    ...ds.strategies,
    ...ds.focusAreas,
    ...ds.assignments,
    ...ds.appropriations,
    ...ds.fundingFlows,
  ].map((r) => r.id);
  if (ds.register) keepIds.push(...registerIds(ds.register));
  return [
    { name: 'seed/01-prune', label: 'prune', rows: [{ keepIds }] },
    {
      name: 'seed/02-documents',
      label: 'documents',
      rows: ds.documents.map((d) => ({
        id: d.id,
        title: d.title,
        file: d.file,
        published: d.published,
        url: d.url,
        ...src(d.sources),
      })),
    },
    {
      name: 'seed/03-agencies',
      label: 'agencies',
      rows: ds.agencies.map((a) => ({
        id: a.id,
        name: a.name,
        nameEn: a.nameEn,
        abbreviation: a.abbreviation,
        kind: a.kind,
        isGroup: a.group === true,
        ...agencyDerived(a),
        ...src(a.sources),
      })),
    },
    {
      name: 'seed/08b-agency-memberships',
      label: 'memberships',
      rows: ds.agencies.flatMap((a) =>
        a.memberOf.map((l) => ({ memberId: a.id, groupId: l.id, reason: l.reason, ...src(l.sources) })),
      ),
    },
    {
      name: 'seed/04-document-publishers',
      label: 'publishers',
      rows: ds.documents.filter((d) => d.publisherId).map((d) => ({ id: d.id, publisherId: d.publisherId })),
    },
    {
      name: 'seed/05-strategies',
      label: 'strategies',
      rows: ds.strategies.map((s) => ({
        id: s.id,
        name: s.name,
        kind: s.kind,
        diaryNumber: s.diaryNumber,
        periodStart: s.periodStart,
        periodEnd: s.periodEnd,
        ownerId: s.ownerId,
        ...strategyDerived(s),
        ...src(s.sources),
      })),
    },
    {
      name: 'seed/06-strategy-parents',
      label: 'strategy parents',
      rows: ds.strategies.filter((s) => s.parentId).map((s) => ({ id: s.id, parentId: s.parentId })),
    },
    {
      name: 'seed/07-focus-areas',
      label: 'focus areas',
      rows: ds.focusAreas.map((f) => ({
        id: f.id,
        strategyId: f.strategyId,
        name: f.name,
        goal: f.goal,
        ...focusAreaDerived(f),
        ...src(f.sources),
      })),
    },
    {
      name: 'seed/08-assignments',
      label: 'assignments',
      rows: ds.assignments.map((a) => ({
        id: a.id,
        title: a.title,
        kind: a.kind,
        description: a.description,
        diaryNumbers: a.diaryNumbers,
        ...assignmentDerived(a),
        ...spanProps('decided', a.decided),
        ...spanProps('reportDue', a.reportDue),
        ...spanProps('reported', a.reported),
        interimReports: a.interimReports,
        issuedById: a.issuedById,
        ...src(a.sources),
        planned: a.planned === true,
        aliases: a.aliases,
        aliasBag: aliasBag(a.aliases),
      })),
    },
    {
      name: 'seed/08a-possibly-same-as',
      label: 'possible duplicates',
      rows: ds.assignments.flatMap((a) =>
        a.possiblySameAs.map((l) => ({ assignmentId: a.id, otherId: l.id, reason: l.reason, ...src(l.sources) })),
      ),
    },
    {
      name: 'seed/09-participants',
      label: 'participants',
      rows: ds.assignments.flatMap((a) =>
        a.participants.map((p) => ({ assignmentId: a.id, agencyId: p.agencyId, role: p.role, ...src(p.sources) })),
      ),
    },
    {
      name: 'seed/10-assignment-links',
      label: 'strategy links',
      rows: ds.assignments.flatMap((a) => [
        ...a.strategies.map((l) => ({ assignmentId: a.id, kind: 'STRATEGY', targetId: l.id, ...src(l.sources) })),
        ...a.focusAreas.map((l) => ({ assignmentId: a.id, kind: 'FOCUS_AREA', targetId: l.id, ...src(l.sources) })),
      ]),
    },
    {
      name: 'seed/11-appropriations',
      label: 'appropriations',
      rows: ds.appropriations.map((p) => ({ id: p.id, code: p.code, name: p.name, ...src(p.sources) })),
    },
    {
      name: 'seed/12-funding-flows',
      label: 'funding flows',
      rows: ds.fundingFlows.map((f) => ({
        id: f.id,
        fromId: f.fromId,
        toId: f.toId,
        amountSek: f.amountSek,
        qualifier: f.qualifier,
        stage: f.stage,
        year: f.year,
        appropriationId: f.appropriationId,
        paidViaId: f.paidViaId,
        assignmentId: f.assignmentId,
        strategyId: f.strategyId,
        note: f.note,
        ...src(f.sources),
        yearTo: f.yearTo ?? f.year,
        openEnded: f.openEnded,
        amountBasis: f.amountBasis,
        basis: f.basis,
        exceedsIncoming: exceedsIncoming(f, ds.fundingFlows),
        exceedsSourceDocs: f.exceedsIncoming.map((s) => s.document),
        exceedsSourceQuotes: f.exceedsIncoming.map((s) => s.quote),
      })),
    },
    {
      name: 'seed/12a-flow-links',
      label: 'money passed on',
      rows: ds.fundingFlows.flatMap((f) =>
        f.fundedBy.map((l) => ({ incomingId: l.id, onwardId: f.id, ...src(l.sources) })),
      ),
    },
    {
      name: 'seed/12b-flow-parts',
      label: 'parts of sums',
      rows: ds.fundingFlows
        .filter((f) => f.partOf)
        .map((f) => ({ partId: f.id, wholeId: f.partOf!.id, ...src(f.partOf!.sources) })),
    },
    { name: 'seed/14-record-import', label: 'import record', rows: [{ checksum: ds.checksum ?? null }] },
    {
      name: 'seed/13-successions',
      label: 'successions',
      rows: ds.successions.map((s) => ({
        predecessorId: s.predecessorId,
        successorId: s.successorId,
        date: s.date,
        note: s.note,
        ...src(s.sources),
      })),
    },
    ...(ds.register ? registerSteps(ds.register) : []),
  ];
}

export interface ImportOptions {
  // Who asked (an API key id, or 'cli' / 'startup'): recorded on the import's Change.
  who?: string;
  // The HTTP request id when the import comes through the API, recorded with its Change.
  requestId?: string;
  // Commit every batch in its own transaction (large synthetic imports); the default is one
  // transaction for the whole dataset. The prune runs first either way.
  transactionPerBatch?: boolean;
  // Called after each committed batch (only with transactionPerBatch), and once at the end.
  onProgress?: (p: {
    step: string;
    batch: number;
    batches: number;
    rows: number;
    totalRows: number;
    ms: number;
  }) => void;
}

// True when the database already holds exactly this dataset (same checksum): nothing to import.
export async function seedsUnchanged(db: Executor, ds: Dataset): Promise<boolean> {
  const [row] = await db.read('seed/last-import');
  return row?.checksum === ds.checksum;
}

export interface ImportReport {
  checksum: string | null;
  rows: number;
  ms: number;
  counts: Record<string, unknown> | null;
  // Set for the one-transaction import (the default), which keeps API edits; see src/seed/edits.ts.
  edits: EditReport | null;
}

export async function importDataset(
  db: Executor,
  ds: Dataset,
  log: (line: string) => void = () => {},
  options: ImportOptions = {},
): Promise<ImportReport> {
  const steps = importSteps(ds);
  const batches: { step: Step; rows: number }[] = [];
  for (const step of steps) {
    if (step.name === 'seed/01-prune') {
      batches.push({ step: { name: step.name, params: { keepIds: keepIdsOf(step) } }, rows: 0 });
      continue;
    }
    if (step.name === 'seed/14-record-import') {
      batches.push({ step: { name: step.name, params: { checksum: ds.checksum ?? null } }, rows: 0 });
      continue;
    }
    for (let i = 0; i < step.rows.length; i += BATCH) {
      const rows = step.rows.slice(i, i + BATCH);
      batches.push({ step: { name: step.name, params: { rows } }, rows: rows.length });
    }
  }
  const total = steps.reduce((n, s) => n + (s.name === 'seed/01-prune' ? 0 : s.rows.length), 0);
  const started = performance.now();
  let edits: EditReport | null = null;
  let counts: Record<string, unknown> | null = null;
  if (options.transactionPerBatch) {
    // Only for synthetic benchmark graphs, which have no API edits to keep.
    let rows = 0;
    for (const [i, b] of batches.entries()) {
      await db.writeAll([b.step]);
      rows += b.rows;
      options.onProgress?.({
        step: b.step.name,
        batch: i + 1,
        batches: batches.length,
        rows,
        totalRows: total,
        ms: performance.now() - started,
      });
    }
  } else {
    const keepIds = keepIdsOf(steps[0]!);
    ({ edits, counts } = await db.writeTransaction('seed/import', async (run) => {
      const [previous] = await run('seed/last-import');
      const overlays = await readEditOverlays(run, keepIds);
      for (const b of batches) await runStep(run, b.step);
      const report = await applyEditOverlays(run, overlays);
      const [c] = await run('seed/counts');
      await run('seed/record-import-change', {
        changeId: `change:${randomUUID()}`,
        at: new Date().toISOString(),
        keyId: options.who ?? 'cli',
        requestId: options.requestId ?? null,
        before: JSON.stringify({ checksum: previous?.checksum ?? null }),
        after: JSON.stringify({
          checksum: ds.checksum ?? null,
          rows: total,
          counts: c ?? null,
          keptEdits: report.keptEdits,
          conflicts: report.conflicts,
          keptDropped: report.keptDropped,
        }),
      });
      return { edits: report, counts: c ?? null };
    }));
    options.onProgress?.({
      step: 'commit',
      batch: batches.length,
      batches: batches.length,
      rows: total,
      totalRows: total,
      ms: performance.now() - started,
    });
  }
  const ms = performance.now() - started;
  for (const s of steps)
    if (s.name !== 'seed/01-prune') log(`  ${s.label.padEnd(16)} ${String(s.rows.length).padStart(5)} rows`);
  log(
    options.transactionPerBatch
      ? `import committed: ${total} rows in ${batches.length} transactions, ${ms.toFixed(0)} ms`
      : `import committed: ${total} rows in one transaction, ${ms.toFixed(0)} ms`,
  );
  if (edits) {
    log(
      `  API edits kept: ${edits.keptEdits} entities, ${edits.conflicts.length} fields where the seeds now differ, ${edits.keptDropped.length} edited entities the seeds dropped`,
    );
    for (const c of edits.conflicts)
      log(
        `    conflict ${c.id}.${c.field}: seeds ${JSON.stringify(c.seedValue)}, edit kept ${JSON.stringify(c.editValue)}`,
      );
  }
  return { checksum: ds.checksum ?? null, rows: total, ms, counts, edits };
}
