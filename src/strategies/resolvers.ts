// Strategies and focus areas: hierarchy, focus areas, assignments (keyset, including children by
// default), participating agencies and funding, batched per level.
import { withStages } from '../funding/stages.js';
import { decodeCursor, parseFirst, toConnection } from '../graphql/args.js';
import type { Ctx, Loaders } from '../graphql/context.js';
import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import type { Props } from '../graphql/entities.js';
import { manyLoader, oneLoader, requiredLoader } from '../graphql/relations.js';
import { byId, nodeSources } from '../nodes/resolvers.js';
import { assignmentCursor } from '../assignments/resolvers.js';

const batchById =
  (load: (ctx: Ctx, ids: string[]) => Promise<[string, Props[]][]>) => async (queries: { obj: Props }[], ctx: Ctx) => {
    const byId = new Map(await load(ctx, [...new Set(queries.map((q) => q.obj.id))]));
    return queries.map((q) => byId.get(q.obj.id) ?? []);
  };

export const resolvers: Resolvers = {
  Query: {
    strategy: byId('Strategy'),
    strategies: async (_, args, ctx) =>
      (await ctx.db.read('strategies/list', { kind: args.kind ?? null })).map((r) => r.node as Props),
  },
};

export const loaders: Loaders = {
  Strategy: {
    sources: nodeSources,
    owner: oneLoader('owner'),
    parent: oneLoader('parentStrategy'),
    children: manyLoader('childStrategies'),
    focusAreas: manyLoader('strategyFocusAreas'),
    agencies: batchById(async (ctx, ids) =>
      (await ctx.db.read('strategies/agencies-of', { ids })).map((r) => [r.id, r.agencies]),
    ),
    funding: withStages(
      batchById(async (ctx, ids) => (await ctx.db.read('strategies/funding-of', { ids })).map((r) => [r.id, r.flows])),
    ),
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
      const byKey = new Map(rows.map((r) => [r.key, r]));
      return items.map((i) => {
        const r = byKey.get(i.key);
        return toConnection(r?.totalCount ?? 0, r?.page ?? [], i.first, assignmentCursor);
      });
    },
  },
  FocusArea: {
    sources: nodeSources,
    strategy: requiredLoader('focusAreaStrategy'),
    assignments: batchById(async (ctx, ids) =>
      (await ctx.db.read('strategies/focus-area-assignments', { ids })).map((r) => [r.id, r.assignments]),
    ),
  },
};
