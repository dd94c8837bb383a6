// What a named Cypher file takes and gives: zod schemas for its parameters and for one row. The
// schemas are types first (the executor's read/write are generic over the name, so an unknown
// name or a wrong parameter is a compile error and rows come back typed); rows are parsed with
// them only in test/int/queries.int.test.ts, which runs every query against the seeded graph:
// parsing every row on every request would cost throughput and tell us nothing new.
import { z } from 'zod';

export interface QueryDef<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  // A read query runs in executeRead (a cluster routes it to a reader); `db.read` takes only these.
  mode: 'read' | 'write';
  params: P;
  row: R;
}

export const readQuery = <P extends z.ZodType, R extends z.ZodType>(params: P, row: R) =>
  ({ mode: 'read', params, row }) as const satisfies QueryDef<P, R>;

export const writeQuery = <P extends z.ZodType, R extends z.ZodType>(params: P, row: R) =>
  ({ mode: 'write', params, row }) as const satisfies QueryDef<P, R>;

export const noParams = z.object({});
// A write that returns nothing (no RETURN clause): no rows.
export const noRow = z.never();
export const idsParam = z.object({ ids: z.array(z.string()) });
// A keyset cursor's sort key (src/graphql/args.ts): a name or title, or a year.
export const cursorKey = z.union([z.string(), z.number()]).nullable();
export const nullable = <T extends z.ZodType>(t: T) => t.nullable();
