// dataVersion: which data answered. The same numbers go out as the x-data-version header on every
// GraphQL response that reads it, so a saved answer can be tied to the graph it came from.
import type { Resolvers } from '../graphql/generated/resolvers-types.js';

export const resolvers: Resolvers = {
  Query: {
    dataVersion: async (_, __, ctx) => {
      const [row] = await ctx.db.read('meta/data-version');
      const v = {
        seedChecksum: row?.seedChecksum ?? null,
        importedAt: row?.importedAt ?? null,
        graphVersion: Number(row?.graphVersion ?? 0),
        editsSinceImport: Number(row?.editsSinceImport ?? 0),
        lastEditAt: row?.lastEditAt ?? null,
      };
      ctx.reply?.header('x-data-version', `${v.seedChecksum?.slice(0, 12) ?? 'none'}.${v.graphVersion}`);
      return { ...v, tag: `${v.seedChecksum?.slice(0, 12) ?? 'none'}.${v.graphVersion}` };
    },
  },
};
