/**
 * Builds the search index from `public/data/corpus.json` and
 * `catalog.json`: Pagefind's index, one custom record per group of
 * consecutive clauses of a document (table rows included), their content
 * in the one-token-per-character form of `src/search/shared/text.ts`,
 * clauses parted by the separator token, in parts of consecutive groups
 * (`dist/pagefind/`, `dist/pagefind-2/`, …); and beside it, in
 * `dist/search/data/`, the small precomputed files the page needs for
 * clause-level results, order and facets (src/search/shared/index-data.ts: a groups
 * file per part, the core data, lengths, clause facets), and the whole
 * facet vocabulary (the page carries all but the long lists).
 * Runs after `astro build` (`npm run build`).
 *
 * Every Pagefind call returns an `errors` array; any error stops the build
 * with the messages, and the Pagefind service is always closed.
 */
import { cowordVocabulary } from '../../src/search/build/coword-vocabulary.ts';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { readCatalog, readCorpus } from '../../src/data/published-data.ts';
import type { Catalog } from '../../src/data/schemas/catalog.ts';
import { clauseFacets, type Facet } from '../../src/search/shared/labels.ts';
import {
  groupUnits,
  packCore,
  toGaps,
  type ClauseFacetIndex,
  type CoreIndex,
  type GroupClause,
  type LengthsFile,
} from '../../src/search/shared/index-data.ts';
import { recordFilters, searchRecords, type SearchRecord } from '../../src/search/build/records.ts';
import { searchVocabulary, withTotals } from '../../src/search/build/vocabulary.ts';
import { normalizeForSearch, separatorToken, textTokens } from '../../src/search/shared/text.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Everything the builder writes, computed from the records: Pagefind records, the core file and the clause-facet files. */
export interface SearchIndexFiles {
  records: CustomRecord[];
  core: CoreIndex;
  /** Token count of every clause by ordinal (`lengths.json.gz`). */
  lengths: number[];
  facets: Record<(typeof clauseFacets)[number], ClauseFacetIndex>;
}

/** The index of the records (in reading order, ranked from 0) of a catalogue. */
export function searchIndexFiles(
  records: readonly SearchRecord[],
  catalog: Catalog,
  sitePrefix = base,
): SearchIndexFiles {
  const tokens = records.map((record) => textTokens(record.text));
  const docs = catalog.documents.map((doc) => doc.id);
  const docIndex = new Map(docs.map((id, index) => [id, index]));
  const groups = groupUnits(records.map((record, index) => ({ docId: record.docId, tokens: tokens[index].length })));
  const out: CustomRecord[] = groups.map(([first, count]) => {
    const members = records.slice(first, first + count);
    const clauses = members.map((record): GroupClause => ({
      id: record.id,
      anchor: record.anchor,
      path: record.path,
      kind: record.kind,
      cite: record.cite,
      themes: record.themes,
      objects: record.objects,
      instruments: record.instruments,
      strength: record.strength,
      ...(record.original !== null ? { original: record.original } : {}),
      ...(normalizeForSearch(record.text) !== record.text ? { text: record.text } : {}),
    }));
    return {
      // Unique per record (Pagefind merges records that share a URL); results link to each clause.
      url: `${sitePrefix}documents/${members[0].docId}/#${members[0].id}`,
      content: tokens
        .slice(first, first + count)
        .map((list) => list.join(' '))
        .join(` ${separatorToken} `),
      language: 'zh-cn',
      meta: { title: members[0].label, doc: members[0].docId, c: JSON.stringify(clauses) },
    };
  });
  const docFacet = (facet: 'place' | 'level' | 'genre' | 'year' | 'status'): CoreIndex['docFacets'][typeof facet] => {
    const values: string[] = [];
    const at = new Map<string, number>();
    const perDoc: number[][] = docs.map(() => []);
    const seen = new Set<string>();
    for (const record of records) {
      if (seen.has(record.docId)) continue;
      seen.add(record.docId);
      const list = perDoc[docIndex.get(record.docId)!];
      for (const value of recordFilters(record)[facet]) {
        if (!at.has(value)) at.set(value, values.push(value) - 1);
        list.push(at.get(value)!);
      }
    }
    return { values, docs: perDoc };
  };
  const clauseFacet = (facet: Facet): ClauseFacetIndex => {
    const members = new Map<string, number[]>();
    for (const record of records)
      for (const value of recordFilters(record)[facet])
        (members.get(value) ?? members.set(value, []).get(value)!).push(record.rank);
    return { schema: 1, values: [...members.keys()], members: [...members.values()].map(toGaps) };
  };
  const dates = new Map(catalog.documents.map((doc) => [doc.id, doc.date ?? '']));
  return {
    records: out,
    core: {
      schema: 1,
      ids: [],
      docs,
      dates: docs.map((id) => dates.get(id) ?? ''),
      groups: groups.map(([first, count]) => [docIndex.get(records[first].docId)!, first, count]),
      clauses: records.length,
      docFacets: {
        place: docFacet('place'),
        level: docFacet('level'),
        genre: docFacet('genre'),
        year: docFacet('year'),
        status: docFacet('status'),
      },
    },
    lengths: tokens.map((list) => list.length),
    facets: Object.fromEntries(clauseFacets.map((facet) => [facet, clauseFacet(facet)])) as SearchIndexFiles['facets'],
  };
}

