// Agencies: lookup, filtered keyset list, and per-agency assignments, collaborators and funding,
// each batched across all agencies of a level by a mercurius loader.
import { createRequire } from 'node:module';
import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { ApiError } from '../errors.js';
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
import { typeOfId, type Props } from '../graphql/entities.js';
import type { SuccessionParent } from '../graphql/mappers.js';
import { fold } from '../domain/text.js';
import { loadByIds } from '../graphql/relations.js';
import { nodeSources, sources } from '../nodes/resolvers.js';
import { assignmentCursor, pageShape, withPrefetchedParticipants } from '../assignments/resolvers.js';
import { BRIEF_AGENCY_FIELDS, BRIEF_ASSIGNMENT_FIELDS } from '../graphql/brief.js';
import { childFields, selectsOnly, selectsPath } from '../graphql/lookahead.js';
import { registerFilter } from '../register/resolvers.js';
import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import type { RowOf } from '../queries.js';

export const agencyCursor = (a: Props) => encodeCursor('agency', a.sortName as string, a.id);

// agency(id) with an assignments page or collaborators below it is answered by one query: the
// child's query brings the agency along ($withAgency), and the child's row rides on the agency
// under PREFETCHED with the child's parsed arguments. The child's loader takes it when its own
// arguments parse the same (an alias with other arguments, or the agency met again deeper in the
// tree, goes the usual way). A lookup by id alone, an unknown id or a merged one's alias stays
// entities/by-ids.
const PREFETCHED = '__prefetched';
type Prefetchable = 'assignments' | 'collaborators';
interface Prefetch {
  field: Prefetchable;
  spec: string;
  row: unknown;
}

function prefetchedRow<R>(obj: Props, field: Prefetchable, spec: unknown): R | undefined {
  const p = obj[PREFETCHED] as Prefetch | undefined;
  return p && p.field === field && p.spec === JSON.stringify(spec) ? (p.row as R) : undefined;
}

// Each call's row: the one its parent carries (agency(id) read it along with the agency), else
// from one read of the rest, whose rows are keyed by the call's index.
async function rowsFor<R extends { key: number }>(
  queries: { obj: Props }[],
  field: Prefetchable,
  specs: unknown[],
  read: (missing: number[]) => Promise<R[]>,
): Promise<(R | undefined)[]> {
  const rows = queries.map((q, i) => prefetchedRow<R>(q.obj, field, specs[i]));
  const missing = queries.flatMap((_, i) => (rows[i] ? [] : [i]));
  if (missing.length > 0) for (const r of await read(missing)) rows[r.key] = r;
  return rows;
}

// graphql-js checks that a schema's types come from its own copy, and the schema is mercurius's,
// built with require('graphql'); an `import` may load graphql's ESM build instead (vitest does).
const { getArgumentValues } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

// The child field as its resolver will see it: arguments coerced by graphql-js, and an info whose
// field nodes are all the places it is selected (aliases), so the query fetches what any of them reads.
function childCall(info: GraphQLResolveInfo, field: Prefetchable) {
  const nodes = childFields(info, field);
  if (nodes.length === 0) return null;
  const def = (info.schema.getType('Agency') as GraphQLObjectType).getFields()[field]!;
  return { params: getArgumentValues(def, nodes[0]!, info.variableValues), info: { ...info, fieldNodes: nodes } };
}

// A child's arguments as its query takes them; throws the child's own input errors.
const assignmentsSpec = (params: { role?: string | null; first?: number | null; after?: string | null }) => {
  const after = decodeCursor('assignment', params.after);
  return {
    role: params.role ?? null,
    afterKey: after?.key ?? null,
    afterId: after?.id ?? null,
    limit: parseFirst(params.first) + 1,
  };
};
const collaboratorsSpec = (params: {
  strategyId?: string | null;
  first?: number | null;
  includeGroups?: boolean | null;
}) => ({
  strategyId: params.strategyId ? parseId(params.strategyId, 'strategyId') : null,
  limit: parseFirst(params.first),
  includeGroups: params.includeGroups === true,
});

