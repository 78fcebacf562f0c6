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
  if (doc.level === '国家')
    return doc.category
      ? { key: `national-${categorySlugs[doc.category]}`, name: `国家 · ${doc.category}` }
      : { key: 'national-other', name: '国家 · 其他' };
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

/** What legal titles share and a column need not repeat: the issuer's 关于, 审理…案件, 适用法律若干问题的, the genre at the end. */
const issuerLead =
  /^(?:最高人民法院、?最高人民检察院|最高人民法院|最高人民检察院|国务院|全国人民代表大会常务委员会)关于/;
const boilerplate = [
  /^(?:审理|审查|办理|对)/,
  /(?:具体)?(?:适用|应用)法律(?:若干)?问题的(?:若干)?(?:解释|规定)/,
  /几个法律适用问题的批复$/,
  /(?:和)?法律适用(?:范围)?问题的(?:解释|批复)$/,
  /问题的批复$/,
  /若干问题的(?:解释|规定)/,
  /的若干规定|的规定$|的解释$/,
];

/**
 * The subject of a long legal title, for a narrow column: 最高人民法院关于审理
 * 专利纠纷案件适用法律问题的若干规定 → 专利纠纷; the part number stays
 * (…的解释（二） → 侵犯专利权纠纷（二）). A title with none of these forms is returned as it is.
 */
export function titleSubject(title: string): string {
  const part = /（[一二三四五六七八九十]+）$/.exec(title)?.[0] ?? '';
  let subject = title.slice(0, title.length - part.length).replace(issuerLead, '');
  for (const pattern of boilerplate) subject = subject.replace(pattern, '');
  subject = subject
    .replace(/案件$/, '')
    .replace(/纠纷民事$/, '纠纷')
    .replace(/^适用《中华人民共和国(.+)》$/, '$1');
  return subject ? `${subject}${part}` : title;
}

/**
 * A document's name where space is short (a matrix column, a list of
 * related clauses): its short title up to `maxTitle` characters, else the
 * subject of a legal title up to twice that, else its genre.
 */
export function documentShortName(d: Pick<CatalogDocument, 'shortTitle' | 'genre' | 'family'>, maxTitle = 10): string {
  if ([...d.shortTitle].length <= maxTitle) return d.shortTitle;
  const subject = titleSubject(d.shortTitle);
  // A law's title names its subject (集成电路布图设计保护条例); a plan's long title is better told by its genre.
  return (d.family === '法律法规' || subject !== d.shortTitle) && [...subject].length <= 2 * maxTitle
    ? subject
    : d.genre;
}

/**
 * Column labels for the documents of one place: the short title (or, when
 * longer than `maxTitle` characters, the subject of a legal title up to
 * twice that length, else the genre) and the year; where two would read alike, the short title, then
 * the whole label.
 */
export function columnLabels(documents: readonly CatalogDocument[], maxTitle = 10): Map<string, string> {
  const first = new Map(documents.map((d) => [d.id, `${documentShortName(d, maxTitle)}${yearOf(d)}`]));
  const seen = (labels: Map<string, string>, id: string): boolean =>
    [...labels].some(([other, label]) => other !== id && label === labels.get(id));
  const second = new Map(
    documents.map((d) => [d.id, seen(first, d.id) ? `${d.shortTitle}${yearOf(d)}` : first.get(d.id)!]),
  );
  return new Map(documents.map((d) => [d.id, seen(second, d.id) ? d.label : second.get(d.id)!]));
}
