/**
 * Markdown sources. Public law collections publish statutes as Markdown:
 * `# 上海市专利保护条例`, `## 第一章　总则`, an `<!-- INFO END -->` comment
 * after the adoption history. The pipeline reads text line by line, so this
 * step parses the source into mdast and returns the edits that take the
 * markup out, keeping every character of text where it stands and every
 * line break where it is: `## 第一章　总则` → `第一章　总则`,
 * `**加强**保护` → `加强保护`, `\*注` → `*注`. A document's own numbering
 * is text, not markup: `1. 探索…` keeps its `1.`.
 *
 * Text is what mdast holds as `text`, `inlineCode` and `code` values (and
 * image `alt`), aligned with its source span; every other character but a
 * line break is markup.
 */
import type { Nodes, Parent } from 'mdast';
import { decodeString } from 'micromark-util-decode-string';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { lineStarts, position, type Edit } from '../mapped-text.ts';
import { readSimpleMarkdown } from './simple-markdown.ts';

/** What a Markdown source holds besides its text, and the edits that take the markup out. */
export interface MarkdownReading {
  /** Non-overlapping edits on the input text that remove markup (deletions; a replacement only where mdast resolves an escape or entity, e.g. `\*` → `*`, `&amp;` → `&`). Line breaks (`\n`) are never removed or added, so line numbers stay true. */
  edits: Edit[];
  /** 1-based source line → heading depth (1–6) for every ATX or setext heading. */
  headings: Map<number, number>;
  /** Every HTML comment: its place and trimmed content, e.g. {line: 11, column: 1, text: 'INFO END'}. */
  comments: Array<{ line: number; column: number; text: string }>;
  /** What cannot be read faithfully as text, with place and a message (Chinese first, then English). */
  problems: Array<{ line: number; column: number; message: string; ruleId: string }>;
  /** Markup removed, one count per mark: heading, comment, emphasis, link, image, bullet, blockquote, thematicBreak, tableDelimiterRow, code, escape, definition, footnote. */
  removed: Record<string, number>;
}

// What each source character is. MARKUP and QUOTE are deleted (line breaks
// excepted); QUOTE is a block-quote marker, which lies inside the span of a
// text node that runs over lines, so alignment steps over it.
const [MARKUP, QUOTE, TEXT] = [0, 1, 2];

