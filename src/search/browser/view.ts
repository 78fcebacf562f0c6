/**
 * Rendering of the search page's dynamic parts: facet checkboxes with
 * counts (places and genres indented under their parents), the summary,
 * and the results — a list under a heading per run of one document, or a
 * table — each with its matching sentences whole, its labels and its copy
 * buttons. Plain DOM, text set through `textContent` only.
 */
import {
  entryOf,
  facetLabels,
  facets,
  facetSize,
  labelOf,
  longFacet,
  type Facet,
  type SearchVocabulary,
} from '../shared/labels.ts';
import { documentUrl } from '../../site/urls.ts';
import { longFacetTop } from '../../browser/catalogue-index.ts';
import type { ClauseData, SearchEngine } from './engine.ts';
import { matchedSentences } from './excerpt.ts';
import type { FacetCount, SearchState } from './state.ts';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Facets that start folded even on wide screens: long lists (every document, every instrument) would push the others out of sight. */
const folded: readonly Facet[] = ['doc', 'instrument'];

/** Values a long facet lists at most while a name is sought (before, the `longFacetTop` with the most results, as the catalogue does). */
const longFound = 50;

/**
 * One collapsible group per facet with a checkbox per value (`name` =
 * facet, `value` = value) and its count. On wide screens (`wide`) a group
 * starts open unless it is `folded` and nothing in it is chosen; on a
 * phone every group starts folded (its heading says how many are chosen),
 * so the results stay in view. After that a group keeps the state the
 * reader gave it. A facet missing from `counts` keeps its group as it is.
 *
 * A long facet (more than `longFacet` values: the places and documents of
 * a large corpus) lists the values chosen and those with the most
 * results, and has a box to find any other by name (`renderFacetValues`
 * as the reader types; the box is kept across renders).
 */
export function renderFacets(
  host: HTMLElement,
  counts: Partial<Record<Facet, FacetCount[]>>,
  state: SearchState,
  vocabulary: SearchVocabulary,
  wide: boolean,
): void {
  const previous = new Map(
    [...host.querySelectorAll<HTMLDetailsElement>('details[data-facet]')].map((node) => [node.dataset.facet, node]),
  );
  const focused = document.activeElement;
  const groups: HTMLElement[] = [];
  for (const facet of facets) {
    const values = counts[facet];
    if (!values) {
      const kept = previous.get(facet);
      if (kept) groups.push(kept);
      continue;
    }
    if (values.length === 0) continue;
    const chosen = state.filters[facet];
    const group = el('details', 'facet');
    group.dataset.facet = facet;
    group.open = previous.get(facet)?.open ?? (wide && (chosen.length > 0 || !folded.includes(facet)));
    const summary = el('summary', undefined, facetLabels[facet]);
    if (chosen.length > 0) summary.append(el('span', 'chosen', `已选 ${chosen.length}`));
    group.append(summary);
    if (facetSize(vocabulary, facet) > longFacet) {
      const finder =
        previous.get(facet)?.querySelector<HTMLInputElement>('input.facet-find') ??
        facetFinder(facet, facetSize(vocabulary, facet));
      group.append(finder, el('p', 'facet-note'));
    }
    const list = el('div', 'values');
    list.setAttribute('role', 'group');
    list.setAttribute('aria-label', facetLabels[facet]);
    group.append(list);
    renderFacetValues(group, values, state, vocabulary);
    groups.push(group);
  }
  host.replaceChildren(...groups);
  if (focused instanceof HTMLInputElement && focused.isConnected && focused !== document.activeElement) focused.focus();
}

/** The name box of a long facet: `检索文件（共 5000 项）`, as the catalogue's. */
function facetFinder(facet: Facet, size: number): HTMLInputElement {
  const box = el('input', 'facet-find');
  box.type = 'search';
  box.name = `find-${facet}`;
  box.dataset.facet = facet;
  box.placeholder = `检索${facetLabels[facet]}（共 ${size} 项）`;
  box.setAttribute('aria-label', `检索${facetLabels[facet]}`);
  box.autocomplete = 'off';
  return box;
}

/**
 * The checkboxes of one facet group: every value of a short facet, in
 * vocabulary order; of a long one, the values chosen and then those whose
 * name holds the text in its box (in vocabulary order, at most 50), or
 * without text the 12 with the most results (most first), with a note
 * saying what is left out.
 */
