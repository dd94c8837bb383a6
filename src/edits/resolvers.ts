// Edits for editors and admins: every mutation is parsed by zod, must carry a source, runs as one
// managed write transaction (all or nothing) and records who changed what, with the entity before
// and after, as a (:Change) in that same transaction. Creates are idempotent: ids come from the
// official name or diary number (or the client's idempotency key for funding flows), and MERGE on
// them means a retried request whose first commit was lost cannot write twice.
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Role } from '../config.js';
import { ApiError, badInput } from '../errors.js';
import { agencyDerived, assignmentDerived, strategyDerived } from '../domain/derived.js';
import { cleanText } from '../domain/text.js';
import { decodeCursor, encodeCursor, parseFirst, parseId, toConnection } from '../graphql/args.js';
import type { Ctx } from '../graphql/context.js';
import type { ParticipantInput, Resolvers } from '../graphql/generated/resolvers-types.js';
import { typeOfId, type Props, type TypeName } from '../graphql/entities.js';
import { loadByIds } from '../graphql/relations.js';
import type { Run } from '../queries.js';
import { ownership } from '../seed/edits.js';
import { importDataset } from '../seed/import.js';
import { loadSeeds } from '../seed/load-seeds.js';
import { SEED_PATHS } from '../seed/paths.js';
import { mergeSources, resolveSources, slug, verifyStoredQuotes, type ResolvedSources } from './sources.js';

const RANK: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

export function requireRole(ctx: Ctx, role: Role) {
  if (ctx.principal.anonymous) throw new ApiError('UNAUTHENTICATED');
  if (RANK[ctx.principal.role] < RANK[role])
    throw new ApiError('FORBIDDEN', `This needs the ${role} role; the key has ${ctx.principal.role}.`);
}

// ---- input schemas (GraphQL has checked types and enums; these check content) ----
// Text is NFC-normalised and refused with control or bidi-override characters, or when nothing
// visible is left (src/domain/text.ts); only descriptions and notes may span lines.
const text = (max: number, opts: { multiline?: boolean } = {}) =>
  z
    .string()
    .transform((s, c) => {
      const r = cleanText(s, opts);
      if (r.ok) return r.value;
      c.addIssue({ code: 'custom', message: r.reason });
      return z.NEVER;
    })
    .pipe(z.string().min(1).max(max));
