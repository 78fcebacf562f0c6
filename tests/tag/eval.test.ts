import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strengthAgreement } from '../../src/eval/evaluate-lodo.ts';
import { parse } from 'yaml';
import { genres, runEvaluation, targets, type Reports } from '../../src/eval/evaluate-themes.ts';
import { enforcedGenres, enforcedScope } from '../../src/eval/evaluate-labels.ts';

describe('theme evaluation against the hand-labelled gold set', () => {
  const result = runEvaluation();
  const scopes: Array<[string, Reports, number]> = [
    [enforcedScope, result.enforced, 0],
    ...enforcedGenres.map((g): [string, Reports, number] => [g, result.genres[g], targets.themeMinSupport]),
  ];

  it('labels at least 150 gold clauses from all five documents, split into tune and held-out', () => {
    expect(result.themes.all.clauses).toBeGreaterThanOrEqual(150);
    expect(result.themes.tune.clauses).toBeGreaterThan(0);
    expect(result.themes['held-out'].clauses).toBeGreaterThan(0);
  });

  it('holds the rules to the targets on plans and local regulations, the texts they were written on', () => {
    const enforcedClauses = enforcedGenres.reduce((n, g) => n + result.genres[g].themes.all.clauses, 0);
    expect(result.enforced.themes.all.clauses).toBe(enforcedClauses);
    expect(result.enforced.themes.all.clauses).toBe(
      result.themes.all.clauses - result.genres['国家法律法规'].themes.all.clauses,
    );
  });

  it('reports plans and regulations apart, each with tune and held-out clauses, together making up all gold', () => {
    for (const g of genres) {
      expect(result.genres[g].themes.tune.clauses, g).toBeGreaterThan(0);
      expect(result.genres[g].themes['held-out'].clauses, g).toBeGreaterThan(0);
    }
    expect(genres.reduce((n, g) => n + result.genres[g].themes.all.clauses, 0)).toBe(result.themes.all.clauses);
  });

  it.each(scopes)(`reaches theme micro-F1 ≥ ${targets.themeMicroF1} on %s`, (_scope, reports) => {
    expect(reports.themes.all.micro.f1).toBeGreaterThanOrEqual(targets.themeMicroF1);
  });

  it.each(scopes)(
    `reaches F1 ≥ ${targets.themeF1} for every theme on %s (per genre: themes with ≥ ${targets.themeMinSupport} gold clauses)`,
    (_scope, reports, minSupport) => {
      for (const [id, score] of reports.themes.all.perLabel) {
        if (score.tp + score.fn >= minSupport) expect(score.f1, id).toBeGreaterThanOrEqual(targets.themeF1);
      }
    },
  );

  it.each(scopes)(`reaches object micro-F1 ≥ ${targets.objectMicroF1} on %s`, (_scope, reports) => {
    expect(reports.objects.all.micro.f1).toBeGreaterThanOrEqual(targets.objectMicroF1);
  });

  it('scores national texts apart, at the level the rules reach on them (reported, below the targets)', () => {
    const national = result.genres['国家法律法规'];
    expect(national.themes.all.clauses).toBe(228);
    expect(national.themes['held-out'].clauses).toBe(92);
    expect(national.themes.all.micro.f1).toBeGreaterThanOrEqual(0.6);
    expect(national.objects.all.micro.f1).toBeGreaterThanOrEqual(0.82);
  });

  it('reports no missed target, and names the genre of any that is missed', () => {
    for (const f of result.failures) expect(f).toMatch(new RegExp(`^(${enforcedScope}|${genres.join('|')}): `));
    expect(result.failures).toEqual([]);
  });

  it('lists worst mistakes from the tune split only, so tuning never reads a held-out clause', () => {
    const gold = (
      parse(readFileSync('tests/gold/themes.yaml', 'utf8')) as { clauses: Record<string, { split: string }> }
    ).clauses;
    for (const m of [...result.mistakes.themes, ...result.mistakes.objects])
      expect(gold[m.id]?.split, m.id).toBe('tune');
  });
});

describe('strength agreement in the leave-one-document-out report', () => {
  it('gives κ where the gold has two classes or more, and none where it has one (κ would be 0 whatever was given)', () => {
    const mixed = strengthAgreement(['binding', 'directive', 'binding'], ['binding', 'directive', 'directive']);
    expect(mixed.accuracy).toBeCloseTo(2 / 3);
    expect(mixed.kappa).toBeCloseTo(0.4);
    const single = strengthAgreement(['binding', 'binding', 'binding'], ['binding', 'none', 'binding']);
    expect(single).toEqual({ clauses: 3, accuracy: 2 / 3, kappa: null });
  });
});
