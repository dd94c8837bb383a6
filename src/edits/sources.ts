// Sources given with an edit. For the seed documents, whose text the project keeps, a quote must
// stand verbatim in the text, exactly as the seed files are checked; a new document (with URL)
// cannot be checked here, so its quote is taken as given and the document is created.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { badInput } from '../errors.js';
import { fold } from '../domain/text.js';
import { containsQuote, normaliseForQuote } from '../seed/quote.js';
import { SEED_PATHS } from '../seed/paths.js';

export interface SourceInput {
  documentId?: string | null;
  newDocument?: { title: string; url: string; published?: string | null } | null;
  quote: string;
}

export interface ResolvedSources {
  sourceDocs: string[];
  sourceQuotes: string[];
  newDocuments: { id: string; title: string; url: string; published: string | null }[];
  // Existing documents the edit cites; the caller checks they exist inside its transaction.
  citedDocumentIds: string[];
}

const texts = new Map<string, Promise<string | null>>();

function seedText(documentId: string): Promise<string | null> {
  let t = texts.get(documentId);
  if (!t) {
    const file = documentId.slice('document:'.length);
    t = (async () => {
      for (const ext of ['.txt', '.md']) {
        try {
          return normaliseForQuote(await readFile(path.join(SEED_PATHS.documentsDir, file + ext), 'utf8'));
        } catch {
          // not this extension
        }
      }
      return null;
    })();
    texts.set(documentId, t);
  }
  return t;
}

export function slug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'x';
}

export async function resolveSources(list: SourceInput[]): Promise<ResolvedSources> {
  if (list.length === 0) throw badInput('every edit needs at least one source (a document and a verbatim quote)', { argument: 'sources' });
  if (list.length > 20) throw badInput('at most 20 sources per edit', { argument: 'sources' });
  const out: ResolvedSources = { sourceDocs: [], sourceQuotes: [], newDocuments: [], citedDocumentIds: [] };
  for (const [i, s] of list.entries()) {
    const quote = s.quote.trim();
    if (quote.length < 12 || quote.length > 2000) throw badInput(`sources[${i}].quote must be 12 to 2000 characters and state the fact`, { argument: `sources[${i}].quote` });
    if ((s.documentId ? 1 : 0) + (s.newDocument ? 1 : 0) !== 1) throw badInput(`sources[${i}] needs exactly one of documentId or newDocument`, { argument: `sources[${i}]` });
    if (s.documentId) {
      if (!/^document:[a-z0-9-]{1,120}$/.test(s.documentId)) throw badInput(`sources[${i}].documentId is not a document id`, { argument: `sources[${i}].documentId` });
      const text = await seedText(s.documentId);
      if (text !== null && !containsQuote(text, quote)) {
        throw badInput(`sources[${i}].quote is not verbatim in ${s.documentId}`, { argument: `sources[${i}].quote` });
      }
      out.citedDocumentIds.push(s.documentId);
      out.sourceDocs.push(s.documentId);
    } else {
      const d = s.newDocument!;
      let url: URL;
      try {
        url = new URL(d.url);
      } catch {
        throw badInput(`sources[${i}].newDocument.url is not a URL`, { argument: `sources[${i}].newDocument.url` });
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badInput(`sources[${i}].newDocument.url must be http(s)`, { argument: `sources[${i}].newDocument.url` });
      if (d.title.trim().length < 3 || d.title.length > 500) throw badInput(`sources[${i}].newDocument.title must be 3 to 500 characters`);
      // The same document given twice (or by a retried request) gets the same id.
      const id = `document:${slug(d.title).slice(0, 60)}-${createHash('sha256').update(url.href).digest('hex').slice(0, 10)}`;
      out.newDocuments.push({ id, title: d.title.trim(), url: url.href, published: d.published ?? null });
      out.sourceDocs.push(id);
    }
    out.sourceQuotes.push(quote);
  }
  return out;
}

// Adds new sources to an entity's existing ones without repeating a pair (a retried edit adds nothing).
export function mergeSources(existing: Record<string, unknown> | null, added: ResolvedSources) {
  const docs = [...((existing?.sourceDocs as string[] | undefined) ?? [])];
  const quotes = [...((existing?.sourceQuotes as string[] | undefined) ?? [])];
  added.sourceDocs.forEach((d, i) => {
    const q = added.sourceQuotes[i]!;
    if (!docs.some((x, j) => x === d && quotes[j] === q)) {
      docs.push(d);
      quotes.push(q);
    }
  });
  return { sourceDocs: docs, sourceQuotes: quotes };
}
