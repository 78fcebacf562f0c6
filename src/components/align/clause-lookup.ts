/**
 * Clause lookup for the alignment pages: clause id → clause and its document.
 */
import { allClauses, cityLabel } from '../../site/corpus.ts';
import type { Clause, PolicyDocument } from '../../model/types.ts';

/** A clause with its document and short city label. */
export interface ClauseRef {
  clause: Clause;
  doc: PolicyDocument;
  city: string;
}

let byId: Map<string, ClauseRef> | undefined;

/** The clause with this id; throws (a build error) for an unknown id. */
export function clauseRef(id: string): ClauseRef {
  byId ??= new Map(allClauses().map(({ doc, clause }) => [clause.id, { clause, doc, city: cityLabel(doc) }]));
  const ref = byId.get(id);
  if (!ref) throw new Error(`Unknown clause ${id}: alignment.json and corpus.json are out of step; run \`npm run build:corpus\``);
  return ref;
}

/** How a clause is named in lists: `宁波 二、1. 严格司法保护`. */
export function clauseLabel(ref: ClauseRef): string {
  return [ref.city, ref.clause.path, ref.clause.title ?? ''].join(' ').trim();
}
