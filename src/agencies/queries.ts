// Parameters and rows of cypher/agencies/*.cypher (see src/neo4j/query-def.ts).
import { z } from 'zod';
import { cursorKey, idsParam, readQuery } from '../neo4j/query-def.js';
import { AgencyListRow, AgencyRow, AssignmentListRow, FundingFlowRow, sourceLists } from '../neo4j/rows.js';
import { PageShapeParams, ParticipantRow } from '../assignments/queries.js';

const id = z.string();
const maybe = <T extends z.ZodType>(t: T) => t.nullable();
const keyed = { key: z.number().int() };

export const agencyQueries = {
  'agencies/list': readQuery(
    z.object({
      kinds: maybe(z.array(z.string())),
      nameContains: maybe(z.string()),
      strategyId: maybe(id),
      ministryId: maybe(id),
      orgNr: maybe(z.string()),
      hasAssignment: maybe(z.boolean()),
      existedOn: maybe(z.string()),
      afterKey: cursorKey,
      afterId: maybe(id),
      limit: z.number().int(),
      withCount: z.boolean(),
      brief: z.boolean(),
    }),
    z.object({ totalCount: z.number().int().nullable(), page: z.array(AgencyListRow) }),
  ),
  'agencies/assignments-of': readQuery(
    z.object({
      items: z.array(
        z.object({
          ...keyed,
          agencyId: id,
          role: maybe(z.string()),
          afterKey: cursorKey,
          afterId: maybe(id),
          limit: z.number().int(),
        }),
      ),
      ...PageShapeParams.shape,
      withAgency: z.boolean(),
    }),
    z.object({
      ...keyed,
      // Null unless $withAgency (and the agency exists).
      agency: AgencyRow.nullable(),
      totalCount: z.number().int(),
      page: z.array(AssignmentListRow),
      // Empty unless $withParticipants.
      prefetched: z.array(z.object({ id, participants: z.array(ParticipantRow) })),
    }),
  ),
  'agencies/collaborators': readQuery(
    z.object({
      items: z.array(
        z.object({
          ...keyed,
          agencyId: id,
          strategyId: maybe(id),
          limit: z.number().int(),
          includeGroups: z.boolean(),
        }),
      ),
      briefAgencies: z.boolean(),
      briefAssignments: z.boolean(),
      withAgency: z.boolean(),
    }),
    z.object({
      ...keyed,
      agency: AgencyRow.nullable(),
      collaborators: z.array(
        z.object({ agency: AgencyListRow, assignments: z.array(AssignmentListRow), strength: z.number().int() }),
      ),
    }),
  ),
  'agencies/funding-of': readQuery(
    z.object({
      items: z.array(z.object({ ...keyed, agencyId: id, year: maybe(z.number().int()), stages: z.array(z.string()) })),
      relType: z.enum(['TO', 'FROM']),
    }),
    z.object({ ...keyed, flows: z.array(FundingFlowRow) }),
  ),
  'agencies/memberships': readQuery(
    idsParam,
    z.object({
      id,
      memberOf: z.array(z.object({ agency: AgencyRow, reason: z.string().nullable(), ...sourceLists })),
      members: z.array(z.object({ agency: AgencyRow, reason: z.string().nullable(), ...sourceLists })),
    }),
  ),
  'agencies/successions': readQuery(
    idsParam,
    z.object({
      id,
      successions: z.array(
        z.object({
          predecessorId: id,
          successorId: id,
          date: z.string().nullable(),
          note: z.string().nullable(),
          basis: z.string(),
          registerRecord: z.string().nullable(),
          registers: z.array(z.string()).nullable(),
          referenceUrl: z.string().nullable(),
          referencePublisher: z.string().nullable(),
          referenceExcerpt: z.string().nullable(),
          ...sourceLists,
        }),
      ),
    }),
  ),
};
