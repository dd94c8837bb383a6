// Agencies: lookup, filtered keyset list, and per-agency assignments, collaborators and funding,
// each batched across all agencies of a level by a mercurius loader.
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
import type { Ctx, LoaderQuery, LoaderResult, Loaders } from '../graphql/context.js';
import { requireEntities } from '../graphql/exists.js';
import type { Props } from '../graphql/entities.js';
import type { SuccessionParent } from '../graphql/mappers.js';
import { fold } from '../domain/text.js';
import { loadByIds } from '../graphql/relations.js';
import { byId, nodeSources, sources } from '../nodes/resolvers.js';
import { assignmentCursor, pageShape, withPrefetchedParticipants } from '../assignments/resolvers.js';
import { BRIEF_AGENCY_FIELDS, BRIEF_ASSIGNMENT_FIELDS } from '../graphql/brief.js';
import { selectsOnly, selectsPath } from '../graphql/lookahead.js';
import { registerFilter } from '../register/resolvers.js';
import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import type { RowOf } from '../queries.js';

export const agencyCursor = (a: Props) => encodeCursor('agency', a.sortName as string, a.id);

export const resolvers: Resolvers = {
  Query: {
    agency: byId('Agency'),
    agencies: async (_, args, ctx, info) => {
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
        withCount: selectsPath(info, ['totalCount']),
        brief: selectsOnly(info, ['edges', 'node'], BRIEF_AGENCY_FIELDS),
      });
      if (row!.page.length === 0 && !row!.totalCount)
        await requireEntities(ctx.db, [{ id: f.strategyId, arg: 'filter.strategyId', type: 'Strategy' }]);
      // Counted only when totalCount is selected: otherwise no field reads it.
      return toConnection(row!.totalCount ?? 0, row!.page, limit, agencyCursor);
    },
  },
  Agency: { isGroup: (a: Props) => a.isGroup === true },
  Membership: { sources },
  Succession: {
    sources,
  },
};

export const loaders: Loaders = {
  Agency: {
    sources: nodeSources,
    assignments: async (queries, ctx) => {
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
      const rows = await ctx.db.read('agencies/assignments-of', {
        items,
        ...pageShape(queries.map((q) => q.info)),
      });
      const byKey = new Map(rows.map((r) => [r.key, r]));
      return items.map((item) => {
        const r = byKey.get(item.key);
        const page = withPrefetchedParticipants(r?.page ?? [], r?.prefetched ?? []);
        return toConnection(r?.totalCount ?? 0, page, item.first, assignmentCursor);
      });
    },
    collaborators: async (queries, ctx) => {
      const items = queries.map((q, key) => ({
        key,
        agencyId: q.obj.id,
        strategyId: q.params.strategyId ? parseId(q.params.strategyId, 'strategyId') : null,
        limit: parseFirst(q.params.first),
        includeGroups: q.params.includeGroups === true,
      }));
      const infos = queries.map((q) => q.info);
      const brief = (path: string[], fields: ReadonlySet<string>) =>
        infos.every((i) => i !== undefined && selectsOnly(i, path, fields));
      const rows = await ctx.db.read('agencies/collaborators', {
        items,
        briefAgencies: brief(['agency'], BRIEF_AGENCY_FIELDS),
        briefAssignments: brief(['assignments'], BRIEF_ASSIGNMENT_FIELDS),
      });
      const byKey = new Map(rows.map((r) => [r.key, r.collaborators as LoaderResult<'Agency', 'collaborators'>]));
      const empty = items.filter((i) => (byKey.get(i.key) ?? []).length === 0);
      await requireEntities(
        ctx.db,
        empty.map((i) => ({ id: i.strategyId, arg: 'strategyId', type: 'Strategy' as const })),
      );
      return items.map((i) => byKey.get(i.key) ?? []);
    },
    fundingReceived: (queries, ctx) => fundingOf('TO', queries, ctx),
    fundingProvided: (queries, ctx) => fundingOf('FROM', queries, ctx),
    memberOf: async (queries, ctx) => (await memberships(queries, ctx)).map((m) => m.memberOf),
    members: async (queries, ctx) => (await memberships(queries, ctx)).map((m) => m.members),
    succeededBy: async (queries, ctx) =>
      (await successions(queries, ctx)).map((list, i) => list.filter((s) => s.predecessorId === queries[i]!.obj.id)),
    precededBy: async (queries, ctx) =>
      (await successions(queries, ctx)).map((list, i) => list.filter((s) => s.successorId === queries[i]!.obj.id)),
  },
  Succession: {
    predecessor: async (queries, ctx) =>
      agenciesById(
        queries.map((q) => q.obj.predecessorId),
        ctx,
      ),
    successor: async (queries, ctx) =>
      agenciesById(
        queries.map((q) => q.obj.successorId),
        ctx,
      ),
  },
};

// The ids are of agencies the successions query just matched (Succession's ends are non-null).
async function agenciesById(ids: string[], ctx: Ctx) {
  const map = await loadByIds(ctx.db, ids);
  return ids.map((id) => map.get(id)!);
}

async function fundingOf(relType: 'TO' | 'FROM', queries: LoaderQuery<'Agency', 'fundingReceived'>[], ctx: Ctx) {
  const items = queries.map((q, key) => ({
    key,
    agencyId: q.obj.id,
    year: parseYear(q.params.year, 'year'),
    stages: stagesOrDefault(q.params.stage),
  }));
  const rows = await ctx.db.read('agencies/funding-of', { items, relType });
  const byKey = new Map(rows.map((r) => [r.key, r.flows]));
  return items.map((i) => byKey.get(i.key) ?? []);
}

type MembershipRows = Pick<RowOf<'agencies/memberships'>, 'memberOf' | 'members'>;

async function memberships(queries: { obj: Props }[], ctx: Ctx): Promise<MembershipRows[]> {
  const rows = await ctx.db.read('agencies/memberships', { ids: [...new Set(queries.map((q) => q.obj.id))] });
  const byId = new Map(rows.map((r) => [r.id, { memberOf: r.memberOf, members: r.members }]));
  return queries.map((q) => byId.get(q.obj.id) ?? { memberOf: [], members: [] });
}

async function successions(queries: { obj: Props }[], ctx: Ctx): Promise<SuccessionParent[][]> {
  const rows = await ctx.db.read('agencies/successions', { ids: [...new Set(queries.map((q) => q.obj.id))] });
  const byId = new Map(rows.map((r) => [r.id, r.successions as SuccessionParent[]]));
  return queries.map((q) => byId.get(q.obj.id) ?? []);
}
