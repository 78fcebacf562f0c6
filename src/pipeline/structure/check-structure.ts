/**
 * Structure checks: a misread text must never report "0 problems". Every
 * numbered level is checked as a sequence — articles through the whole
 * text, chapters within their 编, sections within their chapter, 项 within
 * their 款 (chapters may also go on from the last 编's), plan headings within their parent (or continuing the numbering
 * of the previous parent, as 宁波's （二十四） does) — and gaps, repeats and
 * out-of-order numbers are reported with their line. Warnings also go to
 * what looks misread: a 第X条 line that did not start an article, a
 * heading with many paragraphs and no numbered child, a text with no
 * structure, text before the title that is no known preamble.
 *
 * Example: 第五条 right after 第三条 → `条号不连续：第三条之后是第五条，缺第四条`.
 */
import type { VFile } from 'vfile';
import type { BodyNode, Clause, PreambleBlock, Section } from '../../model/types.ts';
import { chineseNumber, toChineseNumber, type ClassifiedLine } from './lines.ts';

export interface StructureInput {
  file: VFile;
  lines: readonly ClassifiedLine[];
  body: readonly BodyNode[];
  legal: boolean;
  preamble: readonly PreambleBlock[];
}

/** A numbered unit as a sequence check sees it. */
interface Numbered {
  value: number;
  sub: number;
  shown: string;
  line: number;
}

/** A plain-clause run this long under one heading, with no numbered unit, looks like lost numbering. */
const manyParagraphs = 6;

const styles: ReadonlyArray<[string, RegExp, boolean]> = [
  ['cn-dun', /^([一二三四五六七八九十百]+)、$/, true],
  ['paren-cn', /^（([一二三四五六七八九十百]+)）$/, true],
  ['digit-dot', /^(\d{1,3})\.$/, false],
  ['paren-digit', /^（(\d{1,3})）$/, false],
];

const styleNames: Record<string, string> = {
  'cn-dun': '一、',
  'paren-cn': '（一）',
  'digit-dot': '1.',
  'paren-digit': '（1）',
};

/** Style and value of a plan number marker (`（三）` → paren-cn, 3). */
function planNumber(marker: string | null): { style: string; value: number } | null {
  if (!marker) return null;
  for (const [style, re, chinese] of styles) {
    const match = re.exec(marker);
    if (match) return { style, value: chinese ? chineseNumber(match[1]) : Number(match[1]) };
  }
  return null;
}

function legalValue(number: string | null): { value: number; sub: number } | null {
  const match = /^第([一二三四五六七八九十百千零〇两]+|\d+)(?:分编|[编章节条])(?:之([一二三四五六七八九十]+))?$/.exec(
    number ?? '',
  );
  if (!match) return null;
  return {
    value: /^\d/.test(match[1]) ? Number(match[1]) : chineseNumber(match[1]),
    sub: match[2] ? chineseNumber(match[2]) : 0,
  };
}

/** Runs every check and reports on the file. */
export function checkStructure(input: StructureInput): void {
  const warn = (reason: string, line: number, ruleId: string): void => {
    input.file.message(reason, { place: { line, column: 1 }, ruleId, source: 'structure' });
  };
  if (input.legal) checkLegal(input, warn);
  else checkPlan(input, warn);
  for (const block of input.preamble) {
    if (block.role === 'letter' && !/(印发|现将|转发|答复|您|建议|提案|通知|认真|执行|如下)/.test(block.text)) {
      warn(
        `标题前的这段文字不像通知、答复或网页栏目，请确认标题找对了（Unexpected text before the title: “${block.text.slice(0, 20)}…”）`,
        block.line,
        'unknown-preamble',
      );
    }
  }
}

type Warn = (reason: string, line: number, ruleId: string) => void;

/** Checks that `items` count 1, 2, 3 … (or go on from `from`); `unit` names the numbers in messages. */
function checkSequence(
  items: readonly Numbered[],
  warn: Warn,
  what: string,
  first: ReadonlySet<number> = new Set([1]),
): void {
  let previous: Numbered | null = null;
  for (const item of items) {
    if (item.sub > 0) {
      // 第十条之一 follows 第十条 (or 第十条之一 before it).
      if (!previous || previous.value !== item.value || previous.sub !== item.sub - 1) {
        warn(
          `${what}不连续：${previous ? `${previous.shown}之后` : '开头'}是${item.shown}（Unexpected ${item.shown}）`,
          item.line,
          'numbering',
        );
      }
    } else if (!previous) {
      if (!first.has(item.value))
        warn(
          `${what}不从头开始：第一个是${item.shown}（Unexpected ${item.shown}, expected the numbering to start at 1）`,
          item.line,
          'numbering',
        );
    } else if (item.value === previous.value) {
      warn(`${what}重复：${item.shown}出现两次（Unexpected repeated ${item.shown}）`, item.line, 'numbering');
    } else if (item.value < previous.value) {
      const restart = item.value === 1 ? '，重新从头编号，可能缺了上一级标题' : '';
      warn(
        `${what}顺序颠倒：${previous.shown}之后是${item.shown}${restart}（Unexpected ${item.shown} after ${previous.shown}）`,
        item.line,
        'numbering',
      );
    } else if (item.value > previous.value + 1) {
      warn(
        `${what}不连续：${previous.shown}之后是${item.shown}，缺${gapName(previous, item)}（Unexpected ${item.shown}, expected ${gapName(previous, item, true)}）`,
        item.line,
        'numbering',
      );
    }
    previous = item;
  }
}

