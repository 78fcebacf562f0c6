/**
 * The site's access to `public/data/alignment.json` (written by
 * `npm run build:corpus`): read once per build.
 */
import { readPublished } from '../../data/published-data.ts';
import type { Alignment, DocumentCounterparts } from './types.ts';

let cached: Alignment | undefined;

/** The alignment, read once. Throws with a hint when it has not been built. */
export function loadAlignment(): Alignment {
  cached ??= readPublished('alignment');
  return cached;
}

/** Counterparts of one clause, by document (best first); empty when none were found. */
export function counterpartsOf(clauseId: string): DocumentCounterparts[] {
  return loadAlignment().counterparts[clauseId] ?? [];
}

/** How many more documents than are listed have a counterpart of the clause (0 when all are listed). */
export function unlistedOf(clauseId: string): number {
  return loadAlignment().unlisted?.[clauseId] ?? 0;
}
