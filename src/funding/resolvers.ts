// Funding: filtered flows with totals over every page, per-group sums, and downstream traces.
// Unspecified amounts are never summed; they are counted and reported beside the sum.
import { ApiError, badInput } from '../errors.js';
import { decodeCursor, encodeCursor, parseFirst, parseId, parseYear, toConnection } from '../graphql/args.js';
import type { Ctx, Loaders } from '../graphql/context.js';
import type { FundingFilter, Resolvers } from '../graphql/generated/resolvers-types.js';
import type { FundingGroupParent } from '../graphql/mappers.js';
import type { RowOf } from '../queries.js';
import { requireEntities, type IdArg } from '../graphql/exists.js';
import type { Props } from '../graphql/entities.js';
import { loadByIds, oneLoader, prefetchedKey, requiredLoader } from '../graphql/relations.js';
import { byId, exceedsSources, nodeSources } from '../nodes/resolvers.js';

import { DEFAULT_STAGES, STAGES, stagesOrDefault } from './stages.js';
import { sourcesOf, type SourceRef } from '../graphql/entities.js';
import { selectsOnly, selectsPath } from '../graphql/lookahead.js';
import { BRIEF_AGENCY_FIELDS } from '../graphql/brief.js';

// Where a trace's flows appear in its selection (a step's via flows are flows of other steps).
const TRACE_FLOW_PATHS = [['flows'], ['steps', 'flow'], ['steps', 'via', 'flow']];

export { DEFAULT_STAGES, STAGES };
export const TRACE_DEPTH_DEFAULT = 3;
export const TRACE_DEPTH_MAX = 6;

export const flowCursor = (f: Props) => encodeCursor('flow', f.year as number, f.id);

const optId = (v: string | null | undefined, arg: string) => (v ? parseId(v, `filter.${arg}`) : null);

// The id filters, for NOT_FOUND when a filtered answer is empty.
const idArgs = (f: FundingFilter): IdArg[] => [
  { id: f.fromId, arg: 'filter.fromId', type: 'Agency' },
  { id: f.toId, arg: 'filter.toId', type: 'Agency' },
  { id: f.assignmentId, arg: 'filter.assignmentId', type: 'Assignment' },
  { id: f.strategyId, arg: 'filter.strategyId', type: 'Strategy' },
  { id: f.appropriationId, arg: 'filter.appropriationId', type: 'Appropriation' },
];

export function filterParams(f: FundingFilter, defaultStages: readonly string[]) {
  const yearFrom = parseYear(f.yearFrom, 'filter.yearFrom');
  const yearTo = parseYear(f.yearTo, 'filter.yearTo');
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo)
    throw badInput('filter.yearFrom is after filter.yearTo');
  return {
    fromId: optId(f.fromId, 'fromId'),
    toId: optId(f.toId, 'toId'),
    year: parseYear(f.year, 'filter.year'),
    yearFrom,
    yearTo,
    assignmentId: optId(f.assignmentId, 'assignmentId'),
    strategyId: optId(f.strategyId, 'strategyId'),
    appropriationId: optId(f.appropriationId, 'appropriationId'),
    stages: stagesOrDefault(f.stage && f.stage.length > 0 ? f.stage : defaultStages),
    qualifiers: f.qualifier && f.qualifier.length > 0 ? f.qualifier : null,
    bases: f.basis && f.basis.length > 0 ? f.basis : null,
    recipientKinds: f.recipientKind && f.recipientKind.length > 0 ? f.recipientKind : null,
  };
}

type GroupRow = FundingGroupParent;

