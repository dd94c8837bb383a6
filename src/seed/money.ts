// Checks that linked money is the same money: a flow passed on (fundedBy) must start where the
// incoming flow ended, in a year the incoming flow covers, and the onward flows together may not
// exceed what came in unless a document says they do (then they carry `exceedsIncoming`). A part
// stated apart from its whole (partOf) must fit inside it. Pure, so `seed:check` refuses an
// inconsistent link without a database.
import type { SourceRecord } from './records.js';

export interface MoneyFlow {
  id: string;
  fromId: string | null;
  toId: string;
  paidViaId: string | null;
  amountSek: number | null;
  qualifier: string;
  year: number;
  yearTo: number | null;
  openEnded: boolean;
  amountBasis: string;
  fundedBy: { id: string; sources: SourceRecord[] }[];
  partOf: { id: string; sources: SourceRecord[] } | null;
  exceedsIncoming: SourceRecord[];
  definedIn?: string[];
}

export interface MoneyProblem {
  id: string;
  field: string;
  message: string;
}

// The years a flow's amount is for: [year, yearTo], open at the end when openEnded.
export const lastYear = (f: MoneyFlow): number => (f.openEnded ? Number.POSITIVE_INFINITY : (f.yearTo ?? f.year));
export const covers = (outer: MoneyFlow, inner: MoneyFlow): boolean =>
  inner.year >= outer.year && lastYear(inner) <= lastYear(outer);

// What the incoming flows pass on, summed over the onward flows that name them; and the onward
// flows of each incoming flow. Exported for the import (which stores the flags) and for tests.
export function passOnTotals(flows: MoneyFlow[]) {
  const onward = new Map<string, MoneyFlow[]>();
  for (const f of flows) for (const l of f.fundedBy) onward.set(l.id, [...(onward.get(l.id) ?? []), f]);
  return onward;
}

export function checkMoney(flows: MoneyFlow[]): MoneyProblem[] {
  const problems: MoneyProblem[] = [];
  const byId = new Map(flows.map((f) => [f.id, f]));
  for (const f of flows) {
    const seen = new Set<string>();
    f.fundedBy.forEach((l, i) => {
      const field = `fundedBy[${i}].id`;
      const src = byId.get(l.id);
      if (seen.has(l.id)) problems.push({ id: f.id, field, message: `names ${l.id} twice` });
      seen.add(l.id);
      if (l.id === f.id) {
        problems.push({ id: f.id, field, message: 'a flow cannot pass itself on' });
        return;
      }
      if (!src) {
        problems.push({ id: f.id, field, message: `refers to ${l.id}, which no seed file defines` });
        return;
      }
      if (f.fromId === null)
        problems.push({ id: f.id, field: 'fromId', message: `passes on ${l.id} but has no payer` });
      else if (f.fromId !== src.toId && f.fromId !== src.paidViaId)
        problems.push({
          id: f.id,
          field,
          message: `${l.id} reaches ${src.toId}, but this flow is paid by ${f.fromId}`,
        });
      if (!covers(src, f))
        problems.push({
          id: f.id,
          field,
          message: `years do not match: ${l.id} is for ${span(src)}, this flow for ${span(f)}`,
        });
    });
    if (f.partOf) {
      const whole = byId.get(f.partOf.id);
      if (f.partOf.id === f.id)
        problems.push({ id: f.id, field: 'partOf.id', message: 'a flow cannot be part of itself' });
      else if (!whole)
        problems.push({
          id: f.id,
          field: 'partOf.id',
          message: `refers to ${f.partOf.id}, which no seed file defines`,
        });
      else {
        if (!covers(whole, f))
          problems.push({
            id: f.id,
            field: 'partOf.id',
            message: `years do not match: ${whole.id} is for ${span(whole)}, this part for ${span(f)}`,
          });
        if (
          whole.amountSek !== null &&
          f.amountSek !== null &&
          f.amountSek > whole.amountSek &&
          whole.qualifier !== 'AT_LEAST'
        )
          problems.push({
            id: f.id,
            field: 'amountSek',
            message: `the part (${f.amountSek}) exceeds its whole ${whole.id} (${whole.amountSek})`,
          });
        if (whole.partOf?.id === f.id)
          problems.push({ id: f.id, field: 'partOf.id', message: `${f.id} and ${whole.id} are parts of each other` });
      }
    }
  }
  // Cycles would make a trace run in circles and count money forever.
  const state = new Map<string, 1 | 2>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 2) return;
    if (state.get(id) === 1) {
      problems.push({ id, field: 'fundedBy', message: `money passes on in a circle: ${[...path, id].join(' → ')}` });
      return;
    }
    state.set(id, 1);
    for (const l of byId.get(id)?.fundedBy ?? []) if (byId.has(l.id)) visit(l.id, [...path, id]);
    state.set(id, 2);
  };
  for (const f of flows) visit(f.id, []);

  for (const [id, onward] of passOnTotals(flows)) {
    const src = byId.get(id);
    if (!src) continue;
    const total = onward.reduce((s, o) => s + (o.amountSek ?? 0), 0);
    const exceeds = src.amountSek !== null && total > src.amountSek;
    for (const o of onward) {
      if (exceeds && o.exceedsIncoming.length === 0 && o.amountSek !== null)
        problems.push({
          id: o.id,
          field: 'amountSek',
          message: `the flows passing on ${id} sum to ${total}, more than its ${src.amountSek}; quote the passage that says so in exceedsIncoming, or fix the link`,
        });
    }
  }
  for (const f of flows) {
    if (f.exceedsIncoming.length > 0 && !exceedsIncoming(f, flows))
      problems.push({
        id: f.id,
        field: 'exceedsIncoming',
        message: 'set, but the onward money does not exceed what came in',
      });
  }
  return problems;
}

// True when this flow passes on money and, with its siblings, passes on more than came in.
export function exceedsIncoming(f: MoneyFlow, flows: MoneyFlow[]): boolean {
  const onward = passOnTotals(flows);
  return f.fundedBy.some((l) => {
    const src = flows.find((x) => x.id === l.id);
    if (!src || src.amountSek === null) return false;
    return (onward.get(l.id) ?? []).reduce((s, o) => s + (o.amountSek ?? 0), 0) > src.amountSek;
  });
}

const span = (f: MoneyFlow) =>
  f.openEnded ? `${f.year}–` : f.yearTo !== null && f.yearTo !== f.year ? `${f.year}–${f.yearTo}` : String(f.year);
