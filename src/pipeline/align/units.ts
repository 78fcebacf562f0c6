/**
 * The units alignment works on: every clause of the corpus with its group,
 * normalized text and boilerplate mask, in corpus order. The mask joins the
 * hand-listed formulae (`boilerplate.ts`) and those the corpus itself shows
 * to be common, by document frequency (`frequent-formulae.ts`).
 */
import { clausesOf } from '../../model/walk.ts';
import type { Clause, Corpus } from '../../model/types.ts';
import { isLegal } from '../../model/document-meta.ts';
import { boilerplateMask, maskEntryIntoForce } from './boilerplate.ts';
import { formulaMasks, type FormulaOptions } from './frequent-formulae.ts';
import { normalizeForAlign, type NormalizedText } from '../../model/normalize-for-align.ts';

/** One clause prepared for alignment. */
export interface AlignUnit {
  clause: Clause;
  docId: string;
  /** Group key, the document id: a clause is never its own document's counterpart, but the other documents of its place are compared with it. */
  group: string;
  /** Whether the clause is an article of a legal text (`isLegal`): its formulae state the provision. */
  legal: boolean;
  norm: NormalizedText;
  /** 1 for each normalized character inside boilerplate (hand-listed or corpus-frequent). */
  mask: Uint8Array;
}

/** Prepares every clause of the corpus, in document and clause order. */
export function alignUnits(corpus: Corpus, options: FormulaOptions = {}): AlignUnit[] {
  const units = corpus.documents.flatMap((doc) =>
    clausesOf(doc.body).map((clause) => {
      const norm = normalizeForAlign(clause.text);
      return {
        clause,
        docId: doc.meta.id,
        group: doc.meta.id,
        legal: isLegal(doc.meta),
        norm,
        mask: maskEntryIntoForce(norm.text, boilerplateMask(norm.text)),
      };
    }),
  );
  const docNumber = new Map(corpus.documents.map((doc, d) => [doc.meta.id, d]));
  const frequent = formulaMasks(
    units.map((u) => ({ text: u.norm.text, doc: docNumber.get(u.docId)! })),
    corpus.documents.length,
    options,
  );
  units.forEach((unit, u) => frequent[u].forEach((m, i) => m && (unit.mask[i] = 1)));
  return units;
}
