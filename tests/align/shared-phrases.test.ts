import { describe, expect, it } from 'vitest';
import { alignCorpus } from '../../src/pipeline/align/align-corpus.ts';
import { realCorpus } from './fixture-corpus.ts';

const { phrases } = alignCorpus(realCorpus());

describe('shared phrases', () => {
  it('finds 严保护、大保护、快保护、同保护 in 包头 and 威海, linked to the clauses that contain it', () => {
    const phrase = phrases.find((p) => p.key === '严保护大保护快保护同保护');
    expect(phrase?.text).toBe('严保护、大保护、快保护、同保护');
    expect(phrase?.documents.sort()).toEqual(['baotou', 'weihai']);
    for (const { clauseId } of phrase!.clauses) expect(clauseId).toMatch(/^(baotou|weihai)-/);
  });

  it('finds the 国家海外知识产权纠纷应对指导中心 in four cities and 技术调查官制度 in four', () => {
    expect(phrases.find((p) => p.key === '国家海外知识产权纠纷应对指导中心')?.documents).toHaveLength(4);
    // Three plans (包头, 宁波, 威海) and, since the regulations joined the corpus, 广东's 知识产权保护条例 (art. 14:
    // 省人民政府应当建立知识产权行政保护技术调查官制度). Five documents: below the formula threshold (8), so not masked.
    const phrase = phrases.find((p) => p.key === '技术调查官制度');
    expect(phrase?.documents.sort()).toEqual(['baotou', 'guangdong-ip', 'ningbo', 'weihai']);
    expect(phrase?.clauses.map((c) => c.clauseId)).toContain('guangdong-ip-a14');
  });

  it('leaves out boilerplate and passages shorter than 6 characters', () => {
    expect(phrases.filter((p) => p.key.includes('习近平'))).toEqual([]);
    expect(phrases.filter((p) => p.key.length < 6)).toEqual([]);
  });

  it('keeps only maximal passages and every phrase spans two or more documents', () => {
    for (const p of phrases) {
      expect(p.documents.length).toBeGreaterThanOrEqual(2);
      const ids = p.clauses.map((c) => c.clauseId).join();
      const inside = phrases.filter(
        (q) => q !== p && q.key.includes(p.key) && q.clauses.map((c) => c.clauseId).join() === ids,
      );
      expect(inside, p.key).toEqual([]);
    }
  });

  it('is sorted by number of documents, most first', () => {
    const counts = phrases.map((p) => p.documents.length);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });
});
