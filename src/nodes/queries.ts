// Parameters and rows of cypher/entities/*.cypher (see src/neo4j/query-def.ts).
import { z } from 'zod';
import { idsParam, readQuery } from '../neo4j/query-def.js';
import { DocumentNode, EntityNode, sourceLists } from '../neo4j/rows.js';

const related = readQuery(
  z.object({ ids: z.array(z.string()), relType: z.string(), targetLabel: z.string(), withRetired: z.boolean() }),
  z.object({ id: z.string(), nodes: z.array(EntityNode) }),
);

export const entityQueries = {
  'entities/by-ids': readQuery(idsParam, z.object({ node: EntityNode })),
  'entities/by-alias': readQuery(idsParam, z.object({ alias: z.string(), node: EntityNode })),
  'entities/documents': readQuery(z.object({}), z.object({ node: DocumentNode })),
  'entities/related-in': related,
  'entities/related-out': related,
  'entities/sources': readQuery(
    idsParam,
    z.object({
      id: z.string(),
      ...sourceLists,
      exceedsSourceDocs: z.array(z.string()).nullable(),
      exceedsSourceQuotes: z.array(z.string()).nullable(),
    }),
  ),
};
