// Parameters and rows of cypher/seed/*.cypher (see src/neo4j/query-def.ts). The import batches
// take rows built by src/seed/import.ts from zod-checked seed records; their shape is that
// module's, so here they are plain property maps.
import { z } from 'zod';
import { idsParam, noParams, noRow, readQuery, writeQuery } from '../neo4j/query-def.js';

const batch = writeQuery(z.object({ rows: z.array(z.record(z.string(), z.unknown())) }), noRow);
const int = z.number().int();
const strs = z.array(z.string());

export const SEED_BATCHES = [
  'seed/02-documents',
  'seed/03-agencies',
  'seed/04-document-publishers',
  'seed/05-strategies',
  'seed/06-strategy-parents',
  'seed/07-focus-areas',
  'seed/08-assignments',
  'seed/08a-possibly-same-as',
  'seed/08b-agency-memberships',
  'seed/09-participants',
  'seed/10-assignment-links',
  'seed/11-appropriations',
  'seed/12-funding-flows',
  'seed/12a-flow-links',
  'seed/12b-flow-parts',
  'seed/13-successions',
  'seed/13a-register-clear',
  'seed/13b-register-agencies',
  'seed/13c-register-ministries',
  'seed/13d-ministry-links',
  'seed/13e-register-successions',
] as const;
export type SeedBatchName = (typeof SEED_BATCHES)[number];

export const seedQueries = {
  ...(Object.fromEntries(SEED_BATCHES.map((n) => [n, batch])) as Record<SeedBatchName, typeof batch>),
  'seed/01-prune': writeQuery(z.object({ keepIds: strs }), noRow),
  'seed/14-record-import': writeQuery(z.object({ checksum: z.string().nullable() }), noRow),
  'seed/counts': readQuery(
    noParams,
    z.object({ nodes: int, relationships: int, agencies: int, assignments: int, fundingFlows: int }),
  ),
  'seed/last-import': readQuery(noParams, z.object({ checksum: z.string().nullable() })),
  'seed/edits-before': readQuery(
    z.object({ keepIds: strs }),
    z.object({
      id: z.string(),
      pairs: z.array(z.tuple([z.string(), z.unknown()])),
      rels: strs,
      editBase: z.string().nullable(),
      droppedBySeeds: z.boolean(),
    }),
  ),
  'seed/edits-current': readQuery(idsParam, z.object({ id: z.string(), props: z.record(z.string(), z.unknown()) })),
  'seed/edits-apply': writeQuery(
    z.object({ rows: z.array(z.object({ id: z.string(), props: z.record(z.string(), z.unknown()), rels: strs })) }),
    z.object({ applied: int }),
  ),
  'seed/record-import-change': writeQuery(
    z.object({
      changeId: z.string(),
      at: z.string(),
      keyId: z.string(),
      requestId: z.string().nullable(),
      before: z.string(),
      after: z.string(),
    }),
    noRow,
  ),
};
