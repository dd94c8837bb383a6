// Funding: filtered flows with totals over every page, per-group sums, and downstream traces.
// Unspecified amounts are never summed; they are counted and reported beside the sum.
import type { IResolvers } from 'mercurius';
import { ApiError, badInput } from '../errors.js';
import { decodeCursor, encodeCursor, parseFirst, parseId, parseYear, toConnection } from '../graphql/args.js';
import type { Ctx } from '../graphql/context.js';
import { requireEntities, type IdArg } from '../graphql/exists.js';
import type { Props } from '../graphql/entities.js';
import { loadByIds, oneLoader } from '../graphql/relations.js';
import { byId, sources } from '../nodes/resolvers.js';

export const STAGES = ['PROPOSED', 'ESTIMATED', 'ALLOCATED', 'PAID'] as const;
// Promises (proposed, estimated) are only summed with decided money when the caller asks.
export const DEFAULT_STAGES = ['ALLOCATED', 'PAID'];
export const TRACE_DEPTH_DEFAULT = 3;
export const TRACE_DEPTH_MAX = 6;

export const flowCursor = (f: Props) => encodeCursor('flow', f.year as number, f.id);

export interface FundingFilterArg {
  fromId?: string | null;
  toId?: string | null;
  year?: number | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  assignmentId?: string | null;
  strategyId?: string | null;
  appropriationId?: string | null;
  stage?: string[] | null;
  qualifier?: string[] | null;
  recipientKind?: string[] | null;
}

const optId = (v: string | null | undefined, arg: string) => (v ? parseId(v, `filter.${arg}`) : null);

// The id filters, for NOT_FOUND when a filtered answer is empty.
const idArgs = (f: FundingFilterArg): IdArg[] => [
  { id: f.fromId, arg: 'filter.fromId', type: 'Agency' },
  { id: f.toId, arg: 'filter.toId', type: 'Agency' },
  { id: f.assignmentId, arg: 'filter.assignmentId', type: 'Assignment' },
  { id: f.strategyId, arg: 'filter.strategyId', type: 'Strategy' },
  { id: f.appropriationId, arg: 'filter.appropriationId', type: 'Appropriation' },
];

export function filterParams(f: FundingFilterArg, defaultStages: readonly string[]) {
  const yearFrom = parseYear(f.yearFrom, 'filter.yearFrom');
  const yearTo = parseYear(f.yearTo, 'filter.yearTo');
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) throw badInput('filter.yearFrom is after filter.yearTo');
  return {
    fromId: optId(f.fromId, 'fromId'),
    toId: optId(f.toId, 'toId'),
    year: parseYear(f.year, 'filter.year'),
    yearFrom,
    yearTo,
    assignmentId: optId(f.assignmentId, 'assignmentId'),
    strategyId: optId(f.strategyId, 'strategyId'),
    appropriationId: optId(f.appropriationId, 'appropriationId'),
    stages: f.stage && f.stage.length > 0 ? f.stage : [...defaultStages],
    qualifiers: f.qualifier && f.qualifier.length > 0 ? f.qualifier : null,
    recipientKinds: f.recipientKind && f.recipientKind.length > 0 ? f.recipientKind : null,
  };
}

interface GroupRow {
  year: number | null;
  payerId: string | null;
  recipientId: string | null;
  recipientKind: string | null;
  strategyId: string | null;
  appropriationId: string | null;
  stage: string | null;
  qualifier: string | null;
  totalSek: number;
  flowCount: number;
  unspecifiedCount: number;
  byQualifier: { qualifier: string; totalSek: number; flowCount: number }[];
}

