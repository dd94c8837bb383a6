// Properties an entity stores only so that Neo4j can order, filter and match on them: they follow
// from the entity's own fields and nothing else. The importer (src/seed/import.ts, src/register/steps.ts),
// the edits (src/edits/resolvers.ts) and the migration that backfills them (src/neo4j/migrate.ts)
// all call these functions, so an entity created or renamed through the API is stored exactly as
// the importer would store the same record, and a changed rule reaches old data by bumping
// DERIVED_VERSION.
import { fold, foldDiaryNumber } from './text.js';

// Bump when a function below changes what it returns: the migration then recomputes every entity.
export const DERIVED_VERSION = 1;

// Every property name the functions below produce. A seed record never states them and an export
// of edits leaves them out (src/seed/edits.ts, src/cli/export-edits.ts).
export const DERIVED_PROPERTIES = [
  'sortName',
  'sortTitle',
  'folded',
  'exactKeys',
  'exactKeyBag',
  'diaryNumber',
  'diaryNumbersFolded',
  'diaryNumberText',
  'aliasBag',
] as const;

type Text = string | null | undefined;
const present = (values: Text[]) => values.filter((v): v is string => !!v);

// The folded forms a search query must equal to count as an exact match (ranked first), as a list
// and as the '|'-delimited bag the text index serves (cypher/schema/006-exact-keys.cypher).
export function exactKeyProps(values: Text[]): { exactKeys: string[]; exactKeyBag: string } {
  const exactKeys = [...new Set(present(values).map(fold))];
  return { exactKeys, exactKeyBag: `|${exactKeys.map((k) => `${k}|`).join('')}` };
}

// Agencies, register-only agencies and ministries alike: sorted by name, nameContains searches all
// three names.
export function agencyDerived(a: { name: string; nameEn?: Text; abbreviation?: Text }) {
  const names = [a.name, a.nameEn, a.abbreviation];
  return {
    sortName: fold(a.name),
    ...exactKeyProps(names),
    folded: present(names).map(fold).join(' | '),
  };
}

export function strategyDerived(s: { name: string; diaryNumber?: Text }) {
  return { sortName: fold(s.name), ...exactKeyProps([s.name, s.diaryNumber]) };
}

export function focusAreaDerived(f: { name: string }) {
  return { sortName: fold(f.name), ...exactKeyProps([f.name]) };
}

// diaryNumber is the first of diaryNumbers (the one the API shows where one is asked for).
export function assignmentDerived(a: { title: string; diaryNumbers: string[] }) {
  return {
    diaryNumber: a.diaryNumbers[0] ?? null,
    diaryNumbersFolded: a.diaryNumbers.map(foldDiaryNumber),
    diaryNumberText: a.diaryNumbers.join(' '),
    sortTitle: fold(a.title),
    ...exactKeyProps([a.title, ...a.diaryNumbers]),
  };
}

// Ids an entity was merged from, '|'-delimited for the text index (cypher/schema/007-aliases.cypher).
export function aliasBag(aliases: string[]): string | null {
  return aliases.length > 0 ? `|${aliases.join('|')}|` : null;
}

// The derived properties of a stored entity, from the fields it has in the graph; null for a kind
// that has none. Used by the backfill, which cannot know which importer step wrote a node.
export function derivedOf(label: string, p: Record<string, unknown>): Record<string, unknown> | null {
  const text = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : null);
  const list = (k: string) => (Array.isArray(p[k]) ? (p[k] as string[]) : []);
  switch (label) {
    case 'Agency':
      return text('name') === null
        ? null
        : agencyDerived({ name: text('name')!, nameEn: text('nameEn'), abbreviation: text('abbreviation') });
    case 'Strategy':
      return text('name') === null ? null : strategyDerived({ name: text('name')!, diaryNumber: text('diaryNumber') });
    case 'FocusArea':
      return text('name') === null ? null : focusAreaDerived({ name: text('name')! });
    case 'Assignment':
      return text('title') === null
        ? null
        : {
            ...assignmentDerived({ title: text('title')!, diaryNumbers: list('diaryNumbers') }),
            aliasBag: aliasBag(list('aliases')),
          };
    default:
      return null;
  }
}
