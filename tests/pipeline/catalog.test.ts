/**
 * The catalogue the site reads (catalog.json), built from the real corpus:
 * one unique label per document that says what it is, every document in
 * the jurisdiction tree under its place, parents present even without a
 * document of their own, and the taxonomy as the data files state it.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/pipeline/export/catalog.ts';
import { loadTaxonomy } from '../../src/pipeline/tag/load-taxonomy.ts';
import { realCorpus } from './real-corpus.ts';

const corpus = realCorpus().corpus;
const catalog = buildCatalog(corpus, loadTaxonomy());
const doc = (id: string) => catalog.documents.find((d) => d.id === id)!;
const node = (key: string) => catalog.jurisdictions.find((j) => j.key === key)!;

describe('catalog', () => {
  it('labels every document uniquely by place and what it is, with the year of a legal text', () => {
    expect(new Set(catalog.documents.map((d) => d.label)).size).toBe(corpus.documents.length);
    expect(doc('ningbo-patent')).toMatchObject({ label: '宁波市 · 专利管理条例（2012）', shortTitle: '专利管理条例', place: '宁波', family: '法律法规', year: 2012, jurisdiction: 'zhejiang.ningbo' });
    expect(doc('ningbo')).toMatchObject({ label: '宁波市 · 关于全面加强知识产权工作的实施意见', family: '政策文件', year: null, date: null });
    expect(doc('baotou')).toMatchObject({ docNumber: '包市监发〔2021〕369号', date: '2021-12-22', issuers: ['包头市市场监督管理局（知识产权局）'] });
  });

  it('puts each document under its jurisdiction, a district under its city, and names parents without documents', () => {
    expect(node('zhejiang.ningbo').documents).toEqual(['ningbo', 'ningbo-patent']);
    expect(node('henan.luoyang.luolong')).toMatchObject({ name: '洛龙区', parent: 'henan.luoyang', depth: 3, documents: ['luolong'] });
    expect(node('henan.luoyang')).toMatchObject({ name: '洛阳市', parent: 'henan', documents: ['luoyang-patent'] });
    expect(node('neimenggu')).toMatchObject({ name: '内蒙古自治区', level: '自治区', parent: 'cn', documents: [] });
    for (const j of catalog.jurisdictions) if (j.parent) expect(catalog.jurisdictions.some((p) => p.key === j.parent), j.key).toBe(true);
    expect(catalog.jurisdictions.flatMap((j) => j.documents).sort()).toEqual(corpus.documents.map((d) => d.meta.id).sort());
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
    expect(Object.keys(catalog.taxonomy.rules.themes).sort()).toEqual([...taxonomy.themes.labels.flatMap((l) => l.rules), ...taxonomy.themes.damping].map((r) => r.id).sort());
    expect(catalog.taxonomy.rules.themes['protection-penalty']).toBe('罚款、没收、责令改正等行政处罚，属于执法保护');
    expect(catalog.taxonomy.rules.instruments.duty).toContain('应当');
    expect(catalog.taxonomy.rules.instruments.preamble).toContain('权重降低');
  });
});
