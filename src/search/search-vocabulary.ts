/**
 * The search vocabulary of a catalogue (see search-labels.ts), computed at
 * build time: places as the jurisdiction tree (浙江省 › 宁波市), documents
 * by their labels, genres under their family (政策文件 › 实施意见, plans
 * first), years newest first, themes and IP objects in taxonomy order.
 *
 * Example: 洛龙区's plan and 洛阳市's regulation → place values
 * `henan` 河南省 (0), `henan.luoyang` 洛阳市 (1), `henan.luoyang.luolong` 洛龙区 (2).
 */
import { familySlugs, genreSlugs } from '../model/document-meta.ts';
import type { Genre } from '../model/types.ts';
import type { Catalog } from '../pipeline/export/catalog.ts';
import type { FacetValue, SearchVocabulary } from './search-labels.ts';

/** The place keys a document is found under: its jurisdiction and every one above it, the state left out. */
export function placeKeys(catalog: Catalog, jurisdiction: string): string[] {
  const byKey = new Map(catalog.jurisdictions.map((node) => [node.key, node]));
  const chain: string[] = [];
  for (let node = byKey.get(jurisdiction); node; node = node.parent ? byKey.get(node.parent) : undefined) {
    if (node.parent !== null || chain.length === 0) chain.unshift(node.key);
  }
  return chain;
}

/** Tree nodes depth-first, siblings by key (pinyin); only nodes with documents in or below them. */
function placeValues(catalog: Catalog): FacetValue[] {
  const used = new Set(catalog.documents.flatMap((doc) => placeKeys(catalog, doc.jurisdiction)));
  const out: FacetValue[] = [];
  const visit = (parent: string | null, depth: number): void => {
    const children = catalog.jurisdictions.filter((node) => node.parent === parent).sort((a, b) => (a.key < b.key ? -1 : 1));
    for (const node of children) {
      const shown = used.has(node.key);
      if (shown) out.push({ value: node.key, label: node.name, depth });
      visit(node.key, shown ? depth + 1 : depth);
    }
  };
  visit(null, 0);
  return out;
}

/** Families (政策文件 first), each followed by its genres in the order of `genreSlugs`. */
function genreValues(catalog: Catalog): FacetValue[] {
  return (['政策文件', '法律法规'] as const).flatMap((family) => {
    const genres = (Object.keys(genreSlugs) as Genre[]).filter((genre) => catalog.documents.some((doc) => doc.genre === genre && doc.family === family));
    if (genres.length === 0) return [];
    return [{ value: familySlugs[family], label: family, depth: 0 }, ...genres.map((genre) => ({ value: genreSlugs[genre], label: genre, depth: 1 }))];
  });
}

/** The vocabulary of the search page for a catalogue. */
export function searchVocabulary(catalog: Catalog): SearchVocabulary {
  const years = [...new Set(catalog.documents.map((doc) => doc.year).filter((year): year is number => year !== null))].sort((a, b) => b - a);
  const city: Record<string, string[]> = {};
  for (const doc of catalog.documents) (city[doc.place] ??= []).push(doc.id);
  return {
    values: {
      place: placeValues(catalog),
      doc: catalog.documents.map((doc) => ({ value: doc.id, label: doc.label, depth: 0 })),
      genre: genreValues(catalog),
      year: years.map((year) => ({ value: String(year), label: `${year}年`, depth: 0 })),
      theme: catalog.taxonomy.themes.map(({ id, zh }) => ({ value: id, label: zh, depth: 0 })),
      object: catalog.taxonomy.objects.map(({ id, zh }) => ({ value: id, label: zh, depth: 0 })),
    },
    legacy: { city, genre: { ...genreSlugs } },
  };
}
