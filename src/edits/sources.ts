// Sources given with an edit. A quote must stand verbatim in its document's text wherever a text
// is known: the seed documents' files (as the seed files are checked), or the full text given with
// a new document through the API (stored in a DocumentText node beside the Document, so later
// quotes of it are checked too). A new document given without its text cannot be checked: it is created, its quotes
// are taken as given, and every Source citing it is served with verified: false.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { badInput } from '../errors.js';
import { cleanText, cleanUrl, fold } from '../domain/text.js';
import type { Run } from '../queries.js';
import { containsQuote, normaliseForQuote } from '../seed/quote.js';
import { SEED_PATHS } from '../seed/paths.js';
import type { SourceInput } from '../graphql/generated/resolvers-types.js';

export type { SourceInput };

export interface ResolvedSources {
  sourceDocs: string[];
  sourceQuotes: string[];
  newDocuments: { id: string; title: string; url: string; published: string | null; fullText: string | null }[];
  // Existing documents the edit cites; the caller checks they exist inside its transaction.
  citedDocumentIds: string[];
  // Quotes of documents whose text is not in the repository (API-created): checked inside the
  // transaction against the stored fullText, when there is one.
  toVerify: { documentId: string; quote: string; index: number }[];
}

const MAX_DOCUMENT_TEXT = 5_000_000;

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
  return (
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'x'
  );
}

export async function resolveSources(list: SourceInput[]): Promise<ResolvedSources> {
  if (list.length === 0)
    throw badInput('every edit needs at least one source (a document and a verbatim quote)', { argument: 'sources' });
  if (list.length > 20) throw badInput('at most 20 sources per edit', { argument: 'sources' });
  const out: ResolvedSources = {
    sourceDocs: [],
    sourceQuotes: [],
    newDocuments: [],
    citedDocumentIds: [],
    toVerify: [],
  };
  for (const [i, s] of list.entries()) {
    const cleanQuote = cleanText(s.quote, { multiline: true });
    if (!cleanQuote.ok) throw badInput(`sources[${i}].quote ${cleanQuote.reason}`, { argument: `sources[${i}].quote` });
    const quote = cleanQuote.value;
    if (quote.length < 12 || quote.length > 2000)
      throw badInput(`sources[${i}].quote must be 12 to 2000 characters and state the fact`, {
        argument: `sources[${i}].quote`,
      });
    if ((s.documentId ? 1 : 0) + (s.newDocument ? 1 : 0) !== 1)
      throw badInput(`sources[${i}] needs exactly one of documentId or newDocument`, { argument: `sources[${i}]` });
    if (s.documentId) {
      if (!/^document:[a-z0-9-]{1,120}$/.test(s.documentId))
        throw badInput(`sources[${i}].documentId is not a document id`, { argument: `sources[${i}].documentId` });
      const text = await seedText(s.documentId);
      if (text !== null && !containsQuote(text, quote)) {
        throw badInput(`sources[${i}].quote is not verbatim in ${s.documentId}`, { argument: `sources[${i}].quote` });
      }
      if (text === null) out.toVerify.push({ documentId: s.documentId, quote, index: i });
      out.citedDocumentIds.push(s.documentId);
      out.sourceDocs.push(s.documentId);
    } else {
      const d = s.newDocument!;
      const url = cleanUrl(d.url);
      if (!url.ok)
        throw badInput(`sources[${i}].newDocument.url ${url.reason}`, { argument: `sources[${i}].newDocument.url` });
      const title = cleanText(d.title);
      if (!title.ok)
        throw badInput(`sources[${i}].newDocument.title ${title.reason}`, {
          argument: `sources[${i}].newDocument.title`,
        });
      if (title.value.length < 3 || title.value.length > 500)
        throw badInput(`sources[${i}].newDocument.title must be 3 to 500 characters`, {
          argument: `sources[${i}].newDocument.title`,
        });
      let fullText: string | null = null;
      if (d.text != null) {
        const t = cleanText(d.text, { multiline: true });
        if (!t.ok)
          throw badInput(`sources[${i}].newDocument.text ${t.reason}`, { argument: `sources[${i}].newDocument.text` });
        if (t.value.length > MAX_DOCUMENT_TEXT)
          throw badInput(`sources[${i}].newDocument.text may be at most ${MAX_DOCUMENT_TEXT} characters`, {
            argument: `sources[${i}].newDocument.text`,
          });
        fullText = t.value;
      }
      // The same document given twice (or by a retried request) gets the same id.
      const id = `document:${slug(title.value).slice(0, 60)}-${createHash('sha256').update(url.value).digest('hex').slice(0, 10)}`;
      out.newDocuments.push({ id, title: title.value, url: url.value, published: d.published ?? null, fullText });
      out.toVerify.push({ documentId: id, quote, index: i });
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

// Inside the edit's transaction, after new documents are created: every quote of a document whose
// text the graph holds must stand in that text (the stored one, if the document existed already).
export async function verifyStoredQuotes(run: Run, sources: ResolvedSources): Promise<void> {
  if (sources.toVerify.length === 0) return;
  const rows = await run('edits/document-texts', { ids: [...new Set(sources.toVerify.map((v) => v.documentId))] });
  const texts = new Map(rows.map((r) => [r.id, r.fullText === null ? null : normaliseForQuote(r.fullText)]));
  for (const v of sources.toVerify) {
    const text = texts.get(v.documentId);
    if (text != null && !containsQuote(text, v.quote)) {
      throw badInput(`sources[${v.index}].quote is not verbatim in the text of ${v.documentId}`, {
        argument: `sources[${v.index}].quote`,
      });
    }
  }
}
