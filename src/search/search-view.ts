/**
 * Rendering of the search page's dynamic parts: facet checkboxes with
 * counts (places and genres indented under their parents), the summary,
 * and the result list grouped by document in reading order. Plain DOM,
 * text set through `textContent` only.
 */
import { facetLabels, facets, labelOf, type Facet, type SearchVocabulary } from './search-labels.ts';
import { decodeTokens } from './search-text.ts';
import { clauseUrl, documentUrl } from '../site/urls.ts';
import type { Catalog, SearchEngine } from './search-engine.ts';
import { excerptNodes } from './search-excerpt.ts';
import { valueOf, type FacetCount, type SearchState } from './search-state.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Facets that start folded even on wide screens: fifteen long document labels would push the others out of sight. */
const folded: readonly Facet[] = ['doc'];

/**
 * One collapsible group per facet with a checkbox per value (`name` =
 * facet, `value` = value) and its count. On wide screens (`wide`) a group
 * starts open unless it is `folded` and nothing in it is chosen; on a
 * phone every group starts folded (its heading says how many are chosen),
 * so the results stay in view. After that a group keeps the state the
 * reader gave it.
 */
export function renderFacets(host: HTMLElement, counts: Record<Facet, FacetCount[]>, state: SearchState, vocabulary: SearchVocabulary, wide: boolean): void {
  const wasOpen = new Map([...host.querySelectorAll<HTMLDetailsElement>('details[data-facet]')].map((node) => [node.dataset.facet, node.open]));
  const depth = new Map(facets.map((facet) => [facet, new Map(vocabulary.values[facet].map((entry) => [entry.value, entry.depth]))]));
  host.replaceChildren();
  for (const facet of facets) {
    if (counts[facet].length === 0) continue;
    const chosen = state.filters[facet];
    const group = el('details', 'facet');
    group.dataset.facet = facet;
    group.open = wasOpen.get(facet) ?? (wide && (chosen.length > 0 || !folded.includes(facet)));
    const summary = el('summary', undefined, facetLabels[facet]);
    if (chosen.length > 0) summary.append(el('span', 'chosen', `已选 ${chosen.length}`));
    const list = el('div', 'values');
    list.setAttribute('role', 'group');
    list.setAttribute('aria-label', facetLabels[facet]);
    for (const { value, count } of counts[facet]) {
      const label = el('label');
      label.style.setProperty('--depth', String(depth.get(facet)!.get(value) ?? 0));
      const box = el('input');
      box.type = 'checkbox';
      box.name = facet;
      box.value = value;
      box.checked = chosen.includes(value);
      label.append(box, el('span', 'name', labelOf(vocabulary, facet, value)), el('span', 'count', String(count)));
      if (count === 0 && !box.checked) label.classList.add('zero');
      list.append(label);
    }
    group.append(summary, list);
    host.append(group);
  }
}

/** Results grouped by document, documents in reading order: [doc id, ids][]. */
export function groupByDocument(ids: readonly string[], catalog: Catalog): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const doc = valueOf(id, catalog, 'doc');
    groups.set(doc, [...(groups.get(doc) ?? []), id]);
  }
  return [...groups];
}

/** `共 12 条，出自 2 份文件`. */
export function summaryText(groups: Array<[string, string[]]>): string {
  const total = groups.reduce((sum, [, ids]) => sum + ids.length, 0);
  return `共 ${total} 条，出自 ${groups.length} 份文件`;
}

async function renderHit(item: HTMLLIElement, id: string, engine: SearchEngine, vocabulary: SearchVocabulary, words: readonly string[]): Promise<void> {
  const { content, meta } = await engine.data(id);
  const text = decodeTokens(content);
  item.dataset.clause = meta.id;
  const where = el('p', 'where');
  const path = el('a', 'path', meta.path);
  path.href = clauseUrl(meta.doc ?? '', meta.anchor ?? meta.id ?? '');
  const doc = el('a', 'doc', meta.title);
  doc.href = documentUrl(meta.doc ?? '');
  where.append(path, ' · ', doc);
  const excerpt = el('p', 'excerpt');
  excerpt.append(excerptNodes(text, words));
  item.replaceChildren(where, excerpt);
  const split = (list: string | undefined): string[] => (list ?? '').split(' ').filter(Boolean);
  const chips = [...split(meta.themes).map((v) => labelOf(vocabulary, 'theme', v)), ...split(meta.objects).map((v) => labelOf(vocabulary, 'object', v))];
  if (chips.length > 0) {
    const list = el('ul', 'chips');
    for (const label of chips) list.append(el('li', undefined, label));
    item.append(list);
  }
  if (meta.original) {
    const details = el('details', 'original');
    details.append(el('summary', undefined, '原文（繁体）'), el('p', undefined, meta.original));
    item.append(details);
  }
}

/** Renders the first `limit` results under a heading per document; resolves when their excerpts are in. */
export async function renderResults(host: HTMLElement, groups: Array<[string, string[]]>, limit: number, engine: SearchEngine, vocabulary: SearchVocabulary, words: readonly string[]): Promise<void> {
  host.replaceChildren();
  const pending: Array<Promise<void>> = [];
  let shown = 0;
  for (const [doc, ids] of groups) {
    if (shown >= limit) break;
    const section = el('section', 'document');
    section.dataset.doc = doc;
    const heading = el('h2', undefined, `${labelOf(vocabulary, 'doc', doc)} `);
    heading.append(el('span', 'count', `${ids.length} 条`));
    const list = el('ol', 'hits');
    for (const id of ids.slice(0, limit - shown)) {
      const item = el('li', 'hit');
      item.dataset.pagefindId = id;
      list.append(item);
      pending.push(renderHit(item, id, engine, vocabulary, words));
    }
    shown += list.children.length;
    section.append(heading, list);
    host.append(section);
  }
  await Promise.all(pending);
}
