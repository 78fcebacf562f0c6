import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collectTargets } from '../../src/pipeline/targets/collect-targets.ts';
import { loadIndicatorRules } from '../../src/pipeline/targets/rules.ts';
import type { Target } from '../../src/data/schemas/targets.ts';
import { realCorpus } from './corpus.ts';

interface Expected {
  source: string;
  indicator: string;
  written: string;
  value: number;
  valueMax?: number;
  baseline?: number | null;
  unit: string;
  unitSource?: string;
  comparator?: string;
  year: number | null;
  nature?: string;
  basis: string;
  canonical?: string;
}

const expected = parse(readFileSync('tests/targets/expected.yaml', 'utf8')) as Record<string, Expected[]>;
const targets = collectTargets(realCorpus(), loadIndicatorRules('content'));

describe('targets of the five documents', () => {
  for (const [docId, list] of Object.entries(expected)) {
    it(`finds exactly the ${list.length} targets of ${docId}, in reading order, with values, units and years right`, () => {
      const found = targets.filter((t) => t.docId === docId);
      expect(found.map((t) => `${t.sourceId} ${t.written}`)).toEqual(list.map((e) => `${e.source} ${e.written}`));
      list.forEach((e, i) => {
        const t: Target = found[i];
        const where = `${docId} #${i + 1} ${e.source} ${e.written}`;
        expect(t.indicator, where).toContain(e.indicator);
        expect(t.value, where).toBe(e.value);
        expect(t.valueMax, where).toBe(e.valueMax ?? null);
        expect(t.unit, where).toBe(e.unit);
        expect(t.unitSource, where).toBe(e.unitSource ?? 'text');
        expect(t.comparator, where).toBe(e.comparator ?? '=');
        expect(t.targetYear, where).toBe(e.year);
        expect(t.nature, where).toBe(e.nature ?? null);
        expect(t.basis, where).toBe(e.basis);
        expect(t.canonical, where).toBe(e.canonical ?? null);
        if ('baseline' in e) expect(t.baseline?.value ?? null, where).toBe(e.baseline);
      });
    });
  }

  it('maps 威海 每万人口… and 包头 每万人… to one canonical indicator, baseline year 2020', () => {
    const group = targets.filter((t) => t.canonical === 'high-value-invention-patents-per-10k');
    expect(group.map((t) => [t.docId, t.indicator, t.value])).toEqual([
      ['baotou', '每万人高价值发明专利拥有量', 4.1],
      ['weihai', '每万人口高价值发明专利拥有量', 10.2],
    ]);
    expect(group[0].baseline).toEqual({ value: 2.04, year: 2020, written: '2.04' });
  });

  it('reads no target from dates, document numbers, plan periods or the 十三五 review', () => {
    const values = targets.map((t) => t.value);
    for (const noise of [2021, 2035, 369, 20, 32, 33618, 416, 246, 400, 105, 12, 25_000_000, 300_000_000])
      expect(values).not.toContain(noise);
    expect(targets.filter((t) => t.docId === 'chongqing')).toEqual([]);
    expect(targets.filter((t) => t.docId === 'baotou' && /^baotou-p[2-9]$/.test(t.sourceId))).toEqual([]);
    for (const t of targets) expect(t.written).not.toMatch(/年|号|〕/);
  });

  it('gives every target a source anchor, a context that contains its value, and a unique id', () => {
    expect(new Set(targets.map((t) => t.id)).size).toBe(targets.length);
    for (const t of targets) {
      expect(t.context.replace(/\s+/g, '')).toContain(
        t.sourceKind === 'table' ? t.written.replace(/[件人%]|亿元$/g, '') : t.written,
      );
      expect(t.sourceId.startsWith(`${t.docId}-`)).toBe(true);
    }
  });
});
