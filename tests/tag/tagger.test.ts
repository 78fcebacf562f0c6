import { beforeAll, describe, expect, it } from 'vitest';
import type { Clause, Corpus } from '../../src/model/types.ts';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { tagCorpus } from '../../src/pipeline/tag/tag-corpus.ts';

let corpus: Corpus;
let clauses: Map<string, Clause>;
const themesOf = (id: string): string[] => clauses.get(id)!.themes.map((l) => l.id);
const objectsOf = (id: string): string[] => clauses.get(id)!.objects.map((l) => l.id);

beforeAll(() => {
  corpus = buildCorpus('content').corpus;
  tagCorpus(corpus);
  clauses = new Map(corpus.documents.flatMap((d) => clausesOf(d.body)).map((c) => [c.id, c]));
});

describe('theme tagging on real clauses', () => {
  it.each([
    ['luolong-2-4-15', 'creation'], // 加强高价值专利布局和培育
    ['luolong-2-3-11', 'use'], // 构建知识产权投融资服务体系
    ['weihai-3-3', 'protection'], // 加强知识产权司法保护
    ['ningbo-5-17', 'management'], // 建立重大活动知识产权评议机制
    ['luolong-2-5-19', 'service'], // 推进知识产权服务业集聚区建设
    ['luolong-2-6-21', 'talent'], // 加强知识产权人才体系建设
    ['luolong-2-6-23', 'culture'], // 营造知识产权浓厚文化环境
    ['weihai-3-12', 'international'], // 扩大知识产权国际合作与交流
    ['weihai-4-2', 'safeguards'], // 保障措施：加强要素保障
  ])('%s carries %s', (id, theme) => {
    expect(themesOf(id)).toContain(theme);
  });

  it('tags a clause on 海外维权 with both protection and international', () => {
    expect(themesOf('ningbo-2-6')).toEqual(expect.arrayContaining(['protection', 'international']));
  });

  it('gives no chain theme for the 创造、运用、保护、管理和服务 enumeration or 提供强力支撑', () => {
    // weihai-1-p1 names every link of the chain and ends with 为…提供强力支撑: guidance only.
    expect(themesOf('weihai-1-p1')).toEqual(['safeguards']);
    expect(themesOf('luolong-1-1')).toEqual(['safeguards']);
  });

  it('does not tag culture for a passing 宣传 under 保障措施, nor talent for 人才链 in a policy clause', () => {
    expect(themesOf('weihai-4-3')).not.toContain('culture');
    expect(themesOf('chongqing-2-1-1')).not.toContain('talent');
  });

  it('does not tag the themes of an overall-targets paragraph that lists every area as an indicator', () => {
    expect(themesOf('ningbo-1-p2')).toEqual(['safeguards']);
  });
});

describe('IP-object tagging on real clauses', () => {
  it.each([
    ['luolong-2-4-15', 'patent'],
    ['ningbo-3-9', 'trademark'],
    ['ningbo-3-10', 'copyright'],
    ['baotou-box6-1', 'gi'],
    ['ningbo-2-1', 'trade-secret'],
    ['ningbo-3-11', 'plant-variety'],
    ['luolong-2-1-1', 'data'],
    ['luolong-2-1-2', 'traditional'],
  ])('%s names %s', (id, object) => {
    expect(objectsOf(id)).toContain(object);
  });

  it('does not take event names or a service brand for an object', () => {
    expect(objectsOf('weihai-3-13')).not.toContain('patent'); // 中国专利周
    expect(objectsOf('ningbo-5-19')).not.toContain('trademark'); // 知识产权服务品牌
  });
});

describe('labels', () => {
  it('carry a score and evidence with the matched words and their place', () => {
    const use = clauses.get('luolong-2-3-11')!.themes.find((l) => l.id === 'use')!;
    expect(use.score).toBeGreaterThan(0);
    expect(use.evidence).toContainEqual(expect.objectContaining({ term: '质押融资', where: 'text' }));
    const safeguards = clauses.get('weihai-4-1')!.themes.find((l) => l.id === 'safeguards')!;
    expect(safeguards.evidence).toContainEqual(expect.objectContaining({ term: '组织领导', where: 'title' }));
    expect(safeguards.evidence).toContainEqual(expect.objectContaining({ term: 'safeguards-heading', where: 'rule' }));
    for (const clause of clauses.values()) {
      for (const label of [...clause.themes, ...clause.objects]) {
        expect(label.evidence.length).toBeGreaterThan(0);
        for (const e of label.evidence) expect(['text', 'title', 'heading', 'rule']).toContain(e.where);
      }
    }
  });

  it('are sorted by score, then id', () => {
    for (const clause of clauses.values()) {
      for (const list of [clause.themes, clause.objects]) {
        const sorted = [...list].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
        expect(list).toEqual(sorted);
      }
    }
  });

  it('leave the reading text unchanged (no segmenter spaces)', () => {
    const fresh = buildCorpus('content').corpus;
    const texts = fresh.documents.flatMap((d) => clausesOf(d.body)).map((c) => c.text);
    expect([...clauses.values()].map((c) => c.text)).toEqual(texts);
  });

  it('are deterministic: tagging the same corpus again gives the same labels', () => {
    const again = buildCorpus('content').corpus;
    tagCorpus(again);
    const labels = (c: Corpus) =>
      c.documents.flatMap((d) => clausesOf(d.body)).map((x) => ({ id: x.id, themes: x.themes, objects: x.objects }));
    expect(labels(again)).toEqual(labels(corpus));
  });
});
