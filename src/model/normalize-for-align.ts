/**
 * The text alignment compares: clause text without punctuation, spaces
 * and line breaks, so that `严保护、大保护` and `严保护，大保护` match.
 * Keeps a map back to the reading text so passages can be shown as written.
 *
 *   normalizeForAlign('建立“技术调查官”制度') → { text: '建立技术调查官制度', map: [0,1,3,…] }
 */

/** Normalized text plus, for each of its characters, the index in the source string. */
export interface NormalizedText {
  text: string;
  map: number[];
}

// Letters, digits and CJK ideographs carry wording; everything else is layout or punctuation.
const keep = /[\p{L}\p{N}]/u;

/** Drops punctuation and whitespace, remembering where each kept character came from. */
export function normalizeForAlign(source: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of source) {
    if (keep.test(ch)) {
      text += ch;
      for (let k = 0; k < ch.length; k++) map.push(i + k);
    }
    i += ch.length;
  }
  return { text, map };
}

/** The source span behind normalized characters [start, end): `技术调查官` → `“技术调查官”` minus outer quotes. */
export function sourceSpan(source: string, norm: NormalizedText, start: number, end: number): string {
  return source.slice(norm.map[start], norm.map[end - 1] + 1);
}
