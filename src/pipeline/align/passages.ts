/**
 * The passages two clauses share: maximal runs of common wording (at least
 * `minLength` normalized characters, outside boilerplate), each weighted by
 * the rarity of its character n-grams, shown in the first clause's wording.
 *
 *   威海 “建立技术调查官制度” × 宁波 “增配技术调查官” → [{ text: '技术调查官', … }]
 */
import type { FeatureIndex } from './inverted-index.ts';
import { sourceSpan } from './normalize.ts';
import type { SharedPassage } from './types.ts';
import type { AlignUnit } from './units.ts';

/** Runs of `a`'s normalized text that also occur in `b`: [start, end) pairs, left to right. */
export function commonRuns(a: AlignUnit, b: AlignUnit, minLength: number): Array<[number, number]> {
  const A = a.norm.text;
  const B = b.norm.text;
  const grams = new Set<string>();
  for (let i = 0, clean = 0; i < B.length; i++) {
    clean = b.mask[i] ? 0 : clean + 1;
    if (clean >= minLength) grams.add(B.slice(i - minLength + 1, i + 1));
  }
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i + minLength <= A.length) {
    if (a.mask.subarray(i, i + minLength).some((m) => m === 1) || !grams.has(A.slice(i, i + minLength))) {
      i++;
      continue;
    }
    // Extend while the longer passage still occurs in b as one contiguous string.
    let end = i + minLength;
    while (end < A.length && !a.mask[end] && grams.has(A.slice(end - minLength + 1, end + 1)) && B.includes(A.slice(i, end + 1))) end++;
    runs.push([i, end]);
    i = end;
  }
  return runs;
}

/**
 * Rarity of normalized text in a character index: `weight` sums the IDF
 * weights of its n-grams (long and rare weighs most); `specificity` is
 * their mean, low for formulae made of common wording (`完善知识产权`).
 */
export function passageRarity(index: FeatureIndex, text: string, n: number): { weight: number; specificity: number } {
  let weight = 0;
  let grams = 0;
  for (let i = 0; i + n <= text.length; i++, grams++) {
    const f = index.ids.get(text.slice(i, i + n));
    if (f !== undefined) weight += index.weights[f];
  }
  return { weight, specificity: grams ? weight / grams : 0 };
}

/** Passages whose n-grams are on average rarer than this are policy wording, not formulae. */
export const minSpecificity = 2;

/** Shared passages of `a` with `b`, heaviest first, at most `max` (a character index of gram size `n` weighs them). */
export function sharedPassages(a: AlignUnit, b: AlignUnit, index: FeatureIndex, n: number, max = 5): SharedPassage[] {
  const seen = new Set<string>();
  return commonRuns(a, b, n)
    .filter(([start, end]) => !seen.has(a.norm.text.slice(start, end)) && seen.add(a.norm.text.slice(start, end)))
    .map(([start, end]) => ({ start, end, ...passageRarity(index, a.norm.text.slice(start, end), n) }))
    .filter((p) => p.specificity >= minSpecificity)
    .map(({ start, end, weight }) => ({ text: sourceSpan(a.clause.text, a.norm, start, end), weight: Math.round(weight * 100) / 100 }))
    .sort((x, y) => y.weight - x.weight || x.text.localeCompare(y.text))
    .slice(0, max);
}
