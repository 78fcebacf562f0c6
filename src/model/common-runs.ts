/**
 * Runs of wording two texts share: maximal runs of common normalized
 * characters (at least `minLength`, outside masked boilerplate), found by
 * string matching in any order. The alignment weighs them into passages;
 * the comparison page marks them on both sides.
 *
 *   威海 “建立技术调查官制度” × 宁波 “增配技术调查官” (minLength 4) → [[2, 7]] in 威海's normalized text
 */
import type { NormalizedText } from './normalize-for-align.ts';

/** A normalized text with its mask: 1 for each character inside boilerplate, which no run may cross. */
export interface MaskedText {
  norm: NormalizedText;
  mask: Uint8Array;
}

/** Runs of `a`'s normalized text that also occur in `b`: [start, end) pairs, left to right (string matching, any two texts). */
export function commonRuns(a: MaskedText, b: MaskedText, minLength: number): Array<[number, number]> {
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
    while (
      end < A.length &&
      !a.mask[end] &&
      grams.has(A.slice(end - minLength + 1, end + 1)) &&
      B.includes(A.slice(i, end + 1))
    )
      end++;
    runs.push([i, end]);
    i = end;
  }
  return runs;
}
