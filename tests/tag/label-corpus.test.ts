/**
 * The learned decision on the real corpus: every label carries its
 * probability and the features that weighed most; the rules' evidence
 * stays where they agree; confidence reads 高/中/低 with Chinese evidence;
 * a corpus without gold clauses keeps the rules' labels.
 */
import { describe, expect, it } from 'vitest';
import { clausesOf, tablesOf } from '../../src/model/walk.ts';
import type { Corpus } from '../../src/model/types.ts';
import { tagCorpus } from '../../src/pipeline/tag/tag-corpus.ts';
import { labelCorpus } from '../../src/pipeline/tag/label-corpus.ts';
import { loadGoldSets } from '../../src/pipeline/tag/gold-sets.ts';
import {
  confidenceCell,
  confidenceLevel,
  confidenceNote,
  isLowConfidence,
  signalText,
} from '../../src/model/confidence.ts';
import { realCorpus } from '../pipeline/real-corpus.ts';
import { parse as parseCsv } from 'csv-parse/sync';
import { toClausesCsv } from '../../src/pipeline/export/csv.ts';

const rules = structuredClone(realCorpus().corpus);
tagCorpus(rules);
const learned = structuredClone(rules);
const run = labelCorpus(learned);
const clauses = learned.documents.flatMap((d) => clausesOf(d.body));
const byId = new Map(clauses.map((c) => [c.id, c]));
/** Clauses and indicator rows by id: the theme gold codes both. */
const themedById = new Map<string, { themes: { id: string }[] }>([
  ...byId,
  ...learned.documents
    .flatMap((d) => tablesOf(d.body).flatMap((t) => t.rowLabels ?? []))
    .map((r) => [r.id, r] as const),
]);
const rulesById = new Map(rules.documents.flatMap((d) => clausesOf(d.body)).map((c) => [c.id, c]));
/** Roles whose gold clauses all sit in one document (包头's 回顾, 洛龙区's 基本原则): nothing to learn from when it is left out. */
const unlearnedRoles = ['review', 'principles'];

describe('learned labels on the real corpus', () => {
  it('learns all five label sets from the gold and reports the training time', () => {
    expect(run.learned).toEqual(['themes', 'objects', 'instruments', 'strength', 'roles']);
    expect(run.trainingMs).toBeGreaterThan(0);
  });

  it('gives every label, strength and role a probability between 0 and 1 and at least one signal', () => {
    for (const c of clauses) {
      for (const label of [...c.themes, ...c.objects, ...c.instruments, ...(c.strength ? [c.strength] : []), c.role!]) {
        if (c.role === label && unlearnedRoles.includes(label.id)) continue;
        expect(label.confidence, c.id).toBeGreaterThanOrEqual(0);
        expect(label.confidence, c.id).toBeLessThanOrEqual(1);
        expect(label.signals!.length, c.id).toBeGreaterThan(0);
      }
    }
  });

  it('labels each indicator row by what it measures, with a probability (质押融资登记金额 → 运用, 专利授权量 → 专利)', () => {
    const baotou = learned.documents.find((d) => d.meta.id === 'baotou')!;
    const rows = tablesOf(baotou.body).flatMap((t) => t.rowLabels ?? []);
    expect(rows).toHaveLength(10);
    const row = (n: number) => rows.find((r) => r.id === `baotou-table1-r${n}`)!;
    expect(row(6).themes.map((t) => t.id)).toContain('use');
    expect(row(2).objects.map((o) => o.id)).toEqual(['patent']);
    for (const r of rows)
      for (const label of [...r.themes, ...r.objects]) {
        expect(label.confidence, r.id).toBeGreaterThan(0);
        expect(label.signals!.length, r.id).toBeGreaterThan(0);
      }
    const ruleRows = tablesOf(rules.documents.find((d) => d.meta.id === 'baotou')!.body)[0]!.rowLabels!;
    expect(ruleRows.every((r) => r.themes.every((t) => t.confidence === undefined))).toBe(true);
  });

  it('leaves the roles the gold shows in one document only (回顾 and 基本原则) to the rules, without a probability', () => {
    const ruled = clauses.filter((c) => unlearnedRoles.includes(c.role!.id));
    expect(ruled.length).toBeGreaterThan(5);
    for (const c of ruled) {
      const rule = rulesById.get(c.id)!.role!;
      expect(c.role, c.id).toEqual(rule);
      expect(c.role!.confidence, c.id).toBeUndefined();
    }
  });

  it('keeps the rules’ matched words on a label the rules also gave', () => {
    const shared = clauses.flatMap((c) => c.themes.filter((t) => t.evidence.length > 0));
    expect(shared.length).toBeGreaterThan(100);
    for (const t of shared) expect(t.score).toBeGreaterThan(0);
  });

  it('agrees with the gold it learned from on most gold clauses (tuned data, not a measure of quality)', () => {
    const gold = loadGoldSets();
    const themes = [...gold.themes].filter(
      ([id, g]) =>
        JSON.stringify([...g].sort()) ===
        JSON.stringify(
          themedById
            .get(id)!
            .themes.map((t) => t.id)
            .sort(),
        ),
    );
    expect(themes.length / gold.themes.size).toBeGreaterThan(0.8);
    const roles = [...gold.roles].filter(([id, [g]]) => byId.get(id)!.role!.id === g);
    expect(roles.length / gold.roles.size).toBeGreaterThan(0.95);
  });

  it('keeps the rules’ labels, without confidence, where the corpus has no gold clauses', () => {
    const other: Corpus = structuredClone(rules);
    const result = labelCorpus(other, {
      gold: { themes: new Map(), objects: new Map(), instruments: new Map(), strength: new Map(), roles: new Map() },
    });
    expect(result.learned).toEqual([]);
    expect(other).toEqual(rules);
  });
});

