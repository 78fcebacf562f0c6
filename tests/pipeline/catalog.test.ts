/**
 * The catalogue the site reads (catalog.json), built from the real corpus:
 * one unique label per document that says what it is, every document in
 * the jurisdiction tree under its place, parents present even without a
 * document of their own, the taxonomy as the data files state it, the
 * build's steps, and the quality figures as the evaluation computes them
 * (on the published corpus, which the build tagged and labelled).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog, readCorpus } from '../../src/data/published-data.ts';
import { catalogSchema } from '../../src/data/schemas/catalog.ts';
import { evalGenre, genres } from '../../src/eval/evaluate-labels.ts';
import { lodoScopes, lodoTargets } from '../../src/eval/evaluate-lodo.ts';
import { instrumentGoldFile, scoreInstruments, targets, type TaggedClause } from '../../src/eval/instrument-scores.ts';
import { readLodoFigures } from '../../src/eval/lodo-figures.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { pipelineSteps } from '../../src/pipeline/steps.ts';
import { documentCategory } from '../../src/model/document-meta.ts';
import type { DocumentMeta } from '../../src/model/types.ts';
import { buildCatalog } from '../../src/pipeline/export/catalog.ts';
import { loadTaxonomy } from '../../src/pipeline/tag/load-taxonomy.ts';
import { loadRoles } from '../../src/pipeline/tag/roles.ts';
import { realCorpus } from './real-corpus.ts';

const corpus = realCorpus().corpus;
const catalog = buildCatalog(corpus, loadTaxonomy(), loadRoles());
const doc = (id: string) => catalog.documents.find((d) => d.id === id)!;
const node = (key: string) => catalog.jurisdictions.find((j) => j.key === key)!;

describe('catalog', () => {
  it('labels every document uniquely by place and what it is, with the year of a legal text', () => {
    expect(new Set(catalog.documents.map((d) => d.label)).size).toBe(corpus.documents.length);
    expect(doc('ningbo-patent')).toMatchObject({
      label: '宁波市 · 专利管理条例（2012）',
      shortTitle: '专利管理条例',
      place: '宁波',
      family: '法律法规',
      year: 2012,
      jurisdiction: 'zhejiang.ningbo',
    });
    expect(doc('ningbo')).toMatchObject({
      label: '宁波市 · 关于全面加强知识产权工作的实施意见',
      family: '政策文件',
      year: null,
      date: null,
    });
    expect(doc('baotou')).toMatchObject({
      docNumber: '包市监发〔2021〕369号',
      date: '2021-12-22',
      issuers: ['包头市市场监督管理局（知识产权局）'],
    });
  });

  it('gives every document its legal category: laws, State Council regulations, local regulations, policy papers', () => {
    expect(doc('national-patent-law').category).toBe('法律');
    expect(doc('national-patent-rules-2023').category).toBe('行政法规');
    expect(doc('zhejiang-patent').category).toBe('地方性法规');
    expect(doc('zibo-patent').category).toBe('地方性法规');
    expect(doc('baotou').category).toBe('政策文件');
  });

  it('reads 司法解释 and 部门规章 from the issuer, and leaves a local 规定 with no issuer unsettled', () => {
    const national = {
      name: '中华人民共和国',
      pinyin: 'Zhongguo',
      level: '国家',
      parent: null,
      province: null,
    } as const;
    const local = { name: '青山市', pinyin: 'Qingshan', level: '地级市', parent: '某省', province: '某省' } as const;
    const meta = (genre: DocumentMeta['genre'], jurisdiction: DocumentMeta['jurisdiction'], issuers: string[]) => ({
      genre,
      jurisdiction,
      issuers,
    });
    expect(documentCategory(meta('解释', national, ['最高人民法院', '最高人民检察院']))).toBe('司法解释');
    expect(documentCategory(meta('规定', national, ['最高人民法院']))).toBe('司法解释');
    expect(documentCategory(meta('办法', national, ['国家知识产权局']))).toBe('部门规章');
    expect(documentCategory(meta('条例', national, ['国务院']))).toBe('行政法规');
    expect(documentCategory(meta('规定', local, ['青山市人民政府']))).toBe('地方政府规章');
    expect(documentCategory(meta('规定', local, []))).toBeNull();
  });

  it('puts each document under its jurisdiction, a district under its city, and names parents without documents', () => {
    expect(node('zhejiang.ningbo').documents).toEqual(['ningbo', 'ningbo-patent']);
    expect(node('henan.luoyang.luolong')).toMatchObject({
      name: '洛龙区',
      parent: 'henan.luoyang',
      depth: 3,
      documents: ['luolong'],
    });
    expect(node('henan.luoyang')).toMatchObject({ name: '洛阳市', parent: 'henan', documents: ['luoyang-patent'] });
    expect(node('neimenggu')).toMatchObject({ name: '内蒙古自治区', level: '自治区', parent: 'cn', documents: [] });
    for (const j of catalog.jurisdictions)
      if (j.parent)
        expect(
          catalog.jurisdictions.some((p) => p.key === j.parent),
          j.key,
        ).toBe(true);
    expect(catalog.jurisdictions.flatMap((j) => j.documents).sort()).toEqual(
      corpus.documents.map((d) => d.meta.id).sort(),
    );
  });

  it('carries the taxonomy as the data files give it, in their order', () => {
    const taxonomy = loadTaxonomy();
    expect(catalog.taxonomy.themes.map((t) => t.id)).toEqual(taxonomy.themes.labels.map((l) => l.id));
    expect(catalog.taxonomy.objects.map((t) => [t.id, t.zh])).toEqual(taxonomy.objects.labels.map((l) => [l.id, l.zh]));
    expect(catalog.taxonomy.themes.find((t) => t.id === 'use')).toMatchObject({ zh: '运用', en: 'use' });
    expect(catalog.taxonomy.instruments.map((t) => t.id)).toEqual(taxonomy.instruments.labels.map((l) => l.id));
    expect(catalog.taxonomy.instruments).toHaveLength(14);
  });

  it('carries the Chinese note of every rule and damping entry, by taxonomy file and id', () => {
    const taxonomy = loadTaxonomy();
    expect(Object.keys(catalog.taxonomy.rules.themes).sort()).toEqual(
      [...taxonomy.themes.labels.flatMap((l) => l.rules), ...taxonomy.themes.damping].map((r) => r.id).sort(),
    );
    expect(catalog.taxonomy.rules.themes['protection-penalty']).toBe('罚款、没收、责令改正等行政处罚，属于执法保护');
    expect(catalog.taxonomy.rules.instruments.duty).toContain('应当');
    expect(catalog.taxonomy.rules.instruments.preamble).toContain('权重降低');
  });

  it('carries the instruments’ Chinese definitions and the strength levels with their definitions and deciding words', () => {
    const taxonomy = loadTaxonomy();
    expect(catalog.taxonomy.instruments.map((t) => t.description)).toEqual(
      taxonomy.instruments.labels.map((l) => l.description),
    );
    for (const t of catalog.taxonomy.instruments)
      expect(t.description, t.id).toMatch(/^[^A-Za-z]*[\p{Script=Han}][^a-z]*$/u);
    expect(catalog.taxonomy.instruments.find((t) => t.id === 'environment.tax')!.description).toBe(
      '税收减免与加计扣除等税收优惠。',
    );
    expect(catalog.taxonomy.strengths.map((s) => [s.id, s.zh])).toEqual([
      ['binding', '约束性'],
      ['directive', '推进性'],
      ['encouraging', '引导性'],
    ]);
    expect(catalog.taxonomy.strengths[0]!.words.slice(0, 4)).toEqual(['应当', '必须', '不得', '禁止']);
    expect(catalog.taxonomy.strengths[2]!.words).toEqual(['鼓励', '支持', '引导', '探索', '倡导', '提倡', '可以']);
    for (const s of catalog.taxonomy.strengths) expect(s.words.length, s.id).toBeLessThanOrEqual(12);
  });

  it('states how instruments are scored: terms heaviest first, rules, scoring, passing phrases and damping in order', () => {
    const file = loadTaxonomy().instruments;
    const coding = catalog.taxonomy.instrumentCoding;
    expect(Object.keys(coding.terms)).toEqual(file.labels.map((l) => l.id));
    for (const label of file.labels) {
      const terms = coding.terms[label.id]!;
      expect(Object.fromEntries(terms.map((t) => [t.term, t.weight])), label.id).toEqual(label.terms);
      for (let i = 1; i < terms.length; i++)
        expect(terms[i - 1]!.weight, label.id).toBeGreaterThanOrEqual(terms[i]!.weight);
    }
    expect(coding.terms['environment.finance']!.find((t) => t.term === '质押融资')).toBeDefined();
    expect(coding.rules).toBe(file.labels.reduce((n, l) => n + l.rules.length, 0));
    expect(coding.scoring).toEqual(file.scoring);
    expect(coding.passing).toBe(file.passing.length);
    expect(coding.damping).toEqual(file.damping.map((d) => d.id));
    for (const id of coding.damping) expect(catalog.taxonomy.rules.instruments[id], id).toBeTruthy();
  });

  it('lists the build’s steps in Chinese, from the pipeline’s one list', () => {
    expect(catalog.steps).toEqual(pipelineSteps);
    expect(catalog.steps.map((s) => s.zh)).toEqual([
      '解码',
      '删除拼音注音',
      '修复乱码片段',
      '繁简转换',
      '标点与空格',
      '识别结构',
      '责任单位',
      '编号与引用路径',
      '守恒校验',
      '主题标注',
      '导出',
    ]);
  });

  it('carries the leave-one-document-out figures the labeller evaluation kept, with every scope and the targets', () => {
    expect(catalog.quality.lodo).toEqual({ ...readLodoFigures()!, scopeNames: [...lodoScopes], targets: lodoTargets });
  });

  it('has no instrument quality for a corpus without the gold clauses', () => {
    const one = { schema: 1 as const, documents: corpus.documents.filter((d) => d.meta.id === 'baotou') };
    const small = buildCatalog(one, loadTaxonomy(), loadRoles());
    expect(small.quality.instruments).toBeNull();
    expect(catalogSchema.safeParse(small).success).toBe(true);
  });
});

describe('the published catalogue’s instrument quality', () => {
  const published = readCorpus();
  const quality = readCatalog().quality.instruments!;
  const tagged = new Map<string, TaggedClause>(
    published.documents.flatMap((d) =>
      clausesOf(d.body).map((clause) => [clause.id, { clause, genre: evalGenre(d.meta) }] as const),
    ),
  );
  const scored = scoreInstruments(
    resolve(instrumentGoldFile),
    tagged,
    loadTaxonomy().instruments.labels.map((l) => l.id),
  );

  it('equals the gold-set scoring of the published clauses, per scope and split (npm run eval:instruments’ code)', () => {
    expect(quality.scopes.map((s) => s.id)).toEqual(['all', ...genres]);
    const reports = [scored.all, ...genres.map((g) => scored.genres[g])];
    quality.scopes.forEach((scope, i) => {
      for (const split of ['all', 'tune', 'held-out'] as const) {
        const r = reports[i]![split];
        expect(scope.splits[split], `${scope.id} ${split}`).toEqual({
          clauses: r.instruments.clauses,
          groupMicroF1: r.groups.micro.f1,
          instrumentMicroF1: r.instruments.micro.f1,
          instrumentMacroF1: r.instruments.macro,
          strengthClauses: r.strength.clauses,
          strengthAccuracy: r.strength.accuracy,
          strengthKappa: r.strength.kappa,
        });
      }
    });
    expect(quality.scopes[0]!.splits.all.clauses).toBeGreaterThan(400);
  });

  it('gives every group and instrument its precision, recall and F1, and the targets with what was missed', () => {
    const market = quality.labels.find((l) => l.id === 'demand.market')!;
    const s = scored.all.all.instruments.perLabel.get('demand.market')!;
    expect(market).toMatchObject({
      group: false,
      all: { precision: s.precision, recall: s.recall, f1: s.f1, support: s.tp + s.fn },
    });
    expect(quality.labels.filter((l) => l.group).map((l) => l.id)).toEqual(['supply', 'environment', 'demand']);
    expect(quality.labels).toHaveLength(17);
    expect(quality.targets).toEqual(targets);
    expect(quality.failures).toEqual(scored.failures);
  });
});
