/**
 * Shapes of the alignment across documents published as `/data/alignment.json`:
 * for every clause its nearest clauses in each other document, and the
 * passages of wording that two or more documents share.
 */
import type { AlignMethod, SharedPhrase } from '../../data/schemas/alignment.ts';

/** A passage two clauses share, in the first clause's own wording. */
export interface SharedPassage {
  /** Text as it stands in the clause (punctuation kept): `严保护、大保护、快保护、同保护`. */
  text: string;
  /** Rarity weight: sum of the IDF-like weights of its n-grams. */
  weight: number;
}

/** One counterpart of a clause in another document. */
export interface Counterpart {
  clauseId: string;
  docId: string;
  /** Similarity in [0, 1] (IDF-weighted overlap of features), rounded to 4 decimals. */
  score: number;
  /** Shared passages, rarest (heaviest) first. */
  passages: SharedPassage[];
}

/** Counterparts of one clause in one other document, best first (at most `perCity`). */
export interface DocumentCounterparts {
  /** The other document's id. */
  docId: string;
  items: Counterpart[];
}

/** The published alignment. */
export interface Alignment {
  schema: 1;
  /** How the alignment was computed, for citation and reproduction. */
  method: AlignMethod;
  /** Counterparts by clause id; documents ordered by their best score. */
  counterparts: Record<string, DocumentCounterparts[]>;
  /** For a clause with counterparts in more documents than are listed: how many more (omitted when none). */
  unlisted: Record<string, number>;
  /** Shared phrases, most widely shared first. */
  phrases: SharedPhrase[];
}
