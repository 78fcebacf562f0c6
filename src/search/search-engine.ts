/**
 * The search engine of the search page: Pagefind, loaded on first use from
 * the site's `pagefind/` bundle, and the precomputed order and facet data
 * of `search/data/` (search-index-data.ts).
 *
 * A word is found token by token: Pagefind gives, for one token, every
 * record (group of clauses) it occurs in with every position; a word
 * matches where its tokens stand at consecutive positions, and the
 * position tells the clause. Nothing grows with the corpus before the
 * first result but what the query's own tokens occur in.
 */
import { clauseFacets, facets, type Facet } from './search-labels.ts';
import {
  clauseAt,
  clauseFacetTable,
  clauseStarts,
  facetSource,
  groupOfClauses,
  phraseStarts,
  type ClauseFacet,
  type ClauseFacetIndex,
  type ClauseFacetTable,
  type CoreIndex,
  type FacetSource,
  type GroupClause,
} from './search-index-data.ts';

export type { FacetSource } from './search-index-data.ts';
import type { ParsedQuery } from './search-query.ts';
import { decodeTokens, textTokens } from './search-text.ts';

interface PagefindResult {
  id: string;
  words: number[];
  data(): Promise<{ content: string; meta: Record<string, string> }>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

/** One clause as a result shows it. */
export interface ClauseData extends GroupClause {
  ordinal: number;
  doc: string;
  /** The document's catalogue label. */
  label: string;
  /** The matched text: reading text and responsible-unit note, as on the document page. */
  text: string;
}

/** What a query found: clause ordinals in reading order, and for each the distinct words and occurrences matched. */
export interface Matches {
  ordinals: number[];
  /** ordinal → [distinct words matched, occurrences]. */
  score: Map<number, [number, number]>;
}

/** Inflates a gzipped response; a host may already have sent it decompressed. */
async function readGzipJson<T>(response: Response): Promise<T> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return JSON.parse(new TextDecoder().decode(bytes)) as T;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(stream).text()) as T;
}

/** Pagefind and the order/facet data behind a small API. */
export class SearchEngine {
  private api?: Promise<PagefindApi>;
  /** Pagefind results seen so far by id: a group's fragment is read through one of them. */
  private readonly results = new Map<string, PagefindResult>();
  private corePromise?: Promise<CoreIndex>;
  private starts: Array<Int32Array | undefined> = [];
  private groupOf?: Int32Array;
  private readonly tokenCache = new Map<string, Promise<Map<number, number[]>>>();
  private readonly wordCache = new Map<string, Promise<Map<number, number>>>();
  private readonly fragments = new Map<number, Promise<ClauseData[]>>();
  private readonly clauseFacetData = new Map<ClauseFacet, Promise<ClauseFacetTable>>();
  private readonly loadedFacets = new Map<ClauseFacet, ClauseFacetTable>();

  /** `bundle`: URL of the Pagefind folder (`/ip-policy/pagefind/`); `data`: URL of the order and facet data (`/ip-policy/search/data/`). */
  constructor(
    private readonly bundle: string,
    private readonly data: string,
  ) {}

  /** A file of the search data folder, inflated and parsed. */
  fetchData<T>(name: string): Promise<T> {
    return fetch(`${this.data}${name}`).then((response) => {
      if (!response.ok) throw new Error(`检索数据 ${name} 无法加载（${response.status}）`);
      return readGzipJson<T>(response);
    });
  }

  private pagefind(): Promise<PagefindApi> {
    this.api ??= (async () => {
      const api = (await import(/* @vite-ignore */ `${this.bundle}pagefind.js`)) as PagefindApi;
      // Searching on the main thread saves loading the worker script.
      await api.options({ noWorker: true });
      await api.init();
      return api;
    })();
    return this.api;
  }

  /** The core data (documents, groups, clause lengths, document facets), read once. */
  core(): Promise<CoreIndex> {
    this.corePromise ??= this.fetchData<CoreIndex>('core.json.gz').then((core) => {
      this.groupOf = groupOfClauses(core);
      return core;
    });
    return this.corePromise;
  }

  /** Group index of every Pagefind id (from the core data). */
  private groupIndex?: Map<string, number>;

  /** For one token: group index → its positions there, ascending. */
  private token(token: string): Promise<Map<number, number[]>> {
    let found = this.tokenCache.get(token);
    if (!found) {
      found = (async () => {
        const [api, core] = await Promise.all([this.pagefind(), this.core()]);
        this.groupIndex ??= new Map(core.ids.map((id, group) => [id, group]));
        const index = this.groupIndex;
        const results = (await api.search(token))?.results ?? [];
        for (const result of results) if (!index.has(result.id)) throw new Error(`检索索引与检索数据不一致（${result.id}），请重新构建网站`);
        for (const result of results) this.results.set(result.id, result);
        return new Map(results.map((result) => [index.get(result.id)!, [...result.words].sort((a, b) => a - b)]));
      })();
      this.tokenCache.set(token, found);
    }
    return found;
  }

  private startsOf(core: CoreIndex, group: number): Int32Array {
    const [, first, count] = core.groups[group];
    return (this.starts[group] ??= clauseStarts(core.lengths, first, count));
  }

