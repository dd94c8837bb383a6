// Agencies: lookup, filtered keyset list, and per-agency assignments, collaborators and funding,
// each batched across all agencies of a level by a mercurius loader.
import type { IResolvers } from 'mercurius';
import { stagesOrDefault } from '../funding/stages.js';
import {
  decodeCursor,
  encodeCursor,
  parseFirst,
  parseId,
  parseText,
  parseYear,
  toConnection,
} from '../graphql/args.js';
import type { Ctx } from '../graphql/context.js';
import { requireEntities } from '../graphql/exists.js';
import type { Props } from '../graphql/entities.js';
import { fold } from '../domain/text.js';
import { loadByIds } from '../graphql/relations.js';
import { byId, sources } from '../nodes/resolvers.js';
import { assignmentCursor, withPrefetchedParticipants, type Prefetched } from '../assignments/resolvers.js';
import { selectsPath } from '../graphql/lookahead.js';
import type { GraphQLResolveInfo } from 'graphql';
import { registerFilter } from '../register/resolvers.js';

export const agencyCursor = (a: Props) => encodeCursor('agency', a.sortName as string, a.id);

interface AgencyFilterArg {
  kind?: string[] | null;
  nameContains?: string | null;
  strategyId?: string | null;
  ministryId?: string | null;
  orgNr?: string | null;
  hasAssignment?: boolean | null;
  existedOn?: string | null;
}

export const resolvers: IResolvers = {
  Query: {
    agency: byId('Agency'),
    agencies: async (
      _: unknown,
      args: { filter?: AgencyFilterArg | null; first?: number | null; after?: string | null },
      ctx: Ctx,
    ) => {
      const limit = parseFirst(args.first);
      const after = decodeCursor('agency', args.after);
      const f = args.filter ?? {};
      const name = parseText(f.nameContains, 'filter.nameContains');
      const [row] = await ctx.db.read('agencies/list', {
        kinds: f.kind && f.kind.length > 0 ? f.kind : null,
        nameContains: name === null ? null : fold(name),
        strategyId: f.strategyId ? parseId(f.strategyId, 'filter.strategyId') : null,
        ...registerFilter(f),
        afterKey: after?.key ?? null,
        afterId: after?.id ?? null,
        limit: limit + 1,
      });
      if ((row!.totalCount as number) === 0)
        await requireEntities(ctx.db, [{ id: f.strategyId, arg: 'filter.strategyId', type: 'Strategy' }]);
      return toConnection(row!.totalCount as number, row!.page as Props[], limit, agencyCursor);
    },
  },
  Agency: { sources, isGroup: (a: Props) => a.isGroup === true },
  Membership: { sources },
  Succession: {
    sources,
  },
};

// `info` is set by the batcher (src/graphql/batch.ts); a loader may look ahead with it.
type Q<P> = { obj: Props; params: P; info?: GraphQLResolveInfo }[];

