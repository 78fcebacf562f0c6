/**
 * What the concordance page draws: the occurrence lines (left context
 * right-aligned against the term, right context after it, each line
 * linked to its clause) and one count table per facet with a bar for each
 * row. Pure DOM building; the element (term-concordance.ts) decides what
 * to draw.
 */
import { el, clauseLink } from '../search/browser/view.ts';
import type { CountFacet, CountRow } from '../search/browser/concordance-counts.ts';
import type { Occurrence } from '../search/browser/concordance.ts';
import type { ClauseData } from '../search/browser/engine.ts';

/** One line of the concordance: an occurrence in its clause, with the clause's document facts. */
export interface ConcordanceLine extends Occurrence {
  clause: ClauseData;
  /** Place of the document (its own jurisdiction): `宁波市`. */
  place: string;
  /** Year of the document, '' when unknown. */
  year: string;
  /** The clause's role (任务, 法律责任), '' until the roles are loaded or for a table row. */
  role: string;
}

/** Headings of the count tables. */
export const countHeadings: Record<CountFacet, string> = {
  doc: '按文件',
  place: '按地区',
  level: '按层级',
  genre: '按体裁',
  year: '按年份',
};

/** The lines as a table: 出处 (clause linked, document below) · 左文 · 词 · 右文. */
export function renderLines(lines: readonly ConcordanceLine[]): HTMLElement {
  const table = el('table', 'kwic');
  const head = table.createTHead().insertRow();
  for (const name of ['出处', '左文', '词', '右文']) head.append(el('th', undefined, name));
  const body = table.createTBody();
  for (const line of lines) {
    const row = body.insertRow();
    row.dataset.clause = line.clause.id;
    const source = row.insertCell();
    source.className = 'source';
    const link = el('a', undefined, line.clause.path);
    link.href = clauseLink(line.clause);
    source.append(link, el('span', 'doc', line.role ? `${line.clause.label} · ${line.role}` : line.clause.label));
    row.insertCell().className = 'left';
    row.cells[1].textContent = line.left;
    const word = row.insertCell();
    word.className = 'word';
    word.append(el('mark', undefined, line.match));
    row.insertCell().className = 'right';
    row.cells[3].textContent = line.right;
  }
  const scroll = el('div', 'table-scroll');
  scroll.append(table);
  return scroll;
}

/** One count table with bars (widths relative to the largest count); `label` names a row's value. */
export function renderCounts(
  facet: CountFacet,
  rows: readonly CountRow[],
  label: (row: CountRow) => string,
): HTMLElement {
  const section = el('section', 'counts');
  section.dataset.facet = facet;
  section.append(el('h3', undefined, countHeadings[facet]));
  const table = el('table');
  const head = table.createTHead().insertRow();
  for (const name of [countHeadings[facet].slice(1), '出现次数', '条款数', '文件数', '每万字', '分布'])
    head.append(el('th', undefined, name));
  const body = table.createTBody();
  const most = Math.max(1, ...rows.map((row) => row.occurrences));
  for (const row of rows) {
    const tr = body.insertRow();
    tr.dataset.value = row.value;
    tr.insertCell().textContent = label(row);
    for (const n of [row.occurrences, row.clauses, row.documents]) tr.insertCell().textContent = String(n);
    tr.insertCell().textContent = row.perTenThousand.toFixed(2);
    const bar = el('span', 'bar');
    bar.style.width = `${(row.occurrences / most) * 100}%`;
    bar.title = `${label(row)}：${row.occurrences} 处`;
    tr.insertCell().append(bar);
  }
  const scroll = el('div', 'table-scroll');
  scroll.append(table);
  section.append(scroll);
  return section;
}
