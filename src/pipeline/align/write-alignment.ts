/**
 * Writes the alignment of a corpus to `<outDir>/alignment.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../lib/types.ts';
import { alignCorpus } from './align-corpus.ts';

/** Aligns the corpus and writes `alignment.json`; returns the path written. */
export function writeAlignment(corpus: Corpus, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, 'alignment.json');
  writeFileSync(path, `${JSON.stringify(alignCorpus(corpus))}\n`);
  return path;
}
