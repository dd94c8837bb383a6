// Row shapes shared by several areas' queries: the property maps a query returns for a node of
// each label, and the parallel source lists. Keys the importer always writes are required; what
// only some nodes carry (register facts, edits) may be absent or null.
import { z } from 'zod';
import {
  AGENCY_KINDS,
  AMOUNT_BASES,
  AMOUNT_LEVELS,
  AMOUNT_QUALIFIERS,
  ASSIGNMENT_KINDS,
  DATE_PRECISIONS,
  FUNDING_STAGES,
  REGISTER_MATCH_METHODS,
  STRATEGY_KINDS,
} from '../graphql/enums.js';

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
  kind: z.enum(AGENCY_KINDS),
  isGroup: opt(z.boolean()),
  sortName: str,
  existsFrom: opt(str),
  existsUntil: opt(str),
});

export const AssignmentNode = z.looseObject({
  ...entity,
  title: str,
  kind: opt(z.enum(ASSIGNMENT_KINDS)),
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
  kind: z.enum(STRATEGY_KINDS),
  diaryNumber: opt(str),
  periodStart: opt(z.number().int()),
  periodEnd: opt(z.number().int()),
  sortName: str,
});

export const FocusAreaNode = z.looseObject({ ...entity, name: str, goal: opt(str), sortName: str });

export const FundingFlowNode = z.looseObject({
  ...entity,
  amountSek: opt(z.number()),
  qualifier: z.enum(AMOUNT_QUALIFIERS),
  stage: z.enum(FUNDING_STAGES),
  year: z.number().int(),
  yearTo: opt(z.number().int()),
  openEnded: opt(z.boolean()),
  amountBasis: opt(z.enum(AMOUNT_BASES)),
  basis: opt(z.enum(AMOUNT_LEVELS)),
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

// The explicit projections (`a {.id, .name, …}` in the Cypher): exactly the properties the API
// serves, each key present (null where the node lacks it), sort keys for cursors, and no sources:
// those come from entities/sources when a request selects them (src/nodes/resolvers.ts).
const n = <T extends z.ZodType>(t: T) => t.nullable();
const projected = { id: str, retired: n(z.boolean()) };

export const AgencyRow = z.strictObject({
  ...projected,
  name: str,
  nameEn: n(str),
  abbreviation: n(str),
  kind: z.enum(AGENCY_KINDS),
  isGroup: n(z.boolean()),
  sortName: str,
  orgNr: n(str),
  orgNrs: n(strs),
  wikidataId: n(str),
  website: n(str),
  governance: n(str),
  establishedText: n(str),
  closedText: n(str),
  existsFrom: n(str),
  existsUntil: n(str),
  registerRecord: n(str),
  registers: n(strs),
  registerMatch: n(z.enum(REGISTER_MATCH_METHODS)),
  shortCode: n(str),
  registerNameEn: n(str),
  registerGroup: n(str),
  otherNames: n(strs),
  instructionSfs: n(str),
  expiredBySfs: n(str),
  employeesCount: n(z.number()),
  employeesYear: n(z.number().int()),
  registerMinistry: n(str),
});

export const AssignmentRow = z.strictObject({
  ...projected,
  title: str,
  kind: n(z.enum(ASSIGNMENT_KINDS)),
  description: n(str),
  diaryNumber: n(str),
  diaryNumbers: n(strs),
  decided: n(str),
  decidedEnd: n(str),
  decidedPrecision: n(z.enum(DATE_PRECISIONS)),
  reportDue: n(str),
  reportDueEnd: n(str),
  reportDuePrecision: n(z.enum(DATE_PRECISIONS)),
  reported: n(str),
  reportedEnd: n(str),
  reportedPrecision: n(z.enum(DATE_PRECISIONS)),
  planned: n(z.boolean()),
  interimReports: n(strs),
  aliases: n(strs),
  sortTitle: str,
});

// The brief projections (src/graphql/brief.ts): what a list returns when the selected fields read
// no more. A query that may return either declares both.
export const AgencyBriefRow = AgencyRow.pick({
  id: true,
  retired: true,
  name: true,
  nameEn: true,
  abbreviation: true,
  kind: true,
  isGroup: true,
  sortName: true,
});
export const AssignmentBriefRow = AssignmentRow.pick({
  id: true,
  retired: true,
  title: true,
  kind: true,
  sortTitle: true,
  decided: true,
});
export const AgencyListRow = z.union([AgencyRow, AgencyBriefRow]);
export const AssignmentListRow = z.union([AssignmentRow, AssignmentBriefRow]);

export const StrategyRow = z.strictObject({
  ...projected,
  name: str,
  kind: z.enum(STRATEGY_KINDS),
  diaryNumber: n(str),
  periodStart: n(z.number().int()),
  periodEnd: n(z.number().int()),
  sortName: str,
});

const flowFields = {
  ...projected,
  amountSek: n(z.number()),
  qualifier: z.enum(AMOUNT_QUALIFIERS),
  stage: z.enum(FUNDING_STAGES),
  year: z.number().int(),
  yearTo: n(z.number().int()),
  openEnded: n(z.boolean()),
  amountBasis: n(z.enum(AMOUNT_BASES)),
  basis: n(z.enum(AMOUNT_LEVELS)),
  note: n(str),
  exceedsIncoming: n(z.boolean()),
};
export const FundingFlowRow = z.strictObject(flowFields);
export const fundingFlowRowWith = <S extends z.ZodRawShape>(extra: S) => z.strictObject({ ...flowFields, ...extra });