function gapName(previous: Numbered, item: Numbered, first = false): string {
  const next = previous.value + 1;
  const shown = (value: number): string =>
    previous.shown.replace(
      /[一二三四五六七八九十百千零〇两]+|\d+/,
      /\d/.test(previous.shown) ? String(value) : toChineseNumber(value),
    );
  return first || next === item.value - 1 ? shown(next) : `${shown(next)}到${shown(item.value - 1)}`;
}

function checkLegal(input: StructureInput, warn: Warn): void {
  const articles: Numbered[] = [];
  // 民事诉讼法 numbers its chapters through the whole text, not within each 编: a run may go on from the last one.
  const lastOfUnit = new Map<string, number>();
  const walk = (nodes: readonly BodyNode[], parent: Section | null): void => {
    const heads: Numbered[] = [];
    for (const node of nodes) {
      if (node.type === 'section') {
        const v = legalValue(node.number);
        if (v) heads.push({ ...v, shown: node.number!, line: node.line });
        // An unnumbered heading (序言, 附件) holds text, not articles.
        if (v && !node.children.some((child) => (child.type === 'clause' && child.parts) || child.type === 'section')) {
          warn(
            `${node.number ?? ''}${node.title}下面没有条文（Unexpected heading without articles）`,
            node.line,
            'empty-heading',
          );
        }
        walk(node.children, node);
      } else if (node.type === 'clause' && node.parts) {
        const v = legalValue(node.number);
        if (v) articles.push({ ...v, shown: node.number!, line: node.line });
        checkItems(node, warn);
        if (node.parts.length === 0)
          warn(`${node.number}没有条文内容（Unexpected empty article）`, node.line, 'empty-article');
      }
    }
    // Chapters within the text or their 编, sections within their chapter; each unit its own run.
    for (const unit of ['编', '分编', '章', '节']) {
      const run = heads.filter((h) => /(分编|编|章|节)$/.exec(h.shown)?.[1] === unit);
      checkSequence(
        run,
        warn,
        `${unit}号${parent ? `（${parent.number ?? parent.title}内）` : ''}`,
        new Set([1, (lastOfUnit.get(unit) ?? 0) + 1]),
      );
      if (run.length) lastOfUnit.set(unit, run.at(-1)!.value);
    }
  };
  walk(input.body, null);
  checkSequence(articles, warn, '条号');
}

/** 项 within each 款 and 目 within each 项 count from 1. */
function checkItems(article: Clause, warn: Warn): void {
  let items: Numbered[] = [];
  let subItems: Numbered[] = [];
  const flush = (): void => {
    checkSequence(items, warn, `${article.number}的项号`);
    items = [];
  };
  const flushSub = (): void => {
    checkSequence(subItems, warn, `${article.number}的目号`);
    subItems = [];
  };
  for (const part of article.parts ?? []) {
    if (part.kind === '款') {
      flushSub();
      flush();
    } else if (part.kind === '项') {
      flushSub();
      const n = planNumber(part.number);
      if (n) items.push({ value: n.value, sub: 0, shown: part.number!, line: part.line });
    } else {
      const n = planNumber(part.number);
      if (n) subItems.push({ value: n.value, sub: 0, shown: part.number!, line: part.line });
    }
  }
  flushSub();
  flush();
}

function checkPlan(input: StructureInput, warn: Warn): void {
  const lastOfStyle = new Map<string, number>();
  const walk = (nodes: readonly BodyNode[]): void => {
    const byStyle = new Map<string, Numbered[]>();
    let plain = 0;
    let numbered = 0;
    for (const node of nodes) {
      const number = node.type === 'section' || node.type === 'clause' ? planNumber(node.number) : null;
      if (number && (node.type === 'section' || node.type === 'clause')) {
        numbered++;
        const list = byStyle.get(number.style) ?? [];
        list.push({ value: number.value, sub: 0, shown: node.number!, line: node.line });
        byStyle.set(number.style, list);
      } else if (node.type === 'clause' && !node.text.startsWith('——') && !node.box) plain++;
      if (node.type === 'section') walk(node.children);
    }
    for (const [style, list] of byStyle) {
      // A run may start at 1 or go on from the same style's last number (宁波 numbers （一）… through the text).
      const from = new Set([1, (lastOfStyle.get(style) ?? 0) + 1]);
      checkSequence(list, warn, `“${styleNames[style]}”级编号`, from);
      lastOfStyle.set(style, list.at(-1)!.value);
    }
    if (plain >= manyParagraphs && numbered === 0 && nodes !== input.body) {
      const at = nodes.find((n) => n.type === 'clause') as Clause;
      warn(
        `一个标题下有 ${plain} 段没有编号的文字，可能漏读了编号或标题（Unexpected ${plain} unnumbered paragraphs under one heading）`,
        at.line,
        'unnumbered-run',
      );
    }
  };
  walk(input.body);
  const articles = input.lines.filter((line) => line.kind === 'article');
  for (const line of articles) {
    warn(
      `“${line.marker}”开头的一行没有读作条文：全文只有 ${articles.length} 行以第X条开头（Unexpected article line outside a legal text）`,
      line.no,
      'stray-article',
    );
  }
  const structured = input.lines.some(
    (line) =>
      line.kind === 'heading' || line.kind === 'numbered' || line.kind === 'box-title' || line.kind === 'table-row',
  );
  if (!structured && input.lines.length > 0) {
    warn(
      'No recognizable headings (一、 （一） 1. （1）) or articles (第X条): every paragraph becomes a clause in order',
      input.lines[0].no,
      'no-headings',
    );
  }
}
