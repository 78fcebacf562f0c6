import { describe, expect, it } from 'vitest';
import { formatQuery, isEmptyQuery, matchesQuery, parseQuery, soughtWords } from '../../src/search/browser/query.ts';
import { candidateQueries } from '../../src/search/browser/suggest.ts';

describe('query syntax', () => {
  it('strips quotes of every kind and says so', () => {
    for (const q of ['“质押融资”', '"质押融资"', '「质押融资」', '『质押融资』']) {
      const parsed = parseQuery(q);
      expect(parsed.any).toEqual([['质押融资']]);
      expect(parsed.notes.join('')).toContain('已去掉引号');
    }
  });

  it('strips punctuation at the ends of a pasted word and names the word', () => {
    const parsed = parseQuery('质押融资。 ，保险；');
    expect(parsed.any).toEqual([['质押融资', '保险']]);
    expect(parsed.notes.join('')).toBe('已去掉词首词尾的标点（“质押融资。”、“，保险；”）。');
    // Punctuation inside a word stays: it is part of what is sought.
    expect(parseQuery('机制。建立').any).toEqual([['机制。建立']]);
    expect(parseQuery('质押融资').notes).toEqual([]);
  });

  it('reads -word as an exclusion of the whole query and | or OR as either side', () => {
    expect(parseQuery('质押融资 -保险')).toMatchObject({ any: [['质押融资']], not: ['保险'] });
    expect(parseQuery('质押 | 信贷').any).toEqual([['质押'], ['信贷']]);
    expect(parseQuery('质押|信贷 OR 担保 融资 -保险').any).toEqual([['质押'], ['信贷'], ['担保', '融资']]);
    expect(parseQuery('质押 or 信贷').any).toEqual([['质押', 'or', '信贷']]);
    expect(parseQuery('| 质押 |').any).toEqual([['质押']]);
    expect(parseQuery('-保险')).toMatchObject({ any: [], not: ['保险'] });
    expect(isEmptyQuery(parseQuery('  -  “” '))).toBe(true);
  });

  it('drops repeats and words inside another word, folds width and case', () => {
    expect(parseQuery('质押　融资 质押融资 ＰＣＴ').any).toEqual([['质押融资', 'pct']]);
    expect(soughtWords(parseQuery('质押 | 质押融资 -保险'))).toEqual(['质押融资']);
  });

  it('matches as Ctrl-F would: every word of one side, none of the excluded', () => {
    const text = '推进知识产权质押融资，探索知识产权保险。';
    expect(matchesQuery(text, parseQuery('质押融资 -保险'))).toBe(false);
    expect(matchesQuery(text, parseQuery('质押融资 -信贷'))).toBe(true);
    expect(matchesQuery(text, parseQuery('信贷 | 保险'))).toBe(true);
    expect(matchesQuery(text, parseQuery('信贷 融资 | 证券'))).toBe(false);
    expect(matchesQuery(text, parseQuery('“质押融资”。'))).toBe(true);
  });

  it('writes a query back in its syntax', () => {
    expect(formatQuery(parseQuery('质押 融资 | 信贷 -保险'))).toBe('质押 融资 | 信贷 -保险');
  });
});

describe('nearest queries', () => {
  it('tries dropping an exclusion, then a word, then ever shorter pieces of the longest word', () => {
    const candidates = candidateQueries(parseQuery('知识产权质押 专利 -保险')).map(formatQuery);
    expect(candidates.slice(0, 3)).toEqual(['知识产权质押 专利', '专利 -保险', '知识产权质押 -保险']);
    expect(candidates[3]).toBe('知识产权质 专利 -保险');
    expect(candidates[4]).toBe('识产权质押 专利 -保险');
    expect(candidates.at(-1)).toBe('质押 专利 -保险');
  });
});
