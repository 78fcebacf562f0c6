/**
 * Words that travel with a term: for each word of the vocabulary, how many
 * clauses hold both, and how strongly the two are associated by Dunning's
 * log-likelihood ratio G² over the 2 × 2 table of clauses (with the term
 * or not × with the word or not). Only words in at least `min` clauses
 * with the term, and found there more often than chance would put them,
 * are listed — strongest first. Browser-safe.
 *
 *   G² = 2 Σ O·ln(O/E) over the four cells; E = row total × column total / N.
 *
 * Dunning, "Accurate methods for the statistics of surprise and
 * coincidence", Computational Linguistics 19(1), 1993.
 */

/** One associated word. */
export interface Association {
  word: string;
  /** Clauses holding both the term and the word. */
  both: number;
  /** Clauses holding the word in the whole corpus. */
  clauses: number;
  /** Log-likelihood ratio G². */
  g2: number;
}

/** Fewest clauses a word must share with the term to be listed. */
export const minShared = 3;

const cell = (observed: number, expected: number): number =>
  observed > 0 ? observed * Math.log(observed / expected) : 0;

/** G² of a 2 × 2 table: a both, b term only, c word only, d neither. */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  const e = (row: number, col: number): number => (row * col) / n;
  return (
    2 * (cell(a, e(a + b, a + c)) + cell(b, e(a + b, b + d)) + cell(c, e(c + d, a + c)) + cell(d, e(c + d, b + d)))
  );
}

/**
 * The words of `vocabulary` ([word, clauses holding it]) associated with a
 * term found in `texts` (the texts of the clauses holding it) out of
 * `total` clauses. Words inside the term or holding it are left out.
 */
export function associations(
  term: string,
  texts: readonly string[],
  vocabulary: ReadonlyArray<readonly [string, number]>,
  total: number,
  min = minShared,
): Association[] {
  const out: Association[] = [];
  const t = texts.length;
  for (const [word, clauses] of vocabulary) {
    if (word.includes(term) || term.includes(word)) continue;
    let both = 0;
    // Counted as the vocabulary counts a word's clauses: by characters, as Ctrl-F finds it.
    for (const text of texts) if (text.includes(word)) both++;
    if (both < min || both * total <= t * clauses) continue;
    out.push({ word, both, clauses, g2: logLikelihood(both, t - both, clauses - both, total - t - clauses + both) });
  }
  return out.sort((a, b) => b.g2 - a.g2 || b.both - a.both);
}
