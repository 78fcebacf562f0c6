/**
 * Clause lookup for the alignment pages: clause id → clause, its document,
 * the document's label and its place — and counterpart lists grouped by
 * place, so two documents of one place stand together.
 */
import { allClauses, docInfo, documentName, placeLabel } from '../../site/corpus.ts';
import type { PublishedDocumentCounterparts as DocumentCounterparts } from '../../data/schemas/alignment.ts';
import type { Clause, Corpus, PolicyDocument } from '../../model/types.ts';
import { readCorpus } from '../../data/published-data.ts';

/** A clause with its document, the document's label and its place. */
export interface ClauseRef {
  clause: Clause;
  doc: PolicyDocument;
  /** `宁波市 · 专利管理条例（2012）`. */
  label: string;
  /** `宁波市`, `洛龙区（洛阳市）`. */
  place: string;
}

// Built once per corpus read: every clause lookup of a build shares one map.
const refsOf = new WeakMap<Corpus, Map<string, ClauseRef>>();

/** The clause with this id; throws (a build error) for an unknown id. */
export function clauseRef(id: string): ClauseRef {
  const corpus = readCorpus();
  let refs = refsOf.get(corpus);
  if (!refs)
    refsOf.set(
      corpus,
      (refs = new Map(
        allClauses().map(({ doc, clause }) => [
          clause.id,
          { clause, doc, label: documentName(doc), place: placeLabel(doc) },
        ]),
      )),
    );
  const ref = refs.get(id);
  if (!ref)
    throw new Error(
      `Unknown clause ${id}: the alignment and corpus.json are out of step; run \`npm run build:corpus\``,
    );
  return ref;
}

/** How a clause is named in lists: `宁波市 · 专利管理条例（2012） 第五条`. */
export function clauseLabel(ref: ClauseRef): string {
  return [ref.label, ref.clause.path, ref.clause.title ?? ''].join(' ').trim();
}

/** Counterparts grouped by the place of their document, places in order of their best match. */
export function byPlace(
  lists: readonly DocumentCounterparts[],
): Array<{ place: string; documents: DocumentCounterparts[] }> {
  const groups = new Map<string, DocumentCounterparts[]>();
  for (const list of lists) {
    const place = docInfo(list.docId).jurisdiction;
    groups.set(place, [...(groups.get(place) ?? []), list]);
  }
  return [...groups.values()].map((documents) => ({ place: placeLabel(documents[0].docId), documents }));
}
