/**
 * Step 1 — decoding. Turns the bytes of a source file into text: UTF-8
 * with or without BOM, UTF-16 with BOM, or (detected) GB18030/GBK or Big5.
 * Line ends become `\n`; non-breaking, full-width and other odd spaces
 * become plain spaces. A file that decodes as none of these is refused
 * with a message, never mangled.
 *
 * Example: the bytes of `知识产权\r\n　保护` decode to `知识产权\n 保护`.
 */
import chardet from 'chardet';
import type { VFile } from 'vfile';

export interface Decoded {
  text: string;
  /** WHATWG encoding label the text was decoded with. */
  encoding: string;
}

const legacyEncodings = ['gb18030', 'big5'] as const;

/** Spaces other than U+0020 that sources carry: NBSP, en/em spaces, ideographic space, BOM, tab. */
const oddSpaces = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/g;
const zeroWidth = /[\u200b-\u200d\u2060]/g;

function strict(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Code units a Chinese text in UTF-16 consists of: ASCII, Han, CJK and general punctuation, full-width forms. */
const plausible = /[\n\r\t\x20-\x7e\u2000-\u206f\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

function plausibleShare(text: string): number {
  let good = 0;
  for (const char of text) if (plausible.test(char)) good++;
  return good / Math.max(1, text.length);
}

/**
 * UTF-16 without a byte-order mark: zero bytes betray it (ASCII, line
 * ends, and Han characters such as 一 U+4E00 have one), but they fall on
 * both sides, so each byte order is decoded and the one that reads as
 * Chinese text wins. GB18030 and Big5 never contain a zero byte.
 */
function detectUtf16WithoutBom(bytes: Uint8Array): string | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0 || !bytes.includes(0)) return null;
  const scored = (['utf-16le', 'utf-16be'] as const)
    .map((label) => ({ label, text: strict(bytes, label) }))
    .map(({ label, text }) => ({ label, share: text === null ? 0 : plausibleShare(text) }))
    .sort((a, b) => b.share - a.share);
  return scored[0].share >= 0.95 ? scored[0].label : null;
}

function pickEncoding(bytes: Uint8Array, file: VFile): Decoded | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strict(bytes, 'utf-8');
    if (text !== null) {
      file.info('Removed a UTF-8 byte-order mark', { place: { line: 1, column: 1 }, ruleId: 'bom', source: 'decode' });
      return { text, encoding: 'utf-8' };
    }
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = strict(bytes, label);
    if (text !== null) {
      file.info(`Decoded as ${label.toUpperCase()} (byte-order mark)`, {
        place: { line: 1, column: 1 },
        ruleId: 'encoding',
        source: 'decode',
      });
      return { text, encoding: label };
    }
  }
  const utf8 = strict(bytes, 'utf-8');
  if (utf8 !== null && !utf8.includes('\u0000')) return { text: utf8, encoding: 'utf-8' };
  const utf16 = detectUtf16WithoutBom(bytes);
  if (utf16) {
    const text = strict(bytes, utf16);
    if (text !== null) {
      file.info(`Decoded as ${utf16.toUpperCase()} (no byte-order mark; detected by its zero bytes)`, {
        place: { line: 1, column: 1 },
        ruleId: 'encoding',
        source: 'decode',
      });
      return { text, encoding: utf16 };
    }
  }
  // Not UTF-8: rank the legacy Chinese encodings by the detector's
  // confidence and keep the first that decodes without an invalid byte.
  const ranked = chardet.analyse(bytes).map((match) => match.name.toLowerCase());
  const order = [...legacyEncodings].sort((a, b) => rank(ranked, a) - rank(ranked, b));
  for (const label of order) {
    const text = strict(bytes, label);
    if (text !== null) {
      file.info(
        `Not UTF-8: decoded as ${label === 'gb18030' ? 'GB18030/GBK' : 'Big5'}. Consider saving the file as UTF-8.`,
        {
          place: { line: 1, column: 1 },
          ruleId: 'encoding',
          source: 'decode',
        },
      );
      return { text, encoding: label };
    }
  }
  return null;
}

function rank(ranked: string[], label: string): number {
  const index = ranked.indexOf(label);
  return index === -1 ? ranked.length : index;
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = bytes[i + k] >> 6 === 2;
    if (!ok) return { line, column: i - lineStart + 1 };
    if (b === 10) {
      line++;
      lineStart = i + 1;
    }
    i += length;
  }
  return { line, column: 1 };
}

/**
 * Decodes a source file. Stops with a fatal message on `file` (which
 * throws) when the bytes are empty or in no encoding the pipeline reads.
 */
export function decode(bytes: Uint8Array, file: VFile): Decoded {
  if (bytes.length === 0) {
    file.fail(
      'Unexpected empty file, expected a policy text; put the document’s text in the file or remove its folder',
      { place: { line: 1, column: 1 }, ruleId: 'empty', source: 'decode' },
    );
  }
  const decoded = pickEncoding(bytes, file);
  if (!decoded) {
    file.fail(
      'Unexpected bytes: not valid UTF-8, UTF-16, GB18030 or Big5. Re-save the file as UTF-8 and check it in a text editor.',
      { place: firstInvalidUtf8(bytes), ruleId: 'encoding', source: 'decode' },
    );
  }
  const text = decoded.text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(zeroWidth, '')
    .replace(oddSpaces, ' ');
  if (text.trim() === '') {
    file.fail(
      'Unexpected file with only white space, expected a policy text; put the document’s text in the file or remove its folder',
      { place: { line: 1, column: 1 }, ruleId: 'empty', source: 'decode' },
    );
  }
  return { text, encoding: decoded.encoding };
}
