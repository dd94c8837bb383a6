// The one stage rule: every field that lists or sums flows keeps ALLOCATED and PAID unless the
// caller names stages, so a front end never adds promises (PROPOSED, ESTIMATED) to decided money.
import type { Props } from '../graphql/entities.js';

export const STAGES = ['PROPOSED', 'ESTIMATED', 'ALLOCATED', 'PAID'] as const;
export const DEFAULT_STAGES: readonly string[] = ['ALLOCATED', 'PAID'];

export const stagesOrDefault = (stage: readonly string[] | null | undefined): string[] =>
  stage && stage.length > 0 ? [...stage] : [...DEFAULT_STAGES];

// Wraps a batched list loader of flows so that it honours a `stage` argument with the default.
export const withStages =
  <C>(load: (queries: { obj: Props }[], ctx: C) => Promise<Props[][]>) =>
  async (queries: { obj: Props; params?: { stage?: string[] | null } }[], ctx: C): Promise<Props[][]> => {
    const lists = await load(queries, ctx);
    return lists.map((list, i) => {
      const stages = stagesOrDefault(queries[i]!.params?.stage);
      return list.filter((f) => stages.includes(f.stage as string));
    });
  };
