import { describe, expect, it } from 'vitest';
import { alignmentTargets, evaluateAlignment, loadGold, type GoldPair } from '../../src/eval/evaluate-alignment.ts';
import { realCorpus } from './fixture-corpus.ts';

const gold = loadGold();
const plans = loadGold(['tests/gold/alignment.yaml']);
const regulations = loadGold(['tests/gold/alignment-regulations.yaml']);
const docOf = (id: string): string => id.replace(/-a\d+$/, '');

describe('alignment against the hand-made gold sets', () => {
  it('has at least 40 positive and 40 negative plan pairs, with a held-out part', () => {
    expect(plans.positives.length).toBeGreaterThanOrEqual(40);
    expect(plans.negatives.length).toBeGreaterThanOrEqual(40);
    expect(plans.positives.filter((p) => p.split === 'heldout').length).toBeGreaterThanOrEqual(15);
  });

  it('has at least 40 regulation query articles, each with counterparts in three or more other regulations, about a third held out whole', () => {
    const queries = new Map<string, GoldPair[]>();
    for (const p of regulations.positives) queries.set(p.a, [...(queries.get(p.a) ?? []), p]);
    expect(queries.size).toBeGreaterThanOrEqual(40);
    for (const [a, pairs] of queries) {
      const documents = new Set(pairs.map((p) => docOf(p.b)));
      expect(documents.size, a).toBeGreaterThanOrEqual(3);
      expect(documents.has(docOf(a)), a).toBe(false);
      // One counterpart per other document, and one split per query.
      expect(documents.size, a).toBe(pairs.length);
      expect(new Set(pairs.map((p) => p.split)).size, a).toBe(1);
    }
    const heldOut = [...queries.values()].filter((pairs) => pairs[0].split === 'heldout').length;
    expect(heldOut / queries.size).toBeGreaterThan(0.28);
    expect(heldOut / queries.size).toBeLessThan(0.4);
    expect(regulations.negatives.length).toBeGreaterThanOrEqual(10);
  });

  const scores = evaluateAlignment(realCorpus(), gold);

  it(`reaches precision@1 ≥ ${alignmentTargets.precisionAt1} on plans and separates positives from negatives`, () => {
    expect(scores.plans.all.queries).toBe(53);
    expect(scores.plans.all.precisionAt1).toBeGreaterThanOrEqual(alignmentTargets.precisionAt1);
    expect(scores.plans.heldout.precisionAt1).toBeGreaterThanOrEqual(0.85);
    expect(scores.plans.all.auc).toBeGreaterThan(0.95);
    expect(scores.plans.all.meanPositive).toBeGreaterThan(3 * scores.plans.all.meanNegative);
  });

  // Negatives share stock wording with their query on purpose, so regulations separate less than plans (AUC 0.82).
  it(`reaches precision@1 ≥ ${alignmentTargets.precisionAt1} on regulations, in the held-out part too`, () => {
    expect(scores.regulations.all.queries).toBe(254);
    expect(scores.regulations.all.precisionAt1).toBeGreaterThanOrEqual(alignmentTargets.precisionAt1);
    expect(scores.regulations.heldout.precisionAt1).toBeGreaterThanOrEqual(alignmentTargets.precisionAt1);
    expect(scores.regulations.all.auc).toBeGreaterThan(0.8);
    expect(scores.regulations.all.meanPositive).toBeGreaterThan(2 * scores.regulations.all.meanNegative);
  });
});
