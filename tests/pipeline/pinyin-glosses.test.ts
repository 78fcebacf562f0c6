import { describe, expect, it } from 'vitest';
import { findGlosses } from '../../src/pipeline/text/pinyin-glosses.ts';
import { realClauses, realDocument } from './real-corpus.ts';

describe('pinyin glosses', () => {
  it('removes the pinyin gloss in 區(qū) but keeps (自治縣), (PCT), (RCEP) and (2021—2035年)', () => {
    const text = '各區(qū)縣(自治縣)人民政府，PCT國際專利(PCT)，協定》(RCEP)，綱要(2021—2035年)，創(chuàng)新';
    const glosses = findGlosses(text).map((g) => g.gloss);
    expect(glosses).toEqual(['qū', 'chuàng']);
  });

  it('does not take a bracket after a space or at a line start for a gloss', () => {
    expect(findGlosses('(qū) 區 (yè)')).toEqual([]);
  });

  it('removes all 317 glosses of the Chongqing source and records each with its place', () => {
    const doc = realDocument('chongqing');
    const glosses = doc.repairs.filter((r) => r.kind === 'gloss');
    expect(glosses).toHaveLength(317);
    expect(doc.stats.glossesRemoved).toBe(317);
    expect(glosses[0]).toMatchObject({ line: 1, before: '(qū)', after: '' });
    for (const clause of realClauses('chongqing'))
      expect(clause.original).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/);
  });

  it('keeps the real brackets of the Chongqing text', () => {
    const all = realClauses('chongqing')
      .map((c) => c.original)
      .join('');
    expect(all).toContain('(自治縣,以下簡稱區縣)');
    expect(all).toContain('(2021—2035年)');
    expect(all).toContain('發明人(設計人)');
  });
});