async function agencyWithChild(id: string, info: GraphQLResolveInfo, ctx: Ctx): Promise<Props | null> {
  const page = childCall(info, 'assignments');
  const collaborators = page ? null : childCall(info, 'collaborators');
  const pageSpec = page && specOrNull(() => assignmentsSpec(page.params));
  const collabSpec = collaborators && specOrNull(() => collaboratorsSpec(collaborators.params));
  if (page && pageSpec) {
    const [row] = await ctx.db.read('agencies/assignments-of', {
      items: [{ key: 0, agencyId: id, ...pageSpec }],
      ...pageShape([page.info]),
      withAgency: true,
    });
    if (row?.agency)
      return { ...row.agency, [PREFETCHED]: { field: 'assignments', spec: JSON.stringify(pageSpec), row } };
  } else if (collaborators && collabSpec) {
    const [row] = await ctx.db.read('agencies/collaborators', {
      items: [{ key: 0, agencyId: id, ...collabSpec }],
      ...collaboratorShape([collaborators.info]),
      withAgency: true,
    });
    if (row?.agency)
      return { ...row.agency, [PREFETCHED]: { field: 'collaborators', spec: JSON.stringify(collabSpec), row } };
  }
  return (await loadByIds(ctx.db, [id])).get(id) ?? null;
}

// Wrong arguments of the child are not the agency's error: the child's own resolver reports them
// at its own path, and the agency is looked up alone.
function specOrNull<S>(parse: () => S): S | null {
  try {
    return parse();
  } catch (err) {
    if (err instanceof ApiError) return null;
    throw err;
  }
}

const collaboratorShape = (infos: (GraphQLResolveInfo | undefined)[]) => {
  const brief = (path: string[], fields: ReadonlySet<string>) =>
    infos.every((i) => i !== undefined && selectsOnly(i, path, fields));
  return {
    briefAgencies: brief(['agency'], BRIEF_AGENCY_FIELDS),
    briefAssignments: brief(['assignments'], BRIEF_ASSIGNMENT_FIELDS),
  };
};

export const resolvers: Resolvers = {
  Query: {
    agency: async (_, args, ctx, info) => {
      const id = parseId(args.id);
      return typeOfId(id) === 'Agency' ? agencyWithChild(id, info, ctx) : null;
    },
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
      const specs = queries.map((q) => assignmentsSpec(q.params));
      const rows = await rowsFor(queries, 'assignments', specs, (missing) =>
        // The batcher (src/graphql/batch.ts) hands each call its info: when the selection asks for
        // the page's participants, the same query brings them (one round trip fewer per page).
        ctx.db.read('agencies/assignments-of', {
          items: missing.map((i) => ({ key: i, agencyId: queries[i]!.obj.id, ...specs[i]! })),
          ...pageShape(missing.map((i) => queries[i]!.info)),
          withAgency: false,
        }),
      );
      return rows.map((r, i) => {
        const page = withPrefetchedParticipants(r?.page ?? [], r?.prefetched ?? []);
        return toConnection(r?.totalCount ?? 0, page, specs[i]!.limit - 1, assignmentCursor);
      });
    },
    collaborators: async (queries, ctx) => {
      const specs = queries.map((q) => collaboratorsSpec(q.params));
      const rows = await rowsFor(queries, 'collaborators', specs, (missing) =>
        ctx.db.read('agencies/collaborators', {
          items: missing.map((i) => ({ key: i, agencyId: queries[i]!.obj.id, ...specs[i]! })),
          ...collaboratorShape(missing.map((i) => queries[i]!.info)),
          withAgency: false,
        }),
      );
      const lists = rows.map((r) => (r?.collaborators ?? []) as LoaderResult<'Agency', 'collaborators'>);
      await requireEntities(
        ctx.db,
        specs.flatMap((s, i) =>
          lists[i]!.length === 0 ? [{ id: s.strategyId, arg: 'strategyId', type: 'Strategy' as const }] : [],
        ),
      );
      return lists;
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
