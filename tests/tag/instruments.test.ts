import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Clause } from '../../src/model/types.ts';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { loadTaxonomy, parseTaxonomyFile, TaxonomyError } from '../../src/pipeline/tag/load-taxonomy.ts';
import { createTagger, tagCorpus } from '../../src/pipeline/tag/tag-corpus.ts';
import { cohenKappa, groups, runInstrumentEvaluation, targets } from '../../src/eval/evaluate-instruments.ts';
import { genres } from '../../src/eval/evaluate-labels.ts';
import { instrumentGoldFile, instrumentGoldIds } from '../../src/eval/instrument-scores.ts';
import { toClausesCsv } from '../../src/pipeline/export/csv.ts';

const file = 'content/taxonomy/instruments.yaml';
const data = (): Record<string, unknown> => parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const messageOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TaxonomyError);
    return (error as Error).message;
  }
  return '';
};

describe('instrument taxonomy data', () => {
  it('loads the 14 fixed instrument ids in three groups and the three strength levels, strongest first', () => {
    const { instruments } = loadTaxonomy();
    expect(instruments.kind).toBe('instruments');
    expect(instruments.labels.map((l) => l.id)).toEqual([
      'supply.talent',
      'supply.funding',
      'supply.information',
      'supply.infrastructure',
      'supply.public-service',
      'environment.goal',
      'environment.regulation',
      'environment.finance',
      'environment.tax',
      'environment.strategic',
      'demand.procurement',
      'demand.outsourcing',
      'demand.overseas',
      'demand.market',
    ]);
    for (const label of instruments.labels)
      expect(
        groups.some((g) => label.id.startsWith(`${g}.`)),
        label.id,
      ).toBe(true);
    expect(instruments.strength?.levels.map((l) => l.id)).toEqual(['binding', 'directive', 'encouraging']);
  });

  it('names the file and the entry of an id with two dots', () => {
    const bad = data();
    (bad.labels as Array<{ id: string }>)[1].id = 'supply.funding.extra';
    expect(messageOf(() => parseTaxonomyFile(bad, file))).toContain(
      `${file}: labels[1] (supply.funding.extra) › id: expected a kebab-case id, optionally \`group.name\``,
    );
  });

  it('names the file and the entry of a broken strength pattern and of levels out of order', () => {
    const bad = data() as { strength: { levels: Array<{ id: string; patterns: Array<{ pattern: string }> }> } };
    bad.strength.levels[0].patterns[0].pattern = '应当(';
    bad.strength.levels.reverse();
    const message = messageOf(() => parseTaxonomyFile(bad, file));
    expect(message).toContain(
      `${file}: strength › levels[2] › patterns[0] › pattern: Unexpected pattern, expected a valid regular expression`,
    );
    expect(message).toContain(
      'strength › levels[1] › id: Unexpected level `directive` here, expected levels strongest first',
    );
  });
});

describe('instrument and strength tagging on real clauses', () => {
  let clauses: Map<string, Clause>;
  beforeAll(() => {
    const corpus = buildCorpus('content').corpus;
    tagCorpus(corpus, { tagger: createTagger() });
    clauses = new Map(corpus.documents.flatMap((d) => clausesOf(d.body)).map((c) => [c.id, c]));
  });
  const instrument = (id: string, label: string) => clauses.get(id)!.instruments.find((l) => l.id === label);

  it('tags a 专项资金 article as supply.funding, with 专项资金 as evidence', () => {
    // chongqing-patent-a7: 市人民政府设立专利专项资金，支持发明专利的申请…
    expect(instrument('chongqing-patent-a7', 'supply.funding')?.evidence.map((e) => e.term)).toContain('专项资金');
  });

  it('tags a 罚款 article as environment.regulation and binding, with the sanction as evidence', () => {
    // beijing-patent-a47: …可以由市专利管理部门责令改正，没收违法所得，并处…罚款。
    const clause = clauses.get('beijing-patent-a47')!;
    expect(instrument(clause.id, 'environment.regulation')?.evidence.map((e) => e.term)).toContain('罚款');
    expect(clause.strength).toEqual({ id: 'binding', evidence: '责令' });
  });

  it('tags a clause that only 鼓励 others as encouraging, and its means still as an instrument', () => {
    // beijing-patent-a34: 本市鼓励企业将自主研究开发的专利产品、技术参与政府采购活动。
    expect(clauses.get('beijing-patent-a34')!.strength).toEqual({ id: 'encouraging', evidence: '鼓励' });
    expect(clauses.get('beijing-patent-a34')!.instruments.map((l) => l.id)).toContain('demand.procurement');
  });

  it('gives a preamble neither instruments nor strength', () => {
    expect(clauses.get('weihai-p1')!.instruments).toEqual([]);
    expect(clauses.get('weihai-p1')!.strength).toBeNull();
  });

  it('codes everything under 总体要求 as environment.goal only', () => {
    expect(clauses.get('weihai-1-p1')!.instruments.map((l) => l.id)).toEqual(['environment.goal']);
  });

  it('exports instruments and strength as clauses.csv columns', () => {
    const corpus = buildCorpus('content').corpus;
    tagCorpus(corpus);
    const [header, ...rows] = toClausesCsv(corpus)
      .replace(/^\uFEFF/, '')
      .split('\n');
    expect(header.split(',')).toEqual(expect.arrayContaining(['政策工具', '政策工具id', '政策力度', '政策力度id']));
    expect(rows.find((r) => r.startsWith('beijing-patent-a47,'))).toMatch(
      /environment\.regulation[^,]*,约束性,binding,/,
    );
  });
});