export function renderFacetValues(
  group: HTMLElement,
  values: readonly FacetCount[],
  state: SearchState,
  vocabulary: SearchVocabulary,
): void {
  const facet = group.dataset.facet as Facet;
  const chosen = state.filters[facet];
  const list = group.querySelector<HTMLElement>('.values')!;
  const finder = group.querySelector<HTMLInputElement>('input.facet-find');
  let shown: readonly FacetCount[] = values;
  if (finder) {
    const sought = finder.value.trim();
    const picked = values.filter(({ value }) => chosen.includes(value));
    const others = values.filter(({ value }) => !chosen.includes(value));
    const matching = sought
      ? others.filter(({ value }) => flatLabel(vocabulary, facet, value).includes(sought))
      : others.filter(({ count }) => count > 0).sort((a, b) => b.count - a.count);
    const limit = sought ? longFound : longFacetTop;
    shown = [...picked, ...matching.slice(0, limit)];
    const size = facetSize(vocabulary, facet);
    group.querySelector('.facet-note')!.textContent = sought
      ? matching.length === 0
        ? `没有名称含“${sought}”的${facetLabels[facet]}。`
        : matching.length > limit
          ? `名称含“${sought}”的有 ${matching.length} 项，列出前 ${limit} 项；请输入更多字缩小范围。`
          : `名称含“${sought}”的有 ${matching.length} 项。`
      : `共 ${size} 项，列出条数最多的 ${Math.min(limit, matching.length)} 项；输入名称查找其余。`;
  }
  const depth = new Map(vocabulary.values[facet].map((entry) => [entry.value, entry.depth]));
  const labels: HTMLElement[] = [];
  for (const { value, count } of shown) {
    const label = el('label');
    // A long facet's list is not its hierarchy: no indent.
    label.style.setProperty('--depth', String(finder ? 0 : (depth.get(value) ?? 0)));
    const box = el('input');
    box.type = 'checkbox';
    box.name = facet;
    box.value = value;
    box.checked = chosen.includes(value);
    label.append(
      box,
      el('span', 'name', finder ? flatLabel(vocabulary, facet, value) : labelOf(vocabulary, facet, value)),
      el('span', 'count', String(count)),
    );
    if (count === 0 && !box.checked) label.classList.add('zero');
    labels.push(label);
  }
  list.replaceChildren(...labels);
}

/** A value's name in a flat list, with the places above it (`浙江省 › 宁波市`). */
function flatLabel(vocabulary: SearchVocabulary, facet: Facet, value: string): string {
  const context = entryOf(vocabulary, facet, value)?.context;
  return context ? `${context} › ${labelOf(vocabulary, facet, value)}` : labelOf(vocabulary, facet, value);
}

/** Consecutive results of one document as one group: [doc id, ordinals][], in result order. */
export function groupRuns(ordinals: readonly number[], docOf: (ordinal: number) => string): Array<[string, number[]]> {
  const out: Array<[string, number[]]> = [];
  for (const ordinal of ordinals) {
    const doc = docOf(ordinal);
    const last = out.at(-1);
    if (last && last[0] === doc) last[1].push(ordinal);
    else out.push([doc, [ordinal]]);
  }
  return out;
}

/** `共 12 条，出自 2 份文件`. */
export function summaryText(total: number, documents: number): string {
  return `共 ${total} 条，出自 ${documents} 份文件`;
}

/** The link to a clause on its document page, the sought words in `hl` for the page to mark. */
export function hitUrl(clause: Pick<ClauseData, 'doc' | 'anchor'>, words: readonly string[]): string {
  const hl = words.length > 0 ? `?hl=${encodeURIComponent(words.join(' '))}` : '';
  return `${documentUrl(clause.doc)}${hl}#${clause.anchor}`;
}

/** The plain link of a clause (what is cited and copied). */
export function clauseLink(clause: Pick<ClauseData, 'doc' | 'anchor'>): string {
  return `${documentUrl(clause.doc)}#${clause.anchor}`;
}

/** The text with every occurrence of the words marked, sentence by sentence as matched (see excerpt.ts). */
function excerpt(text: string, words: readonly string[]): HTMLElement {
  const node = el('p', 'excerpt');
  const { pieces, complete } = matchedSentences(text, words);
  pieces.forEach((piece, index) => {
    if (index > 0) node.append(el('span', 'gap', ' …… '));
    for (const [part, marked] of piece) node.append(marked ? el('mark', undefined, part) : part);
  });
  if (!complete) node.dataset.partial = 'true';
  return node;
}

