import { describe, expect, it } from 'vitest';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { toSimplifiedQuery } from '../../src/lib/search-t2s.ts';
import { convertibleCharacters } from '../../src/lib/search-traditional.ts';
import { toSimplified } from '../../src/pipeline/text/simplify.ts';

describe('query conversion', () => {
  it('converts exactly like the corpus pipeline, character by character and phrase by phrase', () => {
    const pipeline = toSimplified();
    const chars = convertibleCharacters();
    const differing = [...chars].filter((char) => toSimplifiedQuery(char) !== pipeline(char));
    expect(differing).toEqual([]);
    const phrases = TSPhrases.split('|').map((entry) => entry.split(' ')[0]);
    expect(phrases.filter((phrase) => toSimplifiedQuery(phrase) !== pipeline(phrase))).toEqual([]);
    expect(toSimplifiedQuery('知識產權質押融資 乾燥')).toBe('知识产权质押融资 干燥');
  });

  it('lists the characters that need the converter, and no common simplified ones', () => {
    const chars = new Set(convertibleCharacters());
    for (const char of '識產權質務專標誌乾') expect(chars.has(char)).toBe(true);
    for (const char of '知识产权质押融资一目然强国') expect(chars.has(char)).toBe(false);
  });
});
