/**
 * Finds the headings of a legal text that the line classes alone miss, so
 * that no title is read into an article and no article is filed under the
 * wrong chapter:
 * - a Markdown heading (`## …`) is a heading whatever it holds: a chapter
 *   title with ，or 。 (`## 第四章　…主席团，主席、副主席`), a part heading of
 *   an interpretation (`## 二、标的物交付和所有权转移`), `## 序言`, `## 附则`;
 * - an attachment after an article (`附：`, `附件1`, `附表　…税目税额表`)
 *   closes the articles: what follows is the attachment, not the last article;
 * - a short line without punctuation right before an article is a title
 *   that lost its `第X章`/`第X节` (`不可移动文物`), reported at its line;
 *   right after a heading it is the heading's second line, unless more such
 *   titles follow in the chapter (then each is a section of it);
 * - a plain `一、…` title line with no punctuation right before an article
 *   is a part heading, not an item of the article above;
 * - a table of contents (`第一章 总则` … `第五章 附则`, then `第一章 总则`
 *   again before the first article) is text, not empty chapters.
 * Only texts with articles are re-read; plans keep their lines as they are.
 */
import type { VFile } from 'vfile';
import type { Repair } from '../../model/types.ts';
import { chineseNumber, legalHeading, legalLevels, type ClassifiedLine } from './lines.ts';

/** `附：`, `附件`, `附件1：`, `附表　车船税税目税额表`, `附录二`. */
const attachment = /^(?:附件|附表|附录|附)[一二三四五六七八九十\d]*[：:]?(?:\s|$)/;
/** A part heading's number: `一、`, `（一）`. */
const partNumber = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

/** Whether a heading title names an attachment (`附件1`, `附：`). */
export function isAttachmentTitle(text: string): boolean {
  return attachment.test(text) && text.length <= 40 && !text.includes('。');
}

/** A short line with no punctuation and no digit: what a title looks like once its number is gone. */
function isBareTitle(line: ClassifiedLine, next: ClassifiedLine | undefined): boolean {
  return (
    line.kind === 'paragraph' &&
    line.text.length <= 20 &&
    !/[\p{P}\p{S}\d]/u.test(line.text) &&
    next?.kind === 'article'
  );
}

function heading(line: ClassifiedLine, level: number, marker: string | null): ClassifiedLine {
  return {
    ...line,
    kind: 'legal-heading',
    level,
    unit: null,
    marker,
    value: null,
    sub: 0,
    rest: line.text.slice(marker?.length ?? 0).trim(),
  };
}

/**
 * Re-reads the lines of a legal text; `markdown` maps source lines to their
 * Markdown heading depth. Guesses are reported on `file`, joins recorded in `repairs`.
 */
export function readLegalHeadings(
  lines: readonly ClassifiedLine[],
  markdown: ReadonlyMap<number, number> | undefined,
  file: VFile,
  repairs: Repair[],
): ClassifiedLine[] {
  if (lines.filter((line) => line.kind === 'article').length < 2) return [...lines];
  const depthLevel = new Map<number, number>();
  for (const line of lines) {
    const depth = markdown?.get(line.no);
    const legal = legalHeading.exec(line.text);
    if (depth && legal && !depthLevel.has(depth))
      depthLevel.set(depth, legalLevels[legal[2] as keyof typeof legalLevels]);
  }
  const out: ClassifiedLine[] = [];
  let seenArticle = false;
  const contents = tableOfContents(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i < contents) {
      out.push({
        ...line,
        kind: 'paragraph',
        level: 0,
        unit: null,
        marker: null,
        value: null,
        sub: 0,
        rest: line.text,
      });
      continue;
    }
    const next = lines[i + 1];
    const previous = out.at(-1);
    const depth = markdown?.get(line.no);
    if (line.kind === 'article') {
      seenArticle = true;
      out.push(line);
    } else if (depth && line.kind !== 'legal-heading') {
      const legal = legalHeading.exec(line.text);
      const unit = legal?.[2] as keyof typeof legalLevels | undefined;
      if (legal && unit)
        out.push({
          ...heading(line, legalLevels[unit], legal[0]),
          unit,
          value: /^\d/.test(legal[1]) ? Number(legal[1]) : chineseNumber(legal[1]),
        });
      else if (isAttachmentTitle(line.text)) out.push(heading(line, 0, null));
      else out.push(heading(line, depthLevel.get(depth) ?? depth, partNumber.exec(line.text)?.[0] ?? null));
    } else if (seenArticle && line.kind !== 'legal-heading' && isAttachmentTitle(line.text)) {
      out.push(heading(line, 0, null));
    } else if (
      seenArticle &&
      line.kind === 'heading' &&
      line.level === 1 &&
      line.rest.length <= 30 &&
      !/[\p{P}](?<!、)/u.test(line.rest) &&
      next?.kind === 'article'
    ) {
      out.push(heading(line, 2, line.marker));
    } else if (seenArticle && isBareTitle(line, next)) {
      const afterHeading = previous?.kind === 'legal-heading' && previous.no === lines[i - 1]?.no;
      if (afterHeading && !moreBareTitles(lines, i + 1, previous.level)) {
        repairs.push({
          kind: 'line-join',
          line: line.no,
          column: 1,
          before: `${previous.text.slice(-6)}⏎${line.text}`,
          after: `${previous.text.slice(-6)}${line.text}`,
          reason: `第 ${line.no} 行接着第 ${previous.no} 行的标题：两行读作一个标题（原文的换行保留在原文中）`,
        });
        out[out.length - 1] = {
          ...previous,
          text: previous.text + line.text,
          rest: previous.rest + line.text,
          end: line.end,
        };
        continue;
      }
      // Right after a heading, the first of several: a section of it; else as deep as the last heading, a chapter at least.
      const last = [...out].reverse().find((l) => l.kind === 'legal-heading');
      out.push(heading(line, afterHeading ? previous.level + 1 : Math.max(2, last?.level ?? 2), null));
      file.message(
        `“${line.text}”一行没有“第X章”“第X节”这样的编号，后面紧接条文，读作标题，其后的条文归在它下面（Unexpected title without a number before an article, read as a heading）`,
        {
          place: { line: line.no, column: 1 },
          ruleId: 'unnumbered-heading',
          source: 'structure',
        },
      );
    } else out.push(line);
  }
  return out;
}

/** Whether another bare title follows before the next heading at `level` or above. */
function moreBareTitles(lines: readonly ClassifiedLine[], from: number, level: number): boolean {
  for (let i = from; i < lines.length; i++) {
    if (lines[i].kind === 'legal-heading' && lines[i].level <= level) return false;
    if (isBareTitle(lines[i], lines[i + 1])) return true;
  }
  return false;
}

/**
 * How many lines a table of contents takes at the start: a run of headings
 * with nothing between them, the first of which comes again before the
 * first article (0 when there is none).
 */
function tableOfContents(lines: readonly ClassifiedLine[]): number {
  const key = (line: ClassifiedLine): string => line.text.replace(/\s/g, '');
  const first = lines.findIndex((line) => line.kind === 'legal-heading');
  const firstArticle = lines.findIndex((line) => line.kind === 'article');
  if (first < 0 || firstArticle < first) return 0;
  for (let end = first + 1; end < firstArticle && lines[end].kind === 'legal-heading'; end++) {
    if (key(lines[end]) === key(lines[first])) return end - first >= 2 ? end : 0;
  }
  return 0;
}
