// Quotes are compared after folding what PDF extraction and line wrapping change: hyphenation at a
// line break ("seg-\nregation"; a hyphen before any whitespace is dropped, on both sides alike, so
// "Göteborgs- och" and "Göteborgs-\noch" compare equal), runs of whitespace and Unicode composition.
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/-\s+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function containsQuote(normalisedDocument: string, quote: string): boolean {
  const q = normaliseForQuote(quote);
  return q.length > 0 && normalisedDocument.includes(q);
}
