/**
 * The shape of `search/data/words.json`, the vocabulary of the concordance's
 * 同现词: written by the index builder (build/coword-vocabulary.ts), read by
 * the page (src/browser/coword-panel.ts).
 *
 *   { units: 1095, words: [['知识产权', 702], ['专利', 655], …] }
 */

/** The published vocabulary. */
export interface CowordVocabulary {
  /** Search units (clauses and table rows) counted. */
  units: number;
  /** [word, units holding it], most frequent first. */
  words: Array<[string, number]>;
}
