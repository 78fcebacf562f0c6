/**
 * The concordance (用语索引, KWIC) of one term: every occurrence in a
 * clause's text as Ctrl-F finds it — case and width folded as the search
 * folds them (shared/text.ts), overlapping occurrences each counted, as
 * the index's consecutive-token match counts them — with the characters
 * on either side.
 *
 *   occurrences('以专利权质押融资的，质押融资…', '质押融资', 4)
 *     → [{ at: 5, left: '以专利权', match: '质押融资', right: '的，质押' }, { at: 10, … }]
 */
import { normalizeForSearch } from '../shared/text.ts';

/** Characters of context shown on each side of an occurrence. */
export const contextWidth = 20;

/** One occurrence of the term in a clause. */
export interface Occurrence {
  /** Offset of the occurrence in the clause text (UTF-16 units). */
  at: number;
  /** Up to `width` characters before it, line breaks shown as spaces. */
  left: string;
  /** The occurrence as written (capitals, full-width letters kept). */
  match: string;
  /** Up to `width` characters after it. */
  right: string;
}

const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** Every occurrence of `term` (normalized, non-empty) in `text`, with `width` characters of context each side. */
export function occurrences(text: string, term: string, width = contextWidth): Occurrence[] {
  if (term === '') return [];
  // Folding keeps every character's length, so offsets in the folded text are offsets in the text.
  const folded = normalizeForSearch(text);
  const out: Occurrence[] = [];
  for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
    out.push({
      at,
      left: flat(text.slice(Math.max(0, at - width), at)),
      match: text.slice(at, at + term.length),
      right: flat(text.slice(at + term.length, at + term.length + width)),
    });
  }
  return out;
}

/** How many times `term` occurs in `text` (overlaps counted): the number `occurrences` lists. */
export function countOccurrences(text: string, term: string): number {
  if (term === '') return 0;
  const folded = normalizeForSearch(text);
  let count = 0;
  for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) count++;
  return count;
}

/** A left context's sort key: read from the occurrence backwards, as concordances sort it. */
export function leftKey(left: string): string {
  return [...left].reverse().join('');
}
