/**
 * The whole-corpus downloads as published (`corpus.json.gz`, or its
 * volumes when it is over a host's file limit), read once per build for
 * the footer of every page.
 */
import { dataDir } from '../data/published-data.ts';
import { compressedFiles, wholeCorpusFiles } from '../pipeline/export/write.ts';

let cached: Array<{ name: string; files: string[] }> | undefined;

/** `[{ name: 'corpus.json', files: ['corpus.json.gz'] }, { name: 'clauses.csv', files: ['clauses-1.csv.gz', 'clauses-2.csv.gz'] }]`. */
export function wholeCorpusDownloads(): Array<{ name: string; files: string[] }> {
  cached ??= wholeCorpusFiles.map((name) => ({ name, files: compressedFiles(dataDir(), name) }));
  return cached;
}
