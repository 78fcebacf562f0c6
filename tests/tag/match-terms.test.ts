import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { blockedSpans, compileTerms, countTerms } from '../../src/pipeline/tag/match-terms.ts';
import { cutWords, WordBoundaries } from '../../src/pipeline/tag/segment.ts';

const boundariesOfOneCut = (text: string): number[] => {
  const offsets = [0];
  for (const word of cutWords(text)) offsets.push(offsets.at(-1)! + word.length);
  return offsets;
};

const lazyBoundaries = (text: string): number[] => {
  const words = new WordBoundaries(text);
  return Array.from({ length: text.length + 1 }, (_, at) => at).filter((at) => words.has(at));
};

const count = (text: string, labels: Array<Record<string, number>>, passing: RegExp[] = []) =>
  countTerms(new WordBoundaries(text), blockedSpans(text, passing), compileTerms(labels)).map((m) =>
    Object.fromEntries(m ?? []),
  );

describe('word boundaries cut run by run', () => {
  it('are the boundaries of cutting the whole text at once, on every place of the real clauses', () => {
    const places = buildCorpus('content')
      .corpus.documents.flatMap((d) => clausesOf(d.body))
      .flatMap((c) => [c.text, c.title ?? '', c.headings.join('\n')]);
    expect(places.length).toBeGreaterThan(500);
    for (const text of places) expect(lazyBoundaries(text), text).toEqual(boundariesOfOneCut(text));
  });

  it('hold at separators, text edges and characters outside the basic plane', () => {
    expect(lazyBoundaries('𠀋专利 保护')).toEqual([0, 2, 4, 5, 7]);
    expect(lazyBoundaries('')).toEqual([0]);
    expect(lazyBoundaries('，。')).toEqual([0, 1, 2]);
  });
});

describe('term matching', () => {
  it('lets a longer term claim its span before a shorter one of the same label', () => {
    expect(count('推动知识产权质押融资', [{ 融资: 2, 质押融资: 3 }])).toEqual([{ 质押融资: 1 }]);
  });

  it('counts a term inside one word but not one that straddles two', () => {
    expect(count('加强高价值专利布局', [{ 专利: 1 }])).toEqual([{ 专利: 1 }]);
    expect(count('加强知识产权保护', [{ 权保: 1 }])).toEqual([{}]);
  });

  it('keeps labels apart: a span claimed by one label still counts for another', () => {
    expect(count('推动知识产权质押融资', [{ 质押融资: 3 }, { 融资: 2 }])).toEqual([{ 质押融资: 1 }, { 融资: 1 }]);
  });

  it('counts every occurrence and none inside a passing phrase', () => {
    expect(count('加强保护，强化保护。', [{ 保护: 1 }])).toEqual([{ 保护: 2 }]);
    expect(count('加强保护，《专利保护条例》', [{ 保护: 1 }], [/《[^》]*》/gu])).toEqual([{ 保护: 1 }]);
  });

  it('finds terms with characters outside the basic plane', () => {
    expect(count('𠀋专利 保护', [{ '𠀋专利': 1, 保护: 1 }])).toEqual([{ '𠀋专利': 1, 保护: 1 }]);
  });
});
