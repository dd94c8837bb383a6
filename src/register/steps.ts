// The import rows the register adds to a seed import (steps seed/13a…13f, after the documents'
// own so that register facts land on the actors the documents created).
import { agencyDerived } from '../domain/derived.js';
import type { RegisterDataset } from './resolve.js';
import type { SeedBatchName } from '../seed/queries.js';

export interface RegisterStep {
  name: SeedBatchName;
  label: string;
  rows: Record<string, unknown>[];
}

// Earliest day an agency may have existed and the first day it certainly no longer did, from
// 'YYYY' or 'YYYY-MM-DD': a year alone is read as widely as it allows, so that a lifecycle test
// never drops an agency the register does not say was gone.
export function existsFrom(start: string | undefined): string | null {
  if (!start) return null;
  return start.length === 4 ? `${start}-01-01` : start;
}
export function existsUntil(end: string | undefined): string | null {
  if (!end) return null;
  return end.length === 4 ? `${Number(end) + 1}-01-01` : end;
}

export function registerIds(reg: RegisterDataset): string[] {
  return [
    ...reg.agencies.filter((a) => !a.matchedBy).map((a) => a.id),
    ...reg.ministries.filter((m) => m.createsNode).map((m) => m.id),
  ];
}

export function registerSteps(reg: RegisterDataset): RegisterStep[] {
  const registersOfRecord = new Map(reg.agencies.map((a) => [a.record.name, a.record.registers]));
  const registersOf = new Map(reg.agencies.map((a) => [a.id, a.record.registers]));
  return [
    { name: 'seed/13a-register-clear', label: 'register reset', rows: [{ all: true }] },
    {
      name: 'seed/13b-register-agencies',
      label: 'register',
      rows: reg.agencies.map(({ id, record: r, matchedBy, kind }) => ({
        id,
        documentActor: matchedBy !== null,
        matchedBy,
        kind,
        record: r.name,
        name: r.name,
        nameEn: r.nameEn ?? null,
        ...agencyDerived({ name: r.name, nameEn: r.nameEn }),
        orgNr: typeof r.orgNr === 'string' ? r.orgNr : null,
        orgNrs: r.orgNr === undefined ? [] : typeof r.orgNr === 'string' ? [r.orgNr] : r.orgNr,
        wikidataId: r.wikidata ?? null,
        website: r.website ?? null,
        governance: r.governance ?? null,
        group: r.group ?? null,
        shortCode: r.shortCode ?? null,
        established: r.start ?? null,
        closed: r.end ?? null,
        existsFrom: existsFrom(r.start),
        existsUntil: existsUntil(r.end),
        registers: r.registers,
        instructionSfs: r.instructionSfs ?? null,
        expiredBySfs: r.expiredBySfs ?? null,
        otherNames: r.otherNames ?? [],
        employeesYear: r.employees?.year ?? null,
        employeesCount: r.employees?.count ?? null,
        ministry: r.ministry ?? null,
      })),
    },
    {
      name: 'seed/13c-register-ministries',
      label: 'ministries',
      rows: reg.ministries
        .filter((m) => m.createsNode)
        .map((m) => ({ id: m.id, name: m.name, ...agencyDerived({ name: m.name }) })),
    },
    {
      name: 'seed/13d-ministry-links',
      label: 'ministry links',
      rows: reg.ministryLinks.map((l) => ({ ...l, registers: registersOf.get(l.agencyId) ?? [] })),
    },
    {
      name: 'seed/13e-register-successions',
      label: 'reg. successions',
      rows: [
        ...reg.successions.map((s) => ({
          ...s,
          basis: 'REGISTER',
          date: null,
          registers: registersOfRecord.get(s.record) ?? [],
          url: null,
          publisher: null,
          excerpt: null,
        })),
        ...reg.ministrySuccessions.map((s) => ({
          predecessorId: s.predecessorId,
          successorId: s.successorId,
          basis: 'REFERENCE',
          date: s.date,
          record: null,
          field: null,
          registers: [],
          url: s.source.url,
          publisher: s.source.publisher,
          excerpt: s.source.excerpt,
        })),
      ],
    },
  ];
}
