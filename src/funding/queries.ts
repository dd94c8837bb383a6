// Parameters and rows of cypher/funding/*.cypher (see src/neo4j/query-def.ts).
import { z } from 'zod';
import { AGENCY_KINDS, AMOUNT_LEVELS, AMOUNT_QUALIFIERS, FUNDING_STAGES } from '../graphql/enums.js';
import { cursorKey, idsParam, readQuery } from '../neo4j/query-def.js';
import { AgencyListRow, FundingFlowRow, fundingFlowRowWith, sourceLists } from '../neo4j/rows.js';

const id = z.string();
const maybe = <T extends z.ZodType>(t: T) => t.nullable();
const int = z.number().int();
const link = z.object({ flow: FundingFlowRow, ...sourceLists });
const ids = z.array(id);

export const FundingGroupRow = z.object({
  year: maybe(int),
  payerId: maybe(id),
  recipientId: maybe(id),
  recipientKind: maybe(z.enum(AGENCY_KINDS)),
  strategyId: maybe(id),
  appropriationId: maybe(id),
  stage: maybe(z.enum(FUNDING_STAGES)),
  qualifier: maybe(z.enum(AMOUNT_QUALIFIERS)),
  basis: maybe(z.enum(AMOUNT_LEVELS)),
  byQualifier: z.array(z.object({ qualifier: z.enum(AMOUNT_QUALIFIERS), totalSek: z.number(), flowCount: int })),
  totalSek: z.number(),
  flowCount: int,
  unspecifiedCount: int,
  repeatCount: int,
  openEndedCount: int,
});

export const fundingQueries = {
  'funding/aggregate': readQuery(
    z.object({
      stages: z.array(z.string()),
      qualifiers: maybe(z.array(z.string())),
      bases: maybe(z.array(z.string())),
      toId: maybe(id),
      recipientKinds: maybe(z.array(z.string())),
      fromId: maybe(id),
      assignmentId: maybe(id),
      appropriationId: maybe(id),
      strategyId: maybe(id),
      year: maybe(int),
      yearFrom: maybe(int),
      yearTo: maybe(int),
      groupBy: z.array(z.string()),
      afterYear: cursorKey,
      afterId: maybe(id),
      limit: int,
    }),
    z.object({ totalCount: int, groups: z.array(FundingGroupRow), page: z.array(FundingFlowRow) }),
  ),
  'funding/links-of': readQuery(
    idsParam,
    z.object({ id, fundedBy: z.array(link), passedOnAs: z.array(link), partOf: z.array(link), parts: z.array(link) }),
  ),
  'funding/reconcile': readQuery(
    z.object({ agencyId: maybe(id), year: int, stages: z.array(z.string()) }),
    z.object({
      agencyId: id,
      distributes: z.boolean(),
      incoming: z.array(fundingFlowRowWith({ wholeIds: ids, onward: ids })),
      outgoing: z.array(fundingFlowRowWith({ sourceIds: ids, wholeIds: ids })),
      paidVia: z.array(FundingFlowRow),
    }),
  ),
  'funding/trace': readQuery(
    z.object({
      fromId: id,
      year: maybe(int),
      maxDepth: int,
      stages: z.array(z.string()),
      linkSources: z.boolean(),
      briefTo: z.boolean(),
    }),
    z.object({
      flow: FundingFlowRow,
      depth: int,
      viaId: maybe(id),
      link: maybe(z.object(sourceLists)),
      wholeIds: ids,
      // The flow's recipient, retired ones too, so FundingFlow.to needs no round trip.
      to: AgencyListRow.nullable(),
    }),
  ),
};
