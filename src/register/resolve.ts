// Joins the register to the documents' actors and decides what of it the graph takes in. Pure: no
// database. A match is exact (after folding case, diacritics and whitespace) on a name, another
// name, the abbreviation or the English name, in that order of trust; the first kind of key that
// finds anything decides, and two records there is an ambiguity to report, never a pick.
import { createHash } from 'node:crypto';
import { fold } from '../domain/text.js';
import type { AgencyRecord } from '../seed/records.js';
import type { MinistrySuccession, RegisterRecord } from './records.js';

export const MATCH_METHODS = [
  'NAME',
  'OTHER_NAME',
  'ABBREVIATION',
  'SHORT_CODE',
  'ENGLISH_NAME',
  'MINISTRY_NAME',
] as const;
export type MatchMethod = (typeof MATCH_METHODS)[number];

// Document actors of these kinds are state agencies: one without a register record is reported.
// Committees, municipalities, civil society and the like are looked up too, but their absence is
// expected (the register lists agencies, not inquiries or associations).
export const STATE_AGENCY_KINDS = new Set(['AGENCY', 'UNIVERSITY', 'COUNTY_ADMINISTRATIVE_BOARD']);

export type MatchStatus = 'MATCHED' | 'AMBIGUOUS' | 'UNMATCHED' | 'NOT_EXPECTED';

export interface ActorMatch {
  agencyId: string;
  name: string;
  kind: string;
  status: MatchStatus;
  method: MatchMethod | null;
  // The record (MATCHED) or the candidates (AMBIGUOUS), by register name.
  records: string[];
}

export interface RegisterAgency {
  id: string;
  record: RegisterRecord;
  // Set when the node is a document actor: the register adds to it and never renames it.
  matchedBy: MatchMethod | null;
  kind: string;
  current: boolean;
}

export interface RegisterMinistry {
  id: string;
  name: string;
  // A ministry the documents name already exists as their actor.
  documentActor: boolean;
  // False when the node exists anyway (a document actor or a register record of its own).
  createsNode: boolean;
}

export interface MinistryLink {
  agencyId: string;
  ministryId: string;
  // CURRENT: the register's ministry for an agency that still exists; AT_CLOSURE: the last one the
  // registers give for an agency that has ceased, which held until its end date.
  holds: 'CURRENT' | 'AT_CLOSURE';
  asOf: string | null;
  record: string;
}

export interface RegisterSuccession {
  predecessorId: string;
  successorId: string;
  record: string;
  field: 'replaces' | 'replacedBy';
}

export interface RegisterDataset {
  records: number;
  agencies: RegisterAgency[];
  ministries: RegisterMinistry[];
  ministryLinks: MinistryLink[];
  successions: RegisterSuccession[];
  ministrySuccessions: (MinistrySuccession & { predecessorId: string; successorId: string })[];
  matches: ActorMatch[];
  // replaces/replacedBy names that no record (or more than one) carries: no edge is drawn.
  unresolvedSuccessions: { record: string; field: 'replaces' | 'replacedBy'; name: string; candidates: number }[];
  // Ministry texts that are not a ministry (e.g. 'Riksdagen och dess verk m.m.'): no link drawn.
  notMinistries: string[];
}

export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const isMinistryName = (name: string) => /departementet$/i.test(name) || name === 'Statsrådsberedningen';

function kindOf(r: RegisterRecord): string {
  if (isMinistryName(r.name)) return 'MINISTRY';
  if (/^länsstyrelsen i /i.test(r.name)) return 'COUNTY_ADMINISTRATIVE_BOARD';
  if (/universitet|högskola|högskolan/i.test(r.name)) return 'UNIVERSITY';
  return 'AGENCY';
}

type Actor = Pick<AgencyRecord, 'id' | 'name' | 'nameEn' | 'abbreviation' | 'kind'>;

function index(records: RegisterRecord[], keysOf: (r: RegisterRecord) => (string | undefined)[], exact = false) {
  const map = new Map<string, RegisterRecord[]>();
  for (const r of records) {
    for (const k of new Set(
      keysOf(r)
        .filter((x): x is string => !!x)
        .map((x) => (exact ? x : fold(x))),
    )) {
      const list = map.get(k) ?? [];
      list.push(r);
      map.set(k, list);
    }
  }
  return map;
}

