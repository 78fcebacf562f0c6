import { describe, expect, it } from 'vitest';
import { alignmentTargets, evaluateAlignment, loadGold } from '../../src/eval/evaluate-alignment.ts';
import { realCorpus } from './fixture-corpus.ts';

const gold = loadGold();

describe('alignment against the hand-made gold set', () => {
  it('has at least 40 positive and 40 negative pairs, with a held-out part', () => {
    expect(gold.positives.length).toBeGreaterThanOrEqual(40);
    expect(gold.negatives.length).toBeGreaterThanOrEqual(40);
    expect(gold.positives.filter((p) => p.split === 'heldout').length).toBeGreaterThanOrEqual(15);
  });

  it(`reaches precision@1 ≥ ${alignmentTargets.precisionAt1} and separates positives from negatives`, () => {
    const scores = evaluateAlignment(realCorpus(), gold);
    expect(scores.all.precisionAt1).toBeGreaterThanOrEqual(alignmentTargets.precisionAt1);
    expect(scores.heldout.precisionAt1).toBeGreaterThanOrEqual(0.7);
    expect(scores.all.auc).toBeGreaterThan(0.95);
    expect(scores.all.meanPositive).toBeGreaterThan(3 * scores.all.meanNegative);
  });
});
