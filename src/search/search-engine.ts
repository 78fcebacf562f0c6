/**
 * The search engine of the search page: Pagefind, loaded on first use from
 * the site's `pagefind/` bundle, driven with one quoted phrase per query
 * word (see search-text.ts) and the intersection of the results.
 *
 * Pagefind scores are all equal with one-character tokens, so order and
 * facets come from a catalog read once from the index itself: every record
 * in reading order (`sort: rank`) and the records of every filter value.
 */
import { emptyVocabulary, facets, type Facet, type SearchVocabulary } from './search-labels.ts';
import { phraseQuery } from './search-text.ts';

/** What Pagefind's `data()` returns for a record (fields the page uses). */
export interface RecordData {
  url: string;
  content: string;
  meta: Record<string, string>;
}

interface PagefindResult {
  id: string;
  data(): Promise<RecordData>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Every record in reading order and the records of each facet value. */
export interface Catalog {
  /** Pagefind ids in reading order. */
  ids: string[];
  rank: Map<string, number>;
  /** facet → value → ids; values in the vocabulary's order. */
  members: Record<Facet, Map<string, Set<string>>>;
}

/**
 * Facet values in a reader's order: as the vocabulary lists them (the
 * place tree, plans before legal texts, the taxonomy), then any value it
 * does not know by where it first occurs in the corpus.
 */
function orderValues(order: readonly string[], values: Map<string, Set<string>>, rank: Map<string, number>): Map<string, Set<string>> {
  const key = (value: string, ids: Set<string>): number => {
    const known = order.indexOf(value);
    return known >= 0 ? known : order.length + Math.min(...[...ids].map((id) => rank.get(id) ?? Infinity));
  };
  return new Map([...values].sort(([a, ida], [b, idb]) => key(a, ida) - key(b, idb)));
}

/** Pagefind behind a small API: `load`, `match`, `data`. */
export class SearchEngine {
  private api?: Promise<PagefindApi>;
  private catalogPromise?: Promise<Catalog>;
  private readonly results = new Map<string, PagefindResult>();
  private readonly cache = new Map<string, Promise<RecordData>>();

  /** `bundle`: URL of the Pagefind folder, e.g. `/ip-policy/pagefind/`; `vocabulary` orders the facet values. */
  constructor(
    private readonly bundle: string,
    private readonly vocabulary: SearchVocabulary = emptyVocabulary,
  ) {}

  private pagefind(): Promise<PagefindApi> {
    this.api ??= (async () => {
      const api = (await import(/* @vite-ignore */ `${this.bundle}pagefind.js`)) as PagefindApi;
      // The index is small; searching on the main thread saves loading the worker script.
      await api.options({ noWorker: true });
      await api.init();
      return api;
    })();
    return this.api;
  }

  /** The catalog, read once. */
  catalog(): Promise<Catalog> {
    this.catalogPromise ??= (async () => {
      const api = await this.pagefind();
      const all = (await api.search(null, { sort: { rank: 'asc' } }))?.results ?? [];
      for (const result of all) this.results.set(result.id, result);
      const ids = all.map((result) => result.id);
      const available = await api.filters();
      const members = Object.fromEntries(facets.map((facet) => [facet, new Map()])) as Catalog['members'];
      const lookups = facets.flatMap((facet) =>
        Object.keys(available[facet] ?? {}).map(async (value) => {
          const found = (await api.search(null, { filters: { [facet]: value } }))?.results ?? [];
          members[facet].set(value, new Set(found.map((result) => result.id)));
        }),
      );
      await Promise.all(lookups);
      const rank = new Map(ids.map((id, index) => [id, index]));
      for (const facet of facets) members[facet] = orderValues(this.vocabulary.values[facet].map((entry) => entry.value), members[facet], rank);
      return { ids, rank, members };
    })();
    return this.catalogPromise;
  }

  /** Ids of the records containing every word (normalized words, see `queryWords`), in reading order. */
  async match(words: readonly string[]): Promise<string[]> {
    // The catalog is read while the words are searched: both wait on the network.
    const catalogPromise = this.catalog();
    if (words.length === 0) return (await catalogPromise).ids;
    const api = await this.pagefind();
    const parts = await Promise.all(words.map(async (word) => (await api.search(phraseQuery(word)))?.results ?? []));
    let found = new Set(parts[0].map((result) => result.id));
    for (const part of parts.slice(1)) {
      const ids = new Set(part.map((result) => result.id));
      found = new Set([...found].filter((id) => ids.has(id)));
    }
    const catalog = await catalogPromise;
    return [...found].sort((a, b) => (catalog.rank.get(a) ?? 0) - (catalog.rank.get(b) ?? 0));
  }

  /** The stored record (loads its fragment once). */
  data(id: string): Promise<RecordData> {
    let data = this.cache.get(id);
    if (!data) {
      const result = this.results.get(id);
      if (!result) return Promise.reject(new Error(`Unknown search record ${id}`));
      data = result.data();
      this.cache.set(id, data);
    }
    return data;
  }
}
