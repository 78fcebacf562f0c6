/**
 * The search vocabulary of a catalogue (see shared/labels.ts), computed at
 * build time: places as the jurisdiction tree (浙江省 › 宁波市), documents
 * by their labels, genres under their family (政策文件 › 实施意见, plans
 * first), levels from the state down, years newest first, themes, IP
 * objects, policy instruments and clause roles in taxonomy order, strengths strongest first.
 *
 * Example: 洛龙区's plan and 洛阳市's regulation → place values
 * `henan` 河南省 (0), `henan.luoyang` 洛阳市 (1), `henan.luoyang.luolong` 洛龙区 (2).
 */
import { familySlugs, genreSlugs } from '../../model/document-meta.ts';
import type { Genre } from '../../model/types.ts';
import type { Catalog } from '../../data/schemas/catalog.ts';
import { longFacetTop } from '../../browser/catalogue-index.ts';
import { statusSlugs, unknownValue } from '../../browser/catalogue-filter.ts';
import { facets, longFacet, type Facet, type FacetValue, type SearchVocabulary } from '../shared/labels.ts';

/** The jurisdiction levels of the 层级 facet, by depth in the jurisdiction tree (0 the state, 3 and below counties). */
export const levelValues: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'national', label: '国家' },
  { value: 'provincial', label: '省级' },
  { value: 'municipal', label: '市级' },
  { value: 'county', label: '区县' },
];

/** The 层级 value of a jurisdiction key: `cn` → `national`, `zhejiang` → `provincial`, `zhejiang.ningbo` → `municipal`. */
export function levelOf(catalog: Catalog, jurisdiction: string): string {
  const node = catalog.jurisdictions.find((entry) => entry.key === jurisdiction);
  if (!node)
    throw new Error(`Jurisdiction ${jurisdiction} is not in catalog.json: rebuild it with \`npm run build:corpus\``);
  return levelValues[Math.min(node.depth, levelValues.length - 1)].value;
}

/** The place keys a document is found under: its jurisdiction and every one above it, the state left out. */
export function placeKeys(catalog: Catalog, jurisdiction: string): string[] {
  const byKey = new Map(catalog.jurisdictions.map((node) => [node.key, node]));
  const chain: string[] = [];
  for (let node = byKey.get(jurisdiction); node; node = node.parent ? byKey.get(node.parent) : undefined) {
    if (node.parent !== null || chain.length === 0) chain.unshift(node.key);
  }
  return chain;
}

/** Tree nodes depth-first, siblings by key (pinyin); only nodes with documents in or below them; each below a province names the places above it (`context`: 浙江省), the state left out. */
function placeValues(catalog: Catalog): FacetValue[] {
  const used = new Set(catalog.documents.flatMap((doc) => placeKeys(catalog, doc.jurisdiction)));
  const out: FacetValue[] = [];
  const visit = (parent: string | null, depth: number, above: string[]): void => {
    const children = catalog.jurisdictions
      .filter((node) => node.parent === parent)
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    for (const node of children) {
      const shown = used.has(node.key);
      if (shown)
        out.push({
          value: node.key,
          label: node.name,
          depth,
          ...(above.length > 0 ? { context: above.join(' › ') } : {}),
        });
      visit(node.key, shown ? depth + 1 : depth, shown && node.parent !== null ? [...above, node.name] : above);
    }
  };
  visit(null, 0, []);
  return out;
}

/** Families (政策文件 first), each followed by its genres in the order of `genreSlugs`. */
function genreValues(catalog: Catalog): FacetValue[] {
  return (['政策文件', '法律法规'] as const).flatMap((family) => {
    const genres = (Object.keys(genreSlugs) as Genre[]).filter((genre) =>
      catalog.documents.some((doc) => doc.genre === genre && doc.family === family),
    );
    if (genres.length === 0) return [];
    return [
      { value: familySlugs[family], label: family, depth: 0 },
      ...genres.map((genre) => ({ value: genreSlugs[genre], label: genre, depth: 1 })),
    ];
  });
}

