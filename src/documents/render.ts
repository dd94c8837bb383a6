// The served form of a document: its text with the cited passages marked. The first mark has the
// id "passage" so a Source.url (…#passage) opens scrolled to it without any script.
import { locateQuote, foldWithOffsets, type Span } from './locate.js';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface Marked {
  spans: Span[];
  // Quotes asked for that the document does not contain (a wrong or edited link).
  missing: string[];
}

export function markQuotes(text: string, quotes: string[]): Marked {
  const folded = foldWithOffsets(text);
  const all: Span[] = [];
  const missing: string[] = [];
  for (const q of quotes) {
    const found = locateQuote(text, q, folded);
    if (found.length === 0) missing.push(q);
    all.push(...found);
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping passages are shown as one mark.
  const spans: Span[] = [];
  for (const s of all) {
    const last = spans[spans.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else spans.push({ ...s });
  }
  return { spans, missing };
}

export function renderHtml(
  doc: { id: string; title: string; url?: string | null },
  text: string,
  marked: Marked,
): string {
  let body = '';
  let at = 0;
  marked.spans.forEach((s, i) => {
    body += escapeHtml(text.slice(at, s.start));
    body += `<mark id="${i === 0 ? 'passage' : `passage-${i + 1}`}">${escapeHtml(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  });
  body += escapeHtml(text.slice(at));
  const notice =
    marked.missing.length > 0
      ? `<p class="missing" role="alert">This document does not contain the passage: ${marked.missing.map((q) => `“${escapeHtml(q)}”`).join(', ')}</p>`
      : '';
  const origin = doc.url ? `<p>Published at <a href="${escapeHtml(doc.url)}">${escapeHtml(doc.url)}</a></p>` : '';
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
.text { white-space: pre-wrap; font-family: Georgia, serif; }
mark { background: #ffe066; padding: 0 .1em; scroll-margin-top: 30vh; }
mark:target { outline: 3px solid #e67700; }
.missing { background: #ffe3e3; padding: .5rem; }
</style>
</head>
<body>
<header><h1>${escapeHtml(doc.title)}</h1><p><code>${escapeHtml(doc.id)}</code>${marked.spans.length > 0 ? ` · ${marked.spans.length} cited passage${marked.spans.length === 1 ? '' : 's'} marked (<a href="#passage">first</a>)` : ''}</p>${origin}${notice}</header>
<main class="text">${body}</main>
</body>
</html>
`;
}
