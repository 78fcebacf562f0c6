/**
 * Step 3 — mis-decoded spans. A source saved as GBK and decoded one byte
 * out of step turns `（一）加強總體設計` into `?。ㄒ唬┘訌娍傮w設計`: the
 * lead byte of the first character is lost (`?`), every following pair of
 * bytes is read across a character boundary, until an ASCII byte (`w`)
 * puts the decoder back in step.
 *
 * Repairs come from the document's errata. Where the bytes are intact,
 * `realign` re-encodes the span and decodes it one byte later, and the
 * build checks the errata's reading against it. Afterwards a detector
 * looks for what mis-decoding leaves behind in every document and stops
 * the build on any span no erratum explains.
 */
import iconv from 'iconv-lite';
import type { Erratum } from '../errata.ts';
import { applyRepairs, sourcePosition, type Draft, type RepairEdit } from '../draft.ts';

/**
 * Re-reads a span decoded one byte out of step. `span` starts with the
 * `?` that stands for the lost lead byte; returns null when the bytes do
 * not decode cleanly (bytes were lost inside the span too).
 */
export function realign(span: string): string | null {
  const rest = span.startsWith('?') ? span.slice(1) : span;
  const bytes = iconv.encode(rest, 'gbk');
  // iconv writes `?` for a character GBK cannot encode: the span is not GBK.
  if (bytes.includes(0x3f) && !rest.includes('?')) return null;
  // The first byte is the trail byte of the character whose lead byte was lost.
  const shifted = bytes.subarray(1);
  const text = iconv.decode(shifted, 'gbk');
  if (text.includes('\ufffd') || iconv.encode(text, 'gbk').length !== shifted.length) return null;
  return text;
}

/** Applies a document's errata; a stale or inconsistent entry stops the build. */
export function repairMisDecodedSpans(draft: Draft, errata: readonly Erratum[], errataFile: string): void {
  const lines = draft.repaired.text.split('\n');
  const lineOffsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineOffsets.push(offset);
    offset += line.length + 1;
  }
  const edits: RepairEdit[] = [];
  for (const erratum of errata) {
    const text = lines[erratum.line - 1];
    const at = text === undefined ? -1 : text.indexOf(erratum.span);
    if (at === -1 || text.indexOf(erratum.span, at + 1) !== -1) {
      draft.file.fail(
        `Stale erratum: span “${erratum.span}” ${at === -1 ? 'not found' : 'found more than once'} on line ${erratum.line}; ` +
          `the source changed since the erratum was checked. Update or remove the entry in ${errataFile}.`,
        { place: { line: erratum.line, column: 1 }, ruleId: 'stale-erratum', source: 'errata' },
      );
    }
    // A `keep` entry only silences the detector, but it too must still match.
    if (erratum.method === 'keep') continue;
    if (erratum.method === 'realign') {
      const derived = realign(erratum.span);
      if (derived === null || erratum.lost + derived !== erratum.repair) {
        draft.file.fail(
          `Unexpected erratum: re-aligning the bytes of “${erratum.span}” gives “${derived ?? '(undecodable)'}”, ` +
            `expected “${erratum.repair}” after the lost “${erratum.lost}”. Use method: manual where bytes were lost.`,
          { place: { line: erratum.line, column: at + 1 }, ruleId: 'erratum-mismatch', source: 'errata' },
        );
      }
    }
    const start = lineOffsets[erratum.line - 1] + at;
    edits.push({
      start,
      end: start + erratum.span.length,
      insert: erratum.repair,
      kind: 'mis-decoding',
      reason: `${erratum.method === 'realign' ? '按原字节重新对齐' : '人工核对'}：${erratum.reason}`,
    });
  }
  applyRepairs(draft, edits);
}

// What a mis-decoding leaves: the replacement character, a `?` inside
// Chinese text, bopomofo, and Latin letters with pinyin tone marks outside
// a gloss. These make the text unreadable where they stand.
const han = '\\p{Script=Han}';
const garbled = new RegExp(
  [
    '\\ufffd',
    `\\?(?=[!-~]?[${han}\\u3000-\\u303f\\uff00-\\uffef])`,
    '[\\u3100-\\u312f\\u31a0-\\u31bf]',
    '[\\u01cd-\\u01dc]',
  ].join('|'),
  'u',
);
// What a mis-decoding may leave but a readable text also holds: box
// drawing and block elements (`中国─上海合作组织`), private-use glyphs
// (a decimal point typed as U+E010), and a lone ASCII letter wedged between
// two Chinese characters (`D级`, `X线机`, `l` typed for `1`). The text is read
// as it stands and the span is reported.
const signals = new RegExp(
  [`(${garbled.source})`, '[\\u2500-\\u259f]', '[\\ue000-\\uf8ff]', `(?<=${han})[A-Za-z](?=${han})`].join('|'),
  'gu',
);

/**
 * The span to show for a signal: from a `?` up to the ASCII byte that put
 * the decoder back in step; for a lone letter, the characters before it.
 */
function spanAround(text: string, offset: number): string {
  if (/[A-Za-z]/.test(text[offset])) {
    const lineStart = text.lastIndexOf('\n', offset) + 1;
    return text.slice(Math.max(lineStart, offset - 6), offset + 1);
  }
  const tail = text.slice(offset, offset + 24).split('\n')[0];
  const resync = tail.slice(2).search(/[\x21-\x7e]/);
  return resync === -1 ? tail.slice(0, 12) : tail.slice(0, resync + 3);
}

/** A span that looks mis-decoded; `garbled` when the text cannot be read there, else only suspicious. */
export interface SuspectSpan {
  offset: number;
  span: string;
  garbled: boolean;
}

/** Finds spans that look mis-decoded, skipping those the errata keep. */
export function detectMisDecoding(text: string, kept: readonly Erratum[] = []): SuspectSpan[] {
  const found: SuspectSpan[] = [];
  let lastEnd = -1;
  for (const match of text.matchAll(signals)) {
    const offset = match.index;
    if (offset < lastEnd) continue;
    const span = spanAround(text, offset);
    if (kept.some((k) => k.method === 'keep' && span.startsWith(k.span))) continue;
    found.push({ offset, span, garbled: match[1] !== undefined });
    lastEnd = offset + span.length;
  }
  return found;
}

/**
 * Reports every remaining mis-decoded span with its place: a garbled span
 * is fatal; a suspicious character in readable text is a warning, and the
 * text is read as it stands.
 */
export function reportMisDecoding(draft: Draft, errata: readonly Erratum[], errataFile: string): void {
  for (const { offset, span, garbled: fatal } of detectMisDecoding(draft.repaired.text, errata)) {
    const place = sourcePosition(draft, offset);
    if (!fatal) {
      draft.file.message(
        `可疑字符“${span}”：原文照读，请与另一份文本核对（Unexpected character in “${span}”, read as it stands; check it against another copy, or add a keep entry to ${errataFile}）`,
        { place, ruleId: 'mis-decoded', source: 'mis-decoding' },
      );
      continue;
    }
    const realigned = span.startsWith('?') ? realign(span) : null;
    draft.file.message(
      `Unexpected mis-decoded span “${span}”, expected readable text` +
        (realigned ? ` (re-aligned bytes read “${realigned}”)` : '') +
        `. Check it against another copy and add an entry to ${errataFile}.`,
      { place, ruleId: 'mis-decoded', source: 'mis-decoding' },
    ).fatal = true;
  }
}
