/**
 * The search index beside Pagefind's, written by the index builder into
 * `search/data/` and read by the search page; everything the page needs to
 * turn Pagefind's answer into clause-level results without reading every
 * record: small, ids and ordinals only, no text.
 *
 * Clauses (and table rows) are numbered in reading order (their ordinal).
 * Consecutive clauses of one document share one Pagefind record (a group),
 * their tokens parted by the separator token, so the site holds one
 * fragment file per group, not per clause. Pagefind reports where each
 * token occurs in a record; `starts` tells which clause a position is in.
 *
 * - `groups-<k>.json.gz`: the groups of part k — the clauses and Pagefind
 *   id of each — for the k-th Pagefind bundle. Read as a query reaches
 *   the part: the first page in reading order reads only the parts it shows.
 * - `core.json.gz`: documents and the document-level facets (a document's
 *   values as indices). Read for the full match, filters and other orders.
 * - `lengths.json.gz`: the token length of every clause, to place a token
 *   position in its clause. Read when the full match is computed.
 * - `facet-<facet>.json.gz` (theme, object, instrument, strength): the
 *   ordinals of each value, as gaps. Read when that facet is filtered on or
 *   its counts are shown.
 */
import { lastAtMost } from '../../model/sorted.ts';
import { clauseFacets, documentFacets, type Facet } from './labels.ts';

export type DocumentFacet = (typeof documentFacets)[number];
export type ClauseFacet = (typeof clauseFacets)[number];

/** Groups hold at most this many clauses and, beyond one clause, this many tokens (a fragment stays small to load). */
export const groupLimits = { clauses: 8, tokens: 2_000 };

/** The core data as the page uses it (`core.json.gz` holds it packed: CoreFile). */
export interface CoreIndex {
  schema: 1;
  /** Pagefind's id (its fragment's name) of every group, in group order. */
  ids: string[];
  /** Document ids in corpus order. */
  docs: string[];
  /** The date a document is sorted by (`2021-12-22`), '' when unknown; by document. */
  dates: string[];
  /** Groups in Pagefind's sort order (`rank`): [document index, first clause ordinal, number of clauses]. */
  groups: Array<[number, number, number]>;
  /** Number of clauses (and table rows) in the index. */
  clauses: number;
  /** Per document-level facet (doc aside, which is the document itself): its values, and each document's value indices. */
  docFacets: Record<Exclude<DocumentFacet, 'doc'>, { values: string[]; docs: number[][] }>;
}

/**
 * `core.json.gz` as written: the documents and their facets. The groups
 * are in the part files (PartFile), one per Pagefind bundle, so that the
 * first page of a query in reading order reads only the parts it shows.
 */
export interface CoreFile extends Pick<CoreIndex, 'docs' | 'dates' | 'docFacets'> {
  schema: 3;
  /** Number of parts (Pagefind bundles, `groups-<k>.json.gz` files). */
  parts: number;
}

/**
 * `groups-<k>.json.gz`: the groups of part k (from 1), which its Pagefind
 * bundle indexes, as runs — they cover the ordinals one after another and
 * a document's groups stand together: `runs` [document index, number of
 * groups], `counts` clauses per group.
 */
export interface PartFile {
  schema: 1;
  part: number;
  parts: number;
  /** The part's Pagefind bundle, relative to the site root (`pagefind/`, `pagefind-2/`). */
  bundle: string;
  /** The first group of every part, then the number of groups. */
  starts: number[];
  /** The ordinal of the part's first clause. */
  firstClause: number;
  /** Pagefind's id of each of the part's groups. */
  ids: string[];
  runs: Array<[number, number]>;
  counts: number[];
}

/** One part's groups as the page uses them (unpackPart). */
export interface PartGroups {
  part: number;
  parts: number;
  bundle: string;
  starts: number[];
  /** The part's groups, from `starts[part - 1]`: [document index, first clause ordinal, number of clauses]. */
  groups: Array<[number, number, number]>;
  ids: string[];
}

