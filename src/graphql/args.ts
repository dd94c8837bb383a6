// Argument parsing shared by every module: page sizes, cursors, ids and dates are checked here
// with zod, so that a resolver only ever sees valid input and bad input gets BAD_USER_INPUT.
import { z } from 'zod';
import { badInput } from '../errors.js';

export const PAGE_DEFAULT = 20;
export const PAGE_MAX = 100;

export function parseFirst(
  first: number | null | undefined,
  def = PAGE_DEFAULT,
  max = PAGE_MAX,
  arg = 'first',
): number {
  if (first === null || first === undefined) return def;
  if (!Number.isInteger(first) || first < 0)
    throw badInput(`${arg} must be a whole number from 0 to ${max}`, { argument: arg, max });
  if (first > max) throw badInput(`${arg} may be at most ${max}`, { argument: arg, max });
  return first;
}

// A cursor is the row's sort key (not an offset), so it keeps its place when rows before it are
// added or removed. It is opaque to clients: base64url of a versioned JSON tuple.
const CursorSchema = z.tuple([
  z.literal(1),
  z.string().min(1),
  z.union([z.string(), z.number().int()]),
  z.string().min(1).max(300),
]);

export interface CursorKey {
  key: string | number;
  id: string;
}

export function encodeCursor(kind: string, key: string | number, id: string): string {
  return Buffer.from(JSON.stringify([1, kind, key, id])).toString('base64url');
}

export function decodeCursor(kind: string, cursor: string | null | undefined): CursorKey | null {
  if (cursor === null || cursor === undefined) return null;
  const bad = () => badInput('after is not a cursor from this list', { argument: 'after' });
  if (cursor.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad();
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  const parsed = CursorSchema.safeParse(raw);
  if (!parsed.success || parsed.data[1] !== kind) throw bad();
  return { key: parsed.data[2], id: parsed.data[3] };
}

export function parseId(id: string, arg = 'id'): string {
  if (id.length > 300) throw badInput(`${arg} is too long`, { argument: arg });
  return id;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export function parseYear(year: number | null | undefined, arg: string): number | null {
  if (year === null || year === undefined) return null;
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    throw badInput(`${arg} must be a year from 1900 to 2200`, { argument: arg });
  return year;
}

export function parseText(text: string | null | undefined, arg: string, max = 200): string | null {
  if (text === null || text === undefined) return null;
  const t = text.trim();
  if (t.length > max) throw badInput(`${arg} may be at most ${max} characters`, { argument: arg, max });
  return t.length === 0 ? null : t;
}

export interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

// Queries fetch limit + 1 rows: the extra row only tells whether a next page exists.
export function toConnection<T>(totalCount: number, rows: T[], limit: number, cursorOf: (row: T) => string): Page<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      endCursor: edges.length > 0 ? edges[edges.length - 1]!.cursor : null,
    },
  };
}
