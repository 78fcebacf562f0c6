/**
 * How text becomes search tokens, shared by the index builder, the search
 * page and the tests, so the index and the queries can never drift apart.
 *
 * Pagefind splits words on whitespace and ranks by words, which for Chinese
 * loses both recall and precision; and the work of a search grows with how
 * often its terms occur, which for single characters is very often. Here
 * every character (Han, letter, digit, punctuation, line break) has a
 * four-letter ASCII code (its code point in base 36: 知 `0nol`), and the
 * token at each position is the code of its character followed by the
 * code of the next one — a bigram, `知识` `0nol0rly` — or, for the last
 * character of a clause, its code alone. Clauses sharing one index record
 * are parted by the token `qz`. The browser asks Pagefind for a word's
 * bigrams at every other position (知识产权: `知识` at p and `产权` at p + 2)
 * and finds the word where they stand at those distances — exactly what
 * Ctrl-F finds, with a fraction of the positions a character-by-character
 * search would read. A one-character word is the code alone: Pagefind
 * also finds a term's extensions, which are exactly the positions where
 * that character stands. ASCII codes keep Pagefind's Chinese word
 * segmentation out of the tokens; fixed-length codes make the encoding
 * reversible (`decodeTokens`).
 *
 *   `加强（PCT）` → `0gbk0it6 0it61edk 1edk0034 0034002r 002r0038 00381edl 1edl`
 */

/** Full-width ASCII letters and digits (Ａ–Ｚ, ａ–ｚ, ０–９) to their ASCII forms. */
function foldWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/**
 * The comparison form of a text or query: full-width letters and digits
 * folded to ASCII, Latin lower-cased (Ctrl-F ignores case). Punctuation and
 * Chinese characters are kept as they are.
 */
export function normalizeForSearch(text: string): string {
  return foldWidth(text).toLowerCase();
}

/** The token that parts two clauses within one index record; no character encodes to it. */
export const separatorToken = 'qz';

/** Length of a character's code. */
const codeLength = 4;

/** The code of one (normalized) character: its code point in base 36, four letters. */
export function charCode(char: string): string {
  return char.codePointAt(0)!.toString(36).padStart(codeLength, '0');
}

/** The tokens of a text (see the module comment): one per character, each its bigram with the next or, last, its code alone. */
export function textTokens(text: string): string[] {
  const codes = [...normalizeForSearch(text)].map(charCode);
  return codes.map((code, index) => (index + 1 < codes.length ? code + codes[index + 1] : code));
}

/** The index form of a text: one token per character, space-separated (see the module comment). */
export function encodeTokens(text: string): string {
  return textTokens(text).join(' ');
}

/** Reverses `encodeTokens` (up to case): each token's first code is its character. The separator token is dropped. */
export function decodeTokens(encoded: string): string {
  let out = '';
  for (const token of encoded.split(/\s+/)) {
    if (token === '' || token === separatorToken) continue;
    out += String.fromCodePoint(parseInt(token.slice(0, codeLength), 36));
  }
  return out;
}

/**
 * The Pagefind terms of a (normalized) word and where each stands from
 * the word's start: the bigrams at every other position and the last one
 * (`知识产权` → [知识, 0], [产权, 2]; `技术调查官` → [技术, 0], [调查, 2], [查官, 3]);
 * a one-character word is its code alone, found with its extensions.
 */
export function wordTerms(word: string): Array<[string, number]> {
  const codes = [...word].map(charCode);
  if (codes.length <= 1) return codes.map((code) => [code, 0]);
  const offsets = new Set<number>();
  for (let at = 0; at < codes.length - 1; at += 2) offsets.add(at);
  offsets.add(codes.length - 2);
  return [...offsets].map((at) => [codes[at] + codes[at + 1], at]);
}

/**
 * The words of a query: split on whitespace (space means "all of these"),
 * normalized, duplicates and words contained in other words dropped.
 * `  质押  融资 质押 ` → `['质押', '融资']`.
 */
export function queryWords(query: string): string[] {
  const words = [...new Set(normalizeForSearch(query).split(/\s+/).filter(Boolean))];
  return words.filter((word) => !words.some((other) => other !== word && other.includes(word)));
}

/** True when `text` contains every query word (the ground truth the search must match). */
export function containsAll(text: string, words: readonly string[]): boolean {
  const haystack = normalizeForSearch(text);
  return words.every((word) => haystack.includes(word));
}
