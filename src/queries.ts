// The query registry: every named Cypher file (cypher/<area>/<name>.cypher, migrations in
// cypher/schema aside) with its parameter and row schemas, declared beside the area that uses it.
// The executor's read/write/run are generic over these names (src/neo4j/executor.ts).
import type { z } from 'zod';
import { agencyQueries } from './agencies/queries.js';
import { assignmentQueries } from './assignments/queries.js';
import { editQueries } from './edits/queries.js';
import { exportQueries } from './export/queries.js';
import { fundingQueries } from './funding/queries.js';
import { metaQueries } from './meta/queries.js';
import type { QueryDef } from './neo4j/query-def.js';
import { operationalQueries } from './neo4j/queries.js';
import { entityQueries } from './nodes/queries.js';
import { pathQueries } from './paths/queries.js';
import { registerQueries } from './register/queries.js';
import { searchQueries } from './search/queries.js';
import { seedQueries } from './seed/queries.js';
import { strategyQueries } from './strategies/queries.js';

export const QUERIES = {
  ...agencyQueries,
  ...assignmentQueries,
  ...editQueries,
  ...entityQueries,
  ...exportQueries,
  ...fundingQueries,
  ...metaQueries,
  ...operationalQueries,
  ...pathQueries,
  ...registerQueries,
  ...searchQueries,
  ...seedQueries,
  ...strategyQueries,
} satisfies Record<string, QueryDef>;

type Registry = typeof QUERIES;
export type QueryName = keyof Registry;
export type ReadQueryName = { [N in QueryName]: Registry[N]['mode'] extends 'read' ? N : never }[QueryName];
export type WriteQueryName = Exclude<QueryName, ReadQueryName>;
export type ParamsOf<N extends QueryName> = z.input<Registry[N]['params']>;
export type RowOf<N extends QueryName> = z.output<Registry[N]['row']>;
// Queries without parameters may be called without them.
export type ParamArgs<N extends QueryName> =
  Record<string, never> extends ParamsOf<N> ? [params?: ParamsOf<N>] : [params: ParamsOf<N>];
// One statement of a multi-statement write (Executor.writeAll).
export type Step = { [N in QueryName]: { name: N; params: ParamsOf<N> } }[QueryName];
// A statement inside a managed write transaction (Executor.writeTransaction).
export type Run = <N extends QueryName>(name: N, ...params: ParamArgs<N>) => Promise<RowOf<N>[]>;
