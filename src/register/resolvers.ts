// The register's side of the API: official facts on Agency (each traceable to its register
// record), ministry links, lifecycle, and the questions the ministry links open.
import type { IResolvers } from 'mercurius';
import { badInput } from '../errors.js';
import { parseId, parseYear } from '../graphql/args.js';
import type { Ctx } from '../graphql/context.js';
import type { RowOf } from '../queries.js';
import type { Props } from '../graphql/entities.js';
import { loadByIds } from '../graphql/relations.js';
import { existedOn, partialDate } from './lifecycle.js';
import { REGISTER_FILE } from './records.js';

const REGISTER_PATH = `seeds/reference/${REGISTER_FILE}`;
const DEFAULT_STAGES = ['ALLOCATED', 'PAID'];

const registerSource = (record: unknown, registers: unknown) =>
  typeof record === 'string'
    ? { file: REGISTER_PATH, record, registers: Array.isArray(registers) ? registers : [] }
    : null;

// "202100-0068" or "2021000068" (spaces allowed); anything else is not an organisation number.
export function parseOrgNr(value: string): string {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits) || value.length > 20)
    throw badInput('orgNr must be an organisation number, NNNNNN-NNNN', { argument: 'filter.orgNr' });
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

export function registerFilter(f: {
  ministryId?: string | null;
  orgNr?: string | null;
  hasAssignment?: boolean | null;
  existedOn?: string | null;
}) {
  return {
    ministryId: f.ministryId ? parseId(f.ministryId, 'filter.ministryId') : null,
    orgNr: f.orgNr ? parseOrgNr(f.orgNr) : null,
    hasAssignment: f.hasAssignment ?? null,
    existedOn: f.existedOn ?? null,
  };
}

type AfterClosureRow = RowOf<'register/after-closure'>;

function closedParticipation(r: AfterClosureRow) {
  return {
    agency: r.agency,
    assignment: r.assignment,
    role: r.role,
    closed: partialDate(r.agency.closedText),
    decided: r.assignment.decided,
    successors: r.successors,
    reading: r.successors.length > 0 ? 'SUCCESSOR_TASK' : 'DATA_ERROR',
  };
}

export const resolvers: IResolvers = {
  Query: {
    assignmentsAfterClosure: async (_: unknown, __: unknown, ctx: Ctx) =>
      (await ctx.db.read('register/after-closure', { agencyIds: null })).map(closedParticipation),
    ministryCollaboration: async (
      _: unknown,
      args: { strategyId?: string | null; perStrategy?: boolean | null },
      ctx: Ctx,
    ) =>
      ctx.db.read('register/ministry-collaboration', {
        strategyId: args.strategyId ? parseId(args.strategyId, 'strategyId') : null,
        perStrategy: args.perStrategy ?? false,
      }),
    ministryFunding: async (
      _: unknown,
      args: { year?: number | null; stage?: string[] | null; strategyId?: string | null },
      ctx: Ctx,
    ) =>
      ctx.db.read('register/ministry-funding', {
        year: parseYear(args.year, 'year'),
        stages: args.stage && args.stage.length > 0 ? args.stage : DEFAULT_STAGES,
        strategyId: args.strategyId ? parseId(args.strategyId, 'strategyId') : null,
      }),
  },
  Agency: {
    orgNr: (a: Props) => a.orgNr ?? null,
    orgNrs: (a: Props) => a.orgNrs ?? [],
    wikidataId: (a: Props) => a.wikidataId ?? null,
    website: (a: Props) => a.website ?? null,
    governance: (a: Props) => a.governance ?? null,
    established: (a: Props) => partialDate(a.establishedText),
    closed: (a: Props) => partialDate(a.closedText),
    existedOn: (a: Props, args: { date: string }) => existedOn(a, args.date),
    register: (a: Props) => {
      const source = registerSource(a.registerRecord, a.registers);
      if (!source) return null;
      return {
        source,
        matchedBy: a.registerMatch ?? null,
        shortCode: a.shortCode ?? null,
        nameEn: a.registerNameEn ?? null,
        group: a.registerGroup ?? null,
        otherNames: a.otherNames ?? [],
        instructionSfs: a.instructionSfs ?? null,
        expiredBySfs: a.expiredBySfs ?? null,
        employees: a.employeesCount ?? null,
        employeesYear: a.employeesYear ?? null,
        ministryText: a.registerMinistry ?? null,
      };
    },
  },
  Succession: {
    basis: (s: Props) => s.basis ?? 'DOCUMENT',
    registerSource: (s: Props) => (s.basis === 'REGISTER' ? registerSource(s.registerRecord, s.registers) : null),
    referenceSource: (s: Props) =>
      s.basis === 'REFERENCE'
        ? { url: s.referenceUrl, publisher: s.referencePublisher, excerpt: s.referenceExcerpt }
        : null,
  },
  AssignmentParticipant: {
    afterClosure: (p: { agency: Props; assignmentDecided?: string | null }) => {
      const until = p.agency.existsUntil as string | null | undefined;
      return !!until && !!p.assignmentDecided && p.assignmentDecided >= until;
    },
  },
};

type Q = { obj: Props }[];

type MinistryRow = RowOf<'register/ministry-of'>;

async function ministryLinks(queries: Q, ctx: Ctx): Promise<(MinistryRow | undefined)[]> {
  const rows = await ctx.db.read('register/ministry-of', {
    ids: [...new Set(queries.map((q) => q.obj.id))],
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return queries.map((q) => byId.get(q.obj.id));
}

export const loaders = {
  Agency: {
    ministry: async (queries: Q, ctx: Ctx) => (await ministryLinks(queries, ctx)).map((r) => r?.ministry ?? null),
    ministryLink: async (queries: Q, ctx: Ctx) =>
      (await ministryLinks(queries, ctx)).map((r) =>
        r
          ? {
              ministry: r.ministry,
              holds: r.holds,
              asOf: partialDate(r.asOf),
              source: registerSource(r.record, r.registers),
            }
          : null,
      ),
    assignmentsAfterClosure: async (queries: Q, ctx: Ctx) => {
      const rows = await ctx.db.read('register/after-closure', {
        agencyIds: [...new Set(queries.map((q) => q.obj.id))],
      });
      return queries.map((q) => rows.filter((r) => r.agency.id === q.obj.id).map(closedParticipation));
    },
  },
  MinistryCollaboration: {
    strategy: async (queries: { obj: { strategyId: string | null } }[], ctx: Ctx) => {
      const map = await loadByIds(
        ctx.db,
        queries.map((q) => q.obj.strategyId).filter((x): x is string => !!x),
      );
      return queries.map((q) => (q.obj.strategyId ? (map.get(q.obj.strategyId) ?? null) : null));
    },
  },
};
