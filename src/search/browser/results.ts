/**
 * The results of one search on the search page (clause-search.ts): the
 * clauses a parsed query finds under the filters, in the order the reader
 * chose (reading order, relevance, place, date), and the first page of
 * them before the full match (`SearchEngine.firstMatches`), with document
 * filters skipping a group unread and clause filters applied to its clauses.
 */
import { clauseFacets, labelOf, type Facet, type SearchVocabulary } from '../shared/labels.ts';
import type { SearchEngine, FacetSource, Matches } from './engine.ts';
import { soughtWords, type ParsedQuery } from './query.ts';
import { applyFilters, hasFilters, type SearchState } from './state.ts';

type Core = Awaited<ReturnType<SearchEngine['core']>>;

/** One search's outcome: every result in the chosen order, and the facet source they were filtered with. */
export interface Outcome {
  ordinals: number[];
  source: FacetSource;
  matches: Matches;
  words: string[];
}

/** The clauses a parsed query finds under the filters, in reading order, with the facet source used. */
export async function findClauses(
  engine: SearchEngine,
  query: ParsedQuery,
  filters: SearchState['filters'],
): Promise<Outcome> {
  const needed = (Object.keys(filters) as Facet[]).filter((facet) => filters[facet].length > 0);
  const [matches, source] = await Promise.all([engine.match(query), engine.facets(needed)]);
  return { ordinals: applyFilters(matches.ordinals, source, filters), source, matches, words: soughtWords(query) };
}

/** Orders the results as the state asks; reading order is the ordinals' own. */
export async function orderResults(
  engine: SearchEngine,
  outcome: Outcome,
  sort: SearchState['sort'],
): Promise<number[]> {
  const list = [...outcome.ordinals];
  if (sort === 'relevance') {
    const score = (ordinal: number): [number, number] => outcome.matches.score.get(ordinal) ?? [0, 0];
    return list.sort((a, b) => score(b)[0] - score(a)[0] || score(b)[1] - score(a)[1] || a - b);
  }
  return sortOrdinals(engine, list, sort, await engine.core());
}

/** Ordinals in reading order, by date or by place (national first); relevance is `orderResults`'s. */
function sortOrdinals(
  engine: SearchEngine,
  list: number[],
  sort: Exclude<SearchState['sort'], 'relevance'>,
  core: Core,
): number[] {
  if (sort === 'order') return list.sort((a, b) => a - b);
  const docOf = (ordinal: number): number => engine.docOf(core, ordinal);
  if (sort === 'date')
    return list.sort((a, b) => (core.dates[docOf(b)] || '').localeCompare(core.dates[docOf(a)] || '') || a - b);
  const places = core.docFacets.place;
  const levels = core.docFacets.level;
  const placeKey = (ordinal: number): string => {
    const doc = docOf(ordinal);
    const national = levels.docs[doc].some((value) => levels.values[value] === 'national');
    return `${national ? 0 : 1}${places.values[places.docs[doc].at(-1) ?? 0] ?? ''}`;
  };
  return list.sort((a, b) => placeKey(a).localeCompare(placeKey(b)) || a - b);
}

/** The place a document is named by in the table and the export: its own jurisdiction. */
export function placeNamer(core: Core, vocabulary: SearchVocabulary): (doc: string) => string {
  const index = new Map(core.docs.map((id, i) => [id, i]));
  return (doc) => {
    const places = core.docFacets.place;
    const own = places.docs[index.get(doc) ?? -1]?.at(-1);
    return own === undefined ? '' : labelOf(vocabulary, 'place', places.values[own]);
  };
}

/**
 * The first `limit` results of a query in the state's order, read group by
 * group (SearchEngine.firstMatches); document filters skip a group unread,
 * clause filters apply to its clauses. Null when there is no shortcut
 * (relevance order, or no word to find). Reading order without filters
 * reads nothing but the parts of the index it shows.
 */
export async function firstPage(
  engine: SearchEngine,
  query: ParsedQuery,
  state: SearchState,
  limit: number,
): Promise<number[] | null> {
  const { sort } = state;
  // Relevance needs every occurrence; a query that only excludes lists everything else.
  if (sort === 'relevance' || query.any.length === 0) return null;
  if (sort === 'order' && !hasFilters(state)) return engine.firstMatches(query, limit);
  const needed = (Object.keys(state.filters) as Facet[]).filter((facet) => state.filters[facet].length > 0);
  const [core, source] = await Promise.all([engine.core(), engine.facets(needed)]);
  const documentFilters = Object.fromEntries(
    Object.entries(state.filters).map(([facet, values]) => [
      facet,
      (clauseFacets as readonly string[]).includes(facet) ? [] : values,
    ]),
  ) as SearchState['filters'];
  const firstOf = (group: number): number => engine.firstClauseOf(group);
  const byOrdinal = new Map<number, number>();
  return engine.firstMatches(query, limit, {
    order:
      sort === 'order'
        ? undefined
        : (groups) => {
            for (const group of groups) byOrdinal.set(firstOf(group), group);
            return sortOrdinals(engine, groups.map(firstOf), sort, core).map((ordinal) => byOrdinal.get(ordinal)!);
          },
    keep: (ordinals) => applyFilters(ordinals, source, state.filters),
    skipGroup: (group) => applyFilters([firstOf(group)], source, documentFilters).length === 0,
  });
}