export const loaders = {
  Agency: {
    assignments: async (
      queries: Q<{ role?: string | null; first?: number | null; after?: string | null }>,
      ctx: Ctx,
    ) => {
      const items = queries.map((q, key) => {
        const limit = parseFirst(q.params.first);
        const after = decodeCursor('assignment', q.params.after);
        return {
          key,
          agencyId: q.obj.id,
          role: q.params.role ?? null,
          afterKey: after?.key ?? null,
          afterId: after?.id ?? null,
          limit: limit + 1,
          first: limit,
        };
      });
      // The batcher (src/graphql/batch.ts) hands each call its info: when the selection asks for
      // the page's participants, the same query brings them (3 → 2 round trips for a lookup).
      const withParticipants = queries.some(
        (q) => q.info !== undefined && selectsPath(q.info, ['edges', 'node', 'participants']),
      );
      const rows = await ctx.db.read('agencies/assignments-of', { items, withParticipants });
      const byKey = new Map(rows.map((r) => [r.key as number, r]));
      return items.map((item) => {
        const r = byKey.get(item.key);
        const page = withPrefetchedParticipants((r?.page as Props[]) ?? [], (r?.prefetched as Prefetched[]) ?? []);
        return toConnection((r?.totalCount as number) ?? 0, page, item.first, assignmentCursor);
      });
    },
    collaborators: async (
      queries: Q<{ strategyId?: string | null; first?: number | null; includeGroups?: boolean | null }>,
      ctx: Ctx,
    ) => {
      const items = queries.map((q, key) => ({
        key,
        agencyId: q.obj.id,
        strategyId: q.params.strategyId ? parseId(q.params.strategyId, 'strategyId') : null,
        limit: parseFirst(q.params.first),
        includeGroups: q.params.includeGroups === true,
      }));
      const rows = await ctx.db.read('agencies/collaborators', { items });
      const byKey = new Map(rows.map((r) => [r.key as number, r.collaborators as unknown[]]));
      const empty = items.filter((i) => (byKey.get(i.key) ?? []).length === 0);
      await requireEntities(
        ctx.db,
        empty.map((i) => ({ id: i.strategyId, arg: 'strategyId', type: 'Strategy' as const })),
      );
      return items.map((i) => byKey.get(i.key) ?? []);
    },
    fundingReceived: (queries: Q<{ year?: number | null; stage?: string[] | null }>, ctx: Ctx) =>
      fundingOf('TO', queries, ctx),
    fundingProvided: (queries: Q<{ year?: number | null; stage?: string[] | null }>, ctx: Ctx) =>
      fundingOf('FROM', queries, ctx),
    memberOf: async (queries: Q<unknown>, ctx: Ctx) => (await memberships(queries, ctx)).map((m) => m.memberOf),
    members: async (queries: Q<unknown>, ctx: Ctx) => (await memberships(queries, ctx)).map((m) => m.members),
    succeededBy: async (queries: Q<unknown>, ctx: Ctx) =>
      (await successions(queries, ctx)).map((list, i) => list.filter((s) => s.predecessorId === queries[i]!.obj.id)),
    precededBy: async (queries: Q<unknown>, ctx: Ctx) =>
      (await successions(queries, ctx)).map((list, i) => list.filter((s) => s.successorId === queries[i]!.obj.id)),
  },
  Succession: {
    predecessor: async (queries: { obj: { predecessorId: string } }[], ctx: Ctx) =>
      agenciesById(
        queries.map((q) => q.obj.predecessorId),
        ctx,
      ),
    successor: async (queries: { obj: { successorId: string } }[], ctx: Ctx) =>
      agenciesById(
        queries.map((q) => q.obj.successorId),
        ctx,
      ),
  },
};

async function agenciesById(ids: string[], ctx: Ctx) {
  const map = await loadByIds(ctx.db, ids);
  return ids.map((id) => map.get(id) ?? null);
}

async function fundingOf(
  relType: 'TO' | 'FROM',
  queries: Q<{ year?: number | null; stage?: string[] | null }>,
  ctx: Ctx,
) {
  const items = queries.map((q, key) => ({
    key,
    agencyId: q.obj.id,
    year: parseYear(q.params.year, 'year'),
    stages: stagesOrDefault(q.params.stage),
  }));
  const rows = await ctx.db.read('agencies/funding-of', { items, relType });
  const byKey = new Map(rows.map((r) => [r.key as number, r.flows as Props[]]));
  return items.map((i) => byKey.get(i.key) ?? []);
}

interface MembershipRows {
  memberOf: Props[];
  members: Props[];
}

async function memberships(queries: Q<unknown>, ctx: Ctx): Promise<MembershipRows[]> {
  const rows = await ctx.db.read('agencies/memberships', { ids: [...new Set(queries.map((q) => q.obj.id))] });
  const byId = new Map(
    rows.map((r) => [
      r.id as string,
      { memberOf: (r.memberOf as Props[]) ?? [], members: (r.members as Props[]) ?? [] },
    ]),
  );
  return queries.map((q) => byId.get(q.obj.id) ?? { memberOf: [], members: [] });
}

interface SuccessionRow {
  predecessorId: string;
  successorId: string;
}

async function successions(queries: Q<unknown>, ctx: Ctx): Promise<SuccessionRow[][]> {
  const rows = await ctx.db.read('agencies/successions', { ids: [...new Set(queries.map((q) => q.obj.id))] });
  const byId = new Map(rows.map((r) => [r.id as string, r.successions as SuccessionRow[]]));
  return queries.map((q) => byId.get(q.obj.id) ?? []);
}