const idOf = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[a-z0-9][a-z0-9.-]{0,150}$`), `must be a ${prefix} id`);
const year = z.number().int().min(1900).max(2200);

const AgencyFields = z.object({
  name: text(300),
  nameEn: text(300).nullish(),
  abbreviation: text(40).nullish(),
  kind: z.string(),
});
const AssignmentFields = z.object({
  title: text(500),
  kind: z.string().nullish(),
  description: text(5000, { multiline: true }).nullish(),
  diaryNumbers: z.array(text(60)).max(20).nullish(),
  issuedById: idOf('agency').nullish(),
  decided: z.string().nullish(),
  reportDue: z.string().nullish(),
  strategyIds: z.array(idOf('strategy')).max(20).nullish(),
  focusAreaIds: z.array(idOf('focus-area')).max(20).nullish(),
});
const StrategyBase = z.object({
  name: text(500),
  kind: z.string(),
  diaryNumber: text(60).nullish(),
  periodStart: year.nullish(),
  periodEnd: year.nullish(),
  ownerId: idOf('agency').nullish(),
  parentId: idOf('strategy').nullish(),
});
const periodInOrder = (s: { periodStart?: unknown; periodEnd?: unknown }) =>
  typeof s.periodStart !== 'number' || typeof s.periodEnd !== 'number' || s.periodStart <= s.periodEnd;
const StrategyFields = StrategyBase.refine(periodInOrder, { message: 'periodStart is after periodEnd' });
const FlowFields = z.object({
  fromId: idOf('agency').nullish(),
  toId: idOf('agency'),
  amountSek: z.number().int().min(0).max(1e13).nullish(),
  qualifier: z.string(),
  stage: z.string(),
  year,
  appropriationId: idOf('appropriation').nullish(),
  paidViaId: idOf('agency').nullish(),
  assignmentId: idOf('assignment').nullish(),
  strategyId: idOf('strategy').nullish(),
  note: text(2000, { multiline: true }).nullish(),
});

function parse<T extends z.ZodType>(schema: T, value: unknown, arg: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw badInput(`${arg}${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`, { argument: arg });
  }
  return r.data;
}

// An ISO instant Neo4j's datetime() accepts, or null: JavaScript also parses years past 9999 and
// forms like "5" that Cypher refuses.
function isoInstant(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  const iso = new Date(t).toISOString();
  return /^\d{4}-/.test(iso) ? iso : null;
}

// ---- the edit engine ----

interface RelationSet {
  type: 'ISSUED_BY' | 'OWNED_BY' | 'PART_OF' | 'FROM' | 'TO' | 'PAID_VIA' | 'UNDER_APPROPRIATION' | 'FINANCES';
  targetLabel: string | null;
  targetId: string | null;
}

const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

async function checkRefs(run: Run, ids: (string | null | undefined)[], sources: ResolvedSources) {
  const wanted = [...new Set([...ids.filter((x): x is string => !!x), ...sources.citedDocumentIds])];
  if (wanted.length === 0) return;
  const found = new Set((await run('edits/existing-ids', { ids: wanted })).map((r) => r.id));
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length > 0) throw badInput(`unknown id(s): ${missing.join(', ')}`, { unknownIds: missing });
}

async function snapshot(run: Run, id: string): Promise<Props | null> {
  const [row] = await run('edits/snapshot', { id });
  return row?.props ?? null;
}

async function recordChange(run: Run, ctx: Ctx, operation: string, entityId: string, before: unknown, after: unknown) {
  if (stable(before) === stable(after)) return;
  await run('edits/record-change', {
    changeId: `change:${randomUUID()}`,
    at: new Date().toISOString(),
    keyId: ctx.principal.keyId,
    requestId: ctx.requestId,
    operation,
    entityId,
    before: before === null ? null : stable(before),
    after: stable(after),
  });
}

interface Upsert {
  operation: string;
  id: string;
  // The kind the mutation writes; an update given the id of another kind finds nothing.
  type: TypeName;
  file: 'edits/upsert-agency' | 'edits/upsert-assignment' | 'edits/upsert-strategy' | 'edits/upsert-funding-flow';
  mode: 'create' | 'update';
  refs: (string | null | undefined)[];
  sources: ResolvedSources;
  // The node's own properties from the input (undefined = keep), before sources are merged.
  props: (before: Props | null) => Record<string, unknown>;
  // Fields that decide whether a repeated create is the same entity.
  identity?: Record<string, unknown>;
  relations?: RelationSet[];
  after?: (run: Run) => Promise<void>;
}

async function upsert(ctx: Ctx, u: Upsert): Promise<Props> {
  // Ids carry their kind (src/graphql/entities.ts); without this, updateAgency on a strategy's id
  // would MERGE a second node under an id the uniqueness constraint already holds.
  if (typeOfId(u.id) !== u.type) throw new ApiError('NOT_FOUND', `no ${u.type} with id ${u.id}`);
  return ctx.db.writeTransaction(u.operation, async (run) => {
    await checkRefs(run, u.refs, u.sources);
    if (u.sources.newDocuments.length > 0) await run('edits/ensure-documents', { docs: u.sources.newDocuments });
    await verifyStoredQuotes(run, u.sources);
    const before = await snapshot(run, u.id);
    if (u.mode === 'update' && (!before || before.retired === true))
      throw new ApiError('NOT_FOUND', `no ${u.id.split(':')[0]} with id ${u.id}`);
    if (u.mode === 'create' && before) {
      const same =
        before.retired !== true &&
        u.identity &&
        Object.entries(u.identity).every(([k, v]) => stable(before[k] ?? null) === stable(v ?? null));
      if (!same) throw new ApiError('CONFLICT', `${u.id} already exists with other content; use the update mutation`);
    }
    const own = Object.fromEntries(Object.entries(u.props(before)).filter(([, v]) => v !== undefined));
    // The edit owns what it changed, so a re-import of the seeds keeps it (src/seed/edits.ts).
    const changed = Object.keys(own).filter((k) => stable(before?.[k] ?? null) !== stable(own[k] ?? null));
    const owned = ownership(before, changed, u.relations ?? [], u.sources);
    const [row] = await run(u.file, { id: u.id, props: { ...own, ...mergeSources(before, u.sources), ...owned } });
    if (u.relations && u.relations.length > 0) await run('edits/set-relations', { id: u.id, set: u.relations });
    if (u.after) await u.after(run);
    const after = row!.props;
    await recordChange(run, ctx, u.operation, u.id, before, after);
    return after;
  });
}

const rel = (
  type: RelationSet['type'],
  targetId: string | null | undefined,
  targetLabel: string | null = null,
): RelationSet[] => (targetId === undefined ? [] : [{ type, targetId, targetLabel }]);

// ---- per-kind property builders ----
function agencyProps(a: z.infer<typeof AgencyFields>) {
  return {
    name: a.name,
    nameEn: a.nameEn ?? null,
    abbreviation: a.abbreviation ?? null,
    kind: a.kind,
    ...agencyDerived(a),
  };
}

function assignmentProps(a: Partial<z.infer<typeof AssignmentFields>>, before: Props | null) {
  const diaryNumbers = a.diaryNumbers ?? (before?.diaryNumbers as string[] | undefined) ?? [];
  const title = a.title ?? (before?.title as string);
  return {
    title,
    kind: a.kind ?? before?.kind ?? 'GOVERNMENT_ASSIGNMENT',
    description: a.description ?? before?.description ?? null,
    diaryNumbers,
    decided: a.decided ?? before?.decided ?? null,
    reportDue: a.reportDue ?? before?.reportDue ?? null,
    // A date given through the API is a day; the seed's span (month, season…) no longer applies.
    ...(a.decided ? { decidedEnd: a.decided, decidedPrecision: 'DAY' } : {}),
    ...(a.reportDue ? { reportDueEnd: a.reportDue, reportDuePrecision: 'DAY' } : {}),
    interimReports: (before?.interimReports as string[] | undefined) ?? [],
    ...assignmentDerived({ title, diaryNumbers }),
  };
}

function strategyProps(s: Partial<z.infer<typeof StrategyFields>>, before: Props | null) {
  const name = s.name ?? (before?.name as string);
  const diaryNumber = s.diaryNumber ?? (before?.diaryNumber as string | null) ?? null;
  return {
    name,
    kind: s.kind ?? before?.kind,
    diaryNumber,
    periodStart: s.periodStart ?? before?.periodStart ?? null,
    periodEnd: s.periodEnd ?? before?.periodEnd ?? null,
    ...strategyDerived({ name, diaryNumber }),
  };
}

function checkFlow(f: { qualifier?: unknown; amountSek?: unknown }) {
  if (
    f.qualifier !== undefined &&
    (f.qualifier === 'UNSPECIFIED') !== (f.amountSek === null || f.amountSek === undefined)
  ) {
    throw badInput('amountSek must be given exactly when qualifier is not UNSPECIFIED', { argument: 'amountSek' });
  }
}

// ---- resolvers ----
export const resolvers: Resolvers = {
  Query: {
    // Key ids and whole before/after snapshots are for the people who edit, not for every reader.
    changes: async (_, args, ctx) => {
      requireRole(ctx, 'editor');
      const limit = parseFirst(args.first);
      const after = decodeCursor('change', args.after);
      // A cursor that decodes but holds no instant (tampered with) is refused before Neo4j's datetime() sees it.
      const afterAt = after ? isoInstant(after.key) : null;
      if (after && afterAt === null) throw badInput('after is not a cursor from this list', { argument: 'after' });
      const since = args.since != null ? isoInstant(args.since) : null;
      if (args.since != null && since === null)
        throw badInput('since must be an ISO date or date-time (years 0000 to 9999)', { argument: 'since' });
      const [row] = await ctx.db.read('edits/changes', {
        entityId: args.entityId ? parseId(args.entityId, 'entityId') : null,
        since,
        afterAt,
        afterId: after?.id ?? null,
        limit: limit + 1,
      });
      // No history for an id that names nothing is NOT_FOUND, not an empty log ('seeds' is the imports' entity).
      const entityId = args.entityId ? parseId(args.entityId, 'entityId') : null;
      if (
        row!.totalCount === 0 &&
        entityId !== null &&
        entityId !== 'seeds' &&
        !(await loadByIds(ctx.db, [entityId])).has(entityId)
      ) {
        throw new ApiError('NOT_FOUND', `entityId: no entity with id "${entityId}"`, {
          argument: 'entityId',
          id: entityId,
        });
      }
      return toConnection(row!.totalCount, row!.page, limit, (c) => encodeCursor('change', c.at, c.id));
    },
  },
  Mutation: {
    createAgency: async (_, { input }, ctx) => {
      requireRole(ctx, 'editor');
      const a = parse(AgencyFields, input, 'input');
      const sources = await resolveSources(input.sources);
      const props = agencyProps(a);
      return upsert(ctx, {
        operation: 'createAgency',
        type: 'Agency',
        id: `agency:${slug(a.name)}`,
        file: 'edits/upsert-agency',
        mode: 'create',
        refs: [],
        sources,
        props: () => props,
        identity: { name: props.name, nameEn: props.nameEn, abbreviation: props.abbreviation, kind: props.kind },
      });
    },
    updateAgency: async (_, { id, patch }, ctx) => {
      requireRole(ctx, 'editor');
      const p = parse(AgencyFields.partial(), patch, 'patch');
      const sources = await resolveSources(patch.sources);
      return upsert(ctx, {
        operation: 'updateAgency',
        type: 'Agency',
        id: parseId(id),
        file: 'edits/upsert-agency',
        mode: 'update',
        refs: [],
        sources,
        props: (before) =>
          agencyProps({
            name: p.name ?? (before!.name as string),
            nameEn: p.nameEn !== undefined ? p.nameEn : (before!.nameEn as string | null),
            abbreviation: p.abbreviation !== undefined ? p.abbreviation : (before!.abbreviation as string | null),
            kind: p.kind ?? (before!.kind as string),
          }),
      });
    },
    createAssignment: async (_, { input }, ctx) => {
      requireRole(ctx, 'editor');
      const a = parse(AssignmentFields, input, 'input');
      const sources = await resolveSources(input.sources);
      const id = `assignment:${slug(a.diaryNumbers?.[0] ?? a.title)}`;
      const props = assignmentProps(a, null);
      const links = [
        ...(a.strategyIds ?? []).map((t) => ({ kind: 'STRATEGY' as const, targetId: t })),
        ...(a.focusAreaIds ?? []).map((t) => ({ kind: 'FOCUS_AREA' as const, targetId: t })),
      ];
      return upsert(ctx, {
        operation: 'createAssignment',
        type: 'Assignment',
        id,
        file: 'edits/upsert-assignment',
        mode: 'create',
        refs: [a.issuedById, ...(a.strategyIds ?? []), ...(a.focusAreaIds ?? [])],
        sources,
        props: () => props,
        identity: { title: props.title, diaryNumbers: props.diaryNumbers },
        relations: rel('ISSUED_BY', a.issuedById ?? undefined, 'Agency'),
        after: async (run) => {
          if (links.length > 0)
            await run('edits/link-assignment', {
              id,
              links,
              sourceDocs: sources.sourceDocs,
              sourceQuotes: sources.sourceQuotes,
            });
        },
      });
    },
    updateAssignment: async (_, { id, patch }, ctx) => {
      requireRole(ctx, 'editor');
      const p = parse(AssignmentFields.partial(), patch, 'patch');
      const sources = await resolveSources(patch.sources);
      return upsert(ctx, {
        operation: 'updateAssignment',
        type: 'Assignment',
        id: parseId(id),
        file: 'edits/upsert-assignment',
        mode: 'update',
        refs: [p.issuedById],
        sources,
        props: (before) => assignmentProps(p, before),
        relations: rel('ISSUED_BY', p.issuedById ?? undefined, 'Agency'),
      });
    },
    createStrategy: async (_, { input }, ctx) => {
      requireRole(ctx, 'editor');
      const s = parse(StrategyFields, input, 'input');
      const sources = await resolveSources(input.sources);
      const props = strategyProps(s, null);
      return upsert(ctx, {
        operation: 'createStrategy',
        type: 'Strategy',
        id: `strategy:${slug(s.name)}`,
        file: 'edits/upsert-strategy',
        mode: 'create',
        refs: [s.ownerId, s.parentId],
        sources,
        props: () => props,
        identity: { name: props.name, kind: props.kind },
        relations: [
          ...rel('OWNED_BY', s.ownerId ?? undefined, 'Agency'),
          ...rel('PART_OF', s.parentId ?? undefined, 'Strategy'),
        ],
      });
    },
    updateStrategy: async (_, { id, patch }, ctx) => {
      requireRole(ctx, 'editor');
      const p = parse(
        StrategyBase.partial().refine(periodInOrder, { message: 'periodStart is after periodEnd' }),
        patch,
        'patch',
      );
      const sources = await resolveSources(patch.sources);
      const sid = parseId(id);
      if (p.parentId === sid) throw badInput('a strategy cannot be its own parent', { argument: 'patch.parentId' });
      return upsert(ctx, {
        operation: 'updateStrategy',
        type: 'Strategy',
        id: sid,
        file: 'edits/upsert-strategy',
        mode: 'update',
        refs: [p.ownerId, p.parentId],
        sources,
        props: (before) => {
          const next = strategyProps(p, before);
          // A patch of one end is checked against the stored other end, as a create checks both.
          if (!periodInOrder(next))
            throw badInput(`periodStart ${String(next.periodStart)} is after periodEnd ${String(next.periodEnd)}`, {
              argument: 'patch.periodEnd',
            });
          return next;
        },
        relations: [
          ...rel('OWNED_BY', p.ownerId ?? undefined, 'Agency'),
          ...rel('PART_OF', p.parentId ?? undefined, 'Strategy'),
        ],
      });
    },
    createFundingFlow: async (_, { idempotencyKey, input }, ctx) => {
      requireRole(ctx, 'editor');
      const key = parse(z.string().min(8).max(200), idempotencyKey, 'idempotencyKey');
      const f = parse(FlowFields, input, 'input');
      checkFlow(f);
      const sources = await resolveSources(input.sources);
      const props = {
        amountSek: f.amountSek ?? null,
        qualifier: f.qualifier,
        stage: f.stage,
        year: f.year,
        note: f.note ?? null,
      };
      return upsert(ctx, {
        operation: 'createFundingFlow',
        type: 'FundingFlow',
        id: `flow:api-${createHash('sha256').update(key).digest('hex').slice(0, 24)}`,
        file: 'edits/upsert-funding-flow',
        mode: 'create',
        refs: [f.fromId, f.toId, f.paidViaId, f.appropriationId, f.assignmentId, f.strategyId],
        sources,
        props: () => props,
        identity: props,
        relations: [
          ...rel('TO', f.toId, 'Agency'),
          ...rel('FROM', f.fromId ?? undefined, 'Agency'),
          ...rel('PAID_VIA', f.paidViaId ?? undefined, 'Agency'),
          ...rel('UNDER_APPROPRIATION', f.appropriationId ?? undefined, 'Appropriation'),
          ...rel('FINANCES', f.assignmentId ?? undefined, 'Assignment'),
          ...rel('FINANCES', f.strategyId ?? undefined, 'Strategy'),
        ],
      });
    },
    updateFundingFlow: async (_, { id, patch }, ctx) => {
      requireRole(ctx, 'editor');
      const p = parse(
        FlowFields.pick({ amountSek: true, qualifier: true, stage: true, year: true, note: true }).partial(),
        patch,
        'patch',
      );
      const sources = await resolveSources(patch.sources);
      return upsert(ctx, {
        operation: 'updateFundingFlow',
        type: 'FundingFlow',
        id: parseId(id),
        file: 'edits/upsert-funding-flow',
        mode: 'update',
        refs: [],
        sources,
        props: (before) => {
          const next = {
            amountSek: p.amountSek !== undefined ? p.amountSek : before!.amountSek,
            qualifier: p.qualifier ?? before!.qualifier,
            stage: p.stage ?? before!.stage,
            year: p.year ?? before!.year,
            note: p.note !== undefined ? p.note : (before!.note ?? null),
          };
          checkFlow(next);
          return next;
        },
      });
    },
    setParticipant: (_, args, ctx) => participant(ctx, args.input, 'setParticipant'),
    removeParticipant: (_, args, ctx) => participant(ctx, args.input, 'removeParticipant'),
    retire: async (_, args, ctx) => {
      requireRole(ctx, 'admin');
      const id = parseId(args.id);
      const sources = await resolveSources(args.sources);
      return ctx.db.writeTransaction('retire', async (run) => {
        await checkRefs(run, [], sources);
        if (sources.newDocuments.length > 0) await run('edits/ensure-documents', { docs: sources.newDocuments });
        await verifyStoredQuotes(run, sources);
        const before = await snapshot(run, id);
        if (!before) throw new ApiError('NOT_FOUND', `no entity with id ${id}`);
        const [row] = await run('edits/retire', {
          id,
          props: { retired: true, ...mergeSources(before, sources), ...ownership(before, ['retired'], [], sources) },
        });
        const after = row!.props;
        await recordChange(run, ctx, 'retire', id, before, after);
        return after;
      });
    },
    importSeeds: async (_, __, ctx) => {
      requireRole(ctx, 'admin');
      const ds = await loadSeeds(SEED_PATHS);
      const report = await importDataset(ctx.db.withTimeout(ctx.seedTimeoutMs), ds, () => {}, {
        who: ctx.principal.keyId,
        requestId: ctx.requestId,
      });
      const counts = report.counts!;
      return {
        nodes: counts.nodes as number,
        relationships: counts.relationships as number,
        checksum: report.checksum,
        keptEdits: report.edits!.keptEdits,
        conflicts: report.edits!.conflicts.map((c) => ({
          entityId: c.id,
          field: c.field,
          seedValue: JSON.stringify(c.seedValue),
          editValue: JSON.stringify(c.editValue),
        })),
        keptDropped: report.edits!.keptDropped,
      };
    },
  },
};

async function participant(ctx: Ctx, input: ParticipantInput, operation: 'setParticipant' | 'removeParticipant') {
  requireRole(ctx, 'editor');
  const assignmentId = parse(idOf('assignment'), input.assignmentId, 'input.assignmentId');
  const agencyId = parse(idOf('agency'), input.agencyId, 'input.agencyId');
  const sources = await resolveSources(input.sources);
  return ctx.db.writeTransaction(operation, async (run) => {
    await checkRefs(run, [assignmentId, agencyId], sources);
    if (sources.newDocuments.length > 0) await run('edits/ensure-documents', { docs: sources.newDocuments });
    await verifyStoredQuotes(run, sources);
    const before = await run('edits/participants', { id: assignmentId });
    if (operation === 'setParticipant') {
      const existing = before.find((p) => p.agencyId === agencyId && p.role === input.role) ?? null;
      const { editSourceDocs, editSourceQuotes } = ownership(existing, [], [], sources);
      await run('edits/set-participant', {
        assignmentId,
        agencyId,
        role: input.role,
        ...mergeSources(existing, sources),
        editSourceDocs,
        editSourceQuotes,
      });
    } else {
      const [row] = await run('edits/remove-participant', { assignmentId, agencyId, role: input.role });
      if (!row || row.removed === 0)
        throw new ApiError('NOT_FOUND', `${agencyId} is not ${input.role} of ${assignmentId}`);
    }
    const after = await run('edits/participants', { id: assignmentId });
    await recordChange(run, ctx, operation, assignmentId, { participants: before }, { participants: after });
    // checkRefs found the assignment in this same transaction.
    return (await snapshot(run, assignmentId))!;
  });
}