describe("Cohen's κ", () => {
  it('is 1 for full agreement and 0 for agreement at chance', () => {
    expect(cohenKappa(['a', 'b', 'a'], ['a', 'b', 'a'])).toBe(1);
    expect(cohenKappa(['a', 'a', 'b', 'b'], ['a', 'b', 'a', 'b'])).toBe(0);
  });
});

describe('instrument evaluation against the hand-coded gold set', () => {
  const result = runInstrumentEvaluation();

  it('covers all 633 gold clauses, plans, local regulations and national texts, tune and held-out', () => {
    expect(result.all.all.instruments.clauses).toBe(633);
    expect(genres.reduce((n, g) => n + result.genres[g].all.instruments.clauses, 0)).toBe(633);
    expect(result.genres['国家法律法规'].all.instruments.clauses).toBe(228);
    expect(result.all['held-out'].instruments.clauses).toBeGreaterThan(0);
  });

  it('lists mistakes from the tune split only, so tuning never reads a held-out clause', () => {
    const gold = (
      parse(readFileSync('tests/gold/instruments.yaml', 'utf8')) as { clauses: Record<string, { split: string }> }
    ).clauses;
    for (const m of [...result.mistakes.instruments, ...result.mistakes.strength])
      expect(gold[m.id]?.split, m.id).toBe('tune');
  });

  it(`reaches group micro-F1 ≥ ${targets.groupMicroF1} on plans and local regulations`, () => {
    expect(result.enforced.all.groups.micro.f1).toBeGreaterThanOrEqual(targets.groupMicroF1);
  });

  it(`reaches instrument micro-F1 ≥ ${targets.instrumentMicroF1} on plans and local regulations`, () => {
    expect(result.enforced.all.instruments.micro.f1).toBeGreaterThanOrEqual(targets.instrumentMicroF1);
  });

  it(`reaches F1 ≥ ${targets.instrumentF1} for every instrument with ≥ ${targets.instrumentMinSupport} gold clauses`, () => {
    for (const [id, s] of result.enforced.all.instruments.perLabel) {
      if (s.tp + s.fn >= targets.instrumentMinSupport) expect(s.f1, id).toBeGreaterThanOrEqual(targets.instrumentF1);
    }
  });

  it(`reaches strength accuracy ≥ ${targets.strengthAccuracy} on plans and local regulations`, () => {
    expect(result.enforced.all.strength.accuracy).toBeGreaterThanOrEqual(targets.strengthAccuracy);
  });

  it('reports no missed target', () => {
    expect(result.failures).toEqual([]);
  });
});

describe('the instrument gold set as the framework page reads it', () => {
  it('gives the coded clause ids, null without a gold file, and names the file when the gold is malformed', () => {
    const ids = instrumentGoldIds(instrumentGoldFile)!;
    expect(ids).toEqual(
      Object.keys((parse(readFileSync(instrumentGoldFile, 'utf8')) as { clauses: Record<string, unknown> }).clauses),
    );
    expect(ids.length).toBeGreaterThan(300);
    const dir = mkdtempSync(join(tmpdir(), 'instrument-gold-'));
    expect(instrumentGoldIds(join(dir, 'missing.yaml'))).toBeNull();
    const bad = join(dir, 'instruments.yaml');
    writeFileSync(bad, 'clauses:\n  weihai-1-1:\n    split: tuned\n    instruments: []\n    strength: null\n');
    expect(() => instrumentGoldIds(bad)).toThrow(`Invalid gold data in ${bad}`);
    rmSync(dir, { recursive: true, force: true });
  });
});
