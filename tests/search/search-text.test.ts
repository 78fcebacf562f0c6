import { describe, expect, it } from 'vitest';
import { charCode, containsAll, decodeTokens, encodeTokens, queryWords, separatorToken, textTokens, wordTerms } from '../../src/search/search-text.ts';

describe('search tokens', () => {
  it('gives every character a four-letter code and every position its bigram with the next, the last alone', () => {
    expect(encodeTokens('加强（PCT）')).toBe('0gbk0it6 0it61edk 1edk0034 0034002r 002r0038 00381edl 1edl');
    expect(charCode('知')).toBe('0nol');
    expect(textTokens('知识').length).toBe(2);
  });

  it('round-trips text through the index form, up to Latin case', () => {
    const text = '《知识产权强国建设纲要（2021—2035年）》\nGB/T 29490，15%😀';
    expect(decodeTokens(encodeTokens(text))).toBe(text.toLowerCase());
    expect(textTokens(text).length).toBe([...text].length);
  });

  it('keeps tokens ASCII, so that Pagefind does not segment them', () => {
    for (const token of encodeTokens('“”，。、；：—…·%/\n\t（）《》知识产权').split(' ')) expect(token).toMatch(/^[0-9a-z]{4}([0-9a-z]{4})?$/);
  });

  it('finds a word by its bigrams at every other position and the last, a character by its code', () => {
    expect(wordTerms('知识产权')).toEqual([[charCode('知') + charCode('识'), 0], [charCode('产') + charCode('权'), 2]]);
    expect(wordTerms('技术调查官').map(([, at]) => at)).toEqual([0, 2, 3]);
    expect(wordTerms('专利')).toEqual([[charCode('专') + charCode('利'), 0]]);
    expect(wordTerms('专')).toEqual([[charCode('专'), 0]]);
    // Extensions of a one-character term are exactly the positions of that character.
    const tokens = textTokens('专利专，专');
    expect(tokens.filter((token) => token.startsWith(charCode('专'))).length).toBe(3);
    expect(tokens.filter((token) => token.startsWith(separatorToken))).toEqual([]);
  });

  it('folds full-width letters and digits and ignores Latin case', () => {
    expect(encodeTokens('ＰＣＴ２０')).toBe(encodeTokens('pct20'));
    expect(containsAll('提交PCT国际专利申请', ['pct', '专利'])).toBe(true);
  });
});

describe('query words', () => {
  it('splits on any whitespace, including the ideographic space, and drops repeats and contained words', () => {
    expect(queryWords('  质押　融资 质押 质押融资 ')).toEqual(['质押融资']);
    expect(queryWords('专利 商标')).toEqual(['专利', '商标']);
    expect(queryWords('   ')).toEqual([]);
  });

});