  /** The clauses containing a (normalized) word: ordinal → occurrences. */
  word(word: string): Promise<Map<number, number>> {
    let found = this.wordCache.get(word);
    if (!found) {
      found = (async () => {
        const tokens = textTokens(word);
        const [core, ...positions] = await Promise.all([this.core(), ...tokens.map((token) => this.token(token))]);
        const out = new Map<number, number>();
        for (const [group, first] of positions[0]) {
          const lists = positions.map((map, i) => (i === 0 ? first : map.get(group)));
          if (lists.some((list) => list === undefined)) continue;
          const starts = this.startsOf(core, group);
          const base = core.groups[group][1];
          for (const position of phraseStarts(lists as number[][])) {
            const ordinal = base + clauseAt(starts, position);
            out.set(ordinal, (out.get(ordinal) ?? 0) + 1);
          }
        }
        return out;
      })();
      this.wordCache.set(word, found);
    }
    return found;
  }

  /** The clauses a parsed query finds, in reading order, with how well each matched. */
  async match(query: Pick<ParsedQuery, 'any' | 'not'>): Promise<Matches> {
    const core = await this.core();
    const words = [...new Set([...query.any.flat(), ...query.not])];
    const found = new Map(await Promise.all(words.map(async (word) => [word, await this.word(word)] as const)));
    const excluded = new Set(query.not.flatMap((word) => [...found.get(word)!.keys()]));
    const score = new Map<number, [number, number]>();
    if (query.any.length === 0) {
      for (let ordinal = 0; ordinal < core.lengths.length; ordinal++) if (!excluded.has(ordinal)) score.set(ordinal, [0, 0]);
    }
    for (const all of query.any) {
      const [rarest, ...others] = all.map((word) => found.get(word)!).sort((a, b) => a.size - b.size);
      for (const [ordinal] of rarest) {
        if (excluded.has(ordinal) || !others.every((map) => map.has(ordinal))) continue;
        score.set(ordinal, [0, 0]);
      }
    }
    const sought = [...new Set(query.any.flat())];
    for (const [ordinal, entry] of score) {
      for (const word of sought) {
        const count = found.get(word)!.get(ordinal);
        if (count) {
          entry[0] += 1;
          entry[1] += count;
        }
      }
    }
    return { ordinals: [...score.keys()].sort((a, b) => a - b), score };
  }

  /** Number of clauses in the index. */
  async size(): Promise<number> {
    return (await this.core()).lengths.length;
  }

  /** The document index of a clause (core loaded). */
  docOf(core: CoreIndex, ordinal: number): number {
    return core.groups[this.groupOf![ordinal]][0];
  }

  private clauseFacet(facet: ClauseFacet): Promise<ClauseFacetTable> {
    let loaded = this.clauseFacetData.get(facet);
    if (!loaded) {
      loaded = Promise.all([this.core(), this.fetchData<ClauseFacetIndex>(`facet-${facet}.json.gz`)]).then(([core, index]) => {
        const table = clauseFacetTable(index, core.lengths.length);
        this.loadedFacets.set(facet, table);
        return table;
      });
      this.clauseFacetData.set(facet, loaded);
    }
    return loaded;
  }

  /** The facet data, with the clause-level facets in `needed` loaded (the others report `has` false until loaded). */
  async facets(needed: readonly Facet[] = []): Promise<FacetSource> {
    const core = await this.core();
    await Promise.all(needed.filter((facet): facet is ClauseFacet => (clauseFacets as readonly Facet[]).includes(facet)).map((facet) => this.clauseFacet(facet)));
    return facetSource(core, this.groupOf!, new Map(this.loadedFacets));
  }

  /** Every facet, all loaded. */
  allFacets(): Promise<FacetSource> {
    return this.facets(facets);
  }

  /** A group's fragment: through a result already seen, else through a search for the group's own first token. */
  private async fragment(core: CoreIndex, group: number): Promise<{ content: string; meta: Record<string, string> }> {
    const id = core.ids[group];
    let result = this.results.get(id);
    if (!result) {
      // A group no search has returned (a listing by filters only): list every record once; no fragment is read for that.
      const api = await this.pagefind();
      for (const found of (await api.search(null))?.results ?? []) this.results.set(found.id, found);
      result = this.results.get(id);
      if (!result) throw new Error(`检索索引中没有记录 ${id}，请重新构建网站`);
    }
    return result.data();
  }

  /** The clauses of a group, from its Pagefind fragment (loaded once). */
  private group(group: number): Promise<ClauseData[]> {
    let clauses = this.fragments.get(group);
    if (!clauses) {
      clauses = (async () => {
        const core = await this.core();
        const { content, meta } = await this.fragment(core, group);
        const tokens = content.split(/\s+/).filter(Boolean);
        const starts = this.startsOf(core, group);
        const [, first] = core.groups[group];
        return (JSON.parse(meta.c) as GroupClause[]).map((clause, k) => ({
          ...clause,
          ordinal: first + k,
          doc: meta.doc,
          label: meta.title,
          text: clause.text ?? decodeTokens(tokens.slice(starts[k], starts[k] + core.lengths[first + k]).join(' ')),
        }));
      })();
      this.fragments.set(group, clauses);
    }
    return clauses;
  }

  /** One clause's data for its result. */
  async clause(ordinal: number): Promise<ClauseData> {
    const core = await this.core();
    const group = this.groupOf![ordinal];
    return (await this.group(group))[ordinal - core.groups[group][1]];
  }
}
