import { describe, expect, it } from 'vitest';
import { readCatalog, readCorpus } from '../../src/data/published-data.ts';
import { cowordVocabulary, unitCounts } from '../../src/search/build/coword-vocabulary.ts';
import { associations, logLikelihood } from '../../src/search/browser/cowords.ts';
import { searchRecords } from '../../src/search/build/records.ts';

const records = searchRecords(readCorpus(), readCatalog());
const vocabulary = cowordVocabulary(records);

describe('co-words', () => {
  it('computes G² as Dunning does: 0 for independence, larger for stronger association', () => {
    expect(logLikelihood(10, 10, 10, 10)).toBeCloseTo(0, 10);
    // 2 Σ O ln(O/E) for [[8, 2], [2, 88]]: E = [[1, 9], [9, 81]].
    const expected = 2 * (8 * Math.log(8) + 2 * Math.log(2 / 9) + 2 * Math.log(2 / 9) + 88 * Math.log(88 / 81));
    expect(logLikelihood(8, 2, 2, 88)).toBeCloseTo(expected, 10);
    expect(logLikelihood(9, 1, 1, 89)).toBeGreaterThan(logLikelihood(8, 2, 2, 88));
  });

  it('counts each vocabulary word in the units holding it character by character', () => {
    expect(vocabulary.units).toBe(records.length);
    const count = (word: string): number => records.filter((record) => record.text.includes(word)).length;
    const wrong = vocabulary.words.filter(([word, n]) => n !== count(word));
    expect(wrong).toEqual([]);
    expect(vocabulary.words.length).toBeGreaterThan(500);
    expect(vocabulary.words.every(([word, n]) => /^\p{Script=Han}{2,}$/u.test(word) && n >= 3)).toBe(true);
  });

  it('counts the texts holding a word by its characters, whatever pairs it shares with other words', () => {
    const texts = ['知识产权保护', '产权交易', '知识', '权权相扣', '𠀀𠀁产权', '保护知识产权的知识'];
    const words = ['知识产权', '产权', '权权', '知识', '𠀀𠀁', '保护知识', '不在其中'];
    const naive = words.map((word): [string, number] => [word, texts.filter((text) => text.includes(word)).length]);
    expect(unitCounts(words, texts)).toEqual(naive);
    expect(unitCounts(words, texts)).toEqual([
      ['知识产权', 2],
      ['产权', 4],
      ['权权', 1],
      ['知识', 3],
      ['𠀀𠀁', 1],
      ['保护知识', 1],
      ['不在其中', 0],
    ]);
  });

  it('lists for 质押融资 words it shares at least 3 clauses with, above chance, strongest first, none inside the term', () => {
    const texts = records.filter((record) => record.text.includes('质押融资')).map((record) => record.text);
    const found = associations('质押融资', texts, vocabulary.words, records.length);
    expect(found.length).toBeGreaterThan(5);
    for (const a of found) {
      expect(a.both).toBe(texts.filter((text) => text.includes(a.word)).length);
      expect(a.both).toBeGreaterThanOrEqual(3);
      expect(a.both / texts.length).toBeGreaterThan(a.clauses / records.length);
      expect('质押融资'.includes(a.word) || a.word.includes('质押融资')).toBe(false);
    }
    expect(found.map((a) => a.g2)).toEqual([...found.map((a) => a.g2)].sort((a, b) => b - a));
    expect(found.map((a) => a.word)).toContain('金融机构');
  });
});
