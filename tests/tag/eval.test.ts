import { describe, expect, it } from 'vitest';
import { runEvaluation, targets } from '../../src/pipeline/tag/run-evaluation.ts';

describe('theme evaluation against the hand-labelled gold set', () => {
  const result = runEvaluation();

  it('labels at least 150 gold clauses from all five documents, split into tune and held-out', () => {
    expect(result.themes.all.clauses).toBeGreaterThanOrEqual(150);
    expect(result.themes.tune.clauses).toBeGreaterThan(0);
    expect(result.themes['held-out'].clauses).toBeGreaterThan(0);
  });

  it(`reaches theme micro-F1 ≥ ${targets.themeMicroF1} and every theme F1 ≥ ${targets.themeF1}`, () => {
    expect(result.themes.all.micro.f1).toBeGreaterThanOrEqual(targets.themeMicroF1);
    for (const [id, score] of result.themes.all.perLabel) expect(score.f1, id).toBeGreaterThanOrEqual(targets.themeF1);
  });

  it(`reaches object micro-F1 ≥ ${targets.objectMicroF1}`, () => {
    expect(result.objects.all.micro.f1).toBeGreaterThanOrEqual(targets.objectMicroF1);
  });

  it('reports no missed target', () => {
    expect(result.failures).toEqual([]);
  });
});
