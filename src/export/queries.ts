// Parameters and rows of cypher/export/*.cypher (see src/neo4j/query-def.ts).
import { z } from 'zod';
import { readQuery } from '../neo4j/query-def.js';

const id = z.string();
const str = z.string().nullable();
const strs = z.array(z.string());
const int = z.number().int();
const sources = { sourceDocs: strs.nullable(), sourceQuotes: strs.nullable() };
const strategyOnly = z.object({ strategyId: id.nullable() });
const funding = z.object({
  strategyId: id.nullable(),
  agencyId: id.nullable(),
  year: int.nullable(),
  stages: strs,
});
const page = { after: z.string(), limit: int };
const count = z.object({ n: int });

export const exportQueries = {
  'export/agencies': readQuery(
    strategyOnly.extend(page),
    z.object({
      key: id,
      id,
      name: z.string(),
      nameEn: str,
      abbreviation: str,
      kind: z.string(),
      participations: int,
      ...sources,
    }),
  ),
  'export/assignments': readQuery(
    strategyOnly.extend(page),
    z.object({
      key: id,
      id,
      title: z.string(),
      kind: str,
      diaryNumber: str,
      diaryNumbers: strs.nullable(),
      issuedById: str,
      issuedByName: str,
      decided: str,
      reportDue: str,
      interimReports: strs.nullable(),
      strategyIds: strs,
      ...sources,
    }),
  ),
  'export/funding-flows': readQuery(
    funding.extend(page),
    z.object({
      key: id,
      id,
      year: int,
      stage: z.string(),
      qualifier: z.string(),
      amountSek: z.number().nullable(),
      fromId: str,
      fromName: str,
      paidViaId: str,
      paidViaName: str,
      toId: id,
      toName: z.string(),
      appropriation: str,
      assignmentId: str,
      strategyId: str,
      note: str,
      fundedByIds: strs,
      partOfId: str,
      ...sources,
    }),
  ),
  'export/participations': readQuery(
    strategyOnly.extend(page),
    z.object({
      key: z.string(),
      assignmentId: id,
      assignmentTitle: z.string(),
      diaryNumber: str,
      agencyId: id,
      agencyName: z.string(),
      role: z.string(),
      reportDue: str,
      ...sources,
    }),
  ),
  'export/count-agencies': readQuery(strategyOnly, count),
  'export/count-assignments': readQuery(strategyOnly, count),
  'export/count-funding-flows': readQuery(funding, count),
  'export/count-participations': readQuery(strategyOnly, count),
  'export/network-nodes': readQuery(
    z.object({ strategyId: id.nullable(), limit: int }),
    z.object({ id, name: z.string(), abbreviation: str, kind: z.string(), assignments: int }),
  ),
  'export/network-edges': readQuery(
    z.object({ strategyId: id.nullable(), limit: int }),
    z.object({ source: id, target: id, weight: int, shared: strs, sourceDocs: strs }),
  ),
};
