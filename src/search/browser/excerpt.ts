/**
 * What a result shows of its clause: every sentence holding a match,
 * whole, with every occurrence of every query word marked; sentences end
 * at 。！？； or a line break. With no word to mark (a filter-only listing)
 * the whole text is shown.
 *
 *   `加强保护。推进质押融资；开展培训。` + [质押] → [[推进, 质押 (marked), 融资；]], complete: false
 */
import { normalizeForSearch } from '../shared/text.ts';

/** [start, end) ranges of every occurrence of every word, merged and sorted. */
export function matchRanges(text: string, words: readonly string[]): Array<[number, number]> {
  const haystack = normalizeForSearch(text);
  const ranges: Array<[number, number]> = [];
  for (const word of words) {
    if (!word) continue;
    for (let at = haystack.indexOf(word); at !== -1; at = haystack.indexOf(word, at + 1))
      ranges.push([at, at + word.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** [start, end) of every sentence of a text, in order, covering it whole. */
export function sentenceRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const found of text.matchAll(/[。！？；!?;]+[”’」』）)]*|\n+/g)) {
    const end = found.index + found[0].length;
    out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** One shown sentence (or run of adjacent sentences) as [text, marked] parts. */
export type Piece = Array<[string, boolean]>;

/** The matched sentences, adjacent ones joined into one piece; `complete` when they are the whole text. */
export function matchedSentences(text: string, words: readonly string[]): { pieces: Piece[]; complete: boolean } {
  const marks = matchRanges(text, words);
  const sentences = sentenceRanges(text);
  const shown =
    marks.length === 0 ? sentences : sentences.filter(([from, to]) => marks.some(([a, b]) => a < to && b > from));
  const spans: Array<[number, number]> = [];
  for (const [from, to] of shown) {
    const last = spans.at(-1);
    if (last && last[1] === from) last[1] = to;
    else spans.push([from, to]);
  }
  const pieces = spans.map(([from, to]): Piece => {
    const parts: Piece = [];
    let at = from;
    for (const [a, b] of marks) {
      if (b <= from || a >= to) continue;
      const markFrom = Math.max(a, from);
      const markTo = Math.min(b, to);
      if (markFrom > at) parts.push([text.slice(at, markFrom), false]);
      parts.push([text.slice(markFrom, markTo), true]);
      at = markTo;
    }
    if (at < to) parts.push([text.slice(at, to), false]);
    return parts;
  });
  const complete = spans.length === 1 && spans[0][0] === 0 && spans[0][1] === text.length;
  return { pieces, complete: complete || text.length === 0 };
}