export const resolvers: IResolvers = {
  Query: {
    appropriation: byId('Appropriation'),
    fundingFlows: async (_: unknown, args: { filter?: FundingFilterArg | null; first?: number | null; after?: string | null }, ctx: Ctx) => {
      const limit = parseFirst(args.first);
      const after = decodeCursor('flow', args.after);
      if (after && typeof after.key !== 'number') throw badInput('after is not a cursor from this list', { argument: 'after' });
      const [row] = await ctx.db.read('funding/aggregate', {
        ...filterParams(args.filter ?? {}, DEFAULT_STAGES),
        groupBy: ['STAGE'],
        afterYear: after?.key ?? null,
        afterId: after?.id ?? null,
        limit: limit + 1,
      });
      const groups = row!.groups as GroupRow[];
      if ((row!.totalCount as number) === 0) await requireEntities(ctx.db, idArgs(args.filter ?? {}));
      return {
        ...toConnection(row!.totalCount as number, row!.page as Props[], limit, flowCursor),
        totalSek: groups.reduce((s, g) => s + g.totalSek, 0),
        unspecifiedCount: groups.reduce((s, g) => s + g.unspecifiedCount, 0),
        totalsByStage: STAGES.flatMap((stage) => groups.filter((g) => g.stage === stage).map((g) => ({ stage, totalSek: g.totalSek, flowCount: g.flowCount, unspecifiedCount: g.unspecifiedCount }))),
      };
    },
    fundingSummary: async (_: unknown, args: { filter?: FundingFilterArg | null; groupBy: string[] }, ctx: Ctx) => {
      const groupBy = [...new Set(args.groupBy)];
      const f = args.filter ?? {};
      // Grouping by stage keeps stages apart, so every stage may be shown unless the caller chose.
      const defaults = groupBy.includes('STAGE') ? STAGES : DEFAULT_STAGES;
      const [row] = await ctx.db.read('funding/aggregate', { ...filterParams(f, defaults), groupBy, afterYear: null, afterId: null, limit: 0 });
      const groups = row!.groups as GroupRow[];
      if (groups.length === 0) await requireEntities(ctx.db, idArgs(f));
      return groups;
    },
    fundingTrace: async (_: unknown, args: { fromId: string; year?: number | null; maxDepth?: number | null; stage?: string[] | null }, ctx: Ctx) => {
      const fromId = parseId(args.fromId, 'fromId');
      const maxDepth = parseFirst(args.maxDepth, TRACE_DEPTH_DEFAULT, TRACE_DEPTH_MAX, 'maxDepth');
      if (maxDepth < 1) throw badInput('maxDepth must be at least 1', { argument: 'maxDepth' });
      const year = parseYear(args.year, 'year');
      // Both at once (one round trip of latency instead of two); an unknown root makes the trace empty.
      const [roots, rows] = await Promise.all([
        loadByIds(ctx.db, [fromId]),
        ctx.db.read('funding/trace', { fromId, year, maxDepth, stages: args.stage && args.stage.length > 0 ? args.stage : DEFAULT_STAGES }),
      ]);
      const root = roots.get(fromId);
      if (!root || !fromId.startsWith('agency:')) throw new ApiError('NOT_FOUND', `fromId: no Agency with id "${fromId}"`, { argument: 'fromId', id: fromId });
      const steps = rows.map((r) => ({ depth: r.depth as number, flow: r.flow as Props }));
      const own = steps.filter((s) => s.depth === 1).map((s) => s.flow);
      const further = steps.filter((s) => s.depth > 1).map((s) => s.flow);
      const sum = (flows: Props[]) => flows.reduce((t, f) => t + ((f.amountSek as number | null) ?? 0), 0);
      return {
        root,
        totalSek: sum(own),
        unspecifiedCount: own.filter((f) => f.amountSek === null || f.amountSek === undefined).length,
        passedOnSek: sum(further),
        flows: steps.map((s) => s.flow),
        steps,
      };
    },
  },
  FundingFlow: {
    sources,
    amountSek: (f: Props) => (f.amountSek as number | null | undefined) ?? null,
  },
  Appropriation: { sources },
};

const byIdField = (field: keyof GroupRow) => async (queries: { obj: GroupRow }[], ctx: Ctx) => {
  const ids = queries.map((q) => q.obj[field] as string | null);
  const map = await loadByIds(ctx.db, ids.filter((x): x is string => x !== null));
  return ids.map((id) => (id === null ? null : (map.get(id) ?? null)));
};

export const loaders = {
  FundingFlow: {
    from: oneLoader('flowFrom'),
    to: oneLoader('flowTo'),
    paidVia: oneLoader('flowPaidVia'),
    appropriation: oneLoader('flowAppropriation'),
    assignment: oneLoader('flowAssignment'),
    strategy: oneLoader('flowStrategy'),
  },
  FundingGroup: {
    payer: byIdField('payerId'),
    recipient: byIdField('recipientId'),
    strategy: byIdField('strategyId'),
    appropriation: byIdField('appropriationId'),
  },
};
