/**
 * The site's access to `public/data/alignment.json` (written by
 * `npm run build:corpus`): read once per build.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Alignment, CityCounterparts } from './types.ts';

let cached: Alignment | undefined;

/** The alignment, read once. Throws with a hint when it has not been built. */
export function loadAlignment(): Alignment {
  if (cached) return cached;
  const path = resolve(process.cwd(), process.env.DATA_DIR ?? 'public/data', 'alignment.json');
  try {
    cached = JSON.parse(readFileSync(path, 'utf8')) as Alignment;
  } catch (error) {
    throw new Error(`Cannot read ${path}: run \`npm run build:corpus\` first (${(error as Error).message})`);
  }
  return cached;
}

/** Counterparts of one clause, by city (best city first); empty when none were found. */
export function counterpartsOf(clauseId: string): CityCounterparts[] {
  return loadAlignment().counterparts[clauseId] ?? [];
}
