/**
 * Builds the body of a legal text from its classified lines, by the
 * grammar laws and regulations share: 编 → 章 → 节 headings open
 * sections; each 第X条 is one clause with its 款 (paragraphs), 项 (items,
 * `（一）`) and 目 (sub-items, `1.`) inside it, however many. Inside an
 * article a numbered line is always a 项 or 目, never a heading. Text
 * before the first article (a 决定's preamble) stays plain clauses.
 *
 * Example: `第九条有下列情形之一…约定：` `（一）利用本单位…的；` → one clause
 * `第九条` with a 款 and its 项 `（一）`.
 */
import type { BodyNode, Clause, ClausePart, Section } from '../../model/types.ts';
import { splitAgencies } from './agencies.ts';
import { isAttachmentTitle } from './legal-headings.ts';
import { chineseNumber, type ClassifiedLine } from './lines.ts';
import type { TreeContext } from './tree.ts';

/** Item markers inside an article, by style: the first style met is the 项, the next the 目. */
const itemStyles: ReadonlyArray<[string, RegExp]> = [
  ['paren-cn', /^（[一二三四五六七八九十]+）/],
  ['cn-dun', /^[一二三四五六七八九十]+、/],
  ['digit-dot', /^\d{1,2}\.(?!\d)/],
  ['paren-digit', /^（\d{1,2}）/],
  ['digit-dun', /^\d{1,2}、/],
];

interface ArticleLine {
  line: ClassifiedLine;
  /** Text of the line without the article number (the article's own line) or as it stands. */
  text: string;
}

type Open = { section: Section; level: number };

/** Builds the body nodes of a legal text (ids, paths and part ids are assigned by `identify`). */
export function buildLegalBody(lines: readonly ClassifiedLine[], ctx: TreeContext): BodyNode[] {
  const root: BodyNode[] = [];
  const stack: Open[] = [];
  const container = (): BodyNode[] => (stack.length ? stack[stack.length - 1].section.children : root);
  let article: { head: ClassifiedLine; lines: ArticleLine[] } | null = null;
  const close = (): void => {
    if (article) container().push(makeArticle(article.head, article.lines, ctx));
    article = null;
  };

  for (const line of lines) {
    if (line.kind === 'legal-heading') {
      close();
      while (stack.length && stack[stack.length - 1].level >= line.level) stack.pop();
      const section = makeSection(line, ctx);
      container().push(section);
      stack.push({ section, level: line.level });
    } else if (line.kind === 'article') {
      close();
      article = { head: line, lines: line.rest ? [{ line, text: line.rest }] : [] };
    } else if (article) {
      article.lines.push({ line, text: line.text });
    } else {
      container().push(plainClause(line, ctx));
    }
  }
  close();
  return root;
}

function makeSection(line: ClassifiedLine, ctx: TreeContext): Section {
  const title = line.rest.trim();
  return {
    type: 'section',
    id: '',
    path: '',
    level: line.level,
    unit: line.unit as Section['unit'],
    role: title.replace(/\s/g, '') === '附则' ? '附则' : !line.marker && isAttachmentTitle(title) ? '附件' : null,
    number: line.marker,
    title,
    original: ctx.original(line.start, line.end),
    line: line.no,
    children: [],
  };
}

/** A paragraph outside any article: kept in place as an unnumbered clause. */
function plainClause(line: ClassifiedLine, ctx: TreeContext): Clause {
  return emptyClause(
    { number: null, title: null, text: line.text, original: ctx.original(line.start, line.end), line: line.no },
    ctx,
  );
}

function emptyClause(
  fields: Pick<Clause, 'number' | 'title' | 'text' | 'original' | 'line'>,
  ctx: TreeContext,
): Clause {
  return {
    type: 'clause',
    id: '',
    docId: ctx.docId,
    path: '',
    headings: [],
    ...fields,
    agencies: [],
    agencyNote: null,
    box: null,
    order: 0,
    themes: [],
    objects: [],
    instruments: [],
    strength: null,
  };
}

function itemStyle(text: string): { style: string; marker: string } | null {
  for (const [style, re] of itemStyles) {
    const match = re.exec(text);
    if (match) return { style, marker: match[0] };
  }
  return null;
}

/** The value of an item marker: `（三）` → 3, `2.` → 2. */
function itemValue(marker: string): number {
  const digits = /\d+/.exec(marker);
  return digits ? Number(digits[0]) : chineseNumber(marker.replace(/[（）、]/g, ''));
}

/**
 * Whether an unnumbered line goes on with the item before it: the next
 * numbered line after it (and any unnumbered lines between) is the next
 * item of the same style (上海市燃气管理条例 第五十二条: `（二）燃气设施，是指…`
 * `燃气设施的改动，是指…` `（三）燃气器具…`).
 */
function continuesItem(last: ClausePart | undefined, after: readonly ArticleLine[]): boolean {
  const next = after.find((line) => itemStyle(line.text));
  if (!last?.number || !next) return false;
  const item = itemStyle(next.text);
  return (
    item !== null &&
    itemStyle(last.number)?.style === item.style &&
    itemValue(item.marker) === itemValue(last.number) + 1
  );
}

/**
 * An article's parts: each unnumbered line opens a 款, numbered lines are
 * its 项 and 目; an unnumbered line between two items in sequence is a
 * paragraph of the item before it.
 */
function articleParts(lines: readonly ArticleLine[]): ClausePart[] {
  const parts: ClausePart[] = [];
  const styles: string[] = [];
  for (const [i, { line, text }] of lines.entries()) {
    const item = itemStyle(text);
    if (!item && continuesItem(parts.at(-1), lines.slice(i + 1))) {
      parts.at(-1)!.text += `\n${text}`;
      continue;
    }
    let kind: ClausePart['kind'] = '款';
    if (item && parts.length > 0) {
      if (styles.length === 0 || styles[0] === item.style) {
        styles[0] = item.style;
        kind = '项';
      } else if (parts.some((p) => p.kind === '项')) {
        styles[1] ??= item.style;
        kind = styles[1] === item.style ? '目' : '项';
      } else kind = '项';
    } else styles.length = 0;
    const number = kind === '款' ? null : item!.marker;
    parts.push({ kind, id: '', label: '', number, text: number ? text.slice(number.length) : text, line: line.no });
  }
  return parts;
}

/** `【立法目的】` or `（立法目的）` right after the article number is the article's title. */
function articleTitle(first: string): string | null {
  const match = /^(?:【([^】]{2,20})】|（([^）]{2,20})）(?=\S))/.exec(first);
  return match ? (match[1] ?? match[2]) : null;
}

function makeArticle(head: ClassifiedLine, lines: readonly ArticleLine[], ctx: TreeContext): Clause {
  const parts = articleParts(lines);
  const last = parts.at(-1);
  // A responsible-unit note is rare in a legal text but kept out of the reading text like in a plan.
  const split = last ? splitAgencies(last.text) : { text: '', note: null, agencies: [] };
  if (last) last.text = split.text;
  const end = lines.at(-1)?.line ?? head;
  const clause = emptyClause(
    {
      number: head.marker,
      title: articleTitle(head.rest),
      text: parts.map((p) => `${p.number ?? ''}${p.text}`).join('\n'),
      original: ctx.original(head.start, end.end),
      line: head.no,
    },
    ctx,
  );
  return { ...clause, parts, agencies: split.agencies, agencyNote: split.note };
}
