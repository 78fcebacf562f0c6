/**
 * Reads a file the corpus build published under `public/data/` (or
 * `DATA_DIR`), for pages at build time. One reader, so every page resolves
 * the data folder the same way and says how to fix a missing file.
 *
 * Example: `readPublishedData<Corpus>('corpus.json')`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Parses a published JSON file; throws with a hint when the corpus has not been built. */
export function readPublishedData<T>(name: string): T {
  const path = resolve(process.cwd(), process.env.DATA_DIR ?? 'public/data', name);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`Cannot read ${path}: run \`npm run build:corpus\` first (${(error as Error).message})`);
  }
}
