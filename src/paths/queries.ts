// Parameters and rows of cypher/paths/*.cypher (see src/neo4j/query-def.ts).
import { z } from 'zod';
import { ASSIGNMENT_ROLES } from '../graphql/enums.js';
import { readQuery } from '../neo4j/query-def.js';
import { EntityNode, relSources } from '../neo4j/rows.js';

export const pathQueries = {
  'paths/all-shortest': readQuery(
    z.object({
      fromId: z.string(),
      toId: z.string(),
      strategyId: z.string().nullable(),
      roles: z.array(z.string()),
      includeGroups: z.boolean(),
      asOf: z.string().nullable(),
      maxHops: z.number().int(),
      limit: z.number().int(),
      briefAgencies: z.boolean(),
      briefAssignments: z.boolean(),
      withSources: z.boolean(),
    }),
    z.object({ nodes: z.array(EntityNode), roles: z.array(z.enum(ASSIGNMENT_ROLES)), rels: z.array(relSources) }),
  ),
};
