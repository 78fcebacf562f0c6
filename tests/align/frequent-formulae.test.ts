import { describe, expect, it } from 'vitest';
import { formulaMasks, formulaThreshold } from '../../src/pipeline/align/frequent-formulae.ts';

const masked = (text: string, mask: Uint8Array): string => [...text].map((ch, i) => (mask[i] ? '＊' : ch)).join('');

describe('formula threshold', () => {
  it('is max(8, ⌈N/4⌉) documents: 8 for the 15-document corpus and for tiny ones, 250 for 1,000', () => {
    expect(formulaThreshold(3)).toBe(8);
    expect(formulaThreshold(15)).toBe(8);
    expect(formulaThreshold(32)).toBe(8);
    expect(formulaThreshold(33)).toBe(9);
    expect(formulaThreshold(1000)).toBe(250);
  });
});

describe('formula masks', () => {
  // Fifteen documents of one clause each: its own measure, after `没收违法所得` in the first `holders`.
  const measures = [
    '技术调查官',
    '专利导航',
    '质押融资',
    '地理标志',
    '商标品牌',
    '海外维权',
    '人才培养',
    '版权工程',
    '数据保护',
    '展会执法',
    '信用监管',
    '开放许可',
    '高价值专利',
    '维权援助',
    '标准必要专利',
  ];
  const corpus = (holders: number) =>
    measures.map((measure, d) => ({ text: `${d < holders ? '没收违法所得' : ''}${measure}`, doc: d }));

  it('masks 没收违法所得 in 8 of 15 documents but keeps each document’s own wording', () => {
    const masks = formulaMasks(corpus(8), 15);
    expect(masked(corpus(8)[0].text, masks[0])).toBe('＊＊＊＊＊＊技术调查官');
    expect(masks[9].includes(1)).toBe(false);
  });

  it('keeps 没收违法所得 when only 7 of 15 documents have it', () => {
    expect(formulaMasks(corpus(7), 15).every((m) => !m.includes(1))).toBe(true);
  });

  it('counts a document once however many of its clauses repeat the gram', () => {
    const texts = Array.from({ length: 8 }, () => ({ text: '没收违法所得', doc: 0 }));
    expect(formulaMasks(texts, 15).every((m) => !m.includes(1))).toBe(true);
  });

  it('refuses clauses of one document that are not contiguous', () => {
    expect(() =>
      formulaMasks(
        [
          { text: '甲', doc: 0 },
          { text: '乙', doc: 1 },
          { text: '丙', doc: 0 },
        ],
        2,
      ),
    ).toThrow(/not contiguous/);
  });
});
