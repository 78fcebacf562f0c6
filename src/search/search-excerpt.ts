/**
 * The excerpt of a result: the clause text around the first match, every
 * occurrence of every query word marked. Built from the record's decoded
 * text, so it carries none of the index's artificial spaces.
 */
import { normalizeForSearch } from './search-text.ts';

/** Characters of context before the first match and the excerpt's length. */
const before = 40;
const length = 150;

/** [start, end) ranges of every occurrence of every word, merged and sorted. */
export function matchRanges(text: string, words: readonly string[]): Array<[number, number]> {
  const haystack = normalizeForSearch(text);
  const ranges: Array<[number, number]> = [];
  for (const word of words) {
    for (let at = haystack.indexOf(word); at !== -1; at = haystack.indexOf(word, at + 1)) ranges.push([at, at + word.length]);
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

/** The excerpt as DOM nodes: text with `<mark>`s, `…` where the text is cut. */
export function excerptNodes(text: string, words: readonly string[]): DocumentFragment {
  const flat = text.replace(/\s+/g, ' ');
  const ranges = matchRanges(flat, words);
  const start = Math.max(0, (ranges[0]?.[0] ?? 0) - before);
  const end = Math.min(flat.length, start + length);
  const out = document.createDocumentFragment();
  if (start > 0) out.append('…');
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const markFrom = Math.max(from, start);
    const markTo = Math.min(to, end);
    if (markFrom > at) out.append(flat.slice(at, markFrom));
    const mark = document.createElement('mark');
    mark.textContent = flat.slice(markFrom, markTo);
    out.append(mark);
    at = markTo;
  }
  if (at < end) out.append(flat.slice(at, end));
  if (end < flat.length) out.append('…');
  return out;
}
