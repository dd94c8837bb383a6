// The seed format: one YAML file per source document in seeds/facts/, each parsed by these
// schemas. Ids carry their kind as a prefix ("agency:polismyndigheten") so that a reference can be
// checked for the right kind before anything touches the database, and so `node(id)` can tell the
// kind from the id alone.
import { z } from 'zod';
import { dateSpan } from '../domain/dates.js';

// The five seed documents: their texts are in the repository, so /documents serves them and a
// Source.url can point at the passage.
export const DOCUMENT_IDS = [
  'handlingsplan-segregation-2020',
  'regeringen-600-miljoner-vald-i-nara-relationer',
  'regeringen-brottsforebyggande-atgarder-nyrekrytering-segregation',
  'regeringen-hedersrelaterat-vald-och-brottsforebyggande',
  'regeringsbeslut-samverkan-mans-vald-mot-kvinnor',
] as const;

const slug = '[a-z0-9]+(?:[-.][a-z0-9]+)*';
const idOf = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:${slug}$`), `must look like "${prefix}:some-slug" (a-z, 0-9, '-', '.')`);

export const AgencyId = idOf('agency');
export const AssignmentId = idOf('assignment');
export const StrategyId = idOf('strategy');
export const FocusAreaId = idOf('focus-area');
export const FlowId = idOf('flow');
export const AppropriationId = idOf('appropriation');
export const DocumentId = idOf('document');

const isoDate = z.iso.date();
// A date as precise as the text: 2021-05-31, 2021-11, 2021 or 2020-autumn (see src/domain/dates.ts).
const partialDate = z
  .string()
  .refine((s) => dateSpan(s) !== null, 'must be YYYY-MM-DD, YYYY-MM, YYYY or YYYY-spring|summer|autumn (quoted)');

export const SourceRecord = z.strictObject({
  document: DocumentId,
  quote: z.string().min(12, 'a quote must state the fact: at least 12 characters'),
});
export type SourceRecord = z.infer<typeof SourceRecord>;

const sources = z.array(SourceRecord).min(1, 'every record needs at least one source');

export const AGENCY_KINDS = [
  'GOVERNMENT',
  'MINISTRY',
  'AGENCY',
  'COUNTY_ADMINISTRATIVE_BOARD',
  'MUNICIPALITY',
  'REGION',
  'ASSOCIATION',
  'UNIVERSITY',
  'CIVIL_SOCIETY',
  'COMMITTEE',
  'OTHER',
] as const;
export const ROLES = ['ASSIGNEE', 'COORDINATOR', 'CONSULTED', 'COPIED'] as const;
export const STRATEGY_KINDS = ['STRATEGY', 'PROGRAMME', 'ACTION_PLAN', 'INITIATIVE'] as const;
export const QUALIFIERS = ['EXACT', 'APPROXIMATE', 'AT_LEAST', 'AT_MOST', 'UNSPECIFIED'] as const;
export const STAGES = ['PROPOSED', 'ESTIMATED', 'ALLOCATED', 'PAID'] as const;
export const ASSIGNMENT_KINDS = [
  'GOVERNMENT_ASSIGNMENT',
  'INQUIRY_DIRECTIVE',
  'STANDING_COLLABORATION',
  'APPROPRIATION_TASK',
  'LEGISLATION',
  'OTHER',
] as const;

export const DocumentRecord = z.strictObject({
  id: DocumentId,
  file: z.string().regex(/^[a-z0-9-]+\.(txt|md)$/),
  title: z.string().min(3),
  publisherId: AgencyId.nullable().default(null),
  published: isoDate.nullable().default(null),
  url: z.url().nullable().default(null),
  sources,
});

export const AgencyRecord = z.strictObject({
  id: AgencyId,
  name: z.string().min(2),
  nameEn: z.string().min(2).nullable().default(null),
  abbreviation: z.string().min(1).nullable().default(null),
  kind: z.enum(AGENCY_KINDS),
  // Stands for many bodies ("Kommunerna", "Flera myndigheter (ej namngivna)"): two agencies that
  // each work with such a group have not thereby worked together. Set in one file is enough.
  group: z.boolean().nullable().default(null),
  // Actors this one is part of or one of the bodies of (Justitiedepartementet of Regeringskansliet,
  // Folkhögskolorna of Folkbildningen), with the reason and the passages naming them.
  memberOf: z.array(z.strictObject({ id: AgencyId, reason: z.string().min(10), sources })).default([]),
  sources,
});
export type AgencyRecord = z.infer<typeof AgencyRecord>;

export const StrategyRecord = z.strictObject({
  id: StrategyId,
  name: z.string().min(3),
  kind: z.enum(STRATEGY_KINDS),
  diaryNumber: z.string().nullable().default(null),
  periodStart: z.number().int().min(1900).max(2100).nullable().default(null),
  periodEnd: z.number().int().min(1900).max(2100).nullable().default(null),
  ownerId: AgencyId.nullable().default(null),
  parentId: StrategyId.nullable().default(null),
  sources,
});
export type StrategyRecord = z.infer<typeof StrategyRecord>;

export const FocusAreaRecord = z.strictObject({
  id: FocusAreaId,
  strategyId: StrategyId,
  name: z.string().min(3),
  goal: z.string().nullable().default(null),
  sources,
});
export type FocusAreaRecord = z.infer<typeof FocusAreaRecord>;

export const ParticipantRecord = z.strictObject({
  agencyId: AgencyId,
  role: z.enum(ROLES),
  sources,
});

const LinkRecord = <T extends z.ZodType<string>>(id: T) => z.strictObject({ id, sources });

export const AssignmentRecord = z.strictObject({
  id: AssignmentId,
  title: z.string().min(3),
  kind: z.enum(ASSIGNMENT_KINDS).default('GOVERNMENT_ASSIGNMENT'),
  description: z.string().nullable().default(null),
  // The first is the assignment's own number; later ones amend or extend it.
  diaryNumbers: z.array(z.string().min(3)).default([]),
  issuedById: AgencyId.nullable().default(null),
  decided: partialDate.nullable().default(null),
  reportDue: partialDate.nullable().default(null),
  // The final report was delivered ("Uppdraget redovisades den 31 maj 2021").
  reported: partialDate.nullable().default(null),
  // The text says it has not been given yet ("Regeringen avser att ge Brå i uppdrag …").
  planned: z.boolean().nullable().default(null),
  interimReports: z.array(isoDate).default([]),
  participants: z.array(ParticipantRecord).default([]),
  // Ids this assignment was known by before two records of it were merged: old links keep working.
  aliases: z.array(AssignmentId).default([]),
  // Another record the documents suggest, without making it clear, is the same assignment.
  possiblySameAs: z.array(z.strictObject({ id: AssignmentId, reason: z.string().min(10), sources })).default([]),
  strategies: z.array(LinkRecord(StrategyId)).default([]),
  focusAreas: z.array(LinkRecord(FocusAreaId)).default([]),
  sources,
});
export type AssignmentRecord = z.infer<typeof AssignmentRecord>;

export const AppropriationRecord = z.strictObject({
  id: AppropriationId,
  code: z.string().min(2),
  name: z.string().min(2),
  sources,
});

// Money passed on: this flow is (part of) the named incoming flow, which reached this flow's payer.
// The quote says so; the loader checks that the money meets itself (same year, payer = recipient).
export const FlowLinkRecord = z.strictObject({ id: FlowId, sources });
export type FlowLinkRecord = z.infer<typeof FlowLinkRecord>;

export const AMOUNT_BASES = ['PER_YEAR', 'TOTAL'] as const;
export const LEVEL_BASES = ['LEVEL', 'INCREASE'] as const;

export const FundingFlowRecord = z
  .strictObject({
    id: FlowId,
    fromId: AgencyId.nullable().default(null),
    toId: AgencyId,
    amountSek: z.number().int().nonnegative().nullable().default(null),
    qualifier: z.enum(QUALIFIERS),
    stage: z.enum(STAGES),
    year: z.number().int().min(1990).max(2100),
    appropriationId: AppropriationId.nullable().default(null),
    paidViaId: AgencyId.nullable().default(null),
    assignmentId: AssignmentId.nullable().default(null),
    strategyId: StrategyId.nullable().default(null),
    note: z.string().nullable().default(null),
    // The period the amount covers. A closed "X per år 2021–2023" is one record per year (yearTo
    // left out = the same year); "X per år från 2021" is one record with openEnded (no end year is
    // invented); one sum over several years is one record with amountBasis TOTAL and yearTo.
    yearTo: z.number().int().min(1990).max(2100).nullable().default(null),
    openEnded: z.boolean().default(false),
    amountBasis: z.enum(AMOUNT_BASES).default('PER_YEAR'),
    // LEVEL: the whole yearly amount; INCREASE: an addition on an earlier level (a tillskott).
    basis: z.enum(LEVEL_BASES).default('LEVEL'),
    // The incoming flow(s) this flow passes on (fundedBy); the reverse (passedOnAs) is derived.
    fundedBy: z.array(FlowLinkRecord).default([]),
    // A part stated apart from its whole (an agency's share of a larger sum): listed, never summed twice.
    partOf: FlowLinkRecord.nullable().default(null),
    // Where the documents say the onward money exceeds what came in: the quote, and the flow is flagged.
    exceedsIncoming: z.array(SourceRecord).default([]),
    sources,
  })
  .refine((f) => (f.qualifier === 'UNSPECIFIED') === (f.amountSek === null), {
    message: 'amountSek must be null exactly when qualifier is UNSPECIFIED',
    path: ['amountSek'],
  })
  .refine((f) => !(f.openEnded && f.yearTo !== null), { message: 'an open-ended flow has no yearTo', path: ['yearTo'] })
  .refine((f) => f.yearTo === null || f.yearTo >= f.year, { message: 'yearTo is before year', path: ['yearTo'] })
  .refine((f) => !(f.amountBasis === 'PER_YEAR' && f.yearTo !== null && f.yearTo > f.year), {
    message: 'a yearly amount over a closed period is one flow per year: leave yearTo out, or use amountBasis TOTAL',
    path: ['yearTo'],
  })
  .refine((f) => !(f.amountBasis === 'TOTAL' && !f.openEnded && (f.yearTo === null || f.yearTo === f.year)), {
    message: 'a TOTAL over a period needs a yearTo after year (or openEnded where the documents give no end)',
    path: ['amountBasis'],
  });
export type FundingFlowRecord = z.infer<typeof FundingFlowRecord>;

// A body taking over another's task or money: kept as an edge so history is not rewritten.
export const SuccessionRecord = z.strictObject({
  predecessorId: AgencyId,
  successorId: AgencyId,
  date: isoDate.nullable().default(null),
  note: z.string().nullable().default(null),
  sources,
});

export const SeedFile = z.strictObject({
  document: DocumentRecord,
  agencies: z.array(AgencyRecord).default([]),
  strategies: z.array(StrategyRecord).default([]),
  focusAreas: z.array(FocusAreaRecord).default([]),
  assignments: z.array(AssignmentRecord).default([]),
  appropriations: z.array(AppropriationRecord).default([]),
  fundingFlows: z.array(FundingFlowRecord).default([]),
  successions: z.array(SuccessionRecord).default([]),
});
export type SeedFile = z.infer<typeof SeedFile>;
