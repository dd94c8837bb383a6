// Parameters and rows of cypher/search/*.cypher (see src/neo4j/query-def.ts).
import { z } from 'zod';
import { readQuery } from '../neo4j/query-def.js';
import { EntityNode } from '../neo4j/rows.js';

export const searchQueries = {
  'search/fulltext': readQuery(
    z.object({
      query: z.string(),
      candidates: z.number().int(),
      labels: z.array(z.string()),
      exact: z.string(),
      brief: z.boolean(),
    }),
    z.object({
      hits: z.array(z.object({ node: EntityNode, score: z.number() })),
      exact: z.array(EntityNode),
      prefixed: z.array(EntityNode),
    }),
  ),
};