/** The 效力 values documents have (现行有效, 已修订, 已废止, 尚未施行), then 未知 for those that state none. */
function statusValues(catalog: Catalog): FacetValue[] {
  const stated = Object.entries(statusSlugs).filter(([status]) =>
    catalog.documents.some((doc) => doc.status === status),
  );
  const unknown = catalog.documents.some((doc) => !doc.status)
    ? [{ value: unknownValue, label: '未知', depth: 0 }]
    : [];
  return [...stated.map(([label, value]) => ({ value, label, depth: 0 })), ...unknown];
}

/** The vocabulary of the search page for a catalogue. */
export function searchVocabulary(catalog: Catalog): SearchVocabulary {
  const years = [
    ...new Set(catalog.documents.map((doc) => doc.year).filter((year): year is number => year !== null)),
  ].sort((a, b) => b - a);
  const city: Record<string, string[]> = {};
  for (const doc of catalog.documents) (city[doc.place] ??= []).push(doc.id);
  const levels = new Set(catalog.documents.map((doc) => levelOf(catalog, doc.jurisdiction)));
  return {
    values: {
      place: placeValues(catalog),
      level: levelValues.filter(({ value }) => levels.has(value)).map((entry) => ({ ...entry, depth: 0 })),
      doc: catalog.documents.map((doc) => ({ value: doc.id, label: doc.label, depth: 0 })),
      genre: genreValues(catalog),
      year: years.map((year) => ({ value: String(year), label: `${year}年`, depth: 0 })),
      status: statusValues(catalog),
      theme: catalog.taxonomy.themes.map(({ id, zh }) => ({ value: id, label: zh, depth: 0 })),
      object: catalog.taxonomy.objects.map(({ id, zh }) => ({ value: id, label: zh, depth: 0 })),
      instrument: catalog.taxonomy.instruments.map(({ id, zh }) => ({ value: id, label: zh, depth: 0 })),
      strength: catalog.taxonomy.strengths.map(({ id, zh }) => ({ value: id, label: zh, depth: 0 })),
      role: catalog.taxonomy.roles.map(({ id, zh }) => ({ value: id, label: zh, depth: 0 })),
    },
    legacy: { city, genre: { ...genreSlugs } },
  };
}

/** The vocabulary with each value's number of clauses over the whole corpus (`filtersOf` gives a clause's values). */
export function withTotals<T>(
  vocabulary: SearchVocabulary,
  items: readonly T[],
  filtersOf: (item: T) => Record<string, readonly string[]>,
): SearchVocabulary {
  const totals = new Map<string, number>();
  for (const item of items)
    for (const [facet, values] of Object.entries(filtersOf(item)))
      for (const value of values) totals.set(`${facet}\u0000${value}`, (totals.get(`${facet}\u0000${value}`) ?? 0) + 1);
  const values = Object.fromEntries(
    Object.entries(vocabulary.values).map(([facet, list]) => [
      facet,
      list.map((entry) => ({ ...entry, count: totals.get(`${facet}\u0000${entry.value}`) ?? 0 })),
    ]),
  ) as SearchVocabulary['values'];
  return { ...vocabulary, values };
}

/**
 * The part of the vocabulary the search page carries in its HTML: every
 * facet whole but a long one (places and documents of a large corpus),
 * of which it carries the `longFacetTop` values with the most clauses (those
 * its list shows before a search); and no old city links. The whole vocabulary is `search/data/vocabulary.json.gz`,
 * loaded when results are counted or a long facet is searched by name.
 */
export function pageVocabulary(vocabulary: SearchVocabulary): SearchVocabulary {
  const values = { ...vocabulary.values };
  const partial: Partial<Record<Facet, number>> = {};
  for (const facet of facets) {
    const list = values[facet];
    if (list.length <= longFacet) continue;
    partial[facet] = list.length;
    const largest = new Set([...list].sort((a, b) => (b.count ?? 0) - (a.count ?? 0)).slice(0, longFacetTop));
    values[facet] = list.filter((entry) => largest.has(entry));
  }
  return { values, legacy: { city: {}, genre: vocabulary.legacy.genre }, partial };
}
