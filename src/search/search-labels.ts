/**
 * Labels of the search facets and their values. Theme and IP-object names
 * come from the site's label list (theme-labels.ts, browser-safe); unknown
 * ids are shown as they are, so a new theme appears before it gets a label.
 */
import { OBJECTS, THEMES } from '../site/theme-labels.ts';

/** Theme id → label, in taxonomy order. */
export const themeLabels: Record<string, string> = Object.fromEntries(THEMES.map(({ id, zh }) => [id, zh]));

/** IP-object id → label, in taxonomy order. */
export const objectLabels: Record<string, string> = Object.fromEntries(OBJECTS.map(({ id, zh }) => [id, zh]));

/** The facets a search can be narrowed by, in display order; also the URL parameter names. */
export const facets = ['city', 'theme', 'object', 'genre'] as const;

/** One search facet. */
export type Facet = (typeof facets)[number];

/** Facet headings. */
export const facetLabels: Record<Facet, string> = { city: '城市', theme: '主题', object: '知识产权类型', genre: '文种' };

/** The label of a facet value: theme and object ids get their Chinese name. */
export function valueLabel(facet: Facet, value: string): string {
  if (facet === 'theme') return themeLabels[value] ?? value;
  if (facet === 'object') return objectLabels[value] ?? value;
  return value;
}
