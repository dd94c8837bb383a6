// GET /documents/:id serves a source document's text so that every quote can be checked where it
// stands: HTML with the passages given by ?quote=… marked (the first one is #passage), or the
// plain text with Accept: text/plain. The texts are public, so src/app.ts registers this route
// outside the contexts that ask for a key. Only documents with a file in seeds/documents/ have a text here.
import type { RowOf } from '../queries.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { ApiError, errorBody } from '../errors.js';
import { SEED_PATHS } from '../seed/paths.js';
import { markQuotes, renderHtml } from '../documents/render.js';

export const DOCUMENTS_PREFIX = '/documents/';
const FILE = /^[a-z0-9-]+\.(txt|md)$/;
const MAX_QUOTES = 20;

// The address of a document's text, with the passage marked and scrolled to when a quote is given.
export function documentUrl(base: string, documentId: string, quote?: string): string {
  const q = quote ? `?quote=${encodeURIComponent(quote)}#passage` : '';
  return `${base}${DOCUMENTS_PREFIX}${encodeURIComponent(documentId)}${q}`;
}

const documentsPlugin: FastifyPluginAsync<{ documentsDir?: string }> = async (app, opts) => {
  const dir = opts.documentsDir ?? SEED_PATHS.documentsDir;
  const texts = new Map<string, string>();
  const textOf = async (file: string) => {
    let t = texts.get(file);
    if (t === undefined) {
      t = (await readFile(path.join(dir, file), 'utf8')).normalize('NFC');
      texts.set(file, t);
    }
    return t;
  };

  app.get<{ Params: { id: string }; Querystring: { quote?: string | string[] } }>(
    '/documents/:id',
    async (req, reply) => {
      const id = req.params.id;
      const notFound = () =>
        reply.code(404).send(errorBody('NOT_FOUND', `No document text for id "${id.slice(0, 100)}".`));
      if (!id.startsWith('document:') || id.length > 200) return notFound();
      let row: RowOf<'entities/by-ids'> | undefined;
      try {
        [row] = await app.db.read('entities/by-ids', { ids: [id] });
      } catch (err) {
        if (err instanceof ApiError) return reply.code(err.status).send(errorBody(err.code));
        throw err;
      }
      const doc = row?.node as
        | { id: string; title: string; file?: string | null; url?: string | null; retired?: boolean }
        | undefined;
      if (!doc || doc.retired || !doc.file || !FILE.test(doc.file)) return notFound();
      const text = await textOf(doc.file);
      reply.header('cache-control', 'public, max-age=300');
      const accept = req.headers.accept ?? '';
      if (/text\/plain/.test(accept) && !/text\/html/.test(accept))
        return reply.type('text/plain; charset=utf-8').send(text);
      const raw = req.query.quote;
      const quotes = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
        .filter((q) => q.length > 0)
        .slice(0, MAX_QUOTES);
      const marked = markQuotes(text, quotes);
      reply.header('x-passages-found', String(marked.spans.length));
      return reply.type('text/html; charset=utf-8').send(renderHtml(doc, text, marked));
    },
  );
};

export default documentsPlugin;
