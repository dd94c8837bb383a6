// Parameters and rows of the operational queries: cypher/backup, cypher/health and the migration
// bookkeeping in cypher/migrations (see src/neo4j/query-def.ts).
import { z } from 'zod';
import { noParams, noRow, readQuery, writeQuery } from './query-def.js';

const props = z.record(z.string(), z.unknown());
const int = z.number().int();

export const operationalQueries = {
  'backup/counts': readQuery(noParams, z.object({ nodes: int, relationships: int })),
  'backup/nodes': readQuery(noParams, z.object({ key: z.string(), labels: z.array(z.string()), props })),
  'backup/relationships': readQuery(noParams, z.object({ type: z.string(), from: z.string(), to: z.string(), props })),
  'backup/create-nodes': writeQuery(
    z.object({ rows: z.array(z.object({ key: z.string(), labels: z.array(z.string()), props })) }),
    z.object({ key: z.string(), id: z.string() }),
  ),
  'backup/create-relationships': writeQuery(
    z.object({ rows: z.array(z.object({ type: z.string(), from: z.string(), to: z.string(), props })) }),
    noRow,
  ),
  'backup/wipe': writeQuery(noParams, noRow),
  'health/ping': readQuery(noParams, z.object({ ok: int })),
  'health/graph-version': readQuery(noParams, z.object({ version: int })),
  'migrations/applied': readQuery(noParams, z.object({ name: z.string(), checksum: z.string() })),
  'migrations/record': writeQuery(z.object({ name: z.string(), checksum: z.string() }), noRow),
  // The derived-properties backfill (src/neo4j/migrate.ts): stored fields in, differing values out.
  'migrations/derived-sources': readQuery(
    noParams,
    z.object({ id: z.string(), label: z.enum(['Agency', 'Strategy', 'FocusArea', 'Assignment']), props }),
  ),
  'migrations/derived-set': writeQuery(z.object({ rows: z.array(z.object({ id: z.string(), props })) }), noRow),
};
