import { describe, expect, it } from 'vitest';
import { assignmentStatus } from '../../src/assignments/status.js';
import { fold } from '../../src/domain/text.js';
import { snippet } from '../../src/search/resolvers.js';
import { toLuceneQuery } from '../../src/search/lucene.js';
import { containsQuote, normaliseForQuote } from '../../src/seed/quote.js';

describe('quote normalisation', () => {
  it('folds whitespace and PDF line-break hyphens the same way on both sides', () => {
    const doc = normaliseForQuote('minska och motverka seg-\nregation i\n  samhället');
    expect(containsQuote(doc, 'motverka segregation i samhället')).toBe(true);
    expect(containsQuote(doc, 'motverka seg-\nregation')).toBe(true);
    expect(containsQuote(doc, 'motverka segregationen')).toBe(false);
  });
});

describe('fold', () => {
  it('is case- and diacritic-insensitive and keeps length for Swedish letters', () => {
    expect(fold('Åklagarmyndigheten')).toBe('aklagarmyndigheten');
    expect(fold('Brå')).toBe('bra');
    expect(fold('Länsstyrelsen i Östergötlands län').length).toBe('Länsstyrelsen i Östergötlands län'.length);
  });
});

describe('status', () => {
  it('is ONGOING until and on the report date, DUE_PASSED after, UNKNOWN without one', () => {
    expect(assignmentStatus('2026-10-15', '2026-10-15')).toBe('ONGOING');
    expect(assignmentStatus('2026-10-15', '2026-10-16')).toBe('DUE_PASSED');
    expect(assignmentStatus(null, '2026-10-16')).toBe('UNKNOWN');
  });
});

describe('Lucene escaping', () => {
  it('turns any user text into quoted terms with no live syntax', () => {
    const q = toLuceneQuery('title:"x" AND (brå OR *) }) DETACH DELETE n // \\ ~2 ^3 \u0060')!;
    // Every clause is a quoted term or a letters-and-digits prefix: nothing else survives.
    expect(q.replace(/"[\p{L}\p{N} ]+"\^\d|[\p{L}\p{N}]+\*/gu, '').trim()).toBe('');
    expect(q).toContain('"detach"^2');
    expect(toLuceneQuery('"()[]{}:^~*?\\/')).toBeNull();
  });
});

describe('snippet', () => {
  it('brackets the matched words in the field that matched', () => {
    const s = snippet({ id: 'agency:x', name: 'Brottsförebyggande rådet', description: null }, 'brottsförebyggande');
    expect(s).toBe('[Brottsförebyggande] rådet');
  });
});
