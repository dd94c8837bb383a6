// Reads every seed file, validates it against the record schemas, merges records that several
// documents state about the same entity, and checks quotes and references. Nothing here touches
// the database: an import only starts once this has passed for every file.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { SeedFile, type SourceRecord } from './records.js';
import { containsQuote, normaliseForQuote } from './quote.js';
import { checkMoney } from './money.js';
import { loadRegisterFiles } from '../register/load.js';
import { resolveRegister, type RegisterDataset } from '../register/resolve.js';

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `seed validation failed with ${problems.length} problem(s):\n` +
        problems
          .slice(0, 50)
          .map((p) => `  ${p.file}: ${p.record}${p.field ? ` .${p.field}` : ''}: ${p.message}`)
          .join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}

export interface SeedProblem {
  file: string;
  record: string;
  field?: string;
  message: string;
}

type Parsed = z.infer<typeof SeedFile>;
type WithFile<T> = T & { definedIn: string[] };

export interface Dataset {
  documents: WithFile<Parsed['document']>[];
  agencies: WithFile<Parsed['agencies'][number]>[];
  strategies: WithFile<Parsed['strategies'][number]>[];
  focusAreas: WithFile<Parsed['focusAreas'][number]>[];
  assignments: WithFile<Parsed['assignments'][number]>[];
  appropriations: WithFile<Parsed['appropriations'][number]>[];
  fundingFlows: WithFile<Parsed['fundingFlows'][number]>[];
  successions: WithFile<Parsed['successions'][number]>[];
  files: { file: string; records: number }[];
  // Hash of every seed file and document: a start-up import is skipped when it is unchanged.
  checksum?: string;
  // The national agency register joined to the actors (when SeedPaths.referenceDir is given).
  register?: RegisterDataset;
}

export interface SeedPaths {
  factsDir: string;
  documentsDir: string;
  // seeds/reference/: the register of state agencies and the ministry successions.
  referenceDir?: string;
}

const KINDS = ['agencies', 'strategies', 'focusAreas', 'assignments', 'appropriations', 'fundingFlows'] as const;

export interface LoadOptions {
  // While curating one file: other files that do not parse are skipped, and only problems of the
  // focused file are reported, so several people can edit different files at once.
  focusFile?: string;
}

export async function loadSeeds(paths: SeedPaths, options: LoadOptions = {}): Promise<Dataset> {
  const { focusFile } = options;
  const problems: SeedProblem[] = [];
  const names = (await readdir(paths.factsDir)).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort();
  const parsed: { file: string; data: Parsed }[] = [];
  const hash = createHash('sha256');
  for (const file of names) {
    const raw = await readFile(path.join(paths.factsDir, file), 'utf8');
    hash.update(`${file}\0${raw}\0`);
    let doc: unknown;
    try {
      doc = parseYaml(raw, { uniqueKeys: true, prettyErrors: true });
    } catch (err) {
      problems.push({ file, record: '(file)', message: `not valid YAML: ${(err as Error).message.split('\n')[0]}` });
      continue;
    }
    const result = SeedFile.safeParse(doc);
    if (!result.success && focusFile !== undefined && file !== focusFile) continue;
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({ file, ...locate(doc, issue.path), message: issue.message });
      continue;
    }
    parsed.push({ file, data: result.data });
  }
  if (problems.length > 0) throw new SeedValidationError(problems);

  const dataset = merge(parsed, problems);
  for (const doc of (await readdir(paths.documentsDir)).sort())
    hash.update(`${doc}\0${await readFile(path.join(paths.documentsDir, doc), 'utf8')}\0`);
  await checkQuotes(dataset, paths.documentsDir, problems);
  checkReferences(dataset, problems);
  for (const p of checkMoney(dataset.fundingFlows)) {
    const f = dataset.fundingFlows.find((x) => x.id === p.id);
    problems.push({
      file: f?.definedIn.join(', ') ?? '(dataset)',
      record: `fundingFlows ${p.id}`,
      field: p.field,
      message: p.message,
    });
  }
  if (paths.referenceDir && focusFile === undefined) {
    const reg = await loadRegisterFiles(paths.referenceDir, problems);
    for (const raw of reg.raw) hash.update(`reference\0${raw}\0`);
    if (problems.length === 0)
      dataset.register = resolveRegister(dataset.agencies, reg.records, reg.ministrySuccessions);
  }
  dataset.checksum = hash.digest('hex');
  const reported = focusFile === undefined ? problems : problems.filter((p) => p.file.split(', ').includes(focusFile));
  if (reported.length > 0) throw new SeedValidationError(reported);
  return dataset;
}

// Names the record by its id (and index) so that an error points at something a person can find.
function locate(doc: unknown, issuePath: PropertyKey[]): { record: string; field?: string } {
  const [kind, index, ...rest] = issuePath;
  if (kind === undefined) return { record: '(file)' };
  if (typeof index !== 'number')
    return { record: String(kind), field: [index, ...rest].filter((p) => p !== undefined).join('.') || undefined };
  const rec = (doc as Record<string, unknown[]>)[String(kind)]?.[index] as { id?: unknown } | undefined;
  const id = rec && typeof rec.id === 'string' ? rec.id : `#${index}`;
  return { record: `${String(kind)}[${index}] ${id}`, field: rest.join('.') || undefined };
}

