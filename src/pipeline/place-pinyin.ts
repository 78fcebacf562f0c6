/**
 * Pinyin of a place name, for readable ids and URL keys, from pinyin-pro
 * (which reads 重庆 as chongqing in context).
 *
 * Example: 宁波市 → `Ningbo`, 内蒙古自治区 → `Neimenggu`, 中华人民共和国 → `Zhongguo`.
 */
import { pinyin } from 'pinyin-pro';

/** Pinyin of a place name without its level suffix, capitalized: 宁波市 → Ningbo. */
export function placePinyin(name: string): string {
  const stem =
    name === '中华人民共和国'
      ? '中国'
      : name.replace(/(壮族|回族|维吾尔)?(自治区|特别行政区|自治州|自治县|省|市|区|县|盟|旗)$/, '') || name;
  const syllables = pinyin(stem, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('');
  return syllables.charAt(0).toUpperCase() + syllables.slice(1);
}
