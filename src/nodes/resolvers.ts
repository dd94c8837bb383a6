// node(id), documents, and what every type shares: Node's type resolution and Source.document.
import { parseId } from '../graphql/args.js';
import type { Ctx, Loaders } from '../graphql/context.js';
import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { sourcesOf, typeOfId, type Props, type SourceRef, type TypeName } from '../graphql/entities.js';
import { loadByIds, oneLoader } from '../graphql/relations.js';
import { documentUrl } from '../plugins/documents.js';
import { DOCUMENT_IDS } from '../seed/records.js';

const SEED_DOCUMENTS = new Set<string>(DOCUMENT_IDS.map((d) => `document:${d}`));

// Absolute addresses, as the client reached this server (X-Forwarded-* behind a trusted proxy).
export function baseUrl(ctx: Ctx): string {
  const req = ctx.reply?.request;
  return req ? `${req.protocol}://${req.host}` : '';
}

// Root lookup by id for one type: null for an unknown id or an id of another kind.
export function byId(type: TypeName) {
  return async (_: unknown, args: { id: string }, ctx: Ctx): Promise<Props | null> => {
    const id = parseId(args.id);
    if (typeOfId(id) !== type) return null;
    return (await loadByIds(ctx.db, [id])).get(id) ?? null;
  };
}

export const sources = (obj: Record<string, unknown>): SourceRef[] => sourcesOf(obj);

export const resolvers: Resolvers = {
  Query: {
    node: async (_, args, ctx) => {
      const id = parseId(args.id);
      if (typeOfId(id) === null) return null;
      return (await loadByIds(ctx.db, [id])).get(id) ?? null;
    },
    documents: async (_, __, ctx) => (await ctx.db.read('entities/documents')).map((r) => r.node as Props),
  },
  Node: {
    resolveType: (obj: Props) => typeOfId(obj.id),
  },
  Document: {
    sources,
    textUrl: (d: Props, _: unknown, ctx: Ctx) => (d.file ? documentUrl(baseUrl(ctx), d.id) : null),
  },
  Source: {
    // Every seed document has its text here; a document added through the API (a web address) has none.
    url: (s: SourceRef, _: unknown, ctx: Ctx) =>
      SEED_DOCUMENTS.has(s.documentId) ? documentUrl(baseUrl(ctx), s.documentId, s.quote) : null,
  },
};

export const loaders: Loaders = {
  Source: {
    document: async (queries, ctx) => {
      const map = await loadByIds(
        ctx.db,
        queries.map((q) => q.obj.documentId),
      );
      return queries.map((q) => map.get(q.obj.documentId) ?? { id: q.obj.documentId, title: q.obj.documentId });
    },
    // A quote was checked when its document has a text to check it against: a seed document's
    // file (seed:check) or the full text an API edit gave (src/edits/sources.ts).
    verified: async (queries, ctx) => {
      const map = await loadByIds(
        ctx.db,
        queries.map((q) => q.obj.documentId),
      );
      return queries.map((q) => {
        const doc = map.get(q.obj.documentId);
        return typeof doc?.file === 'string' || doc?.hasText === true;
      });
    },
  },
  Document: { publisher: oneLoader('publisher') },
};
