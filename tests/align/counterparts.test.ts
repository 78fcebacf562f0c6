import { describe, expect, it } from 'vitest';
import { alignCorpus, peerCorpus } from '../../src/pipeline/align/align-corpus.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { isNational } from '../../src/model/document-meta.ts';
import { fixtureCorpus, realCorpus } from './fixture-corpus.ts';

// As published: the local documents with each other (national texts are traced upstream, not compared).
const alignment = alignCorpus(peerCorpus(realCorpus()));
const top = (clauseId: string, docId: string) =>
  alignment.counterparts[clauseId].find((c) => c.docId === docId)?.items[0];

describe('counterparts on the real documents', () => {
  it('aligns the 技术调查官 clauses of 威海 and 宁波 both ways, with the measure as shared passage', () => {
    const fromWeihai = top('weihai-3-3', 'ningbo');
    expect(fromWeihai?.clauseId).toBe('ningbo-2-1');
    expect(fromWeihai?.passages.map((p) => p.text).join('|')).toContain('技术调查官');
    expect(top('ningbo-2-1', 'weihai')?.clauseId).toBe('weihai-3-3');
  });

  it('aligns 三合一 judicial protection in 洛龙区 with 威海 and the 海外纠纷 centre clauses of 包头 and 宁波', () => {
    expect(top('luolong-2-2-4', 'weihai')?.clauseId).toBe('weihai-3-3');
    expect(top('baotou-p28', 'ningbo')?.clauseId).toBe('ningbo-2-6');
  });

  it('compares the local documents only: no national text is among them', () => {
    const all = realCorpus().documents;
    const local = peerCorpus(realCorpus()).documents;
    expect(local.length).toBeGreaterThan(20);
    expect(local.filter((d) => isNational(d.meta))).toEqual([]);
    expect(all.filter((d) => isNational(d.meta)).length).toBe(all.length - local.length);
  });

  it('never offers a clause of the same document, keeps at most 3 per other document, and orders documents by their first counterpart’s similarity', () => {
    for (const [id, cities] of Object.entries(alignment.counterparts)) {
      const own = clausesOf(
        realCorpus().documents.find((d) => d.body.length && clausesOf(d.body).some((c) => c.id === id))!.body,
      )[0].docId;
      for (const city of cities) {
        expect(city.docId).not.toBe(own);
        expect(city.items.length).toBeLessThanOrEqual(3);
      }
      const first = cities.map((c) => c.items[0].score);
      expect([...first].sort((a, b) => b - a)).toEqual(first);
    }
  });

  it('puts first the counterpart that answers the same question, not the general clause close to the whole querying document: 宁波 2-2 (强化行政保护) → 洛龙区 2-2-5 (行政执法) before 2-2-6 (大保护共治)', () => {
    const items = alignment.counterparts['ningbo-2-2'].find((c) => c.docId === 'luolong')!.items;
    expect(items.map((i) => i.clauseId).slice(0, 2)).toEqual(['luolong-2-2-5', 'luolong-2-2-6']);
    // By similarity alone the general paragraph would come first.
    expect(items[1].score).toBeGreaterThan(items[0].score);
    const plain = alignCorpus(peerCorpus(realCorpus()), { hubness: 0, phrases: false });
    expect(plain.counterparts['ningbo-2-2'].find((c) => c.docId === 'luolong')!.items[0].clauseId).toBe(
      'luolong-2-2-6',
    );
  });

  it('in regulations, counts the formulae a provision is stated in: 适用范围, officials’ liability and 浙江 第三十一条 (调解) find theirs', () => {
    const first = (clauseId: string, docId: string): string | undefined =>
      alignment.counterparts[clauseId].find((c) => c.docId === docId)?.items[0].clauseId;
    expect(first('shandong-patent-a2', 'luoyang-patent')).toBe('luoyang-patent-a2');
    expect(first('shandong-patent-a49', 'beijing-patent')).toBe('beijing-patent-a50');
    expect(first('zhejiang-patent-a31', 'guangdong-ip')).toBe('guangdong-ip-a24');
  });

  it('does not show boilerplate such as 习近平新时代… as a shared passage', () => {
    const passages = Object.values(alignment.counterparts).flatMap((cities) =>
      cities.flatMap((c) => c.items.flatMap((i) => i.passages)),
    );
    expect(passages.length).toBeGreaterThan(500);
    expect(passages.filter((p) => p.text.includes('习近平'))).toEqual([]);
  });
});

describe('counterparts on fixtures', () => {
  it('finds no counterpart when two clauses share only boilerplate', () => {
    const result = alignCorpus(fixtureCorpus('boilerplate-only'));
    expect(result.counterparts['fixture-1-1']).toEqual([]);
    expect(result.phrases).toEqual([]);
  });

  it('finds the counterpart when the same clauses share a measure', () => {
    const result = alignCorpus(fixtureCorpus('shared-measure'));
    const [city] = result.counterparts['fixture-1-1'];
    expect(city.items[0].clauseId).toBe('fixture-2-1');
    expect(city.items[0].passages.map((p) => p.text)).toContain('技术调查官');
  });
});

describe('determinism', () => {
  it('gives byte-identical output on repeated runs', () => {
    expect(JSON.stringify(alignCorpus(peerCorpus(realCorpus())))).toBe(JSON.stringify(alignment));
  });
});
