/**
 * Features a clause is compared by, on normalized, boilerplate-masked text:
 * character n-grams (`技术调查官` → `技术调查`, `术调查官` for n = 4) or
 * jieba words plus word bigrams (`增配|技术`, `技术|调查`). Both skip any
 * n-gram touching a masked boilerplate character; `featureIds` can report
 * those apart (for norms that count boilerplate without matching on it).
 */
import nodejieba from 'nodejieba';

/** Which features to compare by. */
export type FeatureKind = { kind: 'chars'; n: number } | { kind: 'words' };

/** A readable name for reports: `chars-4`, `words`. */
export function featureName(features: FeatureKind): string {
  return features.kind === 'chars' ? `chars-${features.n}` : 'words';
}

/** Distinct character n-grams of `text` that do not touch a masked character. */
export function charGrams(text: string, mask: Uint8Array, n: number): string[] {
  const out = new Set<string>();
  let clean = 0; // length of the unmasked run ending at i
  for (let i = 0; i < text.length; i++) {
    clean = mask[i] ? 0 : clean + 1;
    if (clean >= n) out.add(text.slice(i - n + 1, i + 1));
  }
  return [...out];
}

/** Distinct jieba words (two characters or more) and word bigrams outside masked text. */
export function wordGrams(text: string, mask: Uint8Array): string[] {
  const out = new Set<string>();
  let at = 0;
  let previous: string | null = null;
  for (const word of nodejieba.cut(text)) {
    const start = text.indexOf(word, at);
    const end = start + word.length;
    at = end;
    if (mask.subarray(start, end).some((m) => m === 1)) {
      previous = null;
      continue;
    }
    if (word.length >= 2) out.add(word);
    if (previous !== null) out.add(`${previous}|${word}`);
    previous = word;
  }
  return [...out];
}

/** The features of one normalized, masked text. */
export function featuresOf(text: string, mask: Uint8Array, features: FeatureKind): string[] {
  return features.kind === 'chars' ? charGrams(text, mask, features.n) : wordGrams(text, mask);
}

/** Feature ids of one text, split by boilerplate. */
export interface FeatureIds {
  /** Sorted distinct ids of features outside masked text. */
  evidence: Int32Array;
  /** Ids of features found only touching masked text (null unless asked for, or nothing is masked). */
  maskedOnly: Set<number> | null;
  /** Character n-grams: id of the clean gram starting at each position, -1 where none (for passages). */
  gramAt: Int32Array | null;
}

/** Numbers the features of a normalized, masked text with `idOf`; with `withMasked`, also those touching the mask. */
export function featureIds(
  text: string,
  mask: Uint8Array,
  features: FeatureKind,
  idOf: (feature: string) => number,
  withMasked: boolean,
): FeatureIds {
  const masked = withMasked && mask.includes(1);
  const touching: number[] = [];
  let evidence: number[];
  let gramAt: Int32Array | null = null;
  if (features.kind === 'words') {
    evidence = wordGrams(text, mask).map(idOf);
    if (masked) touching.push(...wordGrams(text, new Uint8Array(mask.length)).map(idOf));
  } else {
    const { n } = features;
    gramAt = new Int32Array(text.length).fill(-1);
    for (let i = 0, clean = 0; i < text.length; i++) {
      clean = mask[i] ? 0 : clean + 1; // length of the unmasked run ending at i
      if (clean >= n) gramAt[i - n + 1] = idOf(text.slice(i - n + 1, i + 1));
      else if (masked && i >= n - 1) touching.push(idOf(text.slice(i - n + 1, i + 1)));
    }
    evidence = Array.from(gramAt.filter((id) => id >= 0));
  }
  const sorted = Int32Array.from(evidence)
    .sort()
    .filter((id, k, all) => k === 0 || id !== all[k - 1]);
  if (!masked) return { evidence: sorted, maskedOnly: null, gramAt };
  const kept = new Set(sorted);
  return { evidence: sorted, maskedOnly: new Set(touching.filter((id) => !kept.has(id))), gramAt };
}
