/**
 * The corpus at a glance (home page): how many documents and clauses
 * there are by level, 效力类别, place (province or the state), decade and
 * 效力, each with the catalogue query that lists exactly those documents.
 *
 * Example: 司法解释 → `{label: 司法解释, documents: 36, clauses: 812, query: 'category=sifa-jieshi'}`.
 */
import { levelSlugs, statusSlugs, unknownValue } from '../browser/catalogue-filter.ts';
import { categoryOrder, categorySlugs } from '../model/document-meta.ts';
import type { CatalogDocument } from '../data/schemas/catalog.ts';
import { columnGroupOf } from './matrix-columns.ts';

/** One count of the glance, with the catalogue query (without `?`) that lists its documents. */
export interface GlanceCount {
  label: string;
  documents: number;
  clauses: number;
  query: string;
}

/** One dimension of the glance. */
export interface GlanceDimension {
  /** `层级`, `类别`, `地区`, `年代`, `效力`. */
  name: string;
  counts: GlanceCount[];
}

type Doc = Pick<CatalogDocument, 'level' | 'category' | 'province' | 'jurisdiction' | 'year' | 'status' | 'clauses'>;

const count = (label: string, docs: readonly Doc[], query: string): GlanceCount => ({
  label,
  documents: docs.length,
  clauses: docs.reduce((n, d) => n + d.clauses, 0),
  query,
});
const param = (name: string, values: readonly string[]): string =>
  `${name}=${[...new Set(values)].map(encodeURIComponent).join(',')}`;

/** The glance of a catalogue's documents; values without documents are left out, 未知 comes last. */
export function corpusGlance(documents: readonly Doc[]): GlanceDimension[] {
  const levels = ['国家', '省级', '市级', '区县'].map((name) => {
    const docs = documents.filter((d) => (d.level === '国家' ? '国家' : columnGroupOf(d).name) === name);
    return count(
      name,
      docs,
      param(
        'level',
        docs.map((d) => levelSlugs[d.level]),
      ),
    );
  });
  const categories = [
    ...categoryOrder.map((c) =>
      count(
        c,
        documents.filter((d) => d.category === c),
        param('category', [categorySlugs[c]]),
      ),
    ),
    count(
      '未知',
      documents.filter((d) => !d.category),
      param('category', [unknownValue]),
    ),
  ];
  // The state first, then the provinces in catalogue order.
  const provinces = [...new Set(['国家', ...documents.map((d) => d.province ?? '国家')])].map((name) => {
    const docs = documents.filter((d) => (d.province ?? '国家') === name);
    return count(
      name,
      docs,
      name === '国家' ? param('level', [levelSlugs['国家']]) : param('province', [docs[0].jurisdiction.split('.')[0]]),
    );
  });
  const decades = [
    ...new Set(
      documents.map((d) => (d.year === null ? null : d.year - (d.year % 10))).filter((y): y is number => y !== null),
    ),
  ]
    .sort((a, b) => a - b)
    .map((decade) => {
      const docs = documents.filter((d) => d.year !== null && d.year - (d.year % 10) === decade);
      return count(`${decade} 年代`, docs, param('year', docs.map((d) => String(d.year)).sort()));
    });
  const undated = count(
    '未知',
    documents.filter((d) => d.year === null),
    param('year', [unknownValue]),
  );
  const statuses = [
    ...(Object.keys(statusSlugs) as Array<keyof typeof statusSlugs>).map((s) =>
      count(
        s,
        documents.filter((d) => d.status === s),
        param('status', [statusSlugs[s]]),
      ),
    ),
    count(
      '未知',
      documents.filter((d) => !d.status),
      param('status', [unknownValue]),
    ),
  ];
  const kept = (list: GlanceCount[]): GlanceCount[] => list.filter((c) => c.documents > 0);
  return [
    { name: '层级', counts: kept(levels) },
    { name: '类别', counts: kept(categories) },
    { name: '地区', counts: kept(provinces) },
    { name: '年代', counts: kept([...decades, undated]) },
    { name: '效力', counts: kept(statuses) },
  ];
}
