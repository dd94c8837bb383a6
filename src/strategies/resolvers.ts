// Strategies and focus areas: hierarchy, focus areas, assignments (keyset, including children by
// default), participating agencies and funding, batched per level.
import { withStages } from '../funding/stages.js';
import { decodeCursor, parseFirst, toConnection } from '../graphql/args.js';
import type { Ctx, Loaders } from '../graphql/context.js';
import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import type { Props } from '../graphql/entities.js';
import { manyLoader, oneLoader, requiredLoader } from '../graphql/relations.js';
import { byId, sources } from '../nodes/resolvers.js';
import { assignmentCursor } from '../assignments/resolvers.js';

const batchById = (query: string, field: string) => async (queries: { obj: Props }[], ctx: Ctx) => {
  const rows = await ctx.db.read(query, { ids: [...new Set(queries.map((q) => q.obj.id))] });
  const byId = new Map(rows.map((r) => [r.id as string, r[field] as Props[]]));
  return queries.map((q) => byId.get(q.obj.id) ?? []);
};

export const resolvers: Resolvers = {
  Query: {
    strategy: byId('Strategy'),
    strategies: async (_, args, ctx) =>
      (await ctx.db.read('strategies/list', { kind: args.kind ?? null })).map((r) => r.node as Props),
  },
  Strategy: { sources },
  FocusArea: { sources },
};

export const loaders: Loaders = {
  Strategy: {
    owner: oneLoader('owner'),
    parent: oneLoader('parentStrategy'),
    children: manyLoader('childStrategies'),
    focusAreas: manyLoader('strategyFocusAreas'),
    agencies: batchById('strategies/agencies-of', 'agencies'),
    funding: withStages(batchById('strategies/funding-of', 'flows')),
    assignments: async (queries, ctx) => {
      const items = queries.map((q, key) => {
        const first = parseFirst(q.params.first);
        const after = decodeCursor('assignment', q.params.after);
        return {
          key,
          strategyId: q.obj.id,
          includeChildren: q.params.includeChildren !== false,
          afterKey: after?.key ?? null,
          afterId: after?.id ?? null,
          limit: first + 1,
          first,
        };
      });
      const rows = await ctx.db.read('strategies/assignments-of', { items });
      const byKey = new Map(rows.map((r) => [r.key as number, r]));
      return items.map((i) => {
        const r = byKey.get(i.key);
        return toConnection((r?.totalCount as number) ?? 0, (r?.page as Props[]) ?? [], i.first, assignmentCursor);
      });
    },
  },
  FocusArea: {
    strategy: requiredLoader('focusAreaStrategy'),
    assignments: batchById('strategies/focus-area-assignments', 'assignments'),
  },
};