export function resolveRegister(
  actors: Actor[],
  records: RegisterRecord[],
  ministrySuccessions: MinistrySuccession[],
): RegisterDataset {
  const byName = index(records, (r) => [r.name]);
  const byOther = index(records, (r) => r.otherNames ?? []);
  const byNameOrOther = index(records, (r) => [r.name, ...(r.otherNames ?? [])]);
  const byShortCode = index(records, (r) => [r.shortCode], true);
  const byEnglish = index(records, (r) => [r.nameEn]);

  const matches: ActorMatch[] = [];
  const matchedRecord = new Map<RegisterRecord, { actor: Actor; method: MatchMethod }>();
  const ministryNames = new Set(records.map((r) => r.ministry).filter((m): m is string => !!m && isMinistryName(m)));
  for (const s of ministrySuccessions) ministryNames.add(s.predecessor).add(s.successor);
  const ministryByFold = new Map([...ministryNames].map((m) => [fold(m), m]));

  for (const a of actors) {
    const base = { agencyId: a.id, name: a.name, kind: a.kind };
    if (a.kind === 'MINISTRY') {
      const m = ministryByFold.get(fold(a.name));
      matches.push({
        ...base,
        status: m ? 'MATCHED' : 'NOT_EXPECTED',
        method: m ? 'MINISTRY_NAME' : null,
        records: m ? [m] : [],
      });
      continue;
    }
    const tiers: [MatchMethod, RegisterRecord[] | undefined][] = [
      ['NAME', byName.get(fold(a.name))],
      ['OTHER_NAME', byOther.get(fold(a.name))],
      ['ABBREVIATION', a.abbreviation ? byNameOrOther.get(fold(a.abbreviation)) : undefined],
      ['SHORT_CODE', a.abbreviation ? byShortCode.get(a.abbreviation) : undefined],
      ['ENGLISH_NAME', a.nameEn ? byEnglish.get(fold(a.nameEn)) : undefined],
    ];
    const hit = tiers.find(([, list]) => list && list.length > 0);
    if (!hit) {
      matches.push({
        ...base,
        status: STATE_AGENCY_KINDS.has(a.kind) ? 'UNMATCHED' : 'NOT_EXPECTED',
        method: null,
        records: [],
      });
      continue;
    }
    const [method, list] = hit as [MatchMethod, RegisterRecord[]];
    if (list.length > 1) {
      matches.push({ ...base, status: 'AMBIGUOUS', method, records: list.map((r) => r.name) });
      continue;
    }
    const record = list[0]!;
    const taken = matchedRecord.get(record);
    if (taken) {
      // Two actors on one record: neither is a fact until a person decides.
      matches.push({ ...base, status: 'AMBIGUOUS', method, records: [record.name] });
      const other = matches.find((m) => m.agencyId === taken.actor.id)!;
      other.status = 'AMBIGUOUS';
      continue;
    }
    matchedRecord.set(record, { actor: a, method });
    matches.push({ ...base, status: 'MATCHED', method, records: [record.name] });
  }
  for (const m of matches) {
    if (m.status !== 'AMBIGUOUS') continue;
    for (const [rec, v] of matchedRecord) if (v.actor.id === m.agencyId) matchedRecord.delete(rec);
  }

  // What the graph takes: every current agency, every closed one a document names, and every
  // record a succession chain from those reaches. A row no register attributes (a bare name the
  // compiler kept) is no evidence that an agency exists today, so it is not taken as current.
  const isCurrent = (r: RegisterRecord) => !r.end && r.registers.length > 0;
  const included = new Set<RegisterRecord>(records.filter((r) => isCurrent(r) || matchedRecord.has(r)));
  const unresolved: RegisterDataset['unresolvedSuccessions'] = [];
  const edges: { pred: RegisterRecord; succ: RegisterRecord; record: string; field: 'replaces' | 'replacedBy' }[] = [];
  const seenEdge = new Set<string>();
  const queue = [...included];
  while (queue.length > 0) {
    const r = queue.shift()!;
    for (const field of ['replaces', 'replacedBy'] as const) {
      for (const name of r[field] ?? []) {
        const exact = byName.get(fold(name)) ?? [];
        const list = exact.length > 0 ? exact : (byOther.get(fold(name)) ?? []);
        if (list.length !== 1 || list[0] === r) {
          unresolved.push({ record: r.name, field, name, candidates: list.length });
          continue;
        }
        const other = list[0]!;
        const [pred, succ] = field === 'replaces' ? [other, r] : [r, other];
        const key = `${pred.name}\0${succ.name}`;
        if (!seenEdge.has(key)) {
          seenEdge.add(key);
          edges.push({ pred, succ, record: r.name, field });
        }
        if (!included.has(other)) {
          included.add(other);
          queue.push(other);
        }
      }
    }
  }

  // Ids: a document actor keeps its own; a register-only agency gets its name slugged, with a
  // short hash of the exact name where two names slug alike or a document actor holds the slug.
  const actorIds = new Set(actors.map((a) => a.id));
  const slugCount = new Map<string, number>();
  for (const r of included)
    if (!matchedRecord.has(r)) slugCount.set(slug(r.name), (slugCount.get(slug(r.name)) ?? 0) + 1);
  const idOf = new Map<RegisterRecord, string>();
  for (const r of included) {
    const m = matchedRecord.get(r);
    if (m) {
      idOf.set(r, m.actor.id);
      continue;
    }
    const s = slug(r.name);
    const clash = (slugCount.get(s) ?? 0) > 1 || actorIds.has(`agency:${s}`);
    idOf.set(r, clash ? `agency:${s}-${createHash('sha1').update(r.name).digest('hex').slice(0, 6)}` : `agency:${s}`);
  }
  const ordered = records.filter((r) => included.has(r));
  const agencies: RegisterAgency[] = ordered.map((r) => ({
    id: idOf.get(r)!,
    record: r,
    matchedBy: matchedRecord.get(r)?.method ?? null,
    kind: kindOf(r),
    current: isCurrent(r),
  }));

  const ministryActor = new Map(actors.filter((a) => a.kind === 'MINISTRY').map((a) => [fold(a.name), a.id]));
  // A ministry the register lists as a record of its own (Utrikesdepartementet) is that node.
  for (const a of agencies)
    if (a.kind === 'MINISTRY' && !ministryActor.has(fold(a.record.name))) ministryActor.set(fold(a.record.name), a.id);
  const ministryIds = new Map<string, RegisterMinistry>();
  const ministryOf = (name: string): RegisterMinistry => {
    let m = ministryIds.get(name);
    if (!m) {
      const actorId = ministryActor.get(fold(name));
      m = {
        id: actorId ?? `agency:${slug(name)}`,
        name,
        documentActor: !!actorId && actorIds.has(actorId),
        createsNode: !actorId,
      };
      ministryIds.set(name, m);
    }
    return m;
  };
  const notMinistries = new Set<string>();
  const ministryLinks: MinistryLink[] = [];
  for (const a of agencies) {
    const name = a.record.ministry;
    if (!name) continue;
    if (!isMinistryName(name)) {
      notMinistries.add(name);
      continue;
    }
    ministryLinks.push({
      agencyId: a.id,
      ministryId: ministryOf(name).id,
      holds: a.current ? 'CURRENT' : 'AT_CLOSURE',
      asOf: a.record.end ?? null,
      record: a.record.name,
    });
  }
  const ministrySucc = ministrySuccessions.map((s) => ({
    ...s,
    predecessorId: ministryOf(s.predecessor).id,
    successorId: ministryOf(s.successor).id,
  }));
  const ministries = [...ministryIds.values()];
  const agencyIds = new Set(agencies.map((a) => a.id));
  const byMinistryId = new Map(agencies.filter((a) => a.kind === 'MINISTRY').map((a) => [a.id, a]));
  for (const m of ministries) {
    if (!m.documentActor && !byMinistryId.has(m.id) && (agencyIds.has(m.id) || actorIds.has(m.id)))
      throw new Error(`register ministry id ${m.id} collides with an agency id`);
  }

  return {
    records: records.length,
    agencies,
    ministries,
    ministryLinks,
    successions: edges.map((e) => ({
      predecessorId: idOf.get(e.pred)!,
      successorId: idOf.get(e.succ)!,
      record: e.record,
      field: e.field,
    })),
    ministrySuccessions: ministrySucc,
    matches,
    unresolvedSuccessions: unresolved,
    notMinistries: [...notMinistries].sort(),
  };
}