export const resolvers: Resolvers = {
  Query: {
    appropriation: byId('Appropriation'),
    fundingFlows: async (_, args, ctx) => {
      const limit = parseFirst(args.first);
      const after = decodeCursor('flow', args.after);
      if (after && typeof after.key !== 'number')
        throw badInput('after is not a cursor from this list', { argument: 'after' });
      const [row] = await ctx.db.read('funding/aggregate', {
        ...filterParams(args.filter ?? {}, DEFAULT_STAGES),
        groupBy: ['STAGE'],
        afterYear: after?.key ?? null,
        afterId: after?.id ?? null,
        limit: limit + 1,
      });
      const groups = row!.groups;
      if (row!.totalCount === 0) await requireEntities(ctx.db, idArgs(args.filter ?? {}));
      return {
        ...toConnection(row!.totalCount, row!.page, limit, flowCursor),
        totalSek: groups.reduce((s, g) => s + g.totalSek, 0),
        unspecifiedCount: groups.reduce((s, g) => s + g.unspecifiedCount, 0),
        repeatCount: groups.reduce((s, g) => s + g.repeatCount, 0),
        openEndedCount: groups.reduce((s, g) => s + g.openEndedCount, 0),
        totalsByStage: STAGES.flatMap((stage) =>
          groups
            .filter((g) => g.stage === stage)
            .map((g) => ({
              stage,
              totalSek: g.totalSek,
              flowCount: g.flowCount,
              unspecifiedCount: g.unspecifiedCount,
            })),
        ),
      };
    },
    fundingSummary: async (_, args, ctx) => {
      const groupBy = [...new Set(args.groupBy)];
      const f = args.filter ?? {};
      const [row] = await ctx.db.read('funding/aggregate', {
        ...filterParams(f, DEFAULT_STAGES),
        groupBy,
        afterYear: null,
        afterId: null,
        limit: 0,
      });
      const groups = row!.groups;
      if (groups.length === 0) await requireEntities(ctx.db, idArgs(f));
      return groups;
    },
    fundingTrace: async (_, args, ctx, info) => {
      const fromId = parseId(args.fromId, 'fromId');
      const maxDepth = parseFirst(args.maxDepth, TRACE_DEPTH_DEFAULT, TRACE_DEPTH_MAX, 'maxDepth');
      if (maxDepth < 1) throw badInput('maxDepth must be at least 1', { argument: 'maxDepth' });
      const year = parseYear(args.year, 'year');
      // The root is looked up beside the trace when the selection shows it. Otherwise only an
      // empty trace needs the lookup that tells an unknown root from one that pays nothing: a
      // step proves the root is an agency (the query starts from it).
      const wantsRoot = selectsPath(info, ['root']);
      const [rows, roots] = await Promise.all([
        ctx.db.read('funding/trace', {
          fromId,
          year,
          maxDepth,
          stages: stagesOrDefault(args.stage),
          linkSources: selectsPath(info, ['steps', 'reason']) || selectsPath(info, ['steps', 'via', 'sources']),
          briefTo: TRACE_FLOW_PATHS.every((path) => selectsOnly(info, [...path, 'to'], BRIEF_AGENCY_FIELDS)),
        }),
        wantsRoot ? loadByIds(ctx.db, [fromId]) : null,
      ]);
      let root = roots?.get(fromId);
      if (rows.length === 0 && !roots) root = (await loadByIds(ctx.db, [fromId])).get(fromId);
      if ((rows.length === 0 || wantsRoot) && (!root || !fromId.startsWith('agency:')))
        throw new ApiError('NOT_FOUND', `fromId: no Agency with id "${fromId}"`, { argument: 'fromId', id: fromId });
      // Each flow's recipient came with it (cypher/funding/trace.cypher): `to` needs no round trip.
      const toKey = prefetchedKey('flowTo');
      return buildTrace(
        root ?? { id: fromId },
        rows.map((r) => ({ ...r, flow: { ...r.flow, [toKey]: r.to } })),
      );
    },
    fundingReconciliation: async (_, args, ctx) => {
      const year = parseYear(args.year, 'year')!;
      const agencyId = args.agencyId ? parseId(args.agencyId, 'agencyId') : null;
      const rows = await ctx.db.read('funding/reconcile', { year, agencyId, stages: stagesOrDefault(args.stage) });
      return rows.map((r) => reconcile(r, year));
    },
  },
  FundingFlow: {
    amountSek: (f) => f.amountSek ?? null,
    // Flows written before periods existed (or by the API) are one-year, yearly, whole amounts.
    yearTo: (f) => (f.openEnded ? null : (f.yearTo ?? f.year ?? null)),
    openEnded: (f) => f.openEnded === true,
    amountBasis: (f) => f.amountBasis ?? 'PER_YEAR',
    basis: (f) => f.basis ?? 'LEVEL',
    exceedsIncoming: (f) => f.exceedsIncoming === true,
  },
  FundingLink: { sources: (l: { sources: SourceRef[] }) => l.sources },
};

