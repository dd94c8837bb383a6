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

// A node's sources, for nodes whose `sources` is selected: node queries project the served
// properties without them (cypher/agencies/list.cypher and the others), so they are read here in
// one batch per level. A node that came back whole (an edit's answer, a lookup by id) has them.
const whole = (obj: Props) => 'sourceDocs' in obj;

async function sourceRows(queries: { obj: Props }[], ctx: Ctx) {
  const missing = [...new Set(queries.filter((q) => !whole(q.obj)).map((q) => q.obj.id))];
  const rows = missing.length > 0 ? await ctx.db.read('entities/sources', { ids: missing }) : [];
  return new Map(rows.map((r) => [r.id, r]));
}

export const nodeSources = async (queries: { obj: Props }[], ctx: Ctx): Promise<SourceRef[][]> => {
  const byId = await sourceRows(queries, ctx);
  return queries.map((q) => sourcesOf(whole(q.obj) ? q.obj : (byId.get(q.obj.id) ?? {})));
};

export const exceedsSources = async (queries: { obj: Props }[], ctx: Ctx): Promise<SourceRef[][]> => {
  const byId = await sourceRows(queries, ctx);
  return queries.map((q) => {
    const f = whole(q.obj) ? q.obj : byId.get(q.obj.id);
    return sourcesOf({ sourceDocs: f?.exceedsSourceDocs, sourceQuotes: f?.exceedsSourceQuotes });
  });
};

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
    textUrl: (d: Props, _: unknown, ctx: Ctx) => (d.file ? documentUrl(baseUrl(ctx), d.id) : null),
  },
  Source: {
    // Every seed document has its text here; a document added through the API (a web address) has none.
    url: (s: SourceRef, _: unknown, ctx: Ctx) =>
      SEED_DOCUMENTS.has(s.documentId) ? documentUrl(baseUrl(ctx), s.documentId, s.quote) : null,
  },
};

// The documents quotes cite, kept for the rest of the request: a handful of documents back every
// quote, and an answer with sources at several levels (agencies, their assignments, the
// participations) would otherwise read the same documents once per level; Source.document and
// Source.verified on one level share one read too.
const citedByRequest = new WeakMap<Ctx, Map<string, Promise<Props | undefined>>>();

async function citedDocuments(ids: string[], ctx: Ctx): Promise<Map<string, Props | undefined>> {
  let known = citedByRequest.get(ctx);
  if (!known) {
    known = new Map();
    citedByRequest.set(ctx, known);
  }
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  if (missing.length > 0) {
    const read = loadByIds(ctx.db, missing);
    for (const id of missing) {
      const doc = read.then((map) => map.get(id));
      // Awaited below by whoever asks for it; without a handler here a failed read would also
      // reject the ids nobody awaits any more, an unhandled rejection that stops the process.
      doc.catch(() => {});
      known.set(id, doc);
    }
  }
  const unique = [...new Set(ids)];
  const docs = await Promise.all(unique.map((id) => known.get(id)!));
  return new Map(unique.map((id, i) => [id, docs[i]]));
}

export const loaders: Loaders = {
  Source: {
    document: async (queries, ctx) => {
      const map = await citedDocuments(
        queries.map((q) => q.obj.documentId),
        ctx,
      );
      return queries.map((q) => map.get(q.obj.documentId) ?? { id: q.obj.documentId, title: q.obj.documentId });
    },
    // A quote was checked when its document has a text to check it against: a seed document's
    // file (seed:check) or the full text an API edit gave (src/edits/sources.ts).
    verified: async (queries, ctx) => {
      const map = await citedDocuments(
        queries.map((q) => q.obj.documentId),
        ctx,
      );
      return queries.map((q) => {
        const doc = map.get(q.obj.documentId);
        return typeof doc?.file === 'string' || doc?.hasText === true;
      });
    },
  },
  Document: { publisher: oneLoader('publisher'), sources: nodeSources },
};
