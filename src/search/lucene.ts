// User text becomes a Lucene query of quoted terms, so no character in it is syntax: quotes and
// backslashes are escaped inside each term, and operators (AND, OR, NOT, +, -, *, ~, field:) are
// just words. Each term is also given as a prefix query so "segreg" finds "segregationen".
const MAX_TERMS = 12;

export function tokens(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, MAX_TERMS);
}

export function toLuceneQuery(text: string): string | null {
  const terms = tokens(text).map((t) => t.toLowerCase());
  if (terms.length === 0) return null;
  const clauses: string[] = [];
  if (terms.length > 1) clauses.push(`"${terms.join(' ')}"^4`);
  for (const t of terms) {
    clauses.push(`"${t}"^2`);
    // A prefix query is not analysed, so it only helps words of some length; letters and digits
    // only, so nothing in it can be syntax.
    if (t.length >= 4) clauses.push(`${t}*`);
  }
  return clauses.join(' ');
}
