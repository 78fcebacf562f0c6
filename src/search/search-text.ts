/**
 * How text becomes search tokens, shared by the index builder, the search
 * page and the tests, so the index and the queries can never drift apart.
 *
 * Pagefind splits words on whitespace and ranks by words, which for Chinese
 * loses both recall and precision. Here every letter, digit and Han
 * character is its own token, and every other character (punctuation,
 * line breaks) becomes a placeholder token `q<hex code point>`, so that a
 * quoted Pagefind phrase matches exactly the clauses where the characters
 * stand side by side — what Ctrl-F finds:
 *
 *   `加强知识产权（专利）保护` → `加 强 知 识 产 权 qff08 专 利 qff09 保 护`
 *
 * Real tokens are one character long and placeholders are longer, so the
 * encoding can be reversed exactly (`decodeTokens`).
 */

/** A character that stands for itself in the index (Han, letters, digits). */
const wordChar = /^[\p{L}\p{N}]$/u;

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

/** The index form of a text: one token per character, space-separated (see the module comment). */
export function encodeTokens(text: string): string {
  const tokens: string[] = [];
  for (const char of normalizeForSearch(text)) {
    tokens.push(wordChar.test(char) ? char : `q${char.codePointAt(0)!.toString(16)}`);
  }
  return tokens.join(' ');
}

/** Reverses `encodeTokens` (up to case): `知 识 qff0c 产` → `知识，产`. */
export function decodeTokens(encoded: string): string {
  let out = '';
  for (const token of encoded.split(/\s+/)) {
    if (token === '') continue;
    out += [...token].length === 1 ? token : String.fromCodePoint(parseInt(token.slice(1), 16));
  }
  return out;
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

/** The Pagefind query for one word: a quoted phrase of its tokens, `"质 押"`. */
export function phraseQuery(word: string): string {
  return `"${encodeTokens(word)}"`;
}

/** True when `text` contains every query word (the ground truth the search must match). */
export function containsAll(text: string, words: readonly string[]): boolean {
  const haystack = normalizeForSearch(text);
  return words.every((word) => haystack.includes(word));
}
