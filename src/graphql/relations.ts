// Batch loading of plain graph relations. The relationship types and labels allowed here are a
// closed list: they are the only ones a query parameter may name, and no request can add one.
import type { Executor } from '../neo4j/executor.js';
import type { Props } from './entities.js';

export const RELATIONS = {
  issuedBy: { rel: 'ISSUED_BY', label: 'Agency', dir: 'out' },
  owner: { rel: 'OWNED_BY', label: 'Agency', dir: 'out' },
  parentStrategy: { rel: 'PART_OF', label: 'Strategy', dir: 'out' },
  childStrategies: { rel: 'PART_OF', label: 'Strategy', dir: 'in' },
  strategyFocusAreas: { rel: 'PART_OF', label: 'FocusArea', dir: 'in' },
  focusAreaStrategy: { rel: 'PART_OF', label: 'Strategy', dir: 'out' },
  publisher: { rel: 'PUBLISHED_BY', label: 'Agency', dir: 'out' },
  assignmentStrategies: { rel: 'SERVES', label: 'Strategy', dir: 'out' },
  assignmentFocusAreas: { rel: 'IN_FOCUS_AREA', label: 'FocusArea', dir: 'out' },
  assignmentFunding: { rel: 'FINANCES', label: 'FundingFlow', dir: 'in' },
  flowFrom: { rel: 'FROM', label: 'Agency', dir: 'out' },
  flowTo: { rel: 'TO', label: 'Agency', dir: 'out' },
  flowPaidVia: { rel: 'PAID_VIA', label: 'Agency', dir: 'out' },
  flowAppropriation: { rel: 'UNDER_APPROPRIATION', label: 'Appropriation', dir: 'out' },
  flowAssignment: { rel: 'FINANCES', label: 'Assignment', dir: 'out' },
  flowStrategy: { rel: 'FINANCES', label: 'Strategy', dir: 'out' },
} as const;

export type RelationName = keyof typeof RELATIONS;

export async function loadRelated(
  db: Executor,
  relation: RelationName,
  ids: string[],
  withRetired = false,
): Promise<Map<string, Props[]>> {
  const { rel, label, dir } = RELATIONS[relation];
  const unique = [...new Set(ids)];
  const rows = await db.read(dir === 'out' ? 'entities/related-out' : 'entities/related-in', {
    ids: unique,
    relType: rel,
    targetLabel: label,
    withRetired,
  });
  return new Map(rows.map((r) => [r.id, r.nodes]));
}

export async function loadByIds(db: Executor, ids: string[]): Promise<Map<string, Props>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.read('entities/by-ids', { ids: unique });
  const found = new Map<string, Props>(rows.map((r) => [r.node.id, r.node]));
  // An id retired by a merge still finds the merged entity (cypher/schema/007-aliases.cypher);
  // asked only for misses, so known ids cost nothing more.
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length > 0)
    for (const r of await db.read('entities/by-alias', { ids: missing })) found.set(r.alias, r.node);
  return found;
}

// Mercurius loader factories: one Cypher round trip per field per level, whatever the fan-out.
export const manyLoader = (relation: RelationName) => async (queries: { obj: Props }[], ctx: { db: Executor }) => {
  const map = await loadRelated(
    ctx.db,
    relation,
    queries.map((q) => q.obj.id),
  );
  return queries.map((q) => map.get(q.obj.id) ?? []);
};

// A query that already fetched a parent's neighbour (funding/trace brings each flow's recipient)
// leaves it (or null) on the parent under this key; the loader asks the database only for the rest.
export const prefetchedKey = (relation: RelationName) => `__${relation}`;

export const oneLoader = (relation: RelationName, withRetired = false) => {
  const key = prefetchedKey(relation);
  // A parent that came with its neighbour is answered at once (src/graphql/batch.ts).
  const answered = (obj: Props) => (key in obj ? ((obj[key] as Props | null) ?? null) : undefined);
  return Object.assign(
    async (queries: { obj: Props }[], ctx: { db: Executor }) => {
      const missing = queries.filter((q) => !(key in q.obj)).map((q) => q.obj.id);
      const map =
        missing.length > 0 ? await loadRelated(ctx.db, relation, missing, withRetired) : new Map<string, Props[]>();
      return queries.map((q) => answered(q.obj) ?? map.get(q.obj.id)?.[0] ?? null);
    },
    { answered },
  );
};

// For a non-null field (FundingFlow.to, FocusArea.strategy), whose target the data always has:
// a retired target is still answered (retired: true), as a lookup by id would.
export const requiredLoader = (relation: RelationName) =>
  oneLoader(relation, true) as (queries: { obj: Props }[], ctx: { db: Executor }) => Promise<Props[]>;
