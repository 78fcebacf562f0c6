/**
 * The shape by which "the most similar clause in each other city" plugs
 * into clause views. The alignment step publishes the data
 * (`data/alignment.json`); clause views render these when given, and
 * nothing when not.
 */

/** The most similar clause in another document. */
export interface Counterpart {
  docId: string;
  clauseId: string;
  /** Similarity, 0–1. */
  score: number;
}