describe('confidence in clauses.csv', () => {
  const rows = parseCsv(toClausesCsv(learned).replace(/^\uFEFF/, ''), { columns: true }) as Array<
    Record<string, string>
  >;

  it('gives each label set’s probabilities in Chinese and counts the low-confidence labels of each clause', () => {
    const row = rows.find((r) => r.主题id !== '')!;
    const clause = byId.get(row.条款id)!;
    expect(row.主题置信度.split('；')).toHaveLength(clause.themes.length);
    expect(row.主题置信度).toMatch(/^[\p{Script=Han}]+ [01]\.\d\d(；[\p{Script=Han}]+ [01]\.\d\d)*$/u);
    const low = rows.reduce((n, r) => n + Number(r.低置信度标签数), 0);
    const expected = clauses
      .flatMap((c) => [...c.themes, ...c.objects, ...c.instruments, ...(c.strength ? [c.strength] : []), c.role!])
      .filter(isLowConfidence).length;
    expect(low).toBe(expected);
  });
});

describe('confidence in words', () => {
  const name = (id: string): string => ({ use: '运用' })[id] ?? id;

  it('reads 高 from 0.8, 中 from 0.5, 低 below, and nothing where the rules alone decided', () => {
    expect(confidenceLevel({ confidence: 0.8 })).toBe('高');
    expect(confidenceLevel({ confidence: 0.5 })).toBe('中');
    expect(confidenceLevel({ confidence: 0.49 })).toBe('低');
    expect(confidenceLevel({})).toBeNull();
    expect(isLowConfidence({ confidence: 0.3 })).toBe(true);
  });

  it('names the features in Chinese, never by their ids', () => {
    expect(signalText('w:质押融资', name)).toBe('词“质押融资”');
    expect(signalText('h:运用', name)).toBe('标题中的“运用”');
    expect(signalText('rule:themes:use', name)).toBe('规则判为“运用”');
    expect(signalText('rule:strength:none', name)).toBe('规则判为无力度');
    expect(signalText('国家|w:赔偿', name)).toBe('词“赔偿”（国家层级文本）');
    expect(signalText('own:title', name)).toBe('文件标题指向此标签');
    expect(signalText('s:人民法院', name)).toBe('开头的“人民法院”');
    expect(signalText('a:权利人', name)).toBe('“应当”“可以”等约束“权利人”');
    expect(signalText('pos:0', name)).toBe('位于全文第1个五分之一');
    expect(signalText('pos:last0', name)).toBe('全文最后一条');
    const note = confidenceNote(
      {
        confidence: 0.934,
        signals: [
          { feature: 'w:质押融资', weight: 1 },
          { feature: 'rule:themes:use', weight: 0.5 },
        ],
      },
      name,
    );
    expect(note).toBe('置信度高（0.93）；模型依据：词“质押融资”、规则判为“运用”');
    const national = confidenceNote(
      {
        confidence: 0.94,
        signals: [
          { feature: '国家|pos:first1', weight: 1 },
          { feature: 'pos:first1', weight: 0.8 },
          { feature: 's:人民法院', weight: 0.5 },
        ],
      },
      name,
    );
    expect(national).toBe('置信度高（0.94）；模型依据：全文第二条（国家层级文本）、开头的“人民法院”');
    expect(confidenceCell([{ id: 'use', confidence: 0.934 }], name)).toBe('运用 0.93');
  });

  it('writes only Chinese evidence for every learned label of the real corpus', () => {
    const notes = clauses.flatMap((c) =>
      [...c.themes, ...c.objects, ...c.instruments, c.role!].map((t) => confidenceNote(t, name)),
    );
    expect(notes.some((n) => n.includes('（国家层级文本）'))).toBe(true);
    for (const n of notes) expect(n).not.toMatch(/\b(w|c|h|s|own|rule|fam|lvl):|国家\|/);
  });
});
