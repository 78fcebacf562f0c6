/**
 * The search engine of the search page: Pagefind, loaded on first use from
 * the site's `pagefind/` bundle, and the precomputed order and facet data
 * of `search/data/` (shared/index-data.ts).
 *
 * A word is found token by token: Pagefind gives, for one token, every
 * record (group of clauses) it occurs in with every position; a word
 * matches where its tokens stand at consecutive positions, and the
 * position tells the clause. Nothing grows with the corpus before the
 * first result but what the query's own tokens occur in.
 *
 * Every position of a common character is a lot of work (知 stands
 * about 110,000 times in 1,000 documents), so the first page of results
 * does not wait for them: Pagefind's exact phrase search names the groups
 * holding a word with one position each, the groups are read in the order
 * shown and their clauses matched in the browser until the page is full
 * (`firstMatches`); the positions follow for the counts and facets.
 *
 * The index is in parts of consecutive groups, one Pagefind bundle and one
 * `groups-<k>.json.gz` each. A part is merged into the search when a query
 * reaches it: the first page in reading order reads the parts one after
 * another until the page is full (for a common word the first, a small
 * one, alone); the full match, the other orders and a listing by filters
 * alone merge every part.
 */
import { clauseFacets, facets, type Facet } from '../shared/labels.ts';
import { lastAtMost } from '../../model/sorted.ts';
import {
  clauseAt,
  clauseFacetTable,
  clauseStarts,
  facetSource,
  groupOfClauses,
  phraseStarts,
  unpackCore,
  type ClauseFacet,
  type ClauseFacetIndex,
  type ClauseFacetTable,
  type CoreFile,
  type CoreIndex,
  type FacetSource,
  type GroupClause,
  type LengthsFile,
  type PartFile,
  type PartGroups,
  unpackPart,
} from '../shared/index-data.ts';

export type { FacetSource } from '../shared/index-data.ts';
import type { ParsedQuery } from './query.ts';
import { decodeTokens, separatorToken, textTokens } from '../shared/text.ts';

interface PagefindResult {
  id: string;
  words: number[];
  data(): Promise<{ content: string; meta: Record<string, string> }>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
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
  /** Per loaded group, each clause's tokens (as indexed), for matching in the browser. */
  private readonly groupTokens = new Map<number, string[][]>();
  private readonly groupCache = new Map<string, Promise<Set<number>>>();
  private readonly clauseFacetData = new Map<ClauseFacet, Promise<ClauseFacetTable>>();
  private readonly loadedFacets = new Map<ClauseFacet, ClauseFacetTable>();
  private readonly partFiles = new Map<number, Promise<PartGroups>>();
  /** The parts read so far, by part number − 1. */
  private readonly parts: PartGroups[] = [];
  /** The first group of every part, then the number of groups (from the first part read). */
  private partStarts?: number[];
  /** Parts merged into the search (or being merged), by part number. */
  private readonly merges = new Map<number, Promise<void>>();
  /** Group index of every Pagefind id of the parts read. */
  private readonly groupIndex = new Map<string, number>();
  /** The group of every clause of the groups read (the first page's clauses, before the core data). */
  private readonly clauseGroup = new Map<number, number>();

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

  /** Part `part`'s groups (`groups-<part>.json.gz`), read once; their Pagefind ids are known from then on. */
  private partGroups(part: number): Promise<PartGroups> {
    let loaded = this.partFiles.get(part);
    if (!loaded) {
      loaded = this.fetchData<PartFile>(`groups-${part}.json.gz`).then((file) => {
        const groups = unpackPart(file);
        if (groups.part !== part) throw new Error(`检索数据 groups-${part}.json.gz 属于第 ${groups.part} 分卷，请重新构建网站`);
        this.partStarts ??= groups.starts;
        const first = groups.starts[part - 1];
        groups.ids.forEach((id, k) => {
          if (this.groupIndex.has(id)) throw new Error('检索数据中有两组共用一个索引 id，请重新构建网站');
          this.groupIndex.set(id, first + k);
        });
        this.parts[part - 1] = groups;
        return groups;
      });
      this.partFiles.set(part, loaded);
    }
    return loaded;
  }