/**
 * Content characters per Pagefind index. The corpus is indexed in parts of
 * consecutive groups, each its own bundle (`pagefind/`, `pagefind-2/`, …):
 * the page merges a part (Pagefind's `mergeIndex`) when a query reaches it,
 * so the first page of results in reading order reads the index of the
 * first part alone for a common word, however large the corpus. The first
 * part is small (about 200 documents) and each next one twice the one
 * before, up to `most`: Pagefind writes a part's index in chunks of about
 * 20 KB whatever its size, and every part adds one chunk per character
 * sought to the full match. `most` bounds what Pagefind holds in memory
 * until a part is written (about 1.5 GB for 1,000 documents). The real
 * corpus of a few dozen texts is one part.
 */
export const shardChars = { first: 2_500_000, most: 20_000_000 };

/** The character limit of part `index` (from 0): `first`, doubling up to `most`. */
export function shardLimit(index: number, limits: { first: number; most: number } = shardChars): number {
  return Math.min(limits.first * 2 ** Math.min(index, 30), limits.most);
}

/**
 * What a merged part needs of its bundle: the entry, meta, index and
 * fragments; Pagefind's scripts, styles and WebAssembly are the first
 * bundle's. Everything else Pagefind writes into a later bundle is removed.
 */
const mergedBundleFiles = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|index|fragment)$/;

/** Consecutive [first, end) ranges of records whose content adds up to at most `limit(part)` characters (a longer record alone). */
export function shardRanges(sizes: readonly number[], limit: (part: number) => number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = 0;
  let total = 0;
  sizes.forEach((size, index) => {
    if (index > first && total + size > limit(out.length)) {
      out.push([first, index]);
      first = index;
      total = 0;
    }
    total += size;
  });
  if (sizes.length > first || out.length === 0) out.push([first, sizes.length]);
  return out;
}

/**
 * The Pagefind id (`zh-cn_5e7983a`, the fragment's name) of every record
 * by URL, read back from the written fragments (gzipped JSON after a
 * 12-byte signature), so the page needs no search to learn them.
 */
function fragmentIds(pagefindDir: string): Map<string, string> {
  const dir = join(pagefindDir, 'fragment');
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const bytes = gunzipSync(readFileSync(join(dir, name)));
    const signature = bytes.subarray(0, 12).toString();
    if (signature !== 'pagefind_dcd')
      throw new Error(
        `${join(dir, name)}: not a Pagefind fragment (signature ${JSON.stringify(signature)}); is the installed pagefind a new major version?`,
      );
    const { url } = JSON.parse(bytes.subarray(12).toString('utf8')) as { url: string };
    out.set(url, name.replace(/\.pf_fragment$/, ''));
  }
  return out;
}

/**
 * Ids given in more than one part (url → id per part, in part order): each
 * part's Pagefind names its fragments by a short hash and keeps them apart
 * only within the part (near 21,000 records two parts clash about once).
 * Returns the later record of every clash.
 */
export function laterClashes(parts: ReadonlyArray<ReadonlyMap<string, string>>): Array<{ part: number; url: string }> {
  const seen = new Set<string>();
  const out: Array<{ part: number; url: string }> = [];
  parts.forEach((part, index) => {
    for (const [url, id] of part) if (seen.has(id)) out.push({ part: index, url });
    for (const id of part.values()) seen.add(id);
  });
  return out;
}

/** Writes JSON gzipped (the page inflates it; a host that serves it decompressed is understood too). */
function writeGzipJson(path: string, value: unknown): number {
  const bytes = gzipSync(JSON.stringify(value), { level: 9 });
  writeFileSync(path, bytes);
  return bytes.length;
}

