// Search ranking: what a person typing a name expects first. Tiers, best first:
//   0  the query is a whole name, abbreviation, title or diary number;
//   1  it is the start of one ("polis" → Polismyndigheten, "Ju2019" → Ju2019/02027);
//   2  every query word is a word of the name or title, Swedish endings aside
//      ("segregationen" finds "… motverka segregation");
//   3  the rest of the full-text hits (a passage that only mentions it).
// Within a tier: strategies before agencies before assignments before focus areas (the broader
// thing first), then the full-text score, then the shorter name.
import { fold } from '../domain/text.js';
import type { Props } from '../graphql/entities.js';
import { tokens } from './lucene.js';

const KIND_ORDER: Record<string, number> = { strategy: 0, agency: 1, assignment: 2, 'focus-area': 3 };

const words = (text: string) => tokens(fold(text));

// Two forms of one Swedish word: the shorter is a prefix of the longer, except that from seven
// letters on the last two may differ (segregation/segregationens, myndigheten/myndigheter).
export function sameWord(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length < 3) return s === l;
  let common = 0;
  while (common < s.length && s[common] === l[common]) common += 1;
  return common >= s.length - (s.length >= 7 ? 2 : 0) && (common === s.length || l.length - common <= 3);
}

export interface Candidate {
  node: Props;
  score: number;
  tier: number;
}

export function tierOf(node: Props, query: string, exact: boolean, prefixed: boolean): number {
  if (exact) return 0;
  if (prefixed) return 1;
  const q = words(query);
  const nameWords = ['name', 'title', 'abbreviation', 'nameEn'].flatMap((f) =>
    typeof node[f] === 'string' ? words(node[f] as string) : [],
  );
  // Prefixes of the words of a name count too: the user is typing ("polis" → "Polismyndigheten").
  if (q.length > 0 && q.every((t) => nameWords.some((w) => sameWord(t, w) || (t.length >= 4 && w.startsWith(t)))))
    return 2;
  return 3;
}

export function rank(candidates: Candidate[]): Candidate[] {
  const kind = (c: Candidate) => KIND_ORDER[c.node.id.slice(0, c.node.id.indexOf(':'))] ?? 9;
  const nameLength = (c: Candidate) => String(c.node.name ?? c.node.title ?? '').length;
  return [...candidates].sort(
    (a, b) =>
      a.tier - b.tier ||
      kind(a) - kind(b) ||
      b.score - a.score ||
      nameLength(a) - nameLength(b) ||
      a.node.id.localeCompare(b.node.id),
  );
}