// A backslash escape or a character reference, as CommonMark defines them
// (https://spec.commonmark.org/0.31.2/#backslash-escapes).
const escapeOrReference = /\\[!-/:-@[-`{-~]|&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/y;
const orderedMarker = /\d{1,9}[.)][ \t]*/y;
const quoteMarker = / *> ?/y; // tab-indented `>` may be lazy text; a missed marker is still deleted as a mismatch
const comment = /<!--([\s\S]*?)-->/g;
const blank = /\s/;

// singleTilde off: `2021~2025年` is a range, never strikethrough.
const gfmParser = unified().use(remarkParse).use(remarkGfm, { singleTilde: false });
const plainParser = unified().use(remarkParse);
/**
 * What only GFM reads differently from CommonMark: a table's delimiter row
 * (in a quote or list too), any `~` (a single one next to `*` changes how
 * emphasis closes: `*注~*说明`), task-list boxes `[ ]`/`[x]`, footnotes
 * `[^1]`, and the literals it links (www., http(s)://, e-mail).
 * A text without any of them parses the same either way, at about half the cost.
 */
const gfmOnly = /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$|~|\[[ xX^]|www\.|https?:\/\/|@/m;

/** A reading as comparable text (its heading map as pairs): two readings are the same when these are equal. */
export const readingText = (reading: MarkdownReading): string =>
  JSON.stringify(reading, (_key, value: unknown) => (value instanceof Map ? [...value] : value));

/** Parses a decoded Markdown source and says which edits make it plain text. */
export function readMarkdown(text: string): MarkdownReading {
  const gfm = gfmOnly.test(text);
  // Headings, comment lines and plain paragraphs only: the same reading without parsing (about 1 s at 1,000 documents).
  const simple = gfm ? null : readSimpleMarkdown(text);
  if (simple) return simple;
  return parseMarkdown(text, gfm);
}

/** Reads a Markdown source through mdast (`gfm`: with the GFM extensions), whatever its shape. */
export function parseMarkdown(text: string, gfm = gfmOnly.test(text)): MarkdownReading {
  const reading: MarkdownReading = { edits: [], headings: new Map(), comments: [], problems: [], removed: {} };
  const role = new Uint8Array(text.length);
  const starts = lineStarts(text);
  const quoteCursor = [...starts]; // per line: where the next `>` marker may stand, -1 on a lazy line
  const count = (kind: string): number => (reading.removed[kind] = (reading.removed[kind] ?? 0) + 1);
  const report = (offset: number, message: string, ruleId: string): number =>
    reading.problems.push({ ...position(starts, offset), message, ruleId });

  /** Marks the characters of `value` in the span `from`–`to`; escapes and references become replacements. */
  function align(value: string, from: number, to: number, decode: boolean): void {
    // Whitespace may differ between span and value (indentation, line ends): skip it on both sides.
    const skipBlank = (j: number, unless = ''): number => {
      while (j < value.length && blank.test(value[j]) && !(unless && value.startsWith(unless, j))) j++;
      return j;
    };
    let j = 0;
    for (let i = from; i < to; i++) {
      if (role[i] === QUOTE) continue;
      if (blank.test(text[i])) {
        role[i] = TEXT;
        continue;
      }
      if (j >= value.length) break;
      escapeOrReference.lastIndex = i;
      // Only a backslash or an ampersand can start an escape or a reference.
      const raw = (decode && (text[i] === '\\' || text[i] === '&') && escapeOrReference.exec(text)?.[0]) || '';
      const decoded = raw && decodeString(raw);
      const at = skipBlank(j, decoded);
      // Where the value shows the source as written (an autolink, code in an image's alt), nothing is decoded.
      if (decoded !== raw && value.startsWith(decoded, at) && !value.startsWith(raw, skipBlank(j))) {
        // `&#10;` decodes to a line break; a space stands in so that lines stay where they are.
        reading.edits.push({ start: i, end: i + raw.length, insert: decoded.replace(/[\r\n]/g, ' ') });
        role.fill(TEXT, i, i + raw.length);
        count('escape');
        i += raw.length - 1;
        j = at + decoded.length;
        continue;
      }
      j = skipBlank(j);
      if (text[i] === value[j]) {
        role[i] = TEXT;
        j++;
      }
    }
    const lost = value.slice(j).trim();
    if (lost)
      report(
        from,
        `文本未能在原文中定位，可能丢失：${lost} / Unexpected text that cannot be placed in the source: ${lost}`,
        'markdown-unaligned',
      );
  }

  /** Aligns children without a position: GFM links a `www.` literal after inline HTML by splitting a text node into new nodes. */
  function alignUnplaced(parent: Parent): void {
    let from = parent.position?.start.offset ?? 0;
    let value = '';
    for (const child of [...parent.children, undefined]) {
      if (child && !child.position) {
        value += toString(child);
        continue;
      }
      const to = child?.position?.start.offset ?? parent.position?.end.offset ?? 0;
      if (value) align(value, from, to, true);
      [from, value] = [child?.position?.end.offset ?? to, ''];
    }
  }

  visit((gfm ? gfmParser : plainParser).parse(text), (node: Nodes, _index, parent) => {
    if (!node.position) return SKIP; // aligned by its parent
    if ('children' in node) alignUnplaced(node);
    const start = node.position.start.offset ?? 0;
    const end = node.position.end.offset ?? 0;
    switch (node.type) {
      case 'text':
        return void align(node.value, start, end, true);
      case 'inlineCode': {
        const ticks = /^`+/.exec(text.slice(start, end))?.[0].length ?? 0;
        count('code');
        return void align(node.value, start + ticks, end - ticks, false);
      }
      case 'code': {
        // A fence line opens fenced code; indented code may look like one (`    ~~~`) but it is its own value.
        const opening = text.slice(start, end).split('\n', 1)[0].trim();
        const fenced = /^(`{3,}|~{3,})/.test(opening) && !node.value.trimStart().startsWith(opening);
        if (fenced) count('code');
        return void align(node.value, fenced ? text.indexOf('\n', start) + 1 || end : start, end, false);
      }
      case 'image':
      case 'imageReference':
        report(
          start,
          `图片：保留替代文本，删除地址 / Unexpected image, kept its alt text “${node.alt ?? ''}” and removed the rest`,
          'markdown-image',
        );
        count('image');
        return void align(node.alt ?? '', start + 2, end, true);
      case 'html': {
        for (let i = start; i < end; i++) if (role[i] !== QUOTE) role[i] = TEXT;
        for (const match of text.slice(start, end).matchAll(comment)) {
          const at = start + match.index;
          role.fill(MARKUP, at, at + match[0].length);
          reading.comments.push({ ...position(starts, at), text: match[1].trim() });
          count('comment');
        }
        const rest = node.value.replace(comment, '').trim();
        if (rest)
          report(start, `HTML 标记按原文保留：${rest} / Unexpected raw HTML, kept as text: ${rest}`, 'markdown-html');
        return;
      }
      case 'blockquote': {
        // A marker is `>` and one optional space, at most 3 spaces into its container (after the
        // outer markers; in a list item, where the quote began). A line without one is lazy, for
        // the quotes inside too.
        const { line: first, column } = node.position.start;
        for (let line = first; line <= node.position.end.line; line++) {
          if (quoteCursor[line - 1] < 0) continue;
          const container = parent?.type === 'listItem' ? starts[line - 1] + column - 1 : quoteCursor[line - 1];
          quoteMarker.lastIndex = line === first ? start : quoteCursor[line - 1];
          const marker = quoteMarker.exec(text);
          const lazy = !marker || marker.index + marker[0].indexOf('>') - container > 3;
          if (!lazy) role.fill(QUOTE, marker.index, quoteMarker.lastIndex);
          quoteCursor[line - 1] = lazy ? -1 : quoteMarker.lastIndex;
        }
        return void count('blockquote');
      }
      case 'listItem': {
        if (parent?.type !== 'list' || !parent.ordered) return void count('bullet');
        orderedMarker.lastIndex = start;
        if (orderedMarker.test(text)) role.fill(TEXT, start, orderedMarker.lastIndex);
        return;
      }
      case 'tableRow':
        // The pipeline's table reader reads `|` rows: keep the separators and the padding.
        for (let i = start; i < end; i++) if (text[i] === '|' || blank.test(text[i])) role[i] = TEXT;
        return;
      case 'heading':
        reading.headings.set(node.position.start.line, node.depth);
        return void count('heading');
      case 'emphasis':
      case 'strong':
      case 'delete':
        return void count('emphasis');
      case 'link':
      case 'linkReference':
        if (text[start] === '[' || text[start] === '<') count('link');
        return;
      case 'thematicBreak':
        return void count('thematicBreak');
      case 'table':
        return void count('tableDelimiterRow');
      case 'definition':
        report(
          start,
          `链接定义已删除：${text.slice(start, end)} / Unexpected link definition, removed`,
          'markdown-definition',
        );
        return void count('definition');
      case 'footnoteDefinition':
      case 'footnoteReference':
        report(
          start,
          `脚注标记已删除：[^${node.label ?? node.identifier}] / Unexpected footnote mark, removed`,
          'markdown-footnote',
        );
        return void count('footnote');
    }
  });

  // Every run of markup on a line becomes one deletion; replacements are already in.
  for (let i = 0; i < text.length; i++) {
    if (role[i] >= TEXT || text[i] === '\n') continue;
    const from = i;
    while (i + 1 < text.length && role[i + 1] < TEXT && text[i + 1] !== '\n') i++;
    reading.edits.push({ start: from, end: i + 1, insert: '' });
  }
  reading.edits.sort((a, b) => a.start - b.start);
  return reading;
}
