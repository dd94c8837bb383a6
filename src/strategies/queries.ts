// Parameters and rows of cypher/strategies/*.cypher (see src/neo4j/query-def.ts).
import { z } from 'zod';
import { cursorKey, idsParam, readQuery } from '../neo4j/query-def.js';
import { AgencyRow, AssignmentRow, FundingFlowRow, StrategyRow } from '../neo4j/rows.js';

const id = z.string();

export const strategyQueries = {
  'strategies/list': readQuery(z.object({ kind: z.string().nullable() }), z.object({ node: StrategyRow })),
  'strategies/agencies-of': readQuery(idsParam, z.object({ id, agencies: z.array(AgencyRow) })),
  'strategies/assignments-of': readQuery(
    z.object({
      items: z.array(
        z.object({
          key: z.number().int(),
          strategyId: id,
          includeChildren: z.boolean(),
          afterKey: cursorKey,
          afterId: id.nullable(),
          limit: z.number().int(),
        }),
      ),
    }),
    z.object({ key: z.number().int(), totalCount: z.number().int(), page: z.array(AssignmentRow) }),
  ),
  'strategies/focus-area-assignments': readQuery(idsParam, z.object({ id, assignments: z.array(AssignmentRow) })),
  'strategies/funding-of': readQuery(idsParam, z.object({ id, flows: z.array(FundingFlowRow) })),
};
