import { describe, expect, it } from 'vitest';
import {
  clauseAt,
  clauseStarts,
  fromGaps,
  groupUnits,
  packCore,
  phraseStarts,
  toGaps,
  unpackCore,
  unpackPart,
  type CoreIndex,
} from '../../src/search/shared/index-data.ts';
import { matchedSentences, sentenceRanges } from '../../src/search/browser/excerpt.ts';

describe('index groups', () => {
  it('never mix documents and stay within the clause and token limits, a long clause alone', () => {
    const units = [
      ...Array.from({ length: 5 }, () => ({ docId: 'a', tokens: 10 })),
      { docId: 'b', tokens: 500 },
      { docId: 'b', tokens: 10 },
      { docId: 'b', tokens: 10 },
    ];
    expect(groupUnits(units, { clauses: 3, tokens: 100 })).toEqual([
      [0, 3],
      [3, 2],
      [5, 1],
      [6, 2],
    ]);
    expect(groupUnits([], { clauses: 3, tokens: 100 })).toEqual([]);
  });

  it('find which clause a token position belongs to, separators counted', () => {
    // Clauses of 3, 1 and 4 tokens: positions 0-2, [3] separator, 4, [5], 6-9.
    const starts = clauseStarts([9, 3, 1, 4], 1, 3);
    expect([...starts]).toEqual([0, 4, 6]);
    expect([0, 2, 4, 6, 9].map((position) => clauseAt(starts, position))).toEqual([0, 0, 1, 2, 2]);
  });

  it('find a word where its tokens stand side by side, every occurrence', () => {
    // 知 识 产 权 qz 产 权 知 识 : 知识 at 0 and 7.
    expect(
      phraseStarts([
        [0, 7],
        [1, 8],
      ]),
    ).toEqual([0, 7]);
    expect(phraseStarts([[0, 7], [2]])).toEqual([]);
    expect(
      phraseStarts([
        [3, 4, 5],
        [4, 5, 6],
      ]),
    ).toEqual([3, 4, 5]);
  });

  it('write the groups as runs per document and read them back exactly', () => {
    const core: CoreIndex = {
      schema: 1,
      ids: ['zh-cn_a', 'zh-cn_b', 'zh-cn_c', 'zh-cn_d'],
      docs: ['x', 'y'],
      dates: ['2020-01-01', ''],
      groups: [
        [0, 0, 3],
        [0, 3, 2],
        [1, 5, 1],
        [1, 6, 2],
      ],
      clauses: 8,
      docFacets: {
        place: { values: [], docs: [[], []] },
        level: { values: [], docs: [[], []] },
        genre: { values: [], docs: [[], []] },
        year: { values: [], docs: [[], []] },
        status: { values: [], docs: [[], []] },
      },
    };
    const whole = packCore(core);
    expect(whole.parts.map((part) => [part.runs, part.counts])).toEqual([
      [
        [
          [0, 2],
          [1, 2],
        ],
        [3, 2, 1, 2],
      ],
    ]);
    const read = (value: unknown) => JSON.parse(JSON.stringify(value));
    expect(
      unpackCore(
        read(whole.core),
        whole.parts.map((part) => unpackPart(read(part))),
      ),
    ).toEqual(core);
    // In parts, a document's groups may stand in two of them.
    const split = packCore(core, [0, 1, 3], ['pagefind/', 'pagefind-2/', 'pagefind-3/']);
    expect(split.core.parts).toBe(3);
    expect(split.parts.map((part) => [part.bundle, part.firstClause, part.ids, part.runs])).toEqual([
      ['pagefind/', 0, ['zh-cn_a'], [[0, 1]]],
      [
        'pagefind-2/',
        3,
        ['zh-cn_b', 'zh-cn_c'],
        [
          [0, 1],
          [1, 1],
        ],
      ],
      ['pagefind-3/', 6, ['zh-cn_d'], [[1, 1]]],
    ]);
    expect(split.parts[2].starts).toEqual([0, 1, 3, 4]);
    const parts = split.parts.map((part) => unpackPart(read(part)));
    expect(parts[1].groups).toEqual([
      [0, 3, 2],
      [1, 5, 1],
    ]);
    expect(unpackCore(read(split.core), parts)).toEqual(core);
    expect(() => unpackCore(read(split.core), parts.slice(0, 2))).toThrow(/应有 3 个分卷，读到 2 个/);
    expect(() =>
      packCore({
        ...core,
        groups: [
          [0, 0, 3],
          [0, 4, 2],
        ],
      }),
    ).toThrow(/starts at clause 4, expected 3/);
    expect(() => unpackCore({ ...whole.core, schema: 2 as unknown as 3 }, parts)).toThrow(/重新构建网站/);
    expect(() => unpackPart({ ...whole.parts[0], schema: 2 as unknown as 1 })).toThrow(/groups-1\.json\.gz/);
  });

  it('store ordinals as gaps and read them back', () => {
    expect(toGaps([3, 5, 9])).toEqual([3, 2, 4]);
    expect(fromGaps(toGaps([0, 1, 2, 40]))).toEqual([0, 1, 2, 40]);
  });
});

describe('result sentences', () => {
  it('shows every sentence holding a match whole, adjacent ones together, and says when text is left out', () => {
    const text = '加强保护。推进质押融资；开展培训。\n探索保险。';
    expect(sentenceRanges(text).map(([a, b]) => text.slice(a, b))).toEqual([
      '加强保护。',
      '推进质押融资；',
      '开展培训。',
      '\n',
      '探索保险。',
    ]);
    const found = matchedSentences(text, ['质押', '保险']);
    expect(found.pieces.map((piece) => piece.map(([part]) => part).join(''))).toEqual(['推进质押融资；', '探索保险。']);
    expect(found.pieces[0]).toEqual([
      ['推进', false],
      ['质押', true],
      ['融资；', false],
    ]);
    expect(found.complete).toBe(false);
    expect(matchedSentences('质押融资。', ['质押']).complete).toBe(true);
    expect(matchedSentences(text, []).complete).toBe(true);
  });
});
