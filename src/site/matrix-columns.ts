/**
 * How a document matrix arranges its columns at any corpus size: in
 * groups by level and, for the state, by 效力类别 (国家 · 法律, 国家 ·
 * 行政法规, 国家 · 司法解释, 国家 · 部门规章; 省级; 市级; 区县), each group
 * holding its places in tree order; and a column label per document that
 * is unique within its place and says what the document is.
 *
 * Example: 专利法 and 著作权法 (both 2020) → `专利法 2020`, `著作权法 2020`;
 * 浙江省专利条例 → `专利条例 2015` under 浙江省.
 */
import { categoryOrder, categorySlugs } from '../model/document-meta.ts';
import type { JurisdictionLevel } from '../model/types.ts';
import type { CatalogDocument } from '../data/schemas/catalog.ts';
import type { PlaceGroup } from './corpus.ts';

/** One group of matrix columns: a level (and, for the state, a category) with its places. */
export interface ColumnGroup {
  /** `national-falv`, `province`, `city`, `county`. */
  key: string;
  /** `国家 · 法律`, `省级`, `市级`, `区县`. */
  name: string;
  places: PlaceGroup[];
}

const localLevels: ReadonlyArray<{ key: string; name: string; levels: readonly JurisdictionLevel[] }> = [
  { key: 'province', name: '省级', levels: ['省', '自治区', '直辖市', '特别行政区'] },
  { key: 'city', name: '市级', levels: ['地级市', '自治州', '地区', '盟'] },
  { key: 'county', name: '区县', levels: ['县级市', '市辖区', '县', '自治县', '旗'] },
];

/** The key and name of a document's column group. */
export function columnGroupOf(doc: Pick<CatalogDocument, 'level' | 'category'>): { key: string; name: string } {
  if (doc.level === '国家') return doc.category ? { key: `national-${categorySlugs[doc.category]}`, name: `国家 · ${doc.category}` } : { key: 'national-other', name: '国家 · 其他' };
  const local = localLevels.find((l) => l.levels.includes(doc.level))!;
  return { key: local.key, name: local.name };
}

/** The order of the groups: the state's categories as `categoryOrder` has them, then 省级, 市级, 区县. */
const groupRank = (key: string): number => {
  const national = categoryOrder.findIndex((c) => `national-${categorySlugs[c]}` === key);
  if (national >= 0) return national;
  if (key === 'national-other') return categoryOrder.length;
  return categoryOrder.length + 1 + localLevels.findIndex((l) => l.key === key);
};

/** Splits places (in tree order) into column groups; a place's documents of different groups (the state's laws and regulations) are split. */
export function columnGroups(places: readonly PlaceGroup[]): ColumnGroup[] {
  const groups = new Map<string, ColumnGroup>();
  for (const place of places) {
    const parts = new Map<string, CatalogDocument[]>();
    for (const doc of place.documents) {
      const { key, name } = columnGroupOf(doc);
      if (!groups.has(key)) groups.set(key, { key, name, places: [] });
      if (!parts.has(key)) parts.set(key, []);
      parts.get(key)!.push(doc);
    }
    for (const [key, documents] of parts) groups.get(key)!.places.push({ ...place, documents });
  }
  return [...groups.values()].sort((a, b) => groupRank(a.key) - groupRank(b.key));
}

const yearOf = (doc: Pick<CatalogDocument, 'year'>): string => (doc.year ? ` ${doc.year}` : '');

/**
 * Column labels for the documents of one place: the short title (or, when
 * longer than `maxTitle` characters, the genre) and the year; where two
 * would read alike, the short title, then the whole label.
 */
export function columnLabels(documents: readonly CatalogDocument[], maxTitle = 10): Map<string, string> {
  const first = new Map(documents.map((d) => [d.id, `${[...d.shortTitle].length <= maxTitle ? d.shortTitle : d.genre}${yearOf(d)}`]));
  const seen = (labels: Map<string, string>, id: string): boolean => [...labels].some(([other, label]) => other !== id && label === labels.get(id));
  const second = new Map(documents.map((d) => [d.id, seen(first, d.id) ? `${d.shortTitle}${yearOf(d)}` : first.get(d.id)!]));
  return new Map(documents.map((d) => [d.id, seen(second, d.id) ? d.label : second.get(d.id)!]));
}
