/**
 * Search state and faceting: what the URL holds
 * (`?q=质押&place=zhejiang.ningbo&genre=tiaoli&year=2012`), and how filters
 * narrow a set of matched records and count the rest. Within a facet the
 * chosen values are alternatives (宁波 or 威海); facets combine with each
 * other and with the query. A parent place matches its sub-places because
 * each record carries every place above it (search-records.ts).
 */
import { facets, type Facet, type SearchVocabulary } from './search-labels.ts';
import type { Catalog } from './search-engine.ts';

type Legacy = SearchVocabulary['legacy'];

/** What the page shows: the query as typed and the chosen filter values. */
export interface SearchState {
  q: string;
  filters: Record<Facet, string[]>;
}

/**
 * Reads the state from a query string (`location.search`). Old links keep
 * working with `legacy`: `city=宁波` becomes the documents of 宁波 and
 * `genre=条例` becomes `genre=tiaoli`.
 */
export function readState(search: string, legacy: Legacy = { city: {}, genre: {} }): SearchState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(facets.map((facet) => [facet, params.getAll(facet).filter(Boolean)])) as SearchState['filters'];
  filters.genre = filters.genre.map((value) => (Object.hasOwn(legacy.genre, value) ? legacy.genre[value] : value));
  filters.doc.push(...params.getAll('city').flatMap((city) => (Object.hasOwn(legacy.city, city) ? legacy.city[city] : [])));
  for (const facet of facets) filters[facet] = [...new Set(filters[facet])];
  return { q: params.get('q') ?? '', filters };
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
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when any filter is chosen. */
export function hasFilters(state: SearchState): boolean {
  return facets.some((facet) => state.filters[facet].length > 0);
}

function passes(id: string, catalog: Catalog, filters: SearchState['filters'], except?: Facet): boolean {
  return facets.every((facet) => {
    const chosen = filters[facet];
    if (facet === except || chosen.length === 0) return true;
    return chosen.some((value) => catalog.members[facet].get(value)?.has(id));
  });
}

/** The matched ids that pass every filter, order kept. */
export function applyFilters(ids: readonly string[], catalog: Catalog, filters: SearchState['filters']): string[] {
  return ids.filter((id) => passes(id, catalog, filters));
}

/** One value of a facet with the number of results it would give. */
export interface FacetCount {
  value: string;
  count: number;
}

/**
 * Counts per facet value among the matched ids, each facet counted under
 * the other facets' filters (so choosing 宁波 still shows how many 威海 has).
 */
export function facetCounts(ids: readonly string[], catalog: Catalog, filters: SearchState['filters']): Record<Facet, FacetCount[]> {
  const out = {} as Record<Facet, FacetCount[]>;
  for (const facet of facets) {
    const pool = ids.filter((id) => passes(id, catalog, filters, facet));
    out[facet] = [...catalog.members[facet]].map(([value, members]) => ({
      value,
      count: pool.filter((id) => members.has(id)).length,
    }));
  }
  return out;
}

/** The value of a single-valued facet (doc) for a record; '' when it has none. */
export function valueOf(id: string, catalog: Catalog, facet: Facet): string {
  for (const [value, members] of catalog.members[facet]) if (members.has(id)) return value;
  return '';
}
