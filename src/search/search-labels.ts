/**
 * The search facets, their headings, and the vocabulary of their values:
 * what each URL value (`zhejiang.ningbo`, `municipal`, `ningbo-patent`,
 * `tiaoli`, `2012`, `use`, `supply.funding`, `binding`) is called and where it sits in a hierarchy. The vocabulary is
 * computed from the catalogue at build time (search-vocabulary.ts) and
 * handed to the browser in the page; this file is browser-safe.
 */

/** The facets a search can be narrowed by, in display order; also the URL parameter names. */
export const facets = ['place', 'level', 'doc', 'genre', 'year', 'theme', 'object', 'instrument', 'strength'] as const;

/** One search facet. */
export type Facet = (typeof facets)[number];

/** Facet headings. */
export const facetLabels: Record<Facet, string> = {
  place: '地区',
  level: '层级',
  doc: '文件',
  genre: '体裁',
  year: '年份',
  theme: '主题',
  object: '知识产权类型',
  instrument: '政策工具',
  strength: '政策力度',
};

/** Facets whose values belong to a document (the rest belong to each clause). */
export const documentFacets = ['place', 'level', 'doc', 'genre', 'year'] as const satisfies readonly Facet[];

/** Facets whose values belong to each clause, stored one file per facet and loaded when needed. */
export const clauseFacets = ['theme', 'object', 'instrument', 'strength'] as const satisfies readonly Facet[];

/** One value of a facet as the reader sees it: `{value: zhejiang.ningbo, label: 宁波市, depth: 1}`. */
export interface FacetValue {
  /** The URL and index value: ASCII and stable. */
  value: string;
  label: string;
  /** Level in the facet's hierarchy (0 top: a province, a genre family; 1 below it). */
  depth: number;
  /** Clauses with this value in the whole corpus (shown before any search). */
  count?: number;
}

/** Everything the page needs to name and order facet values, and to read old URLs. */
export interface SearchVocabulary {
  /** Values of each facet in reading order (parents before their children). */
  values: Record<Facet, FacetValue[]>;
  /** Old URL values still understood: `city=宁波` → the documents of 宁波, `genre=条例` → `tiaoli`. */
  legacy: { city: Record<string, string[]>; genre: Record<string, string> };
}

/** An empty vocabulary: every value is shown as it is. */
export const emptyVocabulary: SearchVocabulary = {
  values: { place: [], level: [], doc: [], genre: [], year: [], theme: [], object: [], instrument: [], strength: [] },
  legacy: { city: {}, genre: {} },
};

/** The label of a facet value; an unknown value (a theme without a label yet) is shown as it is. */
export function labelOf(vocabulary: SearchVocabulary, facet: Facet, value: string): string {
  return vocabulary.values[facet].find((entry) => entry.value === value)?.label ?? value;
}
