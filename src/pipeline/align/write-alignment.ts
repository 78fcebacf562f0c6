/**
 * Writes the alignment of a corpus to `<outDir>/alignment.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../model/types.ts';
import { alignCorpus, type AlignOptions } from './align-corpus.ts';

/** Aligns the corpus (with the published settings; `progress` only reports) and writes `alignment.json`; returns the path written. */
export function writeAlignment(corpus: Corpus, outDir: string, progress: Pick<AlignOptions, 'onStep' | 'onClause'> = {}): string {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, 'alignment.json');
  writeFileSync(path, `${JSON.stringify(alignCorpus(corpus, progress))}\n`);
  return path;
}