async function main(): Promise<void> {
  const started = performance.now();
  // Both read from DATA_DIR (default public/data), checked against their schemas.
  const catalog = readCatalog();
  const records = searchRecords(readCorpus(), catalog);
  const files = searchIndexFiles(records, catalog);
  const pagefindDir = join(dist, 'pagefind');
  for (const name of readdirSync(dist)) if (/^pagefind-\d+$/.test(name)) rmSync(join(dist, name), { recursive: true });
  // SEARCH_SHARD_CHARS: a smaller first part (the others in proportion), for testing a site indexed in parts.
  const first = Number(process.env.SEARCH_SHARD_CHARS ?? shardChars.first);
  const limits = { first, most: (first * shardChars.most) / shardChars.first };
  const shards = shardRanges(
    files.records.map((record) => record.content.length),
    (part) => shardLimit(part, limits),
  );
  const bundles = shards.map((_, index) => (index === 0 ? 'pagefind/' : `pagefind-${index + 1}/`));
  const dirs = bundles.map((name) => join(dist, name));
  // A record whose id clashed with one of an earlier part gets a salt in its meta, which changes its fragment and id.
  const salts = new Map<string, number>();
  const writePart = async (shard: number): Promise<void> => {
    const [first, end] = shards[shard];
    rmSync(dirs[shard], { recursive: true, force: true });
    // One Pagefind service per part: its memory goes when it closes.
    try {
      const { errors, index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
      check('createIndex', errors);
      if (!index) throw new Error('Pagefind createIndex returned no index');
      for (const record of files.records.slice(first, end)) {
        const salt = salts.get(record.url);
        const added = await index.addCustomRecord(
          salt === undefined ? record : { ...record, meta: { ...record.meta, salt: String(salt) } },
        );
        check(`addCustomRecord ${record.url}`, added.errors);
      }
      const written = await index.writeFiles({ outputPath: dirs[shard] });
      check('writeFiles', written.errors);
      if (shard > 0)
        for (const name of readdirSync(dirs[shard]))
          if (!mergedBundleFiles.test(name)) rmSync(join(dirs[shard], name), { recursive: true });
    } finally {
      await pagefind.close();
    }
  };
  for (let shard = 0; shard < shards.length; shard++) await writePart(shard);
  let parts = dirs.map(fragmentIds);
  for (let attempt = 1; ; attempt++) {
    const clashes = laterClashes(parts);
    if (clashes.length === 0) break;
    if (attempt > 5)
      throw new Error(
        `Pagefind gave the same fragment id to records of different parts after ${attempt - 1} retries: ${clashes.map(({ url }) => url).join(', ')}`,
      );
    console.log(
      `Search index: ${clashes.length} record(s) share a Pagefind id with an earlier part; salted, rebuilding part(s) ${[...new Set(clashes.map(({ part }) => part + 1))].join(', ')}`,
    );
    for (const { url } of clashes) salts.set(url, (salts.get(url) ?? 0) + 1);
    for (const shard of new Set(clashes.map(({ part }) => part))) await writePart(shard);
    parts = dirs.map(fragmentIds);
  }
  const ids = new Map(parts.flatMap((part) => [...part]));
  files.core.ids = files.records.map((record) => {
    const id = ids.get(record.url);
    if (!id) throw new Error(`Pagefind wrote no fragment for ${record.url} in ${pagefindDir}/fragment`);
    return id;
  });
  if (new Set(files.core.ids).size !== files.core.ids.length)
    throw new Error('Two search records share a Pagefind id; the page could not tell them apart');
  const dataDir = join(dist, 'search', 'data');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const packed = packCore(
    files.core,
    shards.map(([first]) => first),
    bundles,
  );
  let bytes = writeGzipJson(join(dataDir, 'core.json.gz'), packed.core);
  for (const part of packed.parts) bytes += writeGzipJson(join(dataDir, `groups-${part.part}.json.gz`), part);
  bytes += writeGzipJson(join(dataDir, 'lengths.json.gz'), { schema: 1, lengths: files.lengths } satisfies LengthsFile);
  bytes += writeGzipJson(
    join(dataDir, 'vocabulary.json.gz'),
    withTotals(searchVocabulary(catalog), records, recordFilters),
  );
  for (const [facet, index] of Object.entries(files.facets))
    bytes += writeGzipJson(join(dataDir, `facet-${facet}.json.gz`), index);
  // The concordance's 同现词 vocabulary, read when a reader asks for co-words (plain JSON: hosts gzip it on the way).
  writeFileSync(join(dataDir, 'words.json'), JSON.stringify(cowordVocabulary(records)));
  const ms = Math.round(performance.now() - started);
  console.log(
    `Search index: ${records.length} clauses in ${files.records.length} records, ${shards.length} part(s) → ${join(dist, 'pagefind')}, ${Math.round(bytes / 1024)} KB of order and facet data → ${dataDir} (${ms} ms)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