type AnyRecord = { id: string; sources: SourceRecord[] } & Record<string, unknown>;

// A dataset with no records (what merge starts from; tests give it a few records of their own).
export const emptyDataset = (): Dataset => ({
  documents: [],
  agencies: [],
  strategies: [],
  focusAreas: [],
  assignments: [],
  appropriations: [],
  fundingFlows: [],
  successions: [],
  files: [],
});

// The same entity may be stated by several documents: scalar fields must agree where both are set,
// lists of linked records are united by their key, sources are concatenated.
function merge(parsed: { file: string; data: Parsed }[], problems: SeedProblem[]): Dataset {
  const out: Dataset = { ...emptyDataset(), checksum: '' };
  const byKind = new Map<string, Map<string, WithFile<AnyRecord>>>();
  for (const { file, data } of parsed) {
    out.files.push({
      file,
      records: 1 + KINDS.reduce((n, k) => n + data[k].length, 0) + data.successions.length,
    });
    const doc = out.documents.find((d) => d.id === data.document.id);
    if (doc)
      mergeInto(
        doc as unknown as WithFile<AnyRecord>,
        data.document as unknown as AnyRecord,
        file,
        'document',
        problems,
      );
    else out.documents.push({ ...structuredClone(data.document), definedIn: [file] });
    for (const kind of KINDS) {
      let map = byKind.get(kind);
      if (!map) {
        map = new Map();
        byKind.set(kind, map);
      }
      for (const rec of data[kind] as AnyRecord[]) {
        const existing = map.get(rec.id);
        if (!existing) {
          map.set(rec.id, { ...structuredClone(rec), definedIn: [file] });
          continue;
        }
        mergeInto(existing, rec, file, kind, problems);
      }
    }
    for (const s of data.successions) out.successions.push({ ...s, definedIn: [file] });
  }
  for (const kind of KINDS)
    (out as unknown as Record<string, unknown[]>)[kind] = [...(byKind.get(kind)?.values() ?? [])];
  return out;
}

const LIST_KEYS: Record<string, (item: Record<string, unknown>) => string> = {
  participants: (p) => `${p.agencyId as string}|${p.role as string}`,
  strategies: (l) => l.id as string,
  focusAreas: (l) => l.id as string,
  fundedBy: (l) => l.id as string,
  possiblySameAs: (l) => l.id as string,
  memberOf: (l) => l.id as string,
};

function mergeInto(target: WithFile<AnyRecord>, rec: AnyRecord, file: string, kind: string, problems: SeedProblem[]) {
  target.definedIn.push(file);
  for (const [key, value] of Object.entries(rec)) {
    if (key === 'id') continue;
    if (key === 'sources' || key === 'exceedsIncoming') {
      target[key] = dedupeSources([
        ...((target[key] as SourceRecord[] | undefined) ?? []),
        ...(rec[key] as SourceRecord[]),
      ]);
      continue;
    }
    if (key === 'partOf' && value && target.partOf) {
      const [a, b] = [
        target.partOf as { id: string; sources: SourceRecord[] },
        value as { id: string; sources: SourceRecord[] },
      ];
      if (a.id === b.id) {
        a.sources = dedupeSources([...a.sources, ...b.sources]);
        continue;
      }
    }
    const current = target[key];
    const keyOf = LIST_KEYS[key];
    if (keyOf && Array.isArray(value) && Array.isArray(current)) {
      for (const item of value as Record<string, unknown>[]) {
        const match = (current as Record<string, unknown>[]).find((c) => keyOf(c) === keyOf(item));
        if (match)
          match.sources = dedupeSources([...(match.sources as SourceRecord[]), ...(item.sources as SourceRecord[])]);
        else current.push(structuredClone(item));
      }
      continue;
    }
    if (Array.isArray(value) && Array.isArray(current)) {
      for (const v of value) if (!current.includes(v)) current.push(v);
      continue;
    }
    if (value === null || value === undefined) continue;
    if (current === null || current === undefined) {
      target[key] = value;
      continue;
    }
    if (JSON.stringify(current) !== JSON.stringify(value)) {
      problems.push({
        file,
        record: `${kind} ${rec.id}`,
        field: key,
        message: `conflicts with ${target.definedIn[0]}: ${JSON.stringify(value)} vs ${JSON.stringify(current)}`,
      });
    }
  }
}

