/**
 * How text becomes search tokens, shared by the index builder, the search
 * page and the tests, so the index and the queries can never drift apart.
 *
 * Pagefind splits words on whitespace and ranks by words, which for Chinese
 * loses both recall and precision. Here every letter, digit and Han
 * character is its own token, and every other character (punctuation,
 * line breaks) becomes a placeholder token `q<hex code point>z`; the letter
 * q is written as a placeholder too (`q71z`), and clauses sharing one index
 * record are parted by `qz`. The browser asks Pagefind for the positions of
 * each token and finds a word where its tokens stand at consecutive
 * positions — exactly what Ctrl-F finds:
 *
 *   `加强知识产权（专利）保护` → `加 强 知 识 产 权 qff08z 专 利 qff09z 保 护`
 *
 * Pagefind also matches a token's extensions (`p` finds `pct`): no token
 * extends another, since every multi-character token starts with `q`, no
 * token is the bare `q`, and a placeholder ends at its `z`. Real tokens
 * are one character long and placeholders are longer, so the encoding can
 * be reversed exactly (`decodeTokens`).
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

/** The token that parts two clauses within one index record; no character encodes to it. */
export const separatorToken = 'qz';

/** The tokens of a text (see the module comment): `质押，PCT` → `质 押 qff0cz p c t`. */
export function textTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const char of normalizeForSearch(text)) {
    tokens.push(wordChar.test(char) && char !== 'q' ? char : `q${char.codePointAt(0)!.toString(16)}z`);
  }
  return tokens;
}

/** The index form of a text: one token per character, space-separated (see the module comment). */
export function encodeTokens(text: string): string {
  return textTokens(text).join(' ');
}

/** Reverses `encodeTokens` (up to case): `知 识 qff0cz 产` → `知识，产`. The separator token is dropped. */
export function decodeTokens(encoded: string): string {
  let out = '';
  for (const token of encoded.split(/\s+/)) {
    if (token === '' || token === separatorToken) continue;
    out += [...token].length === 1 ? token : String.fromCodePoint(parseInt(token.slice(1, -1), 16));
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

/** True when `text` contains every query word (the ground truth the search must match). */
export function containsAll(text: string, words: readonly string[]): boolean {
  const haystack = normalizeForSearch(text);
  return words.every((word) => haystack.includes(word));
}
