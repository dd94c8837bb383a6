// What each /export dataset is: its Cypher (cypher/export/<name>.cypher, paged by key, and
// count-<name>.cypher), the filters it takes (checked with zod, unknown ones refused), and its
// columns. Sources travel with every row: document ids and the verbatim quotes, in order.
import { z } from 'zod';

export const FUNDING_STAGES = ['PROPOSED', 'ESTIMATED', 'ALLOCATED', 'PAID'] as const;

const id = z.string().min(1).max(200);
const strategyOnly = z.strictObject({ strategyId: id.optional() });
const funding = z.strictObject({
  strategyId: id.optional(),
  // Flows the agency pays or receives (the explorer's money view for one agency).
  agencyId: id.optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  // As the API's FundingFilter: decided money only unless the promises are asked for.
  stage: z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim().toUpperCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(FUNDING_STAGES)).min(1))
    .optional(),
});

export interface Dataset {
  name: string;
  // The named queries, spelled out so that every .cypher file is findable from its caller.
  query: 'export/agencies' | 'export/assignments' | 'export/participations' | 'export/funding-flows';
  countQuery:
    | 'export/count-agencies'
    | 'export/count-assignments'
    | 'export/count-participations'
    | 'export/count-funding-flows';
  filters: z.ZodType<{ strategyId?: string; agencyId?: string; year?: number; stage?: string[] }>;
  columns: string[];
}

export const DATASETS: Record<string, Dataset> = {
  agencies: {
    name: 'agencies',
    query: 'export/agencies',
    countQuery: 'export/count-agencies',
    filters: strategyOnly,
    columns: ['id', 'name', 'nameEn', 'abbreviation', 'kind', 'participations'],
  },
  assignments: {
    name: 'assignments',
    query: 'export/assignments',
    countQuery: 'export/count-assignments',
    filters: strategyOnly,
    columns: [
      'id',
      'title',
      'kind',
      'diaryNumber',
      'diaryNumbers',
      'issuedById',
      'issuedByName',
      'decided',
      'reportDue',
      'interimReports',
      'strategyIds',
    ],
  },
  participations: {
    name: 'participations',
    query: 'export/participations',
    countQuery: 'export/count-participations',
    filters: strategyOnly,
    columns: ['assignmentId', 'assignmentTitle', 'diaryNumber', 'agencyId', 'agencyName', 'role', 'reportDue'],
  },
  'funding-flows': {
    name: 'funding-flows',
    query: 'export/funding-flows',
    countQuery: 'export/count-funding-flows',
    filters: funding,
    columns: [
      'id',
      'year',
      'stage',
      'qualifier',
      'amountSek',
      'fromId',
      'fromName',
      'paidViaId',
      'paidViaName',
      'toId',
      'toName',
      'appropriation',
      'assignmentId',
      'strategyId',
      'note',
      'fundedByIds',
      'partOfId',
    ],
  },
};

export const SOURCE_COLUMNS = ['sourceDocuments', 'sourceQuotes'];

export interface Source {
  document: string;
  quote: string;
}

export function sourcesOf(row: { sourceDocs?: string[] | null; sourceQuotes?: string[] | null }): Source[] {
  const docs = row.sourceDocs ?? [];
  const quotes = row.sourceQuotes ?? [];
  return docs.map((document, i) => ({ document, quote: quotes[i] ?? '' }));
}

export function cypherParams(filters: { strategyId?: string; agencyId?: string; year?: number; stage?: string[] }) {
  return {
    strategyId: filters.strategyId ?? null,
    agencyId: filters.agencyId ?? null,
    year: filters.year ?? null,
    stages: filters.stage ?? ['ALLOCATED', 'PAID'],
  };
}
