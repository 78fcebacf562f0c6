/**
 * The site's access to the published alignment at build time: each
 * document's counterparts (`align/<docId>.json`, read when first asked
 * for) and the shared phrases with the method (`phrases.json`).
 */
import { readDocumentAlignment, readPublished } from '../../data/published-data.ts';
import type { DocumentAlignment, PhraseData, PublishedDocumentCounterparts } from './types.ts';

const documents = new Map<string, DocumentAlignment>();
let phrases: PhraseData | undefined;

/** The shared phrases and the alignment method, read once. */
export function loadPhrases(): PhraseData {
  phrases ??= readPublished('phrases');
  return phrases;
}

function documentAlignment(docId: string): DocumentAlignment {
  let found = documents.get(docId);
  if (!found) documents.set(docId, (found = readDocumentAlignment(docId)));
  return found;
}

/** Counterparts of one clause, by document (best first); empty when none were found. */
export function counterpartsOf(clause: { id: string; docId: string }): PublishedDocumentCounterparts[] {
  return documentAlignment(clause.docId).counterparts[clause.id] ?? [];
}

/** How many more documents than are listed have a counterpart of the clause (0 when all are listed). */
export function unlistedOf(clause: { id: string; docId: string }): number {
  return documentAlignment(clause.docId).unlisted[clause.id] ?? 0;
}
