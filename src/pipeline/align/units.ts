/**
 * The units alignment works on: every clause of the corpus with its city,
 * normalized text and boilerplate mask, in corpus order.
 */
import { clausesOf } from '../structure/identify.ts';
import type { Clause, Corpus } from '../../lib/types.ts';
import { boilerplateMask } from './boilerplate.ts';
import { normalizeForAlign, type NormalizedText } from './normalize.ts';

/** One clause prepared for alignment. */
export interface AlignUnit {
  clause: Clause;
  docId: string;
  /** City key, `meta.city.zh`: clauses of one city are never each other's counterparts. */
  city: string;
  norm: NormalizedText;
  mask: Uint8Array;
}

/** Prepares every clause of the corpus, in document and clause order. */
export function alignUnits(corpus: Corpus): AlignUnit[] {
  return corpus.documents.flatMap((doc) =>
    clausesOf(doc.body).map((clause) => {
      const norm = normalizeForAlign(clause.text);
      return { clause, docId: doc.meta.id, city: doc.meta.city.zh, norm, mask: boilerplateMask(norm.text) };
    }),
  );
}
