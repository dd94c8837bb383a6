import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../src/errors.js';
import { decodeCursor, encodeCursor, isIsoDate, parseFirst, toConnection } from '../../src/graphql/args.js';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as ApiError).code;
  }
  return 'no error';
};

describe('page size', () => {
  it('defaults, accepts 0..max, rejects negative and over max (no silent clamp)', () => {
    expect(parseFirst(undefined)).toBe(20);
    expect(parseFirst(null, 10, 50)).toBe(10);
    expect(parseFirst(0)).toBe(0);
    expect(parseFirst(100)).toBe(100);
    expect(code(() => parseFirst(101))).toBe('BAD_USER_INPUT');
    expect(code(() => parseFirst(-1))).toBe('BAD_USER_INPUT');
  });
});

describe('keyset cursors', () => {
  it('round-trip the sort key and id, and are opaque base64url', () => {
    const c = encodeCursor('agency', 'polismyndigheten', 'agency:polismyndigheten');
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('agency', c)).toEqual({ key: 'polismyndigheten', id: 'agency:polismyndigheten' });
    expect(decodeCursor('flow', encodeCursor('flow', 2024, 'flow:x'))).toEqual({ key: 2024, id: 'flow:x' });
  });

  it("reject garbage, other lists' cursors and tampered JSON with BAD_USER_INPUT", () => {
    const agencyCursor = encodeCursor('agency', 'a', 'agency:a');
    expect(code(() => decodeCursor('assignment', agencyCursor))).toBe('BAD_USER_INPUT');
    expect(code(() => decodeCursor('agency', 'not a cursor!'))).toBe('BAD_USER_INPUT');
    expect(code(() => decodeCursor('agency', Buffer.from('{"x":1}').toString('base64url')))).toBe('BAD_USER_INPUT');
    expect(code(() => decodeCursor('agency', Buffer.from('[2,"agency","a","b"]').toString('base64url')))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(() => decodeCursor('agency', 'A'.repeat(2000)))).toBe('BAD_USER_INPUT');
    expect(decodeCursor('agency', null)).toBeNull();
  });
});

describe('connections', () => {
  it('use the extra row only to tell that a next page exists', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const page = toConnection(10, rows, 2, (r) => r.id);
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: 'b' });
    expect(toConnection(2, rows.slice(0, 2), 2, (r) => r.id).pageInfo.hasNextPage).toBe(false);
    expect(toConnection(0, [], 5, (r: { id: string }) => r.id).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });
});

describe('dates', () => {
  it('accept real calendar dates only', () => {
    expect(isIsoDate('2026-10-15')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('15 oktober 2026')).toBe(false);
  });
});
