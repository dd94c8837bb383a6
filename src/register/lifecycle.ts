// Whether an agency existed on a day, from the bounds the import stored (src/register/steps.ts):
// existsFrom is the earliest day it may have existed, existsUntil the first day it certainly
// did not. Without a register record nothing is known, and the agency counts as existing.
import type { Props } from '../graphql/entities.js';

export function existedOn(agency: Props, date: string): boolean {
  const from = agency.existsFrom as string | null | undefined;
  const until = agency.existsUntil as string | null | undefined;
  return (!from || from <= date) && (!until || date < until);
}

export interface PartialDate {
  text: string;
  precision: 'YEAR' | 'DAY';
  year: number;
  date: string | null;
}

export function partialDate(text: unknown): PartialDate | null {
  if (typeof text !== 'string' || !/^\d{4}(-\d{2}-\d{2})?$/.test(text)) return null;
  const day = text.length === 10;
  return { text, precision: day ? 'DAY' : 'YEAR', year: Number(text.slice(0, 4)), date: day ? text : null };
}
