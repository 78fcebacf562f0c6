/**
 * One row of the catalogue table (文件) as cells: the one description of
 * what a row shows, which columns, links, text and classes. The static page
 * (src/components/Catalogue.astro) renders these cells as markup at build;
 * the paged catalogue in the browser (src/browser/catalogue-page.ts) builds
 * the same cells as elements with `rowElement`, so both show a document
 * alike. Browser-safe: no Node modules.
 *
 * Example: the 层级 cell of a 地方性法规 is `{ label: '层级', className: 'short', content: ['地方性法规'] }`.
 */
import type { RowView } from './catalogue-index.ts';

/** A span of a cell: its class (none when null) and text. */
export interface RowSpan {
  className: string | null;
  text: string;
}

/** A link of a cell: its target, `rel` and content. */
export interface RowLink {
  href: string;
  rel: string | null;
  content: Array<string | RowSpan>;
}

/** What a cell holds: text, spans and links, in order. */
export type RowPiece = string | RowSpan | RowLink;

/** A cell: the title cell is the row's header (`<th scope="row">`), every other a `<td>` with its column name for the phone layout. */
export interface RowCell {
  header: boolean;
  label: string | null;
  className: string | null;
  content: RowPiece[];
}

export const isLink = (piece: RowPiece): piece is RowLink => typeof piece !== 'string' && 'href' in piece;

const span = (className: string | null, text: string): RowSpan => ({ className, text });
/** `base unknown` when the value is missing, else `base` (null when both are empty). */
const classes = (value: string | null, base = ''): string | null => `${base}${value ? '' : ' unknown'}`.trim() || null;

/** The cells of a document's row; `base` is the site's base path ending in `/`. */
export function rowCells(doc: RowView, base: string): RowCell[] {
  const cell = (label: string, className: string | null, ...content: RowPiece[]): RowCell => ({
    header: false,
    label,
    className,
    content,
  });
  const title: RowLink = {
    href: `${base}documents/${doc.id}/`,
    rel: null,
    content: doc.where ? [span('where', `${doc.where} · `), doc.what] : [doc.what],
  };
  const source: RowPiece = doc.source.url
    ? { href: doc.source.url, rel: 'external', content: [doc.source.name ?? '来源'] }
    : (doc.source.name ?? '未知');
  return [
    { header: true, label: null, className: 'title', content: [title, ...(doc.hant ? [span('tag', '繁体原文')] : [])] },
    cell('地区', null, doc.place, ...(doc.parent ? [span('muted parent', `（${doc.parent}）`)] : [])),
    cell('层级', 'short', doc.level),
    cell('体裁', 'short', doc.genre),
    cell('发布机关', classes(doc.issuers, 'wide issuers'), doc.issuers ?? '未知'),
    cell('文号', classes(doc.docNumber), doc.docNumber ?? '未知'),
    cell(
      '日期',
      'nowrap',
      span(doc.date ? null : 'unknown', doc.date ?? '未知'),
      ...(doc.effective ? [span('effective', `${doc.effective}施行`)] : []),
    ),
    cell('效力', classes(doc.status), doc.status ?? '未知'),
    cell('条款数', 'n', String(doc.clauses)),
    cell('来源', classes(doc.source.url ?? doc.source.name, 'wide source'), source),
  ];
}

/** Makes an element of a tag; the page's maker also sets its scoped-style attribute. */
export type MakeElement = <K extends keyof HTMLElementTagNameMap>(tag: K) => HTMLElementTagNameMap[K];

/** The row element of a document, as the static page renders its cells. */
export function rowElement(doc: RowView, base: string, make: MakeElement): HTMLTableRowElement {
  const spanOf = (s: RowSpan): HTMLSpanElement => {
    const el = make('span');
    if (s.className) el.className = s.className;
    el.textContent = s.text;
    return el;
  };
  const node = (piece: RowPiece): Node | string => {
    if (typeof piece === 'string') return piece;
    if (!isLink(piece)) return spanOf(piece);
    const a = make('a');
    a.href = piece.href;
    if (piece.rel) a.rel = piece.rel;
    a.append(...piece.content.map(node));
    return a;
  };
  const tr = make('tr');
  tr.dataset.id = doc.id;
  for (const c of rowCells(doc, base)) {
    const el = make(c.header ? 'th' : 'td');
    if (c.header) el.setAttribute('scope', 'row');
    if (c.label) el.dataset.label = c.label;
    if (c.className) el.className = c.className;
    el.append(...c.content.map(node));
    tr.append(el);
  }
  return tr;
}
