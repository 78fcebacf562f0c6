/**
 * Radicals that stand for characters in a PDF's text layer. Fonts such as
 * Noto CJK draw 月 and the Kangxi radical ⽉ (U+2F49) with one glyph, and a
 * PDF writer that maps the glyph back to text may pick the radical: the
 * page shows 月, the text layer says ⽉. A Kangxi radical is the character
 * its Unicode compatibility decomposition names (NFKC); the CJK Radicals
 * Supplement forms that are whole simplified characters (⺠ 民, ⻔ 门…) have
 * no decomposition and are mapped by the table below, after the Unicode
 * names of the code points (CJK RADICAL C-SIMPLIFIED GATE → 门). Every
 * replacement is counted, so the caller can record it.
 *
 * Example: `⼈⺠政府` → `人民政府` (2 replaced).
 */

/** CJK Radicals Supplement forms that are whole characters, by the Unicode name of the radical. */
const supplement: Readonly<Record<string, string>> = {
  '\u2e8c': '小',
  '\u2e95': '彐',
  '\u2ea0': '民',
  '\u2ead': '礻',
  '\u2eb3': '罒',
  '\u2ebc': '月',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec8': '讠',
  '\u2ec9': '贝',
  '\u2ecb': '车',
  '\u2ecf': '阝',
  '\u2ed1': '長',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed8': '青',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2edd': '食',
  '\u2ee0': '饣',
  '\u2ee2': '马',
  '\u2ee3': '骨',
  '\u2ee4': '鬼',
  '\u2ee5': '鱼',
  '\u2ee6': '鸟',
  '\u2ee7': '卤',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eea': '黾',
  '\u2eec': '齐',
  '\u2eee': '齿',
  '\u2ef0': '龙',
  '\u2ef3': '龟',
};

const radical = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;

/** Replaces the radicals of a text layer by the characters they stand for; `count` says how many. */
export function replaceRadicals(text: string): { text: string; count: number } {
  let count = 0;
  const replaced = text.replace(radical, (char) => {
    const by = supplement[char] ?? (char >= '\u2f00' ? char.normalize('NFKC') : char);
    if (by !== char) count++;
    return by;
  });
  return { text: replaced, count };
}
