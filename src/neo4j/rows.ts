// Row shapes shared by several areas' queries: the property maps a query returns for a node of
// each label, and the parallel source lists. Keys the importer always writes are required; what
// only some nodes carry (register facts, edits) may be absent or null.
import { z } from 'zod';

const str = z.string();
const opt = <T extends z.ZodType>(t: T) => t.nullish();
const strs = z.array(z.string());

// Every entity carries the documents and passages that state it (same length, same order).
export const sourceLists = {
  sourceDocs: opt(strs),
  sourceQuotes: opt(strs),
};

const entity = {
  id: str,
  retired: opt(z.boolean()),
  origin: opt(str),
  ...sourceLists,
};

export const AgencyNode = z.looseObject({
  ...entity,
  name: str,
  nameEn: opt(str),
  abbreviation: opt(str),
  kind: str,
  isGroup: opt(z.boolean()),
  sortName: str,
  existsFrom: opt(str),
  existsUntil: opt(str),
});

export const AssignmentNode = z.looseObject({
  ...entity,
  title: str,
  kind: opt(str),
  description: opt(str),
  diaryNumber: opt(str),
  diaryNumbers: opt(strs),
  decided: opt(str),
  reportDue: opt(str),
  reported: opt(str),
  interimReports: opt(strs),
  aliases: opt(strs),
  planned: opt(z.boolean()),
  sortTitle: str,
});

export const StrategyNode = z.looseObject({
  ...entity,
  name: str,
  kind: str,
  diaryNumber: opt(str),
  periodStart: opt(z.number().int()),
  periodEnd: opt(z.number().int()),
  sortName: str,
});

export const FocusAreaNode = z.looseObject({ ...entity, name: str, goal: opt(str), sortName: str });

export const FundingFlowNode = z.looseObject({
  ...entity,
  amountSek: opt(z.number()),
  qualifier: str,
  stage: str,
  year: z.number().int(),
  yearTo: opt(z.number().int()),
  openEnded: opt(z.boolean()),
  amountBasis: opt(str),
  basis: opt(str),
  note: opt(str),
});

export const AppropriationNode = z.looseObject({ ...entity, code: str, name: str });

export const DocumentNode = z.looseObject({
  ...entity,
  title: str,
  file: opt(str),
  url: opt(str),
  published: opt(str),
  hasText: opt(z.boolean()),
});

// Any entity (lookups by id, search): its id's prefix tells its type.
export const EntityNode = z.looseObject(entity);

// A relationship's own sources (participation, membership, funding links).
export const relSources = z.object(sourceLists);
