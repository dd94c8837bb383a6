// The register's side of the API: official facts on Agency (each traceable to its register
// record), ministry links, lifecycle, and the questions the ministry links open.
import { badInput } from '../errors.js';
import { parseId, parseYear } from '../graphql/args.js';
import type { Ctx, Loaders } from '../graphql/context.js';
import type {
  AfterClosureReading,
  AgencyFilter,
  RegisterSource,
  Resolvers,
} from '../graphql/generated/resolvers-types.js';
import type { RowOf } from '../queries.js';
import type { Props } from '../graphql/entities.js';
import { loadByIds } from '../graphql/relations.js';
import { existedOn, partialDate } from './lifecycle.js';
import { REGISTER_FILE } from './records.js';

const REGISTER_PATH = `seeds/reference/${REGISTER_FILE}`;
const DEFAULT_STAGES = ['ALLOCATED', 'PAID'];

function registerSource(record: string, registers: unknown): RegisterSource;
function registerSource(record: unknown, registers: unknown): RegisterSource | null;
function registerSource(record: unknown, registers: unknown): RegisterSource | null {
  return typeof record === 'string'
    ? { file: REGISTER_PATH, record, registers: Array.isArray(registers) ? registers : [] }
    : null;
}

// "202100-0068" or "2021000068" (spaces allowed); anything else is not an organisation number.
export function parseOrgNr(value: string): string {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits) || value.length > 20)
    throw badInput('orgNr must be an organisation number, NNNNNN-NNNN', { argument: 'filter.orgNr' });
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

export function registerFilter(f: AgencyFilter) {
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
    // The import sets existsUntil only from a register end date, which is also closedText.
    closed: partialDate(r.agency.closedText)!,
    decided: r.assignment.decided,
    successors: r.successors,
    reading: (r.successors.length > 0 ? 'SUCCESSOR_TASK' : 'DATA_ERROR') as AfterClosureReading,
  };
}

export const resolvers: Resolvers = {
  Query: {
    assignmentsAfterClosure: async (_, __, ctx) =>
      (await ctx.db.read('register/after-closure', { agencyIds: null })).map(closedParticipation),
    ministryCollaboration: async (_, args, ctx) =>
      ctx.db.read('register/ministry-collaboration', {
        strategyId: args.strategyId ? parseId(args.strategyId, 'strategyId') : null,
        perStrategy: args.perStrategy ?? false,
      }),
    ministryFunding: async (_, args, ctx) =>
      ctx.db.read('register/ministry-funding', {
        year: parseYear(args.year, 'year'),
        stages: args.stage && args.stage.length > 0 ? args.stage : DEFAULT_STAGES,
        strategyId: args.strategyId ? parseId(args.strategyId, 'strategyId') : null,
      }),
  },
  Agency: {
    orgNr: (a) => a.orgNr ?? null,
    orgNrs: (a) => a.orgNrs ?? [],
    wikidataId: (a) => a.wikidataId ?? null,
    website: (a) => a.website ?? null,
    governance: (a) => a.governance ?? null,
    established: (a: Props) => partialDate(a.establishedText),
    closed: (a: Props) => partialDate(a.closedText),
    existedOn: (a: Props, args) => existedOn(a, args.date),
    register: (a) => {
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
    basis: (s) => s.basis ?? 'DOCUMENT',
    registerSource: (s) => (s.basis === 'REGISTER' ? registerSource(s.registerRecord, s.registers) : null),
    referenceSource: (s) =>
      s.basis === 'REFERENCE'
        ? { url: s.referenceUrl, publisher: s.referencePublisher, excerpt: s.referenceExcerpt }
        : null,
  },
  AssignmentParticipant: {
    afterClosure: (p) => {
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

export const loaders: Loaders = {
  Agency: {
    ministry: async (queries, ctx) => (await ministryLinks(queries, ctx)).map((r) => r?.ministry ?? null),
    ministryLink: async (queries, ctx) =>
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
    assignmentsAfterClosure: async (queries, ctx) => {
      const rows = await ctx.db.read('register/after-closure', {
        agencyIds: [...new Set(queries.map((q) => q.obj.id))],
      });
      return queries.map((q) => rows.filter((r) => r.agency.id === q.obj.id).map(closedParticipation));
    },
  },
  MinistryCollaboration: {
    strategy: async (queries, ctx) => {
      const map = await loadByIds(
        ctx.db,
        queries.map((q) => q.obj.strategyId).filter((x): x is string => !!x),
      );
      return queries.map((q) => (q.obj.strategyId ? (map.get(q.obj.strategyId) ?? null) : null));
    },
  },
};
