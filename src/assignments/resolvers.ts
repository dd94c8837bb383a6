// Assignments: lookup, the filtered keyset list, status against today or `asOf`, and participants,
// strategies, focus areas and funding batched per level.
import { withStages } from '../funding/stages.js';
import { badInput } from '../errors.js';
import { decodeCursor, encodeCursor, parseFirst, parseId, parseText, todayUtc, toConnection } from '../graphql/args.js';
import type { Ctx, LoaderQuery, Loaders } from '../graphql/context.js';
import type { ParticipantParent } from '../graphql/mappers.js';
import type { DateAsGiven, DatePrecision, Resolvers } from '../graphql/generated/resolvers-types.js';
import { requireEntities } from '../graphql/exists.js';
import type { Props } from '../graphql/entities.js';
import { manyLoader, oneLoader } from '../graphql/relations.js';
import { foldDiaryNumber } from '../domain/text.js';
import { byId, nodeSources, sources } from '../nodes/resolvers.js';
import { toLuceneQuery } from '../search/lucene.js';
import { assignmentStatus, type StatusDates } from './status.js';

// A date set through the API carries no precision: it is the day it names.
const precisionOf = (a: Props, field: string): DatePrecision | null =>
  a[field] ? ((a[`${field}Precision`] as DatePrecision | null) ?? 'DAY') : null;
const asGiven = (a: Props, field: string): DateAsGiven | null => {
  const date = a[field] as string | null | undefined;
  return date
    ? { date, end: (a[`${field}End`] as string | null) ?? date, precision: precisionOf(a, field) ?? 'DAY' }
    : null;
};
import { selectsOnly, selectsPath } from '../graphql/lookahead.js';
import { BRIEF_AGENCY_FIELDS, BRIEF_ASSIGNMENT_FIELDS } from '../graphql/brief.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { z } from 'zod';
import type { PageShapeParams } from './queries.js';

export const assignmentCursor = (a: Props) => encodeCursor('assignment', a.sortTitle as string, a.id);

const optId = (v: string | null | undefined, arg: string) => (v ? parseId(v, arg) : null);

export const resolvers: Resolvers = {
  Query: {
    assignment: byId('Assignment'),
    assignments: async (_, args, ctx, info) => {
      const limit = parseFirst(args.first);
      const after = decodeCursor('assignment', args.after);
      const f = args.filter ?? {};
      if (f.dueAfter && f.dueBefore && f.dueAfter > f.dueBefore)
        throw badInput('filter.dueAfter is later than filter.dueBefore');
      const text = parseText(f.text, 'filter.text');
      const diary = parseText(f.diaryNumber, 'filter.diaryNumber', 60);
      const lucene = text === null ? null : toLuceneQuery(text);
      if (text !== null && lucene === null) return toConnection(0, [], limit, assignmentCursor);
      const [row] = await ctx.db.read('assignments/list', {
        agencyId: optId(f.agencyId, 'filter.agencyId'),
        role: f.role ?? null,
        strategyId: optId(f.strategyId, 'filter.strategyId'),
        focusAreaId: optId(f.focusAreaId, 'filter.focusAreaId'),
        issuedById: optId(f.issuedById, 'filter.issuedById'),
        diaryNumber: diary === null ? null : foldDiaryNumber(diary),
        dueAfter: f.dueAfter ?? null,
        dueBefore: f.dueBefore ?? null,
        text: lucene,
        kinds: f.kind && f.kind.length > 0 ? f.kind : null,
        status: f.status ?? null,
        asOf: f.asOf ?? ctx.today,
        afterKey: after?.key ?? null,
        afterId: after?.id ?? null,
        limit: limit + 1,
        ...pageShape([info]),
      });
      if (row!.totalCount === 0) {
        await requireEntities(ctx.db, [
          { id: f.agencyId, arg: 'filter.agencyId', type: 'Agency' },
          { id: f.strategyId, arg: 'filter.strategyId', type: 'Strategy' },
          { id: f.focusAreaId, arg: 'filter.focusAreaId', type: 'FocusArea' },
          { id: f.issuedById, arg: 'filter.issuedById', type: 'Agency' },
        ]);
      }
      const page = withPrefetchedParticipants(row!.page, row!.prefetched);
      return toConnection(row!.totalCount, page, limit, assignmentCursor);
    },
  },
  Assignment: {
    diaryNumbers: (a) => a.diaryNumbers ?? [],
    interimReports: (a) => a.interimReports ?? [],
    kind: (a) => a.kind ?? 'OTHER',
    status: (a, args, ctx) => assignmentStatus(a as StatusDates, args.asOf ?? ctx.today ?? todayUtc()),
    decidedPrecision: (a: Props) => precisionOf(a, 'decided'),
    reportDuePrecision: (a: Props) => precisionOf(a, 'reportDue'),
    decidedAsGiven: (a: Props) => asGiven(a, 'decided'),
    reportDueAsGiven: (a: Props) => asGiven(a, 'reportDue'),
    reported: (a: Props) => asGiven(a, 'reported'),
    aliases: (a) => a.aliases ?? [],
    planned: (a: Props) => a.planned === true,
  },
  AssignmentParticipant: { sources },
  PossibleDuplicate: { sources },
};

