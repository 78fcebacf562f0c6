/**
 * Rendering of the search page's dynamic parts: facet checkboxes with
 * counts, the per-city summary and the result list grouped by city in
 * reading order. Plain DOM, text set through `textContent` only.
 */
import { facetLabels, facets, valueLabel, type Facet } from './search-labels.ts';
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

/** Facet fieldsets with one checkbox per value (`name` = facet, `value` = value) and its count. */
export function renderFacets(host: HTMLElement, counts: Record<Facet, FacetCount[]>, state: SearchState): void {
  host.replaceChildren();
  for (const facet of facets) {
    if (counts[facet].length === 0) continue;
    const set = el('fieldset', 'facet');
    set.append(el('legend', undefined, facetLabels[facet]));
    for (const { value, count } of counts[facet]) {
      const label = el('label');
      const box = el('input');
      box.type = 'checkbox';
      box.name = facet;
      box.value = value;
      box.checked = state.filters[facet].includes(value);
      label.append(box, ` ${valueLabel(facet, value)} `, el('span', 'count', String(count)));
      if (count === 0 && !box.checked) label.classList.add('zero');
      set.append(label);
    }
    host.append(set);
  }
}

/** Results grouped by city, cities in order of first appearance: [city, ids][]. */
export function groupByCity(ids: readonly string[], catalog: Catalog): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const city = valueOf(id, catalog, 'city');
    groups.set(city, [...(groups.get(city) ?? []), id]);
  }
  return [...groups];
}

/** `共 5 条：宁波 3 · 威海 2`. */
export function summaryText(groups: Array<[string, string[]]>): string {
  const total = groups.reduce((sum, [, ids]) => sum + ids.length, 0);
  return `共 ${total} 条：${groups.map(([city, ids]) => `${city} ${ids.length}`).join(' · ')}`;
}

async function renderHit(item: HTMLLIElement, id: string, engine: SearchEngine, words: readonly string[]): Promise<void> {
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
  const themes = [...(meta.themes ?? '').split(' ').filter(Boolean).map((v) => valueLabel('theme', v)), ...(meta.objects ?? '').split(' ').filter(Boolean).map((v) => valueLabel('object', v))];
  if (themes.length > 0) {
    const chips = el('ul', 'chips');
    for (const label of themes) chips.append(el('li', undefined, label));
    item.append(chips);
  }
  if (meta.original) {
    const details = el('details', 'original');
    details.append(el('summary', undefined, '原文（繁体）'), el('p', undefined, meta.original));
    item.append(details);
  }
}

/** Renders the first `limit` results grouped by city; resolves when their excerpts are in. */
export async function renderResults(host: HTMLElement, groups: Array<[string, string[]]>, limit: number, engine: SearchEngine, words: readonly string[]): Promise<void> {
  host.replaceChildren();
  const pending: Array<Promise<void>> = [];
  let shown = 0;
  for (const [city, ids] of groups) {
    if (shown >= limit) break;
    const section = el('section', 'city');
    const heading = el('h2', undefined, `${city} `);
    heading.append(el('span', 'count', `${ids.length} 条`));
    const list = el('ol', 'hits');
    for (const id of ids.slice(0, limit - shown)) {
      const item = el('li', 'hit');
      item.dataset.pagefindId = id;
      list.append(item);
      pending.push(renderHit(item, id, engine, words));
    }
    shown += list.children.length;
    section.append(heading, list);
    host.append(section);
  }
  await Promise.all(pending);
}
