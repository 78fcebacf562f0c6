/**
 * Writes the published data under one output folder (the site's
 * `public/data/`): `corpus.json`, `clauses.csv` and `markdown/<id>.md`.
 * Output is deterministic: the same corpus gives byte-identical files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../model/types.ts';
import { toClausesCsv } from './csv.ts';
import { loadTaxonomy } from '../tag/load-taxonomy.ts';
import type { DocumentUpstream } from '../align/upstream.ts';
import { toMarkdown } from './markdown.ts';

/** Writes every data file and returns their paths; `onDocument` follows the per-document Markdown. */
export function writeCorpusData(corpus: Corpus, outDir: string, onDocument?: (done: number, total: number, id: string) => void, upstream: readonly DocumentUpstream[] = []): string[] {
  rmSync(join(outDir, 'markdown'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'markdown'), { recursive: true });
  const written: string[] = [];
  const write = (name: string, content: string): void => {
    const path = join(outDir, name);
    writeFileSync(path, content);
    written.push(path);
  };
  write('corpus.json', `${JSON.stringify(corpus, null, 1)}\n`);
  write('clauses.csv', toClausesCsv(corpus, loadTaxonomy(), upstream));
  corpus.documents.forEach((doc, index) => {
    write(join('markdown', `${doc.meta.id}.md`), toMarkdown(doc));
    onDocument?.(index + 1, corpus.documents.length, doc.meta.id);
  });
  return written;
}
