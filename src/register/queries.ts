// Parameters and rows of cypher/register/*.cypher (see src/neo4j/query-def.ts).
import { z } from 'zod';
import { ASSIGNMENT_ROLES, MINISTRY_LINK_TIMES } from '../graphql/enums.js';
import { idsParam, readQuery } from '../neo4j/query-def.js';
import { AgencyRow, AssignmentRow } from '../neo4j/rows.js';

const id = z.string();
const int = z.number().int();

export const registerQueries = {
  'register/after-closure': readQuery(
    z.object({ agencyIds: z.array(id).nullable() }),
    z.object({
      agency: AgencyRow,
      // The query keeps only assignments with a decision date.
      assignment: AssignmentRow.extend({ decided: z.string() }),
      role: z.enum(ASSIGNMENT_ROLES),
      successors: z.array(AgencyRow),
    }),
  ),
  'register/ministry-collaboration': readQuery(
    z.object({ strategyId: id.nullable(), perStrategy: z.boolean() }),
    z.object({
      ministryA: AgencyRow,
      ministryB: AgencyRow,
      strategyId: id.nullable(),
      assignmentCount: int,
      agencyPairCount: int,
      assignments: z.array(AssignmentRow),
    }),
  ),
  'register/ministry-funding': readQuery(
    z.object({ stages: z.array(z.string()), year: int.nullable(), strategyId: id.nullable() }),
    z.object({
      ministry: AgencyRow.nullable(),
      totalSek: z.number(),
      flowCount: int,
      unspecifiedCount: int,
      recipientCount: int,
    }),
  ),
  'register/ministry-of': readQuery(
    idsParam,
    z.object({
      id,
      ministry: AgencyRow,
      holds: z.enum(MINISTRY_LINK_TIMES),
      asOf: z.string().nullable(),
      record: z.string(),
      registers: z.array(z.string()),
    }),
  ),
};
