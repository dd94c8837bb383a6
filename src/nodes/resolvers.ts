// node(id), documents, and what every type shares: Node's type resolution and Source.document.
import type { IResolvers } from 'mercurius';
import { parseId } from '../graphql/args.js';
import type { Ctx } from '../graphql/context.js';
import { sourcesOf, typeOfId, type Props, type SourceRef, type TypeName } from '../graphql/entities.js';
import { loadByIds, oneLoader } from '../graphql/relations.js';

// Root lookup by id for one type: null for an unknown id or an id of another kind.
export function byId(type: TypeName) {
  return async (_: unknown, args: { id: string }, ctx: Ctx): Promise<Props | null> => {
    const id = parseId(args.id);
    if (typeOfId(id) !== type) return null;
    return (await loadByIds(ctx.db, [id])).get(id) ?? null;
  };
}

export const sources = (obj: Props): SourceRef[] => sourcesOf(obj);

export const resolvers: IResolvers = {
  Query: {
    node: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      const id = parseId(args.id);
      if (typeOfId(id) === null) return null;
      return (await loadByIds(ctx.db, [id])).get(id) ?? null;
    },
    documents: async (_: unknown, __: unknown, ctx: Ctx) => (await ctx.db.read('entities/documents')).map((r) => r.node),
  },
  Node: {
    resolveType: (obj: Props) => typeOfId(obj.id),
  },
  Document: { sources },
};

export const loaders = {
  Source: {
    document: async (queries: { obj: SourceRef }[], ctx: Ctx) => {
      const map = await loadByIds(ctx.db, queries.map((q) => q.obj.documentId));
      return queries.map((q) => map.get(q.obj.documentId) ?? { id: q.obj.documentId, title: q.obj.documentId });
    },
    // A quote was checked when its document has a text to check it against: a seed document's
    // file (seed:check) or the full text an API edit gave (src/edits/sources.ts).
    verified: async (queries: { obj: SourceRef }[], ctx: Ctx) => {
      const map = await loadByIds(ctx.db, queries.map((q) => q.obj.documentId));
      return queries.map((q) => {
        const doc = map.get(q.obj.documentId);
        return typeof doc?.file === 'string' || doc?.hasText === true;
      });
    },
  },
  Document: { publisher: oneLoader('publisher') },
};
