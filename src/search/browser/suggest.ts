/**
 * The nearest query that has results, offered when a query finds nothing:
 * first the query without one of its exclusions or words (the alternative
 * that loses least), then ever shorter pieces of its longest word — what
 * is left when characters are dropped from its ends, longest first, at
 * least two characters. Every candidate reuses the characters already
 * looked up, so trying them costs no further download.
 *
 *   `质押融资保险` (no clause) → `质押融资` → found
 */
import type { ParsedQuery } from './query.ts';

type Query = Pick<ParsedQuery, 'any' | 'not'>;

/** The candidates in the order they are tried. */
export function candidateQueries(query: Query): Query[] {
  const out: Query[] = [];
  query.not.forEach((_, index) => out.push({ any: query.any, not: query.not.filter((__, i) => i !== index) }));
  query.any.forEach((words, alt) => {
    if (words.length < 2) return;
    words.forEach((_, index) =>
      out.push({
        any: query.any.map((list, i) => (i === alt ? list.filter((__, j) => j !== index) : list)),
        not: query.not,
      }),
    );
  });
  const longest = query.any.flat().sort((a, b) => [...b].length - [...a].length)[0];
  if (longest) {
    const chars = [...longest];
    for (let length = chars.length - 1; length >= 2; length--) {
      for (let start = 0; start + length <= chars.length; start++) {
        const piece = chars.slice(start, start + length).join('');
        out.push({
          any: query.any.map((words) => words.map((word) => (word === longest ? piece : word))),
          not: query.not,
        });
      }
    }
  }
  return out;
}

/** The first candidate with results and its count, or null; `count` runs a candidate. */
export async function nearestQueries(
  query: Query,
  count: (query: ParsedQuery) => Promise<number>,
  tries = 60,
): Promise<{ query: Query; count: number } | null> {
  for (const candidate of candidateQueries(query).slice(0, tries)) {
    const found = await count({ ...candidate, notes: [] });
    if (found > 0) return { query: candidate, count: found };
  }
  return null;
}
