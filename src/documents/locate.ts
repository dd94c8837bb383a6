// Finds a quote in a document's original text. Quotes are checked against the folded text (see
// src/seed/quote.ts), so the passage is searched there and mapped back to offsets in the original:
// the highlight then covers exactly the characters a reader sees, line-break hyphens included.
import { normaliseForQuote } from '../seed/quote.js';

interface Folded {
  text: string;
  // origin[i] is the offset in the original text of folded character i.
  origin: number[];
}

// The same folding as normaliseForQuote, one character at a time, remembering where each came from.
export function foldWithOffsets(original: string): Folded {
  let text = '';
  const origin: number[] = [];
  let i = 0;
  while (i < original.length) {
    const c = original[i]!;
    if (c === '\u00ad') {
      i += 1;
      continue;
    }
    if (c === '-' && i + 1 < original.length && /\s/.test(original[i + 1]!)) {
      i += 1;
      while (i < original.length && /\s/.test(original[i]!)) i += 1;
      continue;
    }
    if (/\s/.test(c)) {
      const start = i;
      while (i < original.length && /\s/.test(original[i]!)) i += 1;
      text += ' ';
      origin.push(start);
      continue;
    }
    text += c;
    origin.push(i);
    i += 1;
  }
  return { text, origin };
}

export interface Span {
  start: number;
  end: number;
}

// Every non-overlapping occurrence of the quote, as [start, end) offsets into `original` (which must
// be NFC, as the served text is). Empty when the quote is not in the document.
export function locateQuote(original: string, quote: string, folded = foldWithOffsets(original)): Span[] {
  const q = normaliseForQuote(quote);
  if (q.length === 0) return [];
  const spans: Span[] = [];
  let from = 0;
  for (;;) {
    const at = folded.text.indexOf(q, from);
    if (at < 0) break;
    const last = at + q.length - 1;
    spans.push({ start: folded.origin[at]!, end: folded.origin[last]! + 1 });
    from = at + q.length;
  }
  return spans;
}
