/**
 * The catalogue the site reads (catalog.json), built from the real corpus:
 * one unique label per document that says what it is, every document in
 * the jurisdiction tree under its place, parents present even without a
 * document of their own, and the taxonomy as the data files state it.
 */
import { describe, expect, it } from 'vitest';
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
    expect(doc('ningbo-patent')).toMatchObject({ label: '宁波市 · 专利管理条例（2012）', shortTitle: '专利管理条例', place: '宁波', family: '法律法规', year: 2012, jurisdiction: 'zhejiang.ningbo' });
    expect(doc('ningbo')).toMatchObject({ label: '宁波市 · 关于全面加强知识产权工作的实施意见', family: '政策文件', year: null, date: null });
    expect(doc('baotou')).toMatchObject({ docNumber: '包市监发〔2021〕369号', date: '2021-12-22', issuers: ['包头市市场监督管理局（知识产权局）'] });
  });

  it('gives every document its legal category: laws, State Council regulations, local regulations, policy papers', () => {
    expect(doc('national-patent-law').category).toBe('法律');
    expect(doc('national-patent-rules-2023').category).toBe('行政法规');
    expect(doc('zhejiang-patent').category).toBe('地方性法规');
    expect(doc('zibo-patent').category).toBe('地方性法规');
    expect(doc('baotou').category).toBe('政策文件');
  });

  it('reads 司法解释 and 部门规章 from the issuer, and leaves a local 规定 with no issuer unsettled', () => {
    const national = { name: '中华人民共和国', pinyin: 'Zhongguo', level: '国家', parent: null, province: null } as const;
    const local = { name: '青山市', pinyin: 'Qingshan', level: '地级市', parent: '某省', province: '某省' } as const;
    const meta = (genre: DocumentMeta['genre'], jurisdiction: DocumentMeta['jurisdiction'], issuers: string[]) => ({ genre, jurisdiction, issuers });
    expect(documentCategory(meta('解释', national, ['最高人民法院', '最高人民检察院']))).toBe('司法解释');
    expect(documentCategory(meta('规定', national, ['最高人民法院']))).toBe('司法解释');
    expect(documentCategory(meta('办法', national, ['国家知识产权局']))).toBe('部门规章');
    expect(documentCategory(meta('条例', national, ['国务院']))).toBe('行政法规');
    expect(documentCategory(meta('规定', local, ['青山市人民政府']))).toBe('地方政府规章');
    expect(documentCategory(meta('规定', local, []))).toBeNull();
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