// What a page of assignments (Query.assignments, Agency.assignments) fetches, from the selection
// below the connection: the participants in the same query when asked for, their passages only
// when their sources are, and brief property maps where the selected fields need no more.
export type PageShape = z.infer<typeof PageShapeParams>;
export function pageShape(infos: (GraphQLResolveInfo | undefined)[]): PageShape {
  const known = infos.filter((i): i is GraphQLResolveInfo => i !== undefined);
  const all = known.length === infos.length;
  const node = ['edges', 'node'];
  return {
    withParticipants: known.some((i) => selectsPath(i, [...node, 'participants'])),
    participantSources: !all || known.some((i) => selectsPath(i, [...node, 'participants', 'sources'])),
    briefPage: all && known.every((i) => selectsOnly(i, node, BRIEF_ASSIGNMENT_FIELDS)),
    briefAgencies: all && known.every((i) => selectsOnly(i, [...node, 'participants', 'agency'], BRIEF_AGENCY_FIELDS)),
  };
}

// Where a page query fetched an assignment's participants along with it (when the selection asks
// for them), they ride on the assignment's props under this key; no schema field reads it.
const PREFETCHED = '__participants';
export interface Prefetched {
  id: string;
  participants: ParticipantRow[];
}
export function withPrefetchedParticipants(page: Props[], prefetched: Prefetched[]): Props[] {
  if (prefetched.length === 0) return page;
  const byId = new Map(prefetched.map((p) => [p.id, p.participants]));
  return page.map((a) => (byId.has(a.id) ? { ...a, [PREFETCHED]: byId.get(a.id) } : a));
}

type ParticipantRow = Omit<ParticipantParent, 'assignmentDecided'>;

function participantsOf(assignment: Props, rows: ParticipantRow[], params: { role?: string | null }) {
  const list = rows.map((p) => ({ ...p, assignmentDecided: (assignment.decided as string | undefined) ?? null }));
  return params.role ? list.filter((p) => p.role === params.role) : list;
}

export const loaders: Loaders = {
  Assignment: {
    sources: nodeSources,
    issuedBy: oneLoader('issuedBy'),
    strategies: manyLoader('assignmentStrategies'),
    focusAreas: manyLoader('assignmentFocusAreas'),
    funding: withStages(manyLoader('assignmentFunding')),
    possiblySameAs: async (queries, ctx) => {
      const rows = await ctx.db.read('assignments/possibly-same-as', {
        ids: [...new Set(queries.map((q) => q.obj.id))],
      });
      const byId = new Map(rows.map((r) => [r.id, r.links]));
      return queries.map((q) => byId.get(q.obj.id) ?? []);
    },
    // Pages fetched with their participants (see withPrefetchedParticipants) are answered at once.
    participants: Object.assign(
      async (queries: LoaderQuery<'Assignment', 'participants'>[], ctx: Ctx) => {
        const missing = [...new Set(queries.filter((q) => !Array.isArray(q.obj[PREFETCHED])).map((q) => q.obj.id))];
        const rows = missing.length > 0 ? await ctx.db.read('assignments/participants-of', { ids: missing }) : [];
        const byId = new Map(rows.map((r) => [r.id, r.participants]));
        return queries.map((q) =>
          participantsOf(
            q.obj,
            (q.obj[PREFETCHED] as ParticipantRow[] | undefined) ?? byId.get(q.obj.id) ?? [],
            q.params,
          ),
        );
      },
      {
        answered: (obj: Props, params: { role?: string | null }) =>
          Array.isArray(obj[PREFETCHED]) ? participantsOf(obj, obj[PREFETCHED] as ParticipantRow[], params) : undefined,
      },
    ),
  },
};
