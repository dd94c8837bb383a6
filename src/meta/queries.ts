// Parameters and rows of cypher/meta/*.cypher (see src/neo4j/query-def.ts).
import { z } from 'zod';
import { noParams, readQuery } from '../neo4j/query-def.js';

export const metaQueries = {
  'meta/data-version': readQuery(
    noParams,
    z.object({
      seedChecksum: z.string().nullable(),
      importedAt: z.string().nullable(),
      graphVersion: z.number().int(),
      editsSinceImport: z.number().int(),
      lastEditAt: z.string().nullable(),
    }),
  ),
};