  /** Number of parts of the index. */
  private async partCount(): Promise<number> {
    return (await this.partGroups(1)).parts;
  }

  /** Part `part`'s index is searched from now on: the first is Pagefind's own bundle, a later one is merged in. */
  private mergePart(part: number): Promise<void> {
    let merged = this.merges.get(part);
    if (!merged) {
      merged = Promise.all([this.pagefind(), this.partGroups(part)]).then(async ([api, groups]) => {
        if (part > 1) await api.mergeIndex(`${this.bundle.replace(/pagefind\/$/, '')}${groups.bundle}`);
      });
      this.merges.set(part, merged);
    }
    return merged;
  }

  /** Every part searched from now on. */
  private async mergeAll(): Promise<void> {
    const parts = await this.partCount();
    await Promise.all(Array.from({ length: parts }, (_, index) => this.mergePart(index + 1)));
  }

  /** A Pagefind search over the parts merged so far: each result with its group. */
  private async search(term: string | null): Promise<Array<[number, PagefindResult]>> {
    const api = await this.pagefind();
    const results = (await api.search(term))?.results ?? [];
    // Every part Pagefind may have searched has its groups read (or being read).
    await Promise.all([...this.merges.keys()].map((part) => this.partGroups(part)));
    return results.map((result) => {
      if (!this.results.has(result.id)) this.results.set(result.id, result);
      return [this.groupFor(result.id), result];
    });
  }

  /** The core data (documents, groups of every part, document facets), read once. */
  core(): Promise<CoreIndex> {
    this.corePromise ??= (async () => {
      const file = await this.fetchData<CoreFile>('core.json.gz');
      const parts = await Promise.all(Array.from({ length: file.parts }, (_, index) => this.partGroups(index + 1)));
      const core = unpackCore(file, parts);
      this.groupOf = groupOfClauses(core);
      return core;
    })();
    return this.corePromise;
  }

  /** The group of a Pagefind result id; an id the search data does not know means the two were built apart. */
  private groupFor(id: string): number {
    const group = this.groupIndex.get(id);
    if (group === undefined) throw new Error(`检索索引与检索数据不一致（${id}），请重新构建网站`);
    return group;
  }

  /** The part holding a group (read) and the group's index in it. */
  private locate(group: number): [PartGroups, number] {
    const starts = this.partStarts;
    const index = starts ? lastAtMost(starts, group) : -1;
    const part = this.parts[index];
    if (!starts || !part || group >= starts[index + 1]) throw new Error(`检索数据中没有第 ${group} 组（其分卷未读入）`);
    return [part, group - starts[index]];
  }

  /** A group of a part read: [document index, first clause ordinal, number of clauses]. */
  private groupAt(group: number): [number, number, number] {
    const [part, at] = this.locate(group);
    return part.groups[at];
  }

  /** The first clause ordinal of a group of a part read. */
  firstClauseOf(group: number): number {
    return this.groupAt(group)[1];
  }

  /** The Pagefind id of a group of a part read. */
  private idOf(group: number): string {
    const [part, at] = this.locate(group);
    return part.ids[at];
  }

  /** For one token: group index → its positions there, ascending. */
  private token(token: string): Promise<Map<number, number[]>> {
    let found = this.tokenCache.get(token);
    if (!found) {
      found = (async () => {
        await this.mergeAll();
        const results = await this.search(token);
        return new Map(results.map(([group, result]) => [group, [...result.words].sort((a, b) => a - b)]));
      })();
      this.tokenCache.set(token, found);
    }
    return found;
  }

  private lengthsPromise?: Promise<number[]>;

