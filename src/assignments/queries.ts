// Parameters and rows of cypher/assignments/*.cypher (see src/neo4j/query-def.ts).
import { z } from 'zod';
import { ASSIGNMENT_ROLES } from '../graphql/enums.js';
import { cursorKey, idsParam, readQuery } from '../neo4j/query-def.js';
import { AgencyListRow, AssignmentListRow, AssignmentRow, sourceLists } from '../neo4j/rows.js';

const id = z.string();
const maybe = <T extends z.ZodType>(t: T) => t.nullable();

export const ParticipantRow = z.object({ agency: AgencyListRow, role: z.enum(ASSIGNMENT_ROLES), ...sourceLists });

// What a page of assignments fetches besides the page (pageShape in ./resolvers.ts decides it from
// the selection): shared by assignments/list and agencies/assignments-of.
export const PageShapeParams = z.object({
  withParticipants: z.boolean(),
  participantSources: z.boolean(),
  briefPage: z.boolean(),
  briefAgencies: z.boolean(),
});

export const assignmentQueries = {
  'assignments/list': readQuery(
    z.object({
      text: maybe(z.string()),
      strategyId: maybe(id),
      agencyId: maybe(id),
      role: maybe(z.string()),
      focusAreaId: maybe(id),
      issuedById: maybe(id),
      diaryNumber: maybe(z.string()),
      dueAfter: maybe(z.string()),
      dueBefore: maybe(z.string()),
      kinds: maybe(z.array(z.string())),
      status: maybe(z.string()),
      asOf: z.string(),
      afterKey: cursorKey,
      afterId: maybe(id),
      limit: z.number().int(),
      ...PageShapeParams.shape,
    }),
    z.object({
      totalCount: z.number().int(),
      page: z.array(AssignmentListRow),
      prefetched: z.array(z.object({ id, participants: z.array(ParticipantRow) })),
    }),
  ),
  'assignments/participants-of': readQuery(idsParam, z.object({ id, participants: z.array(ParticipantRow) })),
  'assignments/possibly-same-as': readQuery(
    idsParam,
    z.object({
      id,
      links: z.array(z.object({ assignment: AssignmentRow, reason: z.string().nullable(), ...sourceLists })),
    }),
  ),
};