/** Packs the core data for writing, its groups split at `starts` (first group of each part) into parts with these bundles; groups must follow one another from ordinal 0. */
export function packCore(
  core: CoreIndex,
  starts: readonly number[] = [0],
  bundles: readonly string[] = ['pagefind/'],
): { core: CoreFile; parts: PartFile[] } {
  if (starts[0] !== 0 || starts.length !== bundles.length)
    throw new Error(
      `search parts: ${starts.length} starts for ${bundles.length} bundles, the first at group ${starts[0]}`,
    );
  let next = 0;
  for (const [, first, count] of core.groups) {
    if (first !== next)
      throw new Error(`search groups are not consecutive: a group starts at clause ${first}, expected ${next}`);
    next += count;
  }
  const bounds = [...starts, core.groups.length];
  const parts = bundles.map((bundle, index): PartFile => {
    const groups = core.groups.slice(bounds[index], bounds[index + 1]);
    const runs: Array<[number, number]> = [];
    for (const [doc] of groups) {
      if (runs.at(-1)?.[0] === doc) runs.at(-1)![1] += 1;
      else runs.push([doc, 1]);
    }
    return {
      schema: 1,
      part: index + 1,
      parts: bundles.length,
      bundle,
      starts: bounds,
      firstClause: groups[0]?.[1] ?? core.clauses,
      ids: core.ids.slice(bounds[index], bounds[index + 1]),
      runs,
      counts: groups.map(([, , count]) => count),
    };
  });
  const { docs, dates, docFacets } = core;
  return { core: { schema: 3, parts: bundles.length, docs, dates, docFacets }, parts };
}

/** Unpacks a `groups-<k>.json.gz`. */
export function unpackPart(file: PartFile): PartGroups {
  if (file.schema !== 1)
    throw new Error(`检索数据 groups-${file.part}.json.gz 的格式（${String(file.schema)}）与页面不符，请重新构建网站`);
  const groups: Array<[number, number, number]> = [];
  let first = file.firstClause;
  for (const [doc, n] of file.runs) {
    for (let k = 0; k < n; k++) {
      const count = file.counts[groups.length];
      groups.push([doc, first, count]);
      first += count;
    }
  }
  return { part: file.part, parts: file.parts, bundle: file.bundle, starts: file.starts, groups, ids: file.ids };
}

/** The core data from `core.json.gz` and every part (packCore's inverse). */
export function unpackCore(file: CoreFile, parts: readonly PartGroups[]): CoreIndex {
  if (file.schema !== 3)
    throw new Error(`检索数据 core.json.gz 的格式（${String(file.schema)}）与页面不符，请重新构建网站`);
  if (parts.length !== file.parts || parts.some((part, index) => part.part !== index + 1))
    throw new Error(`检索数据应有 ${file.parts} 个分卷，读到 ${parts.length} 个，请重新构建网站`);
  const groups = parts.flatMap((part) => part.groups);
  const last = groups.at(-1);
  return {
    schema: 1,
    ids: parts.flatMap((part) => part.ids),
    docs: file.docs,
    dates: file.dates,
    groups,
    clauses: last ? last[1] + last[2] : 0,
    docFacets: file.docFacets,
  };
}

/** `lengths.json.gz`: the token count of every clause by ordinal, read when every position of a word is placed (not for the first page). */
export interface LengthsFile {
  schema: 1;
  lengths: number[];
}

/** `facet-<facet>.json.gz`: each value with its clause ordinals as gaps (first ordinal, then differences). */
export interface ClauseFacetIndex {
  schema: 1;
  values: string[];
  members: number[][];
}

/** What one clause of a group carries in the group's Pagefind meta (`c`, JSON): what a result shows and exports. */
export interface GroupClause {
  /** Clause id (`<table>-r<n>` for a row). */
  id: string;
  /** Anchor on the document page. */
  anchor: string;
  path: string;
  kind: 'clause' | 'row';
  /** Citation up to access date and address. */
  cite: string;
  /** Source text when it differs in script (traditional), else absent. */
  original?: string;
  /** Labels of the clause (ids), for its chips. */
  themes: string[];
  objects: string[];
  instruments: string[];
  strength: string | null;
  /** The text as written when it differs from its index form (capitals, full-width letters), else absent. */
  text?: string;
}

/** Splits units (in reading order, with their document and token count) into groups; returns [first index, count] pairs. */
export function groupUnits(
  units: ReadonlyArray<{ docId: string; tokens: number }>,
  limits = groupLimits,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = 0;
  let tokens = 0;
  units.forEach((unit, index) => {
    const count = index - first;
    const full = count >= limits.clauses || (count > 0 && tokens + unit.tokens > limits.tokens);
    if (count > 0 && (unit.docId !== units[first].docId || full)) {
      out.push([first, count]);
      first = index;
      tokens = 0;
    }
    tokens += unit.tokens + 1;
  });
  if (units.length > first) out.push([first, units.length - first]);
  return out;
}

