/**
 * Chinese labels of the theme and IP-object ids (taxonomy:
 * /work/shared/design/themes.md) and of the search facets. Unknown ids are
 * shown as they are, so a new theme appears before it gets a label here.
 */

/** Theme id → label. */
export const themeLabels: Record<string, string> = {
  creation: '创造',
  use: '运用',
  protection: '保护',
  management: '管理',
  service: '服务',
  talent: '人才',
  culture: '文化',
  international: '国际',
  safeguards: '保障',
};

/** IP-object id → label. */
export const objectLabels: Record<string, string> = {
  patent: '专利',
  trademark: '商标品牌',
  copyright: '版权',
  gi: '地理标志',
  'trade-secret': '商业秘密',
  'plant-variety': '植物新品种',
  data: '数据与新领域',
  traditional: '传统知识与中医药',
};

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
