// Register matching without a database: exact keys only, ambiguity reported, and the unmatched
// list in seeds/README.md equal to what the loader finds in the real files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveRegister } from '../../src/register/resolve.js';
import { existsFrom, existsUntil } from '../../src/register/steps.js';
import { RegisterRecord } from '../../src/register/records.js';
import { loadSeeds } from '../../src/seed/load-seeds.js';
import { SEED_PATHS } from '../../src/seed/paths.js';

const rec = (r: Record<string, unknown>) => RegisterRecord.parse({ registers: ['scb'], ...r });
const actor = (id: string, name: string, extra: Record<string, unknown> = {}) =>
  ({ id, name, nameEn: null, abbreviation: null, kind: 'AGENCY', ...extra }) as any;

describe('resolveRegister', () => {
  it('matches by name before other names, and by abbreviation only when the name finds nothing', () => {
    const records = [
      rec({ name: 'Statens skolverk', otherNames: ['Skolverket'] }),
      rec({ name: 'Skolverket gamla', otherNames: ['Statens skolverk'], end: '1991' }),
    ];
    const one = resolveRegister([actor('agency:a', 'Statens skolverk')], records, []);
    expect(one.matches[0]).toMatchObject({ status: 'MATCHED', method: 'NAME', records: ['Statens skolverk'] });
    const abbr = resolveRegister([actor('agency:b', 'Skolväsendet', { abbreviation: 'skolverket' })], records, []);
    expect(abbr.matches[0]).toMatchObject({ status: 'MATCHED', method: 'ABBREVIATION', records: ['Statens skolverk'] });
    // Both at once land on one record: for a person to decide, so neither is linked.
    const both = resolveRegister(
      [actor('agency:a', 'Statens skolverk'), actor('agency:b', 'Skolväsendet', { abbreviation: 'skolverket' })],
      records,
      [],
    );
    expect(both.matches.map((m) => m.status)).toEqual(['AMBIGUOUS', 'AMBIGUOUS']);
    expect(both.agencies.some((a) => a.matchedBy !== null)).toBe(false);
  });

  it('reports two records on the deciding key and links neither', () => {
    const records = [
      rec({ name: 'Nämnden', orgNr: '202100-0001' }),
      rec({ name: 'Nämnd', otherNames: ['nämnden'] }),
      rec({ name: 'NÄMNDEN i Y', otherNames: ['Nämnden'] }),
    ];
    const reg = resolveRegister([actor('agency:n', 'Nämnden')], records, []);
    expect(reg.matches[0]).toMatchObject({ status: 'MATCHED', method: 'NAME' });
    const twice = resolveRegister([actor('agency:x', 'Okänd', { abbreviation: 'Nämnden' })], records, []);
    expect(twice.matches[0]).toMatchObject({ status: 'AMBIGUOUS', method: 'ABBREVIATION' });
    expect(twice.agencies.find((a) => a.id === 'agency:x')).toBeUndefined();
  });

  it('does not guess: a near name is no match, and a missing state agency is UNMATCHED, a committee NOT_EXPECTED', () => {
    const records = [rec({ name: 'Brottsförebyggande rådet' })];
    const reg = resolveRegister(
      [
        actor('agency:b', 'Brottsförebyggande rådets kansli'),
        actor('agency:c', 'Utredningen om X', { kind: 'COMMITTEE' }),
      ],
      records,
      [],
    );
    expect(reg.matches.map((m) => m.status)).toEqual(['UNMATCHED', 'NOT_EXPECTED']);
  });

  it('takes current agencies, closed ones a document names, and succession chains from them', () => {
    const records = [
      rec({ name: 'Ny', replaces: ['Mellan'] }),
      rec({ name: 'Mellan', end: '2010-01-01', replaces: ['Äldst'] }),
      rec({ name: 'Äldst', end: '1990' }),
      rec({ name: 'Ensam stängd', end: '2000' }),
      rec({ name: 'Bara namn', registers: [] }),
    ];
    const reg = resolveRegister([], records, []);
    expect(reg.agencies.map((a) => a.record.name)).toEqual(['Ny', 'Mellan', 'Äldst']);
    expect(reg.successions.map((s) => `${s.predecessorId}>${s.successorId}`)).toEqual([
      'agency:mellan>agency:ny',
      'agency:aldst>agency:mellan',
    ]);
  });

  it("reads a year alone in the agency's favour", () => {
    expect([existsFrom('1991'), existsFrom('1991-07-01'), existsUntil('2002'), existsUntil('2023-01-01')]).toEqual([
      '1991-01-01',
      '1991-07-01',
      '2003-01-01',
      '2023-01-01',
    ]);
  });
});

describe('seeds/README.md lists every unmatched or ambiguous actor', () => {
  it("equals the loader's findings on the real files", async () => {
    const ds = await loadSeeds(SEED_PATHS);
    const found = ds
      .register!.matches.filter((m) => m.status === 'UNMATCHED' || m.status === 'AMBIGUOUS')
      .map((m) => `${m.agencyId} ${m.status}`)
      .sort();
    const readme = readFileSync(new URL('../../seeds/README.md', import.meta.url), 'utf8');
    const table = readme.split('<!-- register-unmatched:start -->')[1]!.split('<!-- register-unmatched:end -->')[0]!;
    const listed = [...table.matchAll(/^\| `(agency:[^`]+)` \| \w+ \| (\w+) \|/gm)]
      .map((m) => `${m[1]} ${m[2]}`)
      .sort();
    expect(listed).toEqual(found);
    // Every state-agency actor is accounted for: matched, or in that list.
    for (const m of ds.register!.matches)
      if (['AGENCY', 'UNIVERSITY', 'COUNTY_ADMINISTRATIVE_BOARD'].includes(m.kind))
        expect(['MATCHED', 'UNMATCHED', 'AMBIGUOUS']).toContain(m.status);
  });
});

describe('dates and organisation numbers', async () => {
  const { partialDate, existedOn } = await import('../../src/register/lifecycle.js');
  const { parseOrgNr } = await import('../../src/register/resolvers.js');
  it('keeps the precision the register gives', () => {
    expect(partialDate('2002')).toEqual({ text: '2002', precision: 'YEAR', year: 2002, date: null });
    expect(partialDate('2023-01-01')).toEqual({ text: '2023-01-01', precision: 'DAY', year: 2023, date: '2023-01-01' });
    expect(partialDate(null)).toBeNull();
  });
  it('counts an agency as existing up to the day before it ceased, and when nothing is known', () => {
    const delmos = { id: 'agency:x', existsFrom: '2018-01-01', existsUntil: '2023-01-01' };
    expect(['2017-12-31', '2018-01-01', '2022-12-31', '2023-01-01'].map((d) => existedOn(delmos, d))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(existedOn({ id: 'agency:y' }, '1900-01-01')).toBe(true);
  });
  it('accepts an organisation number with or without the dash, nothing else', () => {
    expect(parseOrgNr('2021000076')).toBe('202100-0076');
    expect(parseOrgNr(' 202100-0076 ')).toBe('202100-0076');
    for (const bad of ['12-34', '202100-007', 'abcdef-ghij', '2021000076x'])
      expect(() => parseOrgNr(bad), bad).toThrow(/organisation number/);
  });
});
