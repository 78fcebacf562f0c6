/**
 * Chinese and English labels of the theme and IP-object ids, for code that
 * runs in the browser (no YAML parser there). The taxonomy data in
 * `content/taxonomy/` is the source; a test keeps this list equal to it.
 */
/** An id with its labels. */
export interface LabelInfo {
  id: string;
  zh: string;
  en: string;
}

/** The nine themes: 全链条 (创造、运用、保护、管理、服务) first, then supporting areas. */
export const THEMES: readonly LabelInfo[] = [
  { id: 'creation', zh: '创造', en: 'creation' },
  { id: 'use', zh: '运用', en: 'use' },
  { id: 'protection', zh: '保护', en: 'protection' },
  { id: 'management', zh: '管理', en: 'management' },
  { id: 'service', zh: '服务', en: 'service' },
  { id: 'talent', zh: '人才', en: 'talent' },
  { id: 'culture', zh: '文化', en: 'culture' },
  { id: 'international', zh: '国际', en: 'international' },
  { id: 'safeguards', zh: '保障', en: 'safeguards' },
];

/** The IP objects used as facets. */
export const OBJECTS: readonly LabelInfo[] = [
  { id: 'patent', zh: '专利', en: 'patents' },
  { id: 'trademark', zh: '商标品牌', en: 'trademarks and brands' },
  { id: 'copyright', zh: '版权', en: 'copyright' },
  { id: 'gi', zh: '地理标志', en: 'geographical indications' },
  { id: 'trade-secret', zh: '商业秘密', en: 'trade secrets' },
  { id: 'plant-variety', zh: '植物新品种', en: 'plant varieties' },
  { id: 'data', zh: '数据与新领域', en: 'data and new fields' },
  { id: 'traditional', zh: '传统知识与中医药', en: 'traditional knowledge and medicine' },
];

/** The Chinese label of a theme or object id; unknown ids are shown as they are. */
export function labelOf(id: string): string {
  return [...THEMES, ...OBJECTS].find((l) => l.id === id)?.zh ?? id;
}
