// Full-text search: Lucene candidates from the Swedish-analysed index, with exact matches of a
// name, abbreviation, title or diary number ranked first, and a snippet showing the matched words.
import { badInput } from '../errors.js';
import { parseFirst } from '../graphql/args.js';
import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import type { Props } from '../graphql/entities.js';
import { fold } from '../domain/text.js';
import { toLuceneQuery, tokens } from './lucene.js';
import { rank, tierOf } from './rank.js';
import { selectsOnly, selectsPath } from '../graphql/lookahead.js';
import { BRIEF_HIT_FIELDS } from '../graphql/brief.js';

const LABEL_BY_KIND = {
  AGENCY: 'Agency',
  ASSIGNMENT: 'Assignment',
  STRATEGY: 'Strategy',
  FOCUS_AREA: 'FocusArea',
} as const;
const ALL_LABELS = Object.values(LABEL_BY_KIND);
const SNIPPET_FIELDS = ['name', 'abbreviation', 'nameEn', 'title', 'diaryNumberText', 'goal', 'description'] as const;

export function snippet(node: Props, query: string, width = 160): string | null {
  const stems = tokens(query).map((t) => fold(t).slice(0, Math.max(3, Math.min(t.length, 6))));
  if (stems.length === 0) return null;
  for (const field of SNIPPET_FIELDS) {
    const text = node[field];
    if (typeof text !== 'string' || text.length === 0) continue;
    const folded = fold(text);
    // fold() keeps the length of Swedish text (it only drops combining marks after NFD), so
    // positions in the folded text are positions in the original.
    if (folded.length !== text.length) continue;
    const hit = stems
      .map((s) => folded.indexOf(s))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)[0];
    if (hit === undefined) continue;
    const start = Math.max(0, hit - Math.floor(width / 3));
    const end = Math.min(text.length, start + width);
    let out = text.slice(start, end).replace(/\s+/g, ' ');
    out = out.replace(/[\p{L}\p{N}]+/gu, (word) => (stems.some((s) => fold(word).startsWith(s)) ? `[${word}]` : word));
    return `${start > 0 ? '…' : ''}${out}${end < text.length ? '…' : ''}`;
  }
  return null;
}

export const resolvers: Resolvers = {
  Query: {
    search: async (_, args, ctx, info) => {
      const limit = parseFirst(args.first, 10, 50);
      if (args.query.length > 200)
        throw badInput('query may be at most 200 characters', { argument: 'query', max: 200 });
      const lucene = toLuceneQuery(args.query);
      if (lucene === null || limit === 0) return [];
      const labels = args.kinds && args.kinds.length > 0 ? args.kinds.map((k) => LABEL_BY_KIND[k]) : ALL_LABELS;
      const [row] = await ctx.db.read('search/fulltext', {
        query: lucene,
        candidates: Math.max(50, limit * 3),
        labels,
        exact: fold(args.query),
        brief: !selectsPath(info, ['snippet']) && selectsOnly(info, ['node'], BRIEF_HIT_FIELDS),
      });
      const hits = row!.hits;
      const exactIds = new Set(row!.exact.map((n) => n.id));
      const prefixIds = new Set(row!.prefixed.map((n) => n.id));
      const byId = new Map<string, { node: Props; score: number }>();
      for (const n of [...row!.exact, ...row!.prefixed]) byId.set(n.id, { node: n, score: 0 });
      for (const h of hits) byId.set(h.node.id, { node: h.node, score: h.score });
      const ranked = rank(
        [...byId.values()].map((c) => ({
          ...c,
          tier: tierOf(c.node, args.query, exactIds.has(c.node.id), prefixIds.has(c.node.id)),
        })),
      );
      // `score` follows the order: each tier sits above every hit of the tiers below it.
      const top = ranked.reduce((m, c) => Math.max(m, c.score), 0) + 1;
      const scored = ranked.map((c) => ({ node: c.node, score: (3 - c.tier) * top + c.score }));
      for (let i = 1; i < scored.length; i++)
        if (scored[i]!.score > scored[i - 1]!.score) scored[i]!.score = scored[i - 1]!.score;
      const wantsSnippet = selectsPath(info, ['snippet']);
      return scored.slice(0, limit).map((h) => ({ ...h, snippet: wantsSnippet ? snippet(h.node, args.query) : null }));
    },
  },
};