const byIdField = (field: keyof GroupRow) => async (queries: { obj: GroupRow }[], ctx: Ctx) => {
  const ids = queries.map((q) => q.obj[field] as string | null);
  const map = await loadByIds(
    ctx.db,
    ids.filter((x): x is string => x !== null),
  );
  return ids.map((id) => (id === null ? null : (map.get(id) ?? null)));
};

const linksOf =
  (field: 'fundedBy' | 'passedOnAs' | 'partOf' | 'parts') => async (queries: { obj: Props }[], ctx: Ctx) => {
    const rows = await ctx.db.read('funding/links-of', { ids: [...new Set(queries.map((q) => q.obj.id))] });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return queries.map((q) => {
      const links = (byId.get(q.obj.id)?.[field] ?? [])
        .map((l) => ({ flow: l.flow, sources: sourcesOf(l) }))
        .sort((a, b) => a.flow.year - b.flow.year || a.flow.id.localeCompare(b.flow.id));
      return links;
    });
  };

export const loaders: Loaders = {
  Appropriation: { sources: nodeSources },
  FundingFlow: {
    sources: nodeSources,
    exceedsSources,
    recipientUnknown: async (queries, ctx) =>
      (await oneLoader('flowTo')(queries, ctx)).map((a) => a?.id === UNKNOWN_RECIPIENT),
    fundedBy: linksOf('fundedBy'),
    passedOnAs: linksOf('passedOnAs'),
    partOf: async (queries, ctx) => (await linksOf('partOf')(queries, ctx)).map((links) => links[0] ?? null),
    parts: linksOf('parts'),
    from: oneLoader('flowFrom'),
    to: requiredLoader('flowTo'),
    paidVia: oneLoader('flowPaidVia'),
    appropriation: oneLoader('flowAppropriation'),
    assignment: oneLoader('flowAssignment'),
    strategy: oneLoader('flowStrategy'),
  },
  FundingReconciliation: {
    agency: async (queries, ctx) => {
      const map = await loadByIds(
        ctx.db,
        queries.map((q) => q.obj.agencyId),
      );
      // The id is of an agency the reconciliation query just matched.
      return queries.map((q) => map.get(q.obj.agencyId)!);
    },
  },
  FundingGroup: {
    payer: byIdField('payerId'),
    recipient: byIdField('recipientId'),
    strategy: byIdField('strategyId'),
    appropriation: byIdField('appropriationId'),
  },
};

// The actor that stands for "the documents do not say who receives this".
export const UNKNOWN_RECIPIENT = 'agency:mottagare-anges-inte';

const amount = (f: Props) => (f.amountSek as number | null | undefined) ?? null;
const sumOf = (flows: Props[]) => flows.reduce((t, f) => t + (amount(f) ?? 0), 0);

type TraceRow = RowOf<'funding/trace'>;

