/**
 * Builds a document's body from its classified lines: headings open
 * sections by level, paragraphs and numbered paragraphs become clauses,
 * `|` rows become a table and a 专栏 title with its items becomes a box,
 * each attached where it stands. A numbered heading with only plain
 * paragraphs under it is one clause (洛龙区 `1.探索新业态新领域保护制度`
 * with its paragraph). Nothing is invented: a text without headings
 * (包头) stays a run of paragraph clauses.
 */
import type { VFile } from 'vfile';
import type { BodyNode, Box, Clause, Repair, Section, Table } from '../../model/types.ts';
import { splitAgencies } from './agencies.ts';
import { toChineseNumber, type ClassifiedLine } from './lines.ts';

export interface TreeContext {
  docId: string;
  file: VFile;
  repairs: Repair[];
  /** The repaired source text behind a range of the normalized text. */
  original(start: number, end: number): string;
}

type Pending =
  | { kind: 'section'; line: ClassifiedLine; children: Pending[] }
  | { kind: 'clause'; lines: ClassifiedLine[]; plain: boolean }
  | { kind: 'table'; lines: ClassifiedLine[] }
  | { kind: 'box'; title: ClassifiedLine; lines: ClassifiedLine[] };

/** Builds the body nodes (ids and paths are assigned later). */
export function buildBody(lines: readonly ClassifiedLine[], ctx: TreeContext): BodyNode[] {
  const root: Pending[] = [];
  const stack: Array<Extract<Pending, { kind: 'section' }>> = [];
  const container = (): Pending[] => (stack.length ? stack[stack.length - 1].children : root);
  let lastTopValue = 0;
  // Where the higher headings were lost (包头), a `（1）` heading cannot say
  // how far it reaches: it titles only the paragraph right after it.
  const headless = !lines.some((line) => line.kind === 'heading' && line.level <= 3);

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === 'heading' || line.kind === 'numbered') {
      if (line.level === 1) {
        if (line.marker && /^\d/.test(line.marker)) {
          if (line.value !== lastTopValue + 1) {
            // A digit heading that is not the next top-level number is a paragraph after all.
            container().push({ kind: 'clause', lines: [line], plain: true });
            continue;
          }
          ctx.repairs.push({
            kind: 'heading-number',
            line: line.no,
            column: 1,
            before: line.marker,
            after: `${toChineseNumber(line.value)}、`,
            reason: `一级标题编号写作“${line.marker}”，位于“${toChineseNumber(lastTopValue)}、”之后，读作“${toChineseNumber(line.value)}、”（原文照写不改）`,
          });
        }
        lastTopValue = line.value ?? lastTopValue;
      }
      while (stack.length && stack[stack.length - 1].line.level >= line.level) stack.pop();
      if (headless && line.kind === 'heading') {
        const next = lines[i + 1];
        const children: Pending[] =
          next?.kind === 'paragraph' ? [{ kind: 'clause', lines: [lines[++i]], plain: true }] : [];
        container().push({ kind: 'section', line, children });
      } else if (line.kind === 'heading') {
        const section: Pending = { kind: 'section', line, children: [] };
        container().push(section);
        stack.push(section);
      } else container().push({ kind: 'clause', lines: [line], plain: false });
    } else if (line.kind === 'table-row') {
      const last = container().at(-1);
      if (last?.kind === 'table' && lines[i - 1] === last.lines.at(-1)) last.lines.push(line);
      else container().push({ kind: 'table', lines: [line] });
    } else if (line.kind === 'box-title') {
      const box: Pending = { kind: 'box', title: line, lines: [] };
      // The box's items follow until a line closes the box with `|`.
      while (i + 1 < lines.length && isBoxLine(lines[i + 1])) {
        box.lines.push(lines[++i]);
        if (lines[i].text.endsWith('|')) break;
      }
      if (box.lines.length === 0)
        ctx.file.message('Unexpected 专栏 without items, expected a line of numbered items after it', {
          place: { line: line.no, column: 1 },
          ruleId: 'empty-box',
          source: 'structure',
        });
      container().push(box);
    } else {
      container().push({ kind: 'clause', lines: [line], plain: line.kind === 'paragraph' });
    }
  }
  return root.map((node) => finish(node, ctx));
}

/** Lines that can carry a box's items: anything but a new heading, table or box. */
function isBoxLine(line: ClassifiedLine): boolean {
  if (line.kind === 'table-row' || line.kind === 'box-title') return false;
  return !(line.kind === 'heading' && line.level <= 2);
}

function finish(node: Pending, ctx: TreeContext): BodyNode {
  switch (node.kind) {
    case 'clause':
      return makeClause(null, node.lines, ctx);
    case 'table':
      return makeTable(node.lines, ctx);
    case 'box':
      return makeBox(node.title, node.lines, ctx);
    case 'section': {
      const plainOnly =
        node.children.length > 0 && node.children.every((child) => child.kind === 'clause' && child.plain);
      if (node.line.level >= 2 && plainOnly) {
        const paragraphs = node.children.flatMap((child) => (child.kind === 'clause' ? child.lines : []));
        return makeClause(node.line, paragraphs, ctx);
      }
      return makeSection(
        node.line,
        node.children.map((child) => finish(child, ctx)),
        ctx,
      );
    }
  }
}

