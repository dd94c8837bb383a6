import { dateSpan, spanProps } from '../../src/domain/dates.js';
import { describe, expect, it } from 'vitest';
import { assignmentStatus } from '../../src/assignments/status.js';
import { fold } from '../../src/domain/text.js';
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
    expect(assignmentStatus({ reportDue: '2026-10-15' }, '2026-10-15')).toBe('ONGOING');
    expect(assignmentStatus({ reportDue: '2026-10-15' }, '2026-10-16')).toBe('DUE_PASSED');
    expect(assignmentStatus({}, '2026-10-16')).toBe('UNKNOWN');
  });

  it('a month-only deadline is due during the whole month', () => {
    const nov = spanProps('reportDue', '2021-11');
    expect(nov).toEqual({ reportDue: '2021-11-01', reportDueEnd: '2021-11-30', reportDuePrecision: 'MONTH' });
    expect(assignmentStatus(nov, '2021-11-30')).toBe('ONGOING');
    expect(assignmentStatus(nov, '2021-12-01')).toBe('DUE_PASSED');
  });

  it('is NOT_STARTED before the decision and REPORTED from the report on', () => {
    const a = {
      ...spanProps('decided', '2019-12'),
      ...spanProps('reported', '2021-05-31'),
      ...spanProps('reportDue', '2021-06'),
    };
    expect(assignmentStatus(a, '2019-11-30')).toBe('NOT_STARTED');
    expect(assignmentStatus(a, '2019-12-01')).toBe('ONGOING');
    expect(assignmentStatus(a, '2021-05-30')).toBe('ONGOING');
    expect(assignmentStatus(a, '2021-05-31')).toBe('REPORTED');
    // Decided and reported, no deadline: ongoing in between, unknown when the decision is unknown.
    const b = { ...spanProps('decided', '2020-autumn'), ...spanProps('reported', '2021') };
    expect(assignmentStatus(b, '2020-08-31')).toBe('NOT_STARTED');
    expect(assignmentStatus(b, '2021-06-01')).toBe('ONGOING');
    expect(assignmentStatus(b, '2021-12-31')).toBe('REPORTED');
    expect(assignmentStatus(spanProps('reported', '2021'), '2021-06-01')).toBe('UNKNOWN');
  });

  it('a planned assignment (the text says it is not given yet) is NOT_STARTED until a decision is known', () => {
    expect(assignmentStatus({ planned: true }, '2030-01-01')).toBe('NOT_STARTED');
    expect(assignmentStatus({ planned: true, ...spanProps('decided', '2021-03') }, '2021-03-01')).toBe('UNKNOWN');
  });

  it('reads every precision the seeds may use and rejects impossible dates', () => {
    expect(dateSpan('2020-autumn')).toEqual({ start: '2020-09-01', end: '2020-11-30', precision: 'SEASON' });
    expect(dateSpan('2020-spring')).toEqual({ start: '2020-03-01', end: '2020-05-31', precision: 'SEASON' });
    expect(dateSpan('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31', precision: 'YEAR' });
    expect(dateSpan('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29', precision: 'MONTH' });
    expect(dateSpan('2021-05-31')).toEqual({ start: '2021-05-31', end: '2021-05-31', precision: 'DAY' });
    for (const bad of ['2021-02-30', '2021-13', '21-05', '2021-winter', '2021-5'])
      expect(dateSpan(bad), bad).toBeNull();
  });
});
