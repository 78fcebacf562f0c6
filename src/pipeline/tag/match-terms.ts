/**
 * Finds taxonomy terms in one place of a clause (text, title or heading)
 * on word boundaries. A term counts when it starts and ends on word
 * boundaries, or lies inside a single word (专利 inside 高价值专利); it does
 * not count when it straddles two words. Spans covered by a passing phrase
 * (e.g. the 创造、运用、保护、管理和服务 enumeration) and spans already
 * claimed by a longer term of the same label do not count either.
 *
 * Example: `质押融资` in `推动知识产权质押融资` → one hit; `融资` then adds nothing.
 */
import { wordBoundaries } from './segment.ts';

/** One place of a clause prepared for matching. */
export interface Place {
  text: string;
  boundaries: Set<number>;
  /** Half-open [start, end) spans where no term counts. */
  blocked: Array<[number, number]>;
}

/** Prepares `text` for matching: word boundaries and passing-phrase spans. */
export function preparePlace(text: string, passing: readonly RegExp[]): Place {
  const blocked: Array<[number, number]> = [];
  for (const re of passing) {
    for (const m of text.matchAll(new RegExp(re.source, 'gu'))) blocked.push([m.index, m.index + m[0].length]);
  }
  return { text, boundaries: wordBoundaries(text), blocked };
}

const wordStart = (boundaries: Set<number>, at: number): number => {
  let i = at;
  while (i > 0 && !boundaries.has(i)) i -= 1;
  return i;
};

/** True when [start, end) respects word boundaries as described above. */
function onWords(place: Place, start: number, end: number): boolean {
  if (place.boundaries.has(start) && place.boundaries.has(end)) return true;
  // Inside one word: no boundary strictly between start and end, and none at start unless at end too.
  return wordStart(place.boundaries, start) === wordStart(place.boundaries, end - 1);
}

/**
 * Counts hits of each term (longest terms first) in a place. Returns
 * term → count for the terms found, in the order of `terms`.
 */
export function countTerms(place: Place, terms: readonly string[]): Map<string, number> {
  const claimed: Array<[number, number]> = [...place.blocked];
  const overlaps = (start: number, end: number): boolean => claimed.some(([s, e]) => start < e && s < end);
  const counts = new Map<string, number>();
  const longestFirst = [...terms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const term of longestFirst) {
    let from = 0;
    for (;;) {
      const start = place.text.indexOf(term, from);
      if (start < 0) break;
      const end = start + term.length;
      from = start + 1;
      if (overlaps(start, end) || !onWords(place, start, end)) continue;
      claimed.push([start, end]);
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  return new Map(terms.filter((t) => counts.has(t)).map((t) => [t, counts.get(t)!]));
}
