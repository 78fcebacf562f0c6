/**
 * The site's access to `public/data/alignment.json` (written by
 * `npm run build:corpus`): read once per build.
 */
import { readPublishedData } from '../../lib/published-data.ts';
import type { Alignment, CityCounterparts } from './types.ts';

let cached: Alignment | undefined;

/** The alignment, read once. Throws with a hint when it has not been built. */
export function loadAlignment(): Alignment {
  cached ??= readPublishedData<Alignment>('alignment.json');
  return cached;
}

/** Counterparts of one clause, by city (best city first); empty when none were found. */
export function counterpartsOf(clauseId: string): CityCounterparts[] {
  return loadAlignment().counterparts[clauseId] ?? [];
}
