/**
 * The theme and IP-object taxonomy for the site: ids with Chinese and
 * English labels and a short description, read from the same data the
 * tagger uses (`content/taxonomy/*.yaml`), in taxonomy order. Use it for
 * chips, filters and theme pages.
 *
 * Example: `themeLabel('use')` → `{id: 'use', zh: '运用', en: 'use', …}`.
 */
import { loadTaxonomy } from '../pipeline/tag/load-taxonomy.ts';

/** One theme or IP object as the site shows it. */
export interface TaxonomyEntry {
  id: string;
  zh: string;
  en: string;
  description: string;
}

const data = loadTaxonomy();
const entries = (labels: ReadonlyArray<TaxonomyEntry>): TaxonomyEntry[] =>
  labels.map(({ id, zh, en, description }) => ({ id, zh, en, description }));

/** The nine themes, in taxonomy order. */
export const themes: readonly TaxonomyEntry[] = entries(data.themes.labels);

/** The IP objects, in taxonomy order. */
export const objects: readonly TaxonomyEntry[] = entries(data.objects.labels);

/** The theme with this id, or undefined. */
export function themeLabel(id: string): TaxonomyEntry | undefined {
  return themes.find((t) => t.id === id);
}

/** The IP object with this id, or undefined. */
export function objectLabel(id: string): TaxonomyEntry | undefined {
  return objects.find((o) => o.id === id);
}