function copyButtons(clause: ClauseData): HTMLElement {
  const actions = el('span', 'actions');
  const cite = el('button', undefined, '复制引用');
  cite.type = 'button';
  cite.dataset.copy = 'cite';
  cite.dataset.href = clauseLink(clause);
  cite.dataset.cite = clause.cite;
  const link = el('button', undefined, '复制链接');
  link.type = 'button';
  link.dataset.copy = 'link';
  link.dataset.href = clauseLink(clause);
  actions.append(cite, link);
  return actions;
}

function chips(clause: ClauseData, vocabulary: SearchVocabulary): HTMLElement | null {
  const labels = [
    ...clause.themes.map((value) => labelOf(vocabulary, 'theme', value)),
    ...clause.objects.map((value) => labelOf(vocabulary, 'object', value)),
    ...clause.instruments.map((value) => labelOf(vocabulary, 'instrument', value)),
    ...(clause.strength ? [labelOf(vocabulary, 'strength', clause.strength)] : []),
  ];
  if (labels.length === 0) return null;
  const list = el('ul', 'chips');
  for (const label of labels) list.append(el('li', undefined, label));
  return list;
}

function fullText(clause: ClauseData, partial: boolean): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (partial) {
    const details = el('details', 'full');
    details.append(el('summary', undefined, '显示全文'), el('p', undefined, clause.text));
    out.push(details);
  }
  if (clause.original) {
    const details = el('details', 'original');
    details.append(el('summary', undefined, '原文（繁体）'), el('p', undefined, clause.original));
    out.push(details);
  }
  return out;
}

/** One result of the list. */
function renderHit(clause: ClauseData, vocabulary: SearchVocabulary, words: readonly string[]): HTMLLIElement {
  const item = el('li', 'hit');
  item.dataset.clause = clause.id;
  const where = el('p', 'where');
  const path = el('a', 'path', clause.path);
  path.href = hitUrl(clause, words);
  const doc = el('a', 'doc', clause.label);
  doc.href = documentUrl(clause.doc);
  where.append(path, ' · ', doc, copyButtons(clause));
  const text = excerpt(clause.text, words);
  item.append(where, text);
  const labels = chips(clause, vocabulary);
  if (labels) item.append(labels);
  item.append(...fullText(clause, text.dataset.partial === 'true'));
  return item;
}

/** The place of a document as the results name it (its own jurisdiction). */
export type PlaceOf = (doc: string) => string;

/** Renders the results as a list under a heading per run of one document; `counts`: results per document (null while they are counted: none shown). */
export function renderList(
  host: HTMLElement,
  runs: Array<[string, ClauseData[]]>,
  counts: Map<string, number> | null,
  vocabulary: SearchVocabulary,
  words: readonly string[],
): void {
  host.replaceChildren();
  for (const [doc, clauses] of runs) {
    const section = el('section', 'document');
    section.dataset.doc = doc;
    const heading = el('h2', undefined, `${clauses[0]?.label ?? labelOf(vocabulary, 'doc', doc)} `);
    if (counts) heading.append(el('span', 'count', `${counts.get(doc) ?? clauses.length} 条`));
    const list = el('ol', 'hits');
    for (const clause of clauses) list.append(renderHit(clause, vocabulary, words));
    section.append(heading, list);
    host.append(section);
  }
}

/** Renders the results as a table: 地区, 文件, 条款, 条文 (matched sentences), 操作. */
export function renderTable(
  host: HTMLElement,
  clauses: readonly ClauseData[],
  placeOf: PlaceOf,
  words: readonly string[],
): void {
  const table = el('table', 'result-table');
  const head = el('tr');
  for (const name of ['地区', '文件', '条款', '条文', '引用']) head.append(el('th', undefined, name));
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  for (const clause of clauses) {
    const row = el('tr', 'hit');
    row.dataset.clause = clause.id;
    const path = el('a', 'path', clause.path);
    path.href = hitUrl(clause, words);
    const doc = el('a', 'doc', clause.label);
    doc.href = documentUrl(clause.doc);
    const cells = [el('td', undefined, placeOf(clause.doc)), el('td'), el('td'), el('td'), el('td')];
    cells[1].append(doc);
    cells[2].append(path);
    cells[3].append(excerpt(clause.text, words));
    cells[4].append(copyButtons(clause));
    row.append(...cells);
    table.tBodies[0].append(row);
  }
  const scroll = el('div', 'table-scroll');
  scroll.append(table);
  host.replaceChildren(scroll);
}

/** Loads the data of the ordinals to show. */
export function loadClauses(engine: SearchEngine, ordinals: readonly number[]): Promise<ClauseData[]> {
  return Promise.all(ordinals.map((ordinal) => engine.clause(ordinal)));
}
