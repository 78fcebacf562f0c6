/**
 * Features a clause is compared by, on normalized, boilerplate-masked text:
 * character n-grams (`技术调查官` → `技术调查`, `术调查官` for n = 4) or
 * jieba words plus word bigrams (`增配|技术`, `技术|调查`). Both skip any
 * n-gram touching a masked boilerplate character.
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
