/**
 * An independent reading of a law text in Markdown, written apart from the
 * reader and kept simple enough to check by eye. It sees only:
 * - article lines `第X条` (number, then a space or the line's end);
 * - `#` headings, and `第X编/分编/章/节` lines with a space after the number;
 * - a short line without punctuation right before an article (a title that
 *   lost its marker: `不可移动文物`, or a part title `二、…的处理`), unless it
 *   continues the heading above (then articles may stand under either line);
 * - attachment lines after an article: `附件`, `附表`, `附录`, `附：`.
 * The body starts after `<!-- INFO END -->`, or after the `#` title line.
 *
 * Example: `## 第二章　行政保护` → heading, unit 章; `第十八条 县级…` → article 18.
 */

/** One boundary the reference sees. */
export type ReferenceEntry =
  | { kind: 'article'; line: number; number: string }
  | { kind: 'heading'; line: number; text: string; why: 'markdown' | 'legal' | 'bare' | 'attachment' | 'continuation' };

const numeral = '[一二三四五六七八九十百千零〇两]+';
// `第一百二十四 条采用…`: a space inside the number still makes an article line.
const articleLine = new RegExp(`^第\\s*${numeral}(?:条(?:之${numeral})?(?=[\\s\\u3000]|$)|\\s+条)`);
const legalLine = new RegExp(`^第${numeral}(?:编|分编|章|节)(?:[\\s\\u3000]|$)`);
const attachmentLine = /^(?:附件|附表|附录|附)[一二三四五六七八九十\d]*[：:]?(?:[\s\u3000]|$)/;

/** Up to 20 characters without punctuation or digits; after a part number `二、`, up to 30 with only 、. */
function looksLikeTitle(text: string): boolean {
  const part = /^[一二三四五六七八九十]+、/.exec(text);
  if (!part) return text.length <= 20 && !/[\p{P}\p{S}\d]/u.test(text);
  const rest = text.slice(part[0].length);
  return rest.length <= 30 && !/[\p{P}\d](?<!、)/u.test(rest);
}

/** The boundaries of a Markdown law text, in line order (1-based lines). */
export function referenceParse(source: string): ReferenceEntry[] {
  const lines = source.split(/\r?\n/);
  const infoEnd = lines.findIndex((line) => line.includes('<!-- INFO END -->'));
  const start = infoEnd >= 0 ? infoEnd + 1 : lines.findIndex((line) => /^#\s/.test(line)) + 1;
  const body: Array<{ line: number; text: string }> = [];
  for (let i = start; i < lines.length; i++) {
    const text = lines[i].trim();
    if (text && !text.startsWith('<!--')) body.push({ line: i + 1, text });
  }
  const entries: ReferenceEntry[] = [];
  let seenArticle = false;
  body.forEach(({ line, text }, i) => {
    const previous = entries.at(-1);
    const afterHeading = previous?.kind === 'heading' && body[i - 1]?.line === previous.line;
    const article = articleLine.exec(text);
    if (/^#+\s/.test(text)) entries.push({ kind: 'heading', line, text: text.replace(/^#+\s*/, ''), why: 'markdown' });
    else if (legalLine.test(text) && text.length <= 40 && !text.includes('。'))
      entries.push({ kind: 'heading', line, text, why: 'legal' });
    else if (article) {
      entries.push({ kind: 'article', line, number: article[0] });
      seenArticle = true;
    } else if (seenArticle && attachmentLine.test(text) && text.length <= 40 && !text.includes('。')) {
      entries.push({ kind: 'heading', line, text, why: 'attachment' });
    } else if (seenArticle && afterHeading && looksLikeTitle(text) && articleLine.test(body[i + 1]?.text ?? '')) {
      // The heading's second line, or the first title of its sections: either reading is right.
      entries.push({ kind: 'heading', line, text, why: 'continuation' });
    } else if (seenArticle && !afterHeading && looksLikeTitle(text) && articleLine.test(body[i + 1]?.text ?? '')) {
      entries.push({ kind: 'heading', line, text, why: 'bare' });
    }
  });
  return entries;
}
