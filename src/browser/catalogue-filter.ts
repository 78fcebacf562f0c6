/**
 * The documents catalogue as faceted search, in pure functions over rows
 * of data: which documents a state leaves (in its sort order), how many
 * each facet value would leave given the other facets (standard faceted
 * counts), and the state in the URL with readable, stable values.
 *
 * Example: `?place=henan.luoyang&family=legal&sort=-date` (效力类别: `?category=sifa-jieshi`) → 洛阳市's
 * regulation (a place includes the places under it, so 洛龙区 would count
 * too, but its plan is not a legal text), newest first.
 */
import { categorySlugs, familySlugs, genreSlugs } from '../model/document-meta.ts';
import { keyChain } from '../model/jurisdictions.ts';
import type { JurisdictionLevel, Status } from '../model/types.ts';
import type { CatalogDocument } from '../data/schemas/catalog.ts';

/** The facets, in the order the page shows them and the URL writes them. */
export const facetNames = [
  'level',
  'province',
  'place',
  'category',
  'family',
  'genre',
  'issuer',
  'year',
  'status',
] as const;

/** A facet's name, also its URL parameter. */
export type FacetName = (typeof facetNames)[number];

/** Facets that filter as one: a row passes a group when it has any selected value of any facet in it (体裁: 法律法规 or 规划). */
const groups: readonly (readonly FacetName[])[] = [
  ['level'],
  ['province'],
  ['place'],
  ['category'],
  ['family', 'genre'],
  ['issuer'],
  ['year'],
  ['status'],
];

/** Readable, stable URL values of the jurisdiction levels (pinyin), in the order of the hierarchy: 地级市 → `dijishi`. */
export const levelSlugs: Readonly<Record<JurisdictionLevel, string>> = {
  国家: 'guojia',
  省: 'sheng',
  自治区: 'zizhiqu',
  直辖市: 'zhixiashi',
  特别行政区: 'tebie-xingzhengqu',
  地级市: 'dijishi',
  自治州: 'zizhizhou',
  地区: 'diqu',
  盟: 'meng',
  县级市: 'xianjishi',
  市辖区: 'shixiaqu',
  县: 'xian',
  自治县: 'zizhixian',
  旗: 'qi',
};

/** Readable, stable URL values of the statuses (pinyin): 现行有效 → `xianxing-youxiao`. */
export const statusSlugs: Readonly<Record<Status, string>> = {
  现行有效: 'xianxing-youxiao',
  已修订: 'yi-xiuding',
  已废止: 'yi-feizhi',
  尚未施行: 'shangwei-shixing',
};

/** The value of an unknown year, issuer or status (shown as 未知). */
export const unknownValue = 'unknown';

/** A document as the filter sees it: its values per facet and its sort keys. */
export interface CatalogueRow {
  id: string;
  /** URL values per facet; `place` is the chain of keys down to its own (`henan`, `henan.luoyang`, `henan.luoyang.luolong`). */
  facets: Record<FacetName, string[]>;
  /** Jurisdiction key, ISO date, short title and clause count, the sort keys. */
  place: string;
  date: string | null;
  title: string;
  clauses: number;
}

/** The columns the table sorts by. */
export const sortKeys = ['place', 'date', 'title', 'clauses'] as const;

/** A column the table sorts by. */
export type SortKey = (typeof sortKeys)[number];

/** A sort: a column, descending with a leading `-` (`-date`: newest first). */
export type Sort = SortKey | `-${SortKey}`;

/** What the reader chose: values per facet (absent or empty: no filter) and the sort. */
export interface CatalogueState {
  filters: Partial<Record<FacetName, string[]>>;
  sort: Sort;
}

/** The order of the static page: by place (a province, its cities, their districts), then by date. */
export const defaultSort: Sort = 'place';

/** What a state leaves: the visible ids in order, and per facet and value the rows the value would leave. */
export interface CatalogueView {
  visible: string[];
  counts: Record<FacetName, Record<string, number>>;
}

/** The row of a catalogue document. */
export function catalogueRow(doc: CatalogDocument): CatalogueRow {
  const places = keyChain(doc.jurisdiction).slice(1);
  return {
    id: doc.id,
    facets: {
      level: [levelSlugs[doc.level]],
      province: places.slice(0, 1),
      place: places,
      category: [doc.category ? categorySlugs[doc.category] : unknownValue],
      family: [familySlugs[doc.family]],
      genre: [genreSlugs[doc.genre]],
      issuer: doc.issuers.length ? [...new Set(doc.issuers)] : [unknownValue],
      year: [doc.year === null ? unknownValue : String(doc.year)],
      status: [doc.status ? statusSlugs[doc.status] : unknownValue],
    },
    place: doc.jurisdiction,
    date: doc.date,
    title: doc.shortTitle,
    clauses: doc.clauses,
  };
}

