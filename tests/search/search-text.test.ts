import { describe, expect, it } from 'vitest';
import {
  containsAll,
  decodeTokens,
  encodeTokens,
  queryWords,
  separatorToken,
  textTokens,
} from '../../src/search/shared/text.ts';

describe('search tokens', () => {
  it('makes every Han character, letter and digit its own token and punctuation a placeholder', () => {
    expect(encodeTokens('加强（PCT）2025年。')).toBe('加 强 qff08z p c t qff09z 2 0 2 5 年 q3002z');
  });

  it('round-trips text through the index form, up to Latin case', () => {
    const text = '《知识产权强国建设纲要（2021—2035年）》\nGB/T 29490，15%';
    expect(decodeTokens(encodeTokens(text))).toBe(text.toLowerCase());
  });

  it('keeps placeholders distinct from the one-character tokens of real text', () => {
    for (const token of encodeTokens('“”，。、；：—…·%/\n\t（）《》').split(' '))
      expect(token).toMatch(/^q[0-9a-f]+z$/);
  });

  it('makes no token an extension of another, since Pagefind also finds extensions', () => {
    const tokens = [...new Set([...textTokens('Quality quota：质押，PCT-2025\n'), separatorToken])];
    expect(textTokens('q')).toEqual(['q71z']);
    for (const token of tokens)
      expect(tokens.filter((other) => other !== token && other.startsWith(token))).toEqual([]);
    expect(decodeTokens(`${encodeTokens('质押')} ${separatorToken} ${encodeTokens('Quota')}`)).toBe('质押quota');
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