function normalizedMarker(line: ClassifiedLine): string | null {
  if (!line.marker) return null;
  return line.level === 1 && /^\d/.test(line.marker) ? `${toChineseNumber(line.value ?? 0)}、` : line.marker;
}

function makeSection(line: ClassifiedLine, children: BodyNode[], ctx: TreeContext): Section {
  return {
    type: 'section',
    id: '',
    path: '',
    level: line.level,
    unit: null,
    role: null,
    number: normalizedMarker(line),
    title: line.rest,
    original: ctx.original(line.start, line.end),
    line: line.no,
    children,
  };
}

/** The title of a numbered paragraph: its first sentence, when short. */
function leadTitle(text: string): string | null {
  const match = /^(?:——)?([^。；]{2,40}?)[。；]/.exec(text);
  return match ? match[1] : null;
}

/**
 * A clause from an optional heading line and its paragraph lines. The
 * number and the responsible-unit note leave the reading text; the
 * original keeps every character.
 */
function makeClause(heading: ClassifiedLine | null, paragraphs: readonly ClassifiedLine[], ctx: TreeContext): Clause {
  const first = heading ?? paragraphs[0];
  const last = paragraphs.at(-1) ?? first;
  const numbered = heading ?? (first.kind === 'numbered' ? first : null);
  const parts = paragraphs.map((line) => (line === numbered ? line.rest : line.text));
  const { text: lastText, note, agencies } = splitAgencies(parts.at(-1) ?? '');
  if (parts.length) parts[parts.length - 1] = lastText;
  const body = parts.filter((part) => part.length > 0);
  const title = heading ? heading.rest : numbered || first.kind === 'lead-in' ? leadTitle(body[0] ?? '') : null;
  return {
    type: 'clause',
    id: '',
    docId: ctx.docId,
    path: '',
    headings: [],
    number: numbered ? normalizedMarker(numbered) : null,
    title,
    text: (heading ? [heading.rest, ...body] : body).join('\n'),
    original: ctx.original(first.start, last.end),
    agencies,
    agencyNote: note,
    box: null,
    line: first.no,
    order: 0,
    themes: [],
    objects: [],
    instruments: [],
    strength: null,
  };
}

function cells(row: string): string[] {
  const parts = row.split('|').map((cell) => cell.trim());
  if (parts.at(-1) === '') parts.pop();
  if (parts[0] === '') parts.shift();
  return parts;
}

function makeTable(lines: readonly ClassifiedLine[], ctx: TreeContext): Table {
  const [header, ...rows] = lines.map((line) => cells(line.text));
  return {
    type: 'table',
    id: '',
    path: '',
    header,
    rows,
    original: ctx.original(lines[0].start, lines.at(-1)!.end),
    line: lines[0].no,
  };
}

/** Splits a box's item line at `1.` `2.` … in sequence (so `10.2件` is never a split). */
function splitItems(line: ClassifiedLine): Array<{ start: number; end: number; number: string }> {
  const starts: Array<{ at: number; number: string }> = [];
  let expected = 1;
  const re = /(\d{1,2})\.(?!\d)/g;
  for (const match of line.text.matchAll(re)) {
    const before = line.text[match.index - 1];
    if (Number(match[1]) === expected && (match.index === 0 || /[。；;\s|]/.test(before ?? ''))) {
      starts.push({ at: match.index, number: match[0] });
      expected++;
    }
  }
  if (starts.length === 0 || starts[0].at !== 0) starts.unshift({ at: 0, number: '' });
  return starts.map((start, i) => ({
    start: line.start + start.at,
    end: i + 1 < starts.length ? line.start + starts[i + 1].at : line.end,
    number: start.number,
  }));
}

function makeBox(titleLine: ClassifiedLine, lines: readonly ClassifiedLine[], ctx: TreeContext): Box {
  const parts = /^专栏\s*(\d+)\s*(.*?)\s*\|*$/.exec(titleLine.text);
  const title = parts ? `专栏${parts[1]} ${parts[2]}`.trim() : titleLine.text.replace(/\|+$/, '').trim();
  const children: Clause[] = [];
  for (const line of lines) {
    for (const item of splitItems(line)) {
      const raw = line.text
        .slice(item.start - line.start, item.end - line.start)
        .replace(/\|$/, '')
        .trim();
      const text = raw.slice(item.number.length);
      if (!text && !item.number) continue;
      children.push({
        type: 'clause',
        id: '',
        docId: ctx.docId,
        path: '',
        headings: [],
        number: item.number || null,
        title: leadTitle(text),
        text,
        original: ctx.original(item.start, item.end),
        agencies: [],
        agencyNote: null,
        box: title,
        line: line.no,
        order: 0,
        themes: [],
        objects: [],
        instruments: [],
        strength: null,
      });
    }
  }
  return {
    type: 'box',
    id: '',
    path: '',
    title,
    original: ctx.original(titleLine.start, titleLine.end),
    line: titleLine.no,
    children,
  };
}
