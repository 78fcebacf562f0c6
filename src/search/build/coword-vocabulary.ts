/**
 * The vocabulary the concordance's 同现词 draws on, built with the site:
 * every word of two or more Chinese characters that nodejieba (with the
 * domain dictionary) cuts from at least `minClauses` search units, with
 * the number of units holding it found as the page finds it — character
 * by character, as Ctrl-F would (jieba cuts 知识产权 whole in one clause
 * and as 知识 / 产权 in another; the count must not depend on that).
 * Written by the index builder as `search/data/words.json`.
 *
 *   { units: 1095, words: [['知识产权', 702], ['专利', 655], …] }
 */
import { cutWords } from '../../pipeline/tag/segment.ts';
import type { SearchRecord } from './records.ts';
import type { CowordVocabulary } from '../shared/words.ts';

/** Fewest units a word must stand in to be in the vocabulary. */
export const minClauses = 3;

/** The vocabulary of the search units. */
export function cowordVocabulary(records: readonly Pick<SearchRecord, 'text'>[]): CowordVocabulary {
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const word of new Set(cutWords(record.text)))
      if (/^\p{Script=Han}{2,}$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const texts = records.map((record) => record.text);
  const candidates = [...counts].filter(([, n]) => n >= minClauses).map(([word]) => word);
  const words = unitCounts(candidates, texts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { units: records.length, words };
}

/** The two-character sequences of a text, each once. */
const pairsOf = (text: string): Set<string> => {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
};

/**
 * How many texts hold each word (`text.includes(word)`, as Ctrl-F finds
 * it), without testing every word against every text: a text holding a
 * word holds each of its two-character sequences, so only the texts that
 * hold the word's rarest pair are tested. One pass counts the texts of
 * every pair the words have; a second lists the texts of each rarest pair.
 */
export function unitCounts(words: readonly string[], texts: readonly string[]): Array<[string, number]> {
  const short = words.find((word) => word.length < 2);
  if (short !== undefined)
    throw new Error(
      `co-word vocabulary: "${short}" is shorter than two characters; only words of two or more are counted`,
    );
  const wordPairs = words.map((word) => [...pairsOf(word)]);
  const frequency = new Map<string, number>(wordPairs.flat().map((pair) => [pair, 0]));
  const textPairs = texts.map(pairsOf);
  for (const pairs of textPairs)
    for (const pair of pairs) if (frequency.has(pair)) frequency.set(pair, frequency.get(pair)! + 1);
  const rarest = wordPairs.map((pairs) =>
    pairs.reduce((best, pair) => (frequency.get(pair)! < frequency.get(best)! ? pair : best)),
  );
  const holders = new Map<string, number[]>(rarest.map((pair) => [pair, []]));
  textPairs.forEach((pairs, index) => {
    for (const pair of pairs) holders.get(pair)?.push(index);
  });
  return words.map((word, index) => [
    word,
    holders.get(rarest[index])!.reduce((n, text) => n + (texts[text].includes(word) ? 1 : 0), 0),
  ]);
}
