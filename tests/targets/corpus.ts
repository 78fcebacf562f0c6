/**
 * The real corpus for targets and agency tests, built once per test file
 * straight from `content/` (no published data needed).
 */
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import type { Corpus } from '../../src/model/types.ts';

let corpus: Corpus | undefined;

/** The five documents, built from content/. */
export function realCorpus(): Corpus {
  corpus ??= buildCorpus('content').corpus;
  return corpus;
}
