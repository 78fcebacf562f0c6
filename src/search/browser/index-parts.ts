/**
 * The search index as the page reads it, part by part: Pagefind, loaded on
 * first use from the site's `pagefind/` bundle, and the files of
 * `search/data/` (shared/index-data.ts). The search engine (engine.ts)
 * matches words through it.
 *
 * The index is in parts of consecutive groups, one Pagefind bundle and one
 * `groups-<k>.json.gz` each. A part's groups are read, and the part merged
 * into the search, when a query reaches it; a Pagefind search covers the
 * parts merged so far and tells each result's group. A group's fragment
 * (its clauses' tokens and data) is read through a result already seen.
 */
import { lastAtMost } from '../../model/sorted.ts';
import { unpackPart, type PartFile, type PartGroups } from '../shared/index-data.ts';

export interface PagefindResult {
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

/** Inflates a gzipped response; a host may already have sent it decompressed. */
async function readGzipJson<T>(response: Response): Promise<T> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return JSON.parse(new TextDecoder().decode(bytes)) as T;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(stream).text()) as T;
}

/** Pagefind and the parts of the index, read and merged as queries reach them. */
export class IndexParts {
  private api?: Promise<PagefindApi>;
  /** Pagefind results seen so far by id: a group's fragment is read through one of them. */
  private readonly results = new Map<string, PagefindResult>();
  private readonly partFiles = new Map<number, Promise<PartGroups>>();
  /** The parts read so far, by part number − 1. */
  private readonly parts: PartGroups[] = [];
  /** The first group of every part, then the number of groups (from the first part read). */
  private partStarts?: number[];
  /** Parts merged into the search (or being merged), by part number. */
  private readonly merges = new Map<number, Promise<void>>();
  /** Group index of every Pagefind id of the parts read. */
  private readonly groupIndex = new Map<string, number>();

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
  partGroups(part: number): Promise<PartGroups> {
    let loaded = this.partFiles.get(part);
    if (!loaded) {
      loaded = this.fetchData<PartFile>(`groups-${part}.json.gz`).then((file) => {
        const groups = unpackPart(file);
        if (groups.part !== part)
          throw new Error(`检索数据 groups-${part}.json.gz 属于第 ${groups.part} 分卷，请重新构建网站`);
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
  async partCount(): Promise<number> {
    return (await this.partGroups(1)).parts;
  }

  /** The groups of parts `from` to `to` (a part read): [first group, first group after them). */
  groupRange(from: number, to: number): [number, number] {
    return [this.partStarts![from - 1], this.partStarts![to]];
  }

  /** Part `part`'s index is searched from now on: the first is Pagefind's own bundle, a later one is merged in. */
  mergePart(part: number): Promise<void> {
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
  async mergeAll(): Promise<void> {
    const parts = await this.partCount();
    await Promise.all(Array.from({ length: parts }, (_, index) => this.mergePart(index + 1)));
  }

  /** A Pagefind search over the parts merged so far: each result with its group. */
  async search(term: string | null): Promise<Array<[number, PagefindResult]>> {
    const api = await this.pagefind();
    const results = (await api.search(term))?.results ?? [];
    // Every part Pagefind may have searched has its groups read (or being read).
    await Promise.all([...this.merges.keys()].map((part) => this.partGroups(part)));
    return results.map((result) => {
      if (!this.results.has(result.id)) this.results.set(result.id, result);
      return [this.groupFor(result.id), result];
    });
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
  groupAt(group: number): [number, number, number] {
    const [part, at] = this.locate(group);
    return part.groups[at];
  }

  /** The Pagefind id of a group of a part read. */
  private idOf(group: number): string {
    const [part, at] = this.locate(group);
    return part.ids[at];
  }

  /** A group's fragment, through a result already seen. */
  async fragment(group: number): Promise<{ content: string; meta: Record<string, string> }> {
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
}
