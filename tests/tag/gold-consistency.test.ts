/**
 * The gold must not contradict itself: two gold clauses worded almost
 * alike (character trigrams, Dice ≥ 0.7) carry the same labels in every
 * set. Judicial interpretations restate each other article for article, so
 * a second coding of the same provision can drift from the first.
 */
import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../src/model/walk.ts';
import { labelSets, loadGoldSets } from '../../src/pipeline/tag/gold-sets.ts';
import { realCorpus } from '../pipeline/real-corpus.ts';

const trigrams = (text: string): Set<string> => {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i++) out.add(text.slice(i, i + 3));
  return out;
};

const dice = (a: Set<string>, b: Set<string>): number => {
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared += 1;
  return (2 * shared) / Math.max(1, a.size + b.size);
};

describe('gold consistency', () => {
  const gold = loadGoldSets();
  const texts = new Map(
    realCorpus().corpus.documents.flatMap((doc) => clausesOf(doc.body).map((c) => [c.id, trigrams(c.text)] as const)),
  );

  it('gives clauses worded almost alike the same labels in every label set', () => {
    const contradictions: string[] = [];
    for (const set of labelSets) {
      const coded = [...gold[set]].filter(([id]) => texts.has(id));
      for (let i = 0; i < coded.length; i++)
        for (let j = i + 1; j < coded.length; j++) {
          const [a, labelsA] = coded[i];
          const [b, labelsB] = coded[j];
          if (dice(texts.get(a)!, texts.get(b)!) < 0.7) continue;
          const key = (labels: readonly string[]): string => [...labels].sort().join('+');
          if (key(labelsA) !== key(labelsB))
            contradictions.push(`${set}: ${a} [${key(labelsA)}] ≠ ${b} [${key(labelsB)}]`);
        }
    }
    expect(contradictions).toEqual([]);
  });

  it('finds the almost-alike pairs it compares: the two restatements of the 停止侵害 article', () => {
    const a = texts.get('spc-trade-secrets-a17')!;
    const b = texts.get('spc-unfair-competition-civil-a16')!;
    expect(dice(a, b)).toBeGreaterThan(0.7);
  });
});
