/**
 * The vocabulary the concordance's 同现词 draws on, built with the site:
 * every word of two or more Chinese characters that nodejieba (with the
 * domain dictionary) cuts from at least `minClauses` search units, with
 * the number of units holding it found as the page finds it — character
 * by character, as Ctrl-F would (jieba cuts 知识产权 whole in one clause
 * and as 知识 / 产权 in another; the count must not depend on that).
 * Published as `terms/words.json`.
 *
 *   { units: 1095, words: [['知识产权', 702], ['专利', 655], …] }
 */
import { cutWords } from '../../pipeline/tag/segment.ts';
import type { SearchRecord } from './records.ts';

/** The published vocabulary. */
export interface CowordVocabulary {
  /** Search units (clauses and table rows) counted. */
  units: number;
  /** [word, units holding it], most frequent first. */
  words: Array<[string, number]>;
}

/** Fewest units a word must stand in to be in the vocabulary. */
export const minClauses = 3;

/** The vocabulary of the search units. */
export function cowordVocabulary(records: readonly Pick<SearchRecord, 'text'>[]): CowordVocabulary {
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const word of new Set(cutWords(record.text))) if (/^\p{Script=Han}{2,}$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const texts = records.map((record) => record.text);
  const words = [...counts]
    .filter(([, n]) => n >= minClauses)
    .map(([word]): [string, number] => [word, texts.reduce((n, text) => n + (text.includes(word) ? 1 : 0), 0)])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { units: records.length, words };
}