const passesGroup = (row: CatalogueRow, group: readonly FacetName[], filters: CatalogueState['filters']): boolean =>
  group.every((facet) => !filters[facet]?.length) ||
  group.some((facet) => (filters[facet] ?? []).some((value) => row.facets[facet].includes(value)));

const passes = (row: CatalogueRow, filters: CatalogueState['filters'], except?: readonly FacetName[]): boolean =>
  groups.every((group) => group === except || passesGroup(row, group, filters));

const collator = new Intl.Collator('zh-CN');
const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Unknown dates last, whichever the direction. */
const undatedLast = (a: CatalogueRow, b: CatalogueRow): number => Number(a.date === null) - Number(b.date === null);
const compare: Record<SortKey, (a: CatalogueRow, b: CatalogueRow) => number> = {
  place: (a, b) => byKey(a.place, b.place),
  date: (a, b) => byKey(a.date ?? '', b.date ?? ''),
  title: (a, b) => collator.compare(a.title, b.title),
  clauses: (a, b) => a.clauses - b.clauses,
};

/** Rows in the order of a sort; ties by place, then date (unknown last), then id. */
export function sortRows(rows: readonly CatalogueRow[], sort: Sort): CatalogueRow[] {
  const key = sort.replace(/^-/, '') as SortKey;
  const direction = sort.startsWith('-') ? -1 : 1;
  return [...rows].sort(
    (a, b) =>
      (key === 'date' ? undatedLast(a, b) : 0) ||
      direction * compare[key](a, b) ||
      compare.place(a, b) ||
      undatedLast(a, b) ||
      compare.date(a, b) ||
      byKey(a.id, b.id),
  );
}

/** The sort after a click on a column's button: the other direction of the same column, else the column's natural first direction (dates and sizes largest first). */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current === key) return `-${key}`;
  if (current === `-${key}`) return key;
  return key === 'date' || key === 'clauses' ? `-${key}` : key;
}

/** Applies a state to the rows: the visible ids in sort order and the facet counts. */
export function applyCatalogue(rows: readonly CatalogueRow[], state: CatalogueState): CatalogueView {
  const visible = sortRows(
    rows.filter((row) => passes(row, state.filters)),
    state.sort,
  ).map((row) => row.id);
  const counts = Object.fromEntries(facetNames.map((facet) => [facet, {}])) as CatalogueView['counts'];
  for (const group of groups) {
    for (const row of rows.filter((r) => passes(r, state.filters, group))) {
      for (const facet of group)
        for (const value of row.facets[facet]) counts[facet][value] = (counts[facet][value] ?? 0) + 1;
    }
  }
  return { visible, counts };
}

const isSort = (value: string | null): value is Sort =>
  value !== null && (sortKeys as readonly string[]).includes(value.replace(/^-/, ''));

/**
 * Reads the state from a query string. Repeated parameters and comma lists
 * both work (`genre=tiaoli&genre=guihua`, `genre=tiaoli,guihua`; issuers
 * only repeated, since a name may hold a comma); values no row has are dropped.
 */
export function readCatalogueState(search: string, rows: readonly CatalogueRow[]): CatalogueState {
  const params = new URLSearchParams(search);
  const filters: CatalogueState['filters'] = {};
  for (const facet of facetNames) {
    const known = new Set(rows.flatMap((row) => row.facets[facet]));
    const asked = params
      .getAll(facet)
      .flatMap((v) => (facet === 'issuer' ? [v] : v.split(',')))
      .map((v) => v.trim());
    const values = [...new Set(asked.filter((v) => known.has(v)))];
    if (values.length) filters[facet] = values;
  }
  const sort = params.get('sort');
  return { filters, sort: isSort(sort) ? sort : defaultSort };
}

/** Writes the state as a query string (`?family=legal&sort=-date`, or `''` for the default view), facets in a fixed order. */
export function writeCatalogueQuery(state: CatalogueState): string {
  const params = new URLSearchParams();
  for (const facet of facetNames) for (const value of state.filters[facet] ?? []) params.append(facet, value);
  if (state.sort !== defaultSort) params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}
