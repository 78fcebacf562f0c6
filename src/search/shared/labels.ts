/**
 * The search facets, their headings, and the vocabulary of their values:
 * what each URL value (`zhejiang.ningbo`, `municipal`, `ningbo-patent`,
 * `tiaoli`, `2012`, `use`, `supply.funding`, `binding`, `tasks`) is called and where it sits in a hierarchy. The vocabulary is
 * computed from the catalogue at build time (build/vocabulary.ts) and
 * handed to the browser in the page; this file is browser-safe.
 */

/** The facets a search can be narrowed by, in display order; also the URL parameter names. */
export const facets = [
  'place',
  'level',
  'doc',
  'genre',
  'year',
  'status',
  'theme',
  'object',
  'instrument',
  'strength',
  'role',
] as const;

/** One search facet. */
export type Facet = (typeof facets)[number];

/** Facet headings. */
export const facetLabels: Record<Facet, string> = {
  // A place counts the clauses of its own documents and of the places below it (河南省 counts 洛阳市's).
  place: '地区（含下级）',
  level: '层级',
  doc: '文件',
  genre: '体裁',
  year: '年份',
  status: '效力',
  theme: '主题',
  object: '知识产权类型',
  instrument: '政策工具',
  strength: '政策力度',
  role: '条款角色',
};

/** Facets whose values belong to a document (the rest belong to each clause). */
export const documentFacets = ['place', 'level', 'doc', 'genre', 'year', 'status'] as const satisfies readonly Facet[];

/** Facets whose values belong to each clause, stored one file per facet and loaded when needed. */
export const clauseFacets = ['theme', 'object', 'instrument', 'strength', 'role'] as const satisfies readonly Facet[];

/** One value of a facet as the reader sees it: `{value: zhejiang.ningbo, label: 宁波市, depth: 1}`. */
export interface FacetValue {
  /** The URL and index value: ASCII and stable. */
  value: string;
  label: string;
  /** Level in the facet's hierarchy (0 top: a province, a genre family; 1 below it). */
  depth: number;
  /** Clauses with this value in the whole corpus (shown before any search). */
  count?: number;
  /** The values above it by name (`浙江省` for 宁波市), where a flat list must tell apart places of one name. */
  context?: string;
}

/** Everything the page needs to name and order facet values, and to read old URLs. */
export interface SearchVocabulary {
  /** Values of each facet in reading order (parents before their children). */
  values: Record<Facet, FacetValue[]>;
  /** Old URL values still understood: `city=宁波` → the documents of 宁波, `genre=条例` → `tiaoli`. */
  legacy: { city: Record<string, string[]>; genre: Record<string, string> };
  /** For a facet whose `values` here are only its largest (the page's copy of a long list): how many values it has. */
  partial?: Partial<Record<Facet, number>>;
}

/** An empty vocabulary: every value is shown as it is. */
/** An empty list for every facet: no filter chosen, or a vocabulary without values. */
export function perFacet<T>(): Record<Facet, T[]> {
  return Object.fromEntries(facets.map((facet) => [facet, []])) as unknown as Record<Facet, T[]>;
}

export const emptyVocabulary: SearchVocabulary = {
  values: perFacet<FacetValue>(),
  legacy: { city: {}, genre: {} },
};

/** The label of a facet value; an unknown value (a theme without a label yet) is shown as it is. */
export function labelOf(vocabulary: SearchVocabulary, facet: Facet, value: string): string {
  return entryOf(vocabulary, facet, value)?.label ?? value;
}

const entryMaps = new WeakMap<FacetValue[], Map<string, FacetValue>>();

/** The vocabulary entry of a facet value (a map per vocabulary list, built once). */
export function entryOf(vocabulary: SearchVocabulary, facet: Facet, value: string): FacetValue | undefined {
  const list = vocabulary.values[facet];
  let map = entryMaps.get(list);
  if (!map) entryMaps.set(list, (map = new Map(list.map((entry) => [entry.value, entry]))));
  return map.get(value);
}

/** Values a facet lists in full; a longer one (places, documents of a large corpus) lists its largest and finds the rest by name. */
export const longFacet = 30;

/** Number of values of a facet (the whole list's, where the vocabulary at hand holds part of it). */
export function facetSize(vocabulary: SearchVocabulary, facet: Facet): number {
  return vocabulary.partial?.[facet] ?? vocabulary.values[facet].length;
}
