import { describe, expect, it } from 'vitest';
import {
  agencyDerived,
  aliasBag,
  assignmentDerived,
  DERIVED_PROPERTIES,
  derivedOf,
  exactKeyProps,
  focusAreaDerived,
  strategyDerived,
} from '../../src/domain/derived.js';
import { importSteps } from '../../src/seed/import.js';
import { type Dataset, emptyDataset } from '../../src/seed/load-seeds.js';
import { AgencyRecord, AssignmentRecord, StrategyRecord } from '../../src/seed/records.js';

const sources = [{ document: 'document:x', quote: 'ett citat som säger något' }];
const row = (ds: Partial<Dataset>, step: string) =>
  importSteps({ ...emptyDataset(), ...ds }).find((s) => s.name === step)!.rows[0]!;
const pick = (r: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, r[k]]));

describe('derived properties', () => {
  it('fold names for sorting and substring search, each name once in the exact-match keys', () => {
    expect(agencyDerived({ name: 'Brottsförebyggande rådet', nameEn: null, abbreviation: 'Brå' })).toEqual({
      sortName: 'brottsforebyggande radet',
      folded: 'brottsforebyggande radet | bra',
      exactKeys: ['brottsforebyggande radet', 'bra'],
      exactKeyBag: '|brottsforebyggande radet|bra|',
    });
    // "BRÅ" and "Brå" fold alike: one key, not two.
    expect(exactKeyProps(['Brå', 'BRÅ', null, undefined, ''])).toEqual({ exactKeys: ['bra'], exactKeyBag: '|bra|' });
    expect(exactKeyProps([])).toEqual({ exactKeys: [], exactKeyBag: '|' });
  });

  it('give an assignment its first diary number, its numbers folded for lookup and as text for search', () => {
    expect(assignmentDerived({ title: 'Uppdrag om Ö', diaryNumbers: ['Ju2021/ 01234', 'Ju2022/5'] })).toEqual({
      diaryNumber: 'Ju2021/ 01234',
      diaryNumbersFolded: ['ju2021/01234', 'ju2022/5'],
      diaryNumberText: 'Ju2021/ 01234 Ju2022/5',
      sortTitle: 'uppdrag om o',
      exactKeys: ['uppdrag om o', 'ju2021/ 01234', 'ju2022/5'],
      exactKeyBag: '|uppdrag om o|ju2021/ 01234|ju2022/5|',
    });
    expect(assignmentDerived({ title: 'X y z', diaryNumbers: [] }).diaryNumber).toBeNull();
    expect(aliasBag([])).toBeNull();
    expect(aliasBag(['assignment:a', 'assignment:b'])).toBe('|assignment:a|assignment:b|');
  });

  it('from stored fields give what the per-kind functions give, and nothing for other kinds', () => {
    const stored = { name: 'Åklagarmyndigheten', nameEn: 'Swedish Prosecution Authority', abbreviation: null };
    expect(derivedOf('Agency', stored)).toEqual(agencyDerived(stored));
    expect(derivedOf('Strategy', { name: 'Strategi', diaryNumber: 'S2018/1' })).toEqual(
      strategyDerived({ name: 'Strategi', diaryNumber: 'S2018/1' }),
    );
    expect(derivedOf('FocusArea', { name: 'Område' })).toEqual(focusAreaDerived({ name: 'Område' }));
    expect(derivedOf('Assignment', { title: 'Titel', diaryNumbers: ['A1/2'], aliases: ['assignment:old'] })).toEqual({
      ...assignmentDerived({ title: 'Titel', diaryNumbers: ['A1/2'] }),
      aliasBag: '|assignment:old|',
    });
    expect(derivedOf('FundingFlow', { name: 'x' })).toBeNull();
    expect(derivedOf('Agency', {})).toBeNull();
    const produced = new Set(
      [
        derivedOf('Agency', stored),
        derivedOf('Strategy', { name: 's' }),
        derivedOf('Assignment', { title: 't' }),
      ].flatMap((d) => Object.keys(d!)),
    );
    expect([...produced].sort()).toEqual([...DERIVED_PROPERTIES].sort());
  });

  it('are what the importer writes for a record', () => {
    const agency = AgencyRecord.parse({
      id: 'agency:x',
      name: 'Myndigheten för Ö',
      nameEn: 'Agency for Ö',
      abbreviation: 'MFÖ',
      kind: 'OTHER',
      sources,
    });
    const a = row({ agencies: [{ ...agency, definedIn: [] }] }, 'seed/03-agencies');
    expect(pick(a, ['sortName', 'folded', 'exactKeys', 'exactKeyBag'])).toEqual(agencyDerived(agency));
    const assignment = AssignmentRecord.parse({
      id: 'assignment:x',
      title: 'Uppdrag',
      diaryNumbers: ['Ju2020/1'],
      aliases: ['assignment:y'],
      sources,
    });
    const s = row({ assignments: [{ ...assignment, definedIn: [] }] }, 'seed/08-assignments');
    const want = derivedOf('Assignment', assignment)!;
    expect(pick(s, Object.keys(want))).toEqual(want);
    const strategy = StrategyRecord.parse({ id: 'strategy:x', name: 'Strategi', kind: 'STRATEGY', sources });
    const t = row({ strategies: [{ ...strategy, definedIn: [] }] }, 'seed/05-strategies');
    expect(pick(t, ['sortName', 'exactKeys', 'exactKeyBag'])).toEqual(strategyDerived(strategy));
  });
});
