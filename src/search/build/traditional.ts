/**
 * Which characters make a query worth converting from traditional to
 * simplified. Computed at build time from OpenCC's `t` tables (the
 * converter the corpus pipeline uses, src/model/simplified.ts) and handed to the search page, so that the page
 * loads the converter only for queries that need it.
 */
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { toSimplified } from '../../model/simplified.ts';

/** Ranges of CJK ideographs to scan (URO, Ext. A, compatibility, Ext. B–F). */
const ranges: Array<[number, number]> = [
  [0x3400, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x2ebef],
];

/**
 * Every character OpenCC's traditional → simplified conversion may change:
 * characters that convert on their own, and characters of phrases that
 * convert only together (乾 in 乾燥 → 干燥; the phrase's unchanged characters are left out).
 */
export function convertibleCharacters(): string {
  const convert = toSimplified();
  const chars = new Set<string>();
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const char = String.fromCodePoint(cp);
      if (convert(char) !== char) chars.add(char);
    }
  }
  for (const entry of (TSPhrases as string).split('|')) {
    const [source = '', target = ''] = entry.split(' ');
    const from = [...source];
    const to = [...target];
    from.forEach((char, index) => {
      if (char !== to[index]) chars.add(char);
    });
  }
  return [...chars].join('');
}