  /** The token length of every clause, read once (only the full match needs it). */
  lengths(): Promise<number[]> {
    this.lengthsPromise ??= this.fetchData<LengthsFile>('lengths.json.gz').then((file) => file.lengths);
    return this.lengthsPromise;
  }

  private startsOf(lengths: readonly number[], core: CoreIndex, group: number): Int32Array {
    const [, first, count] = core.groups[group];
    return (this.starts[group] ??= clauseStarts(lengths, first, count));
  }

  /** The clauses containing a (normalized) word: ordinal → occurrences. */
  word(word: string): Promise<Map<number, number>> {
    let found = this.wordCache.get(word);
    if (!found) {
      found = (async () => {
        const tokens = textTokens(word);
        const [core, lengths, ...positions] = await Promise.all([this.core(), this.lengths(), ...tokens.map((token) => this.token(token))]);
        const out = new Map<number, number>();
        for (const [group, first] of positions[0]) {
          const lists = positions.map((map, i) => (i === 0 ? first : map.get(group)));
          if (lists.some((list) => list === undefined)) continue;
          const starts = this.startsOf(lengths, core, group);
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
      for (let ordinal = 0; ordinal < core.clauses; ordinal++) if (!excluded.has(ordinal)) score.set(ordinal, [0, 0]);
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

  /**
   * The groups holding a (normalized) word in the parts merged (at least
   * parts 1 to `parts`): Pagefind's exact phrase search over its tokens,
   * which returns each record with its first match only. A superset is
   * harmless (clauses are matched again from the fragment).
   */
  private wordGroups(word: string, parts: number): Promise<Set<number>> {
    // Searched again when more parts are merged; the parts' index chunks are read once.
    const key = `${parts}\u0000${word}`;
    let found = this.groupCache.get(key);
    if (!found) {
      found = this.search(`"${textTokens(word).join(' ')}"`).then((results) => new Set(results.map(([group]) => group)));
      this.groupCache.set(key, found);
    }
    return found;
  }

  /**
   * The first `limit` clauses a query finds, after `keep` (the filters), in
   * reading order or in the order `order` gives the candidate groups (by
   * document keys): the same as the first `limit` of `match` in that
   * order, without every position of every token. Reading order walks the
   * parts one after another and stops when the page is full; another
   * order needs every part. Groups are read a few at a time;
   * `skipGroup` drops a group unread (a document filter). Null when the
   * page is not full after `limit` × 3 groups (a word found in many groups
   * but rarely in a clause that passes): the full match is then the
   * quicker way.
   */
  async firstMatches(
    query: Pick<ParsedQuery, 'any' | 'not'>,
    limit: number,
    plan: { order?: (groups: number[]) => number[]; keep?: (ordinals: number[]) => number[]; skipGroup?: (group: number) => boolean } = {},
  ): Promise<number[] | null> {
    const { order, keep = (ordinals) => ordinals, skipGroup = () => false } = plan;
    const words = [...new Set(query.any.flat())];
    const tokensOf = new Map([...words, ...query.not].map((word) => [word, textTokens(word)]));
    const parts = await this.partCount();
    const out: number[] = [];
    let read = 0;
    // Reading order: one part after another (each twice the one before); another order: every part at once.
    const steps: Array<[number, number]> = order ? [[1, parts]] : Array.from({ length: parts }, (_, index) => [index + 1, index + 1]);
    for (const [from, to] of steps) {
      await Promise.all(Array.from({ length: to - from + 1 }, (_, index) => this.mergePart(from + index)));
      const held = new Map(await Promise.all(words.map(async (word) => [word, await this.wordGroups(word, to)] as const)));
      const [low, high] = [this.partStarts![from - 1], this.partStarts![to]];
      const candidates = new Set<number>();
      for (const all of query.any) {
        const [rarest, ...others] = all.map((word) => held.get(word)!).sort((a, b) => a.size - b.size);
        for (const group of rarest ?? []) if (group >= low && group < high && !skipGroup(group) && others.every((set) => set.has(group))) candidates.add(group);
      }
      const list = order ? order([...candidates]) : [...candidates].sort((a, b) => a - b);
      let at = 0;
      for (let wave = 2; at < list.length && out.length < limit; wave = Math.min(wave * 2, 8)) {
        if (read >= limit * 3) return null;
        const batch = list.slice(at, (at += wave));
        read += batch.length;
        await Promise.all(batch.map((group) => this.group(group)));
        for (const group of batch) {
          const first = this.firstClauseOf(group);
          const found: number[] = [];
          this.groupTokens.get(group)!.forEach((tokens, k) => {
            const has = (word: string): boolean => occurs(tokens, tokensOf.get(word)!);
            if (query.not.some(has)) return;
            if (query.any.some((all) => all.every(has))) found.push(first + k);
          });
          out.push(...keep(found));
          if (out.length >= limit) break;
        }
      }
      if (out.length >= limit) break;
    }
    return out.slice(0, limit);
  }

  /** Number of clauses in the index. */
  async size(): Promise<number> {
    return (await this.core()).clauses;
  }

  /** The document index of a clause (core loaded). */
  docOf(core: CoreIndex, ordinal: number): number {
    return core.groups[this.groupOf![ordinal]][0];
  }

  private clauseFacet(facet: ClauseFacet): Promise<ClauseFacetTable> {
    let loaded = this.clauseFacetData.get(facet);
    if (!loaded) {
      loaded = Promise.all([this.core(), this.fetchData<ClauseFacetIndex>(`facet-${facet}.json.gz`)]).then(([core, index]) => {
        const table = clauseFacetTable(index, core.clauses);
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

  /** A group's fragment, through a result already seen. */
  private async fragment(group: number): Promise<{ content: string; meta: Record<string, string> }> {
    const id = this.idOf(group);
    let result = this.results.get(id);
    if (!result) {
      // A group no search has returned (a listing by filters only): list every record once; no fragment is read for that.
      await this.mergeAll();
      await this.search(null);
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
        const { content, meta } = await this.fragment(group);
        // Clauses are parted by the separator token, which no character encodes to.
        const clauseTokens: string[][] = [[]];
        for (const token of content.split(/\s+/)) {
          if (token === separatorToken) clauseTokens.push([]);
          else if (token !== '') clauseTokens.at(-1)!.push(token);
        }
        const [, first, count] = this.groupAt(group);
        if (clauseTokens.length !== count) throw new Error(`检索索引与检索数据不一致（第 ${group} 组应有 ${count} 条，索引中有 ${clauseTokens.length} 条），请重新构建网站`);
        this.groupTokens.set(group, clauseTokens);
        for (let k = 0; k < count; k++) this.clauseGroup.set(first + k, group);
        return (JSON.parse(meta.c) as GroupClause[]).map((clause, k) => ({
          ...clause,
          ordinal: first + k,
          doc: meta.doc,
          label: meta.title,
          text: clause.text ?? decodeTokens(clauseTokens[k].join(' ')),
        }));
      })();
      this.fragments.set(group, clauses);
    }
    return clauses;
  }

  /** One clause's data for its result (a clause of a group read, or any once the core data is in). */
  async clause(ordinal: number): Promise<ClauseData> {
    let group = this.clauseGroup.get(ordinal);
    if (group === undefined) {
      await this.core();
      group = this.groupOf![ordinal];
    }
    return (await this.group(group))[ordinal - this.firstClauseOf(group)];
  }
}

/** True when `word` (tokens) stands at consecutive positions of `tokens`. */
function occurs(tokens: readonly string[], word: readonly string[]): boolean {
  if (word.length === 0) return false;
  for (let start = tokens.indexOf(word[0]); start !== -1 && start + word.length <= tokens.length; start = tokens.indexOf(word[0], start + 1)) {
    let k = 1;
    while (k < word.length && tokens[start + k] === word[k]) k++;
    if (k === word.length) return true;
  }
  return false;
}