function dedupeSources(list: SourceRecord[]): SourceRecord[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = `${s.document}|${normaliseForQuote(s.quote)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

async function checkQuotes(ds: Dataset, documentsDir: string, problems: SeedProblem[]) {
  const texts = new Map<string, string>();
  for (const d of ds.documents) {
    try {
      texts.set(d.id, normaliseForQuote(await readFile(path.join(documentsDir, d.file), 'utf8')));
    } catch {
      problems.push({
        file: d.definedIn[0]!,
        record: `document ${d.id}`,
        field: 'file',
        message: `no such document file ${d.file}`,
      });
    }
  }
  const check = (file: string, record: string, field: string, list: SourceRecord[]) => {
    list.forEach((s, i) => {
      const text = texts.get(s.document);
      if (text === undefined) {
        problems.push({ file, record, field: `${field}[${i}].document`, message: `unknown document ${s.document}` });
      } else if (!containsQuote(text, s.quote)) {
        problems.push({
          file,
          record,
          field: `${field}[${i}].quote`,
          message: `not verbatim in ${s.document}: "${s.quote.slice(0, 80)}…"`,
        });
      }
    });
  };
  for (const d of ds.documents) check(d.definedIn[0]!, `document ${d.id}`, 'sources', d.sources);
  for (const kind of KINDS) {
    for (const rec of ds[kind] as WithFile<AnyRecord>[]) {
      const file = rec.definedIn.join(', ');
      check(file, `${kind} ${rec.id}`, 'sources', rec.sources);
      if (rec.partOf)
        check(file, `${kind} ${rec.id}`, 'partOf.sources', (rec.partOf as { sources: SourceRecord[] }).sources);
      if (Array.isArray(rec.exceedsIncoming))
        check(file, `${kind} ${rec.id}`, 'exceedsIncoming', rec.exceedsIncoming as SourceRecord[]);
      for (const listKey of Object.keys(LIST_KEYS)) {
        const list = rec[listKey];
        if (Array.isArray(list))
          list.forEach((item, i) => {
            check(file, `${kind} ${rec.id}`, `${listKey}[${i}].sources`, (item as { sources: SourceRecord[] }).sources);
          });
      }
    }
  }
  ds.successions.forEach((s, i) => {
    check(s.definedIn[0]!, `successions[${i}]`, 'sources', s.sources);
  });
}

function checkReferences(ds: Dataset, problems: SeedProblem[]) {
  const ids = new Map<string, string>();
  const register = (id: string, file: string) => {
    const prev = ids.get(id);
    if (prev !== undefined) problems.push({ file, record: id, message: `id also used in ${prev}` });
    ids.set(id, file);
  };
  for (const d of ds.documents) register(d.id, d.definedIn[0]!);
  for (const kind of KINDS) for (const r of ds[kind] as WithFile<AnyRecord>[]) register(r.id, r.definedIn[0]!);

  const need = (file: string, record: string, field: string, ref: string | null | undefined) => {
    if (ref && !ids.has(ref))
      problems.push({ file, record, field, message: `refers to ${ref}, which no seed file defines` });
  };
  for (const d of ds.documents) need(d.definedIn[0]!, d.id, 'publisherId', d.publisherId);
  for (const a of ds.agencies)
    a.memberOf.forEach((l, i) => {
      need(a.definedIn[0]!, a.id, `memberOf[${i}].id`, l.id);
    });
  for (const s of ds.strategies) {
    need(s.definedIn[0]!, s.id, 'ownerId', s.ownerId);
    need(s.definedIn[0]!, s.id, 'parentId', s.parentId);
  }
  for (const f of ds.focusAreas) need(f.definedIn[0]!, f.id, 'strategyId', f.strategyId);
  for (const a of ds.assignments) {
    const file = a.definedIn[0]!;
    need(file, a.id, 'issuedById', a.issuedById);
    a.participants.forEach((p, i) => {
      need(file, a.id, `participants[${i}].agencyId`, p.agencyId);
    });
    a.strategies.forEach((l, i) => {
      need(file, a.id, `strategies[${i}].id`, l.id);
    });
    a.focusAreas.forEach((l, i) => {
      need(file, a.id, `focusAreas[${i}].id`, l.id);
    });
    a.possiblySameAs.forEach((l, i) => {
      need(file, a.id, `possiblySameAs[${i}].id`, l.id);
    });
    // An alias is an id that no longer names a record of its own.
    a.aliases.forEach((alias, i) => {
      if (ids.has(alias))
        problems.push({
          file,
          record: a.id,
          field: `aliases[${i}]`,
          message: `${alias} is still a record's id; an alias must be retired`,
        });
    });
  }
  for (const f of ds.fundingFlows) {
    const file = f.definedIn[0]!;
    for (const key of ['fromId', 'toId', 'appropriationId', 'paidViaId', 'assignmentId', 'strategyId'] as const)
      need(file, f.id, key, f[key]);
  }
  ds.successions.forEach((s, i) => {
    need(s.definedIn[0]!, `successions[${i}]`, 'predecessorId', s.predecessorId);
    need(s.definedIn[0]!, `successions[${i}]`, 'successorId', s.successorId);
  });
  for (const s of ds.strategies) {
    // A parent chain must end: a cycle would make `children`/`agencies` traversals unbounded.
    const seen = new Set<string>();
    let cur: string | null = s.id;
    while (cur) {
      if (seen.has(cur)) {
        problems.push({
          file: s.definedIn[0]!,
          record: s.id,
          field: 'parentId',
          message: 'strategy parents form a cycle',
        });
        break;
      }
      seen.add(cur);
      cur = ds.strategies.find((x) => x.id === cur)?.parentId ?? null;
    }
  }
}
