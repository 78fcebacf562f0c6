/**
 * Shapes of the cross-city alignment published as `/data/alignment.json`:
 * for every clause its nearest clauses in each other city, and the
 * passages of wording that two or more cities share.
 */

/** A passage two clauses share, in the first clause's own wording. */
export interface SharedPassage {
  /** Text as it stands in the clause (punctuation kept): `严保护、大保护、快保护、同保护`. */
  text: string;
  /** Rarity weight: sum of the IDF-like weights of its n-grams. */
  weight: number;
}

/** One counterpart of a clause in another city. */
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

/** A passage found in clauses of two or more cities. */
export interface SharedPhrase {
  /** Text as written in the first clause that contains it. */
  text: string;
  /** Normalized form (punctuation removed) used for matching. */
  key: string;
  /** Ids of the documents whose clauses contain it, in corpus order. */
  documents: string[];
  /** Every clause containing the passage, in corpus order. */
  clauses: Array<{ clauseId: string; docId: string }>;
  weight: number;
}

/** The published alignment. */
export interface Alignment {
  schema: 1;
  /** How the alignment was computed, for citation and reproduction. */
  method: {
    features: string; weighting: string; similarity: string; titleBoost: number; perCity: number; minScore: number; phraseMinLength: number;
    /** Corpus-frequent formulae: character n-grams (`formulaGram` long) in at least `formulaMinDocuments` documents are masked. */
    formulaGram: number;
    formulaMinDocuments: number;
  };
  /** Counterparts by clause id; cities ordered by their best score. */
  counterparts: Record<string, DocumentCounterparts[]>;
  /** For a clause with counterparts in more documents than are listed: how many more (omitted when none). */
  unlisted: Record<string, number>;
  /** Shared phrases, most widely shared first. */
  phrases: SharedPhrase[];
}

/** A shared passage as published: where it stands in the first clause's text (`text.slice(at, at + length)`), not a copy of it. */
export interface PublishedPassage {
  at: number;
  length: number;
  weight: number;
}

/** Counterparts of one clause in one other document as published, passages by position. */
export interface PublishedDocumentCounterparts {
  docId: string;
  items: Array<Omit<Counterpart, 'passages'> & { passages: PublishedPassage[] }>;
}

/** The published alignment of one document (`align/<docId>.json`). */
export interface DocumentAlignment {
  schema: 1;
  docId: string;
  /** Counterparts of each of the document's clauses. */
  counterparts: Record<string, PublishedDocumentCounterparts[]>;
  unlisted: Record<string, number>;
}

/** The published shared phrases with the method (`phrases.json`). */
export interface PhraseData {
  schema: 1;
  method: Alignment['method'];
  phrases: SharedPhrase[];
}