// One step per flow at its smallest depth, with every link that reaches it there. Per incoming
// flow, what its onward flows pass on is capped at what came in; an excess flags the steps.
export function buildTrace(root: Props, rows: TraceRow[]) {
  const steps = new Map<
    string,
    { depth: number; flow: Props; via: { flow: Props | string; sources: SourceRef[] }[]; wholeIds: string[] }
  >();
  for (const r of rows) {
    const cur = steps.get(r.flow.id);
    if (cur && cur.depth < r.depth) continue;
    const via = r.viaId && r.link ? [{ flow: r.viaId, sources: sourcesOf(r.link) }] : [];
    if (cur && cur.depth === r.depth) cur.via.push(...via);
    else steps.set(r.flow.id, { depth: r.depth, flow: r.flow, via, wholeIds: r.wholeIds ?? [] });
  }
  const byId = new Map([...steps.values()].map((s) => [s.flow.id, s.flow]));
  const onward = new Map<string, Props[]>();
  for (const s of steps.values())
    for (const v of s.via) onward.set(v.flow as string, [...(onward.get(v.flow as string) ?? []), s.flow]);
  const exceeding = new Set<string>();
  let passedOnSek = 0;
  for (const [incomingId, flows] of onward) {
    const incoming = byId.get(incomingId);
    const out = sumOf(flows);
    const cap = incoming ? amount(incoming) : null;
    if (cap !== null && out > cap) for (const f of flows) exceeding.add(f.id);
    if (steps.get(incomingId)?.depth === 1) passedOnSek += cap !== null ? Math.min(out, cap) : out;
  }
  for (const s of steps.values()) s.via.sort((a, b) => (a.flow as string).localeCompare(b.flow as string));
  const list = [...steps.values()].sort(
    (a, b) =>
      a.depth - b.depth || (a.flow.year as number) - (b.flow.year as number) || a.flow.id.localeCompare(b.flow.id),
  );
  const own = list.filter((s) => s.depth === 1);
  const ownIds = new Set(own.map((s) => s.flow.id));
  // A part stated apart from a whole the root also pays is listed, not summed again.
  const counted = own.filter((s) => !s.wholeIds.some((w) => ownIds.has(w))).map((s) => s.flow);
  return {
    root,
    totalSek: sumOf(counted),
    unspecifiedCount: own.filter((s) => amount(s.flow) === null).length,
    passedOnSek,
    inconsistent: exceeding.size > 0,
    flows: list.map((s) => s.flow),
    steps: list.map((s) => ({
      depth: s.depth,
      flow: s.flow,
      inconsistent: exceeding.has(s.flow.id),
      // A link's incoming flow is a step one level up, so it is in byId.
      via: s.via.map((v) => ({ flow: byId.get(v.flow as string)!, sources: v.sources })),
      reason:
        s.depth === 1
          ? `paid by ${root.id}`
          : s.via
              .map((v) => `passes on ${v.flow as string}: "${v.sources.map((x) => x.quote).join('" / "')}"`)
              .join('; '),
    })),
  };
}

type ReconcileRow = RowOf<'funding/reconcile'>;

const byYearId = <T extends Props>(list: T[]) =>
  [...list].sort((a, b) => (a.year as number) - (b.year as number) || a.id.localeCompare(b.id));

export function reconcile(row: ReconcileRow, year: number) {
  // Pattern comprehensions come back in storage order: sort so the answer is stable.
  const r = {
    ...row,
    incoming: byYearId(row.incoming),
    outgoing: byYearId(row.outgoing),
    paidVia: byYearId(row.paidVia),
  };
  const inIds = new Set(r.incoming.map((f) => f.id));
  const received = r.incoming.filter((f) => !f.wholeIds.some((w) => inIds.has(w)));
  const passedOn = r.outgoing.filter((f) => f.sourceIds.length > 0);
  const outIds = new Set(passedOn.map((f) => f.id));
  const countedOnward = passedOn.filter((f) => !f.wholeIds.some((w) => outIds.has(w)));
  const unsourced = r.outgoing.filter((f) => f.sourceIds.length === 0);
  const unsourcedIds = new Set(unsourced.map((f) => f.id));
  const receivedSek = sumOf(received);
  const passedOnSek = sumOf(countedOnward);
  const exceedsStated = passedOn.some((f) => f.exceedsIncoming === true);
  return {
    agency: { id: r.agencyId },
    agencyId: r.agencyId,
    year,
    receivedSek,
    passedOnSek,
    keptSek: receivedSek - passedOnSek,
    // A level it pays may contain money it passes on (stated as a part of it): that is not its own.
    ownPaymentsSek: sumOf(unsourced) - sumOf(countedOnward.filter((f) => f.wholeIds.some((w) => unsourcedIds.has(w)))),
    paidOutViaSek: sumOf(r.paidVia),
    unspecifiedCount: [...r.incoming, ...r.outgoing].filter((f) => amount(f) === null).length,
    distributes: r.distributes,
    balanced: passedOnSek <= receivedSek || exceedsStated,
    received: r.incoming,
    passedOn,
    unsourcedOutgoing: unsourced,
    incomingNotPassedOn: r.distributes ? r.incoming.filter((f) => f.onward.length === 0) : [],
    paidOutVia: r.paidVia,
  };
}
