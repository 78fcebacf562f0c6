/**
 * The search engine of the search page: the clauses a query finds, through
 * Pagefind and the precomputed order and facet data of `search/data/`
 * (shared/index-data.ts), read part by part (index-parts.ts); the clauses'
 * data comes from their groups' fragments (clauses.ts).
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
 * A part is merged into the search when a query reaches it: the first page
 * in reading order reads the parts one after another until the page is
 * full (for a common word the first, a small one, alone); the full match,
 * the other orders and a listing by filters alone merge every part.
 */
import { clauseFacets, facets, type Facet } from '../shared/labels.ts';
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
  type LengthsFile,
} from '../shared/index-data.ts';
import { textTokens } from '../shared/text.ts';
import { GroupClauses, type ClauseData } from './clauses.ts';
import { IndexParts } from './index-parts.ts';
import type { ParsedQuery } from './query.ts';

export type { FacetSource } from '../shared/index-data.ts';
export type { ClauseData } from './clauses.ts';

/** What a query found: clause ordinals in reading order, and for each the distinct words and occurrences matched. */
export interface Matches {
  ordinals: number[];
  /** ordinal → [distinct words matched, occurrences]. */
  score: Map<number, [number, number]>;
}

/** Pagefind and the order/facet data behind a small API. */
export class SearchEngine {
  private readonly index: IndexParts;
  private readonly clauses: GroupClauses;
  private corePromise?: Promise<CoreIndex>;
  private starts: Array<Int32Array | undefined> = [];
  private groupOf?: Int32Array;
  private readonly tokenCache = new Map<string, Promise<Map<number, number[]>>>();
  private readonly wordCache = new Map<string, Promise<Map<number, number>>>();
  private readonly groupCache = new Map<string, Promise<Set<number>>>();
  private readonly clauseFacetData = new Map<ClauseFacet, Promise<ClauseFacetTable>>();
  private readonly loadedFacets = new Map<ClauseFacet, ClauseFacetTable>();

  /** `bundle`: URL of the Pagefind folder (`/ip-policy/pagefind/`); `data`: URL of the order and facet data (`/ip-policy/search/data/`). */
  constructor(bundle: string, data: string) {
    this.index = new IndexParts(bundle, data);
    this.clauses = new GroupClauses(this.index);
  }

  /** A file of the search data folder, inflated and parsed. */
  fetchData<T>(name: string): Promise<T> {
    return this.index.fetchData<T>(name);
  }

  /** The core data (documents, groups of every part, document facets), read once. */
  core(): Promise<CoreIndex> {
    this.corePromise ??= (async () => {
      const file = await this.fetchData<CoreFile>('core.json.gz');
      const parts = await Promise.all(
        Array.from({ length: file.parts }, (_, index) => this.index.partGroups(index + 1)),
      );
      const core = unpackCore(file, parts);
      this.groupOf = groupOfClauses(core);
      return core;
    })();
    return this.corePromise;
  }

  /** The first clause ordinal of a group of a part read. */
  firstClauseOf(group: number): number {
    return this.index.groupAt(group)[1];
  }

  /** For one token: group index → its positions there, ascending. */
  private token(token: string): Promise<Map<number, number[]>> {
    let found = this.tokenCache.get(token);
    if (!found) {
      found = (async () => {
        await this.index.mergeAll();
        const results = await this.index.search(token);
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
        const [core, lengths, ...positions] = await Promise.all([
          this.core(),
          this.lengths(),
          ...tokens.map((token) => this.token(token)),
        ]);
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
      found = this.index
        .search(`"${textTokens(word).join(' ')}"`)
        .then((results) => new Set(results.map(([group]) => group)));
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
    plan: {
      order?: (groups: number[]) => number[];
      keep?: (ordinals: number[]) => number[];
      skipGroup?: (group: number) => boolean;
    } = {},
  ): Promise<number[] | null> {
    const { order, keep = (ordinals) => ordinals, skipGroup = () => false } = plan;
    const words = [...new Set(query.any.flat())];
    const tokensOf = new Map([...words, ...query.not].map((word) => [word, textTokens(word)]));
    // Part 1 is searched first in every order: Pagefind loads while the part count is read, not after it.
    this.index.mergePart(1).catch(() => undefined);
    const parts = await this.index.partCount();
    const out: number[] = [];
    let read = 0;
    // Reading order: one part after another (each twice the one before); another order: every part at once.
    const steps: Array<[number, number]> = order
      ? [[1, parts]]
      : Array.from({ length: parts }, (_, index) => [index + 1, index + 1]);
    for (const [from, to] of steps) {
      await Promise.all(Array.from({ length: to - from + 1 }, (_, index) => this.index.mergePart(from + index)));
      const held = new Map(
        await Promise.all(words.map(async (word) => [word, await this.wordGroups(word, to)] as const)),
      );
      const [low, high] = this.index.groupRange(from, to);
      const candidates = new Set<number>();
      for (const all of query.any) {
        const [rarest, ...others] = all.map((word) => held.get(word)!).sort((a, b) => a.size - b.size);
        for (const group of rarest ?? [])
          if (group >= low && group < high && !skipGroup(group) && others.every((set) => set.has(group)))
            candidates.add(group);
      }
      const list = order ? order([...candidates]) : [...candidates].sort((a, b) => a - b);
      let at = 0;
      for (let wave = 2; at < list.length && out.length < limit; wave = Math.min(wave * 2, 8)) {
        if (read >= limit * 3) return null;
        const batch = list.slice(at, (at += wave));
        read += batch.length;
        await Promise.all(batch.map((group) => this.clauses.group(group)));
        for (const group of batch) {
          const first = this.firstClauseOf(group);
          const found: number[] = [];
          this.clauses.tokens(group).forEach((tokens, k) => {
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
      loaded = Promise.all([this.core(), this.fetchData<ClauseFacetIndex>(`facet-${facet}.json.gz`)]).then(
        ([core, index]) => {
          const table = clauseFacetTable(index, core.clauses);
          this.loadedFacets.set(facet, table);
          return table;
        },
      );
      this.clauseFacetData.set(facet, loaded);
    }
    return loaded;
  }

  /** The facet data, with the clause-level facets in `needed` loaded (the others report `has` false until loaded). */
  async facets(needed: readonly Facet[] = []): Promise<FacetSource> {
    const core = await this.core();
    await Promise.all(
      needed
        .filter((facet): facet is ClauseFacet => (clauseFacets as readonly Facet[]).includes(facet))
        .map((facet) => this.clauseFacet(facet)),
    );
    return facetSource(core, this.groupOf!, new Map(this.loadedFacets));
  }

  /** Every facet, all loaded. */
  allFacets(): Promise<FacetSource> {
    return this.facets(facets);
  }

  /** One clause's data for its result (a clause of a group read, or any once the core data is in). */
  async clause(ordinal: number): Promise<ClauseData> {
    let group = this.clauses.groupOf(ordinal);
    if (group === undefined) {
      await this.core();
      group = this.groupOf![ordinal];
    }
    return (await this.clauses.group(group))[ordinal - this.firstClauseOf(group)];
  }
}

/** True when `word` (tokens) stands at consecutive positions of `tokens`. */
function occurs(tokens: readonly string[], word: readonly string[]): boolean {
  if (word.length === 0) return false;
  for (
    let start = tokens.indexOf(word[0]);
    start !== -1 && start + word.length <= tokens.length;
    start = tokens.indexOf(word[0], start + 1)
  ) {
    let k = 1;
    while (k < word.length && tokens[start + k] === word[k]) k++;
    if (k === word.length) return true;
  }
  return false;
}
