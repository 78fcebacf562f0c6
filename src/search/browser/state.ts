/**
 * Search state and faceting: what the URL holds
 * (`?q=质押&place=zhejiang.ningbo&genre=tiaoli&year=2012&sort=date&view=table`), and how filters
 * narrow a set of matched clauses (their ordinals) and count the rest. Within a facet the
 * chosen values are alternatives (宁波 or 威海); facets combine with each
 * other and with the query. A parent place matches its sub-places because
 * each record carries every place above it (build/records.ts).
 */
import { facets, type Facet, type SearchVocabulary } from '../shared/labels.ts';
import type { FacetSource } from './engine.ts';

type Legacy = SearchVocabulary['legacy'];

/** Result orders: reading order (documents in corpus order), relevance, place, date (newest first). */
export const sorts = ['order', 'relevance', 'place', 'date'] as const;
export type SortOrder = (typeof sorts)[number];

/** Result views: a list grouped by document, or a table. */
export const views = ['list', 'table'] as const;
export type ResultView = (typeof views)[number];

/** What the page shows: the query as typed, the chosen filter values, the order and the view. */
export interface SearchState {
  q: string;
  filters: Record<Facet, string[]>;
  sort: SortOrder;
  view: ResultView;
}

/**
 * Reads the state from a query string (`location.search`). Old links keep
 * working with `legacy`: `city=宁波` becomes the documents of 宁波 and
 * `genre=条例` becomes `genre=tiaoli`.
 */
export function readState(search: string, legacy: Legacy = { city: {}, genre: {} }): SearchState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(
    facets.map((facet) => [facet, params.getAll(facet).filter(Boolean)]),
  ) as SearchState['filters'];
  filters.genre = filters.genre.map((value) => (Object.hasOwn(legacy.genre, value) ? legacy.genre[value] : value));
  filters.doc.push(
    ...params.getAll('city').flatMap((city) => (Object.hasOwn(legacy.city, city) ? legacy.city[city] : [])),
  );
  for (const facet of facets) filters[facet] = [...new Set(filters[facet])];
  const sort = params.get('sort') as SortOrder | null;
  const view = params.get('view') as ResultView | null;
  return {
    q: params.get('q') ?? '',
    filters,
    sort: sort && sorts.includes(sort) ? sort : 'order',
    view: view && views.includes(view) ? view : 'list',
  };
}

/** True when the query string uses an old parameter or value (`city=宁波`, `genre=条例`), so the page rewrites it. */
export function usesLegacy(search: string, legacy: Legacy): boolean {
  const params = new URLSearchParams(search);
  return params.has('city') || params.getAll('genre').some((value) => Object.hasOwn(legacy.genre, value));
}

/** The query string of a state (`?q=质押&place=zhejiang.ningbo`), empty parts left out. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const facet of facets) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.sort !== 'order') params.set('sort', state.sort);
  if (state.view !== 'list') params.set('view', state.view);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when any filter is chosen. */
export function hasFilters(state: SearchState): boolean {
  return facets.some((facet) => state.filters[facet].length > 0);
}

/** The chosen values of each facet as value indices of `source` (unknown values match nothing). */
function chosenIndices(source: FacetSource, filters: SearchState['filters']): Array<[Facet, Set<number>]> {
  return facets
    .filter((facet) => filters[facet].length > 0)
    .map((facet) => {
      const values = source.values(facet);
      return [facet, new Set(filters[facet].map((value) => values.indexOf(value)).filter((index) => index >= 0))];
    });
}

/** The chosen facets a clause fails: none means it passes. */
function failing(ordinal: number, source: FacetSource, chosen: Array<[Facet, Set<number>]>, limit = Infinity): Facet[] {
  const out: Facet[] = [];
  for (const [facet, wanted] of chosen) {
    if (!source.of(facet, ordinal).some((value) => wanted.has(value))) {
      out.push(facet);
      if (out.length >= limit) break;
    }
  }
  return out;
}

/** The matched ordinals that pass every filter, order kept. */
export function applyFilters(
  ordinals: readonly number[],
  source: FacetSource,
  filters: SearchState['filters'],
): number[] {
  const chosen = chosenIndices(source, filters);
  if (chosen.length === 0) return [...ordinals];
  return ordinals.filter((ordinal) => failing(ordinal, source, chosen, 1).length === 0);
}

/** One value of a facet with the number of results it would give. */
export interface FacetCount {
  value: string;
  count: number;
}

/**
 * Counts per facet value among the matched ordinals, each facet counted
 * under the other facets' filters (so choosing 宁波 still shows how many
 * 威海 has). Values in the order of `order` (the vocabulary), then any
 * other value of the data; facets whose data is not loaded are left out.
 */
export function facetCounts(
  ordinals: readonly number[],
  source: FacetSource,
  filters: SearchState['filters'],
  order: Partial<Record<Facet, readonly string[]>> = {},
): Partial<Record<Facet, FacetCount[]>> {
  const chosen = chosenIndices(source, filters);
  const shown = facets.filter((facet) => source.has(facet));
  const tallies = new Map(shown.map((facet) => [facet, new Array<number>(source.values(facet).length).fill(0)]));
  const add = (facet: Facet, ordinal: number): void => {
    const tally = tallies.get(facet);
    if (tally) for (const value of source.of(facet, ordinal)) tally[value] += 1;
  };
  for (const ordinal of ordinals) {
    const failed = failing(ordinal, source, chosen, 2);
    if (failed.length === 0) for (const facet of shown) add(facet, ordinal);
    else if (failed.length === 1) add(failed[0], ordinal);
  }
  const out: Partial<Record<Facet, FacetCount[]>> = {};
  for (const facet of shown) {
    const values = source.values(facet);
    const tally = tallies.get(facet)!;
    const known = order[facet] ?? [];
    const rest = values.filter((value) => !known.includes(value));
    out[facet] = [...known, ...rest].map((value) => {
      const index = values.indexOf(value);
      return { value, count: index >= 0 ? tally[index] : 0 };
    });
  }
  return out;
}
