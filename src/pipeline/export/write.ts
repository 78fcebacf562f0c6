/**
 * Writes the published data under one output folder (the site's
 * `public/data/`): the whole corpus as `corpus.json.gz` and
 * `clauses.csv.gz` (also uncompressed while each stays under a static
 * host's file limit), every document on its own as
 * `documents/<id>.json` and `documents/<id>.csv`, and `markdown/<id>.md`.
 * Output is deterministic: the same corpus gives byte-identical files
 * (gzip without a timestamp).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Corpus } from '../../model/types.ts';
import { loadTaxonomy } from '../tag/load-taxonomy.ts';
import { loadRoles } from '../tag/roles.ts';
import { toClausesCsv } from './csv.ts';
import type { DocumentUpstream } from '../align/upstream.ts';
import { toMarkdown } from './markdown.ts';

/** The largest file a static host accepts (25 MB on the strictest common hosts). */
export const hostFileLimit = 25_000_000;

/** Whole-corpus downloads: always compressed, uncompressed too while under `hostFileLimit`. */
export const wholeCorpusFiles = ['corpus.json', 'clauses.csv'] as const;

/** How to write: `onDocument` follows the per-document files, `upstream` gives the local clauses' national sources (CSV columns), `fileLimit` is in bytes. */
export interface WriteOptions {
  onDocument?: (done: number, total: number, id: string) => void;
  upstream?: readonly DocumentUpstream[];
  fileLimit?: number;
}

/** Writes every data file and returns their paths. */
export function writeCorpusData(corpus: Corpus, outDir: string, { onDocument, upstream = [], fileLimit = hostFileLimit }: WriteOptions = {}): string[] {
  for (const folder of ['markdown', 'documents']) {
    rmSync(join(outDir, folder), { recursive: true, force: true });
    mkdirSync(join(outDir, folder), { recursive: true });
  }
  const written: string[] = [];
  const write = (name: string, content: string | Buffer): void => {
    const path = join(outDir, name);
    writeFileSync(path, content);
    written.push(path);
  };
  const whole = (name: (typeof wholeCorpusFiles)[number], content: string): void => {
    const bytes = Buffer.from(content);
    // zlib's default level: on the 1,000-document corpus.json (117 MB) level 9 took 23 s against 7 s for 3.5 % less.
    write(`${name}.gz`, gzipSync(bytes, { level: 6 }));
    if (bytes.length <= fileLimit) write(name, bytes);
    else if (existsSync(join(outDir, name))) rmSync(join(outDir, name));
  };
  const taxonomy = loadTaxonomy();
  const roles = loadRoles();
  const tracedOf = new Map(upstream.map((u) => [u.docId, u]));
  whole('corpus.json', `${JSON.stringify(corpus, null, 1)}\n`);
  whole('clauses.csv', toClausesCsv(corpus, taxonomy, upstream, roles));
  corpus.documents.forEach((doc, index) => {
    const id = doc.meta.id;
    write(join('documents', `${id}.json`), `${JSON.stringify({ schema: corpus.schema, documents: [doc] })}\n`);
    write(join('documents', `${id}.csv`), toClausesCsv({ schema: corpus.schema, documents: [doc] }, taxonomy, tracedOf.has(id) ? [tracedOf.get(id)!] : [], roles, corpus));
    write(join('markdown', `${id}.md`), toMarkdown(doc));
    onDocument?.(index + 1, corpus.documents.length, id);
  });
  return written;
}