/** Gap encoding of ascending ordinals: [3, 5, 9] → [3, 2, 4]. */
export function toGaps(ordinals: readonly number[]): number[] {
  return ordinals.map((value, index) => (index === 0 ? value : value - ordinals[index - 1]));
}

/** Reverses `toGaps`. */
export function fromGaps(gaps: readonly number[]): number[] {
  const out: number[] = [];
  let at = 0;
  gaps.forEach((gap, index) => out.push((at = index === 0 ? gap : at + gap)));
  return out;
}

/** Token positions where each clause of a group starts (clauses parted by one separator token). */
export function clauseStarts(lengths: readonly number[], first: number, count: number): Int32Array {
  const starts = new Int32Array(count);
  for (let k = 1; k < count; k++) starts[k] = starts[k - 1] + lengths[first + k - 1] + 1;
  return starts;
}

/** The index within its group of the clause holding token position `position` (last start ≤ position). */
export function clauseAt(starts: Int32Array, position: number): number {
  return lastAtMost(starts, position);
}

/**
 * Where a word occurs in one group: for each of its tokens the sorted
 * positions where that token stands; a match is a position p where token i
 * stands at p + i for every i. Returns the match start positions.
 */
export function phraseStarts(positions: ReadonlyArray<ArrayLike<number>>): number[] {
  if (positions.length === 0) return [];
  const sets = positions.slice(1).map((list) => new Set(Array.from(list)));
  const out: number[] = [];
  for (const start of Array.from(positions[0])) if (sets.every((set, i) => set.has(start + i + 1))) out.push(start);
  return out;
}

/** For every clause ordinal, the index of its group. */
export function groupOfClauses(core: CoreIndex): Int32Array {
  const groupOf = new Int32Array(core.clauses);
  core.groups.forEach(([, first, count], group) => groupOf.fill(group, first, first + count));
  return groupOf;
}

/** A clause-level facet by clause: its values, and each clause's value indices. */
export interface ClauseFacetTable {
  values: string[];
  of: Array<number[] | undefined>;
}

/** Unpacks a `facet-<facet>.json.gz` for `size` clauses. */
export function clauseFacetTable(index: ClauseFacetIndex, size: number): ClauseFacetTable {
  const of: Array<number[] | undefined> = new Array(size);
  index.members.forEach((gaps, value) => {
    for (const ordinal of fromGaps(gaps)) (of[ordinal] ??= []).push(value);
  });
  return { values: index.values, of };
}

/** The facet values of every clause, by value index (see `values`). */
export interface FacetSource {
  /** Every value of a facet present in the corpus. */
  values(facet: Facet): readonly string[];
  /** The value indices of a clause. */
  of(facet: Facet, ordinal: number): readonly number[];
  /** True when the data of a facet is at hand (clause-level facets are loaded when needed). */
  has(facet: Facet): boolean;
}

const none: readonly number[] = [];

/** The facet source of the core data and the clause-level facets loaded so far. */
export function facetSource(
  core: CoreIndex,
  groupOf: Int32Array,
  loaded: ReadonlyMap<ClauseFacet, ClauseFacetTable>,
): FacetSource {
  const docOf = (ordinal: number): number => core.groups[groupOf[ordinal]][0];
  const docIndices = core.docs.map((_, index) => [index]);
  const isDocFacet = (facet: Facet): facet is Exclude<DocumentFacet, 'doc'> =>
    facet !== 'doc' && (documentFacets as readonly Facet[]).includes(facet);
  const isClauseFacet = (facet: Facet): facet is ClauseFacet => (clauseFacets as readonly Facet[]).includes(facet);
  return {
    values: (facet) =>
      facet === 'doc'
        ? core.docs
        : isDocFacet(facet)
          ? core.docFacets[facet].values
          : isClauseFacet(facet)
            ? (loaded.get(facet)?.values ?? [])
            : [],
    of: (facet, ordinal) => {
      if (facet === 'doc') return docIndices[docOf(ordinal)];
      if (isDocFacet(facet)) return core.docFacets[facet].docs[docOf(ordinal)];
      return (isClauseFacet(facet) && loaded.get(facet)?.of[ordinal]) || none;
    },
    has: (facet) => !isClauseFacet(facet) || loaded.has(facet),
  };
}
