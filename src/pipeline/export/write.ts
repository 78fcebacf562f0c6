/**
 * Writes the published data under one output folder (the site's
 * `public/data/`): the whole corpus as `corpus.json.gz` and
 * `clauses.csv.gz` (also uncompressed while each stays under a static
 * host's file limit; when even the compressed file is over it, in volumes
 * `corpus-1.json.gz`, `corpus-2.json.gz`… of whole documents, each a
 * complete file of the same shape), every document on its own as
 * `documents/<id>.json` and `documents/<id>.csv`, and `markdown/<id>.md`.
 * Output is deterministic: the same corpus gives byte-identical files
 * (gzip without a timestamp).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Corpus } from '../../model/types.ts';
import { loadTaxonomy } from '../tag/load-taxonomy.ts';
import { loadRoles } from '../tag/roles.ts';
import { toClausesCsv } from './csv.ts';
import { hostFileLimit, volumeName, volumePattern, type WholeCorpusFile } from '../../data/downloads.ts';
import type { DocumentUpstream } from '../../data/schemas/upstream.ts';
import { toMarkdown } from './markdown.ts';

/** How to write: `onDocument` follows the per-document files, `upstream` gives the local clauses' national sources (CSV columns), `fileLimit` is in bytes. */
export interface WriteOptions {
  onDocument?: (done: number, total: number, id: string) => void;
  upstream?: readonly DocumentUpstream[];
  fileLimit?: number;
}

/** Writes every data file and returns their paths. */
export function writeCorpusData(
  corpus: Corpus,
  outDir: string,
  { onDocument, upstream = [], fileLimit = hostFileLimit }: WriteOptions = {},
): string[] {
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
  const whole = (name: WholeCorpusFile, render: (documents: Corpus['documents']) => string): void => {
    const bytes = Buffer.from(render(corpus.documents));
    // zlib's default level: on the 1,000-document corpus.json (117 MB) level 9 took 23 s against 7 s for 3.5 % less.
    const packed = gzipSync(bytes, { level: 6 });
    for (const stale of readdirSync(outDir).filter((file) => file === `${name}.gz` || volumePattern(name).test(file)))
      rmSync(join(outDir, stale));
    if (packed.length <= fileLimit) write(`${name}.gz`, packed);
    else
      volumes(corpus.documents, render, fileLimit, Math.ceil(packed.length / fileLimit)).forEach((part, i) =>
        write(volumeName(name, i + 1), part),
      );
    if (bytes.length <= fileLimit) write(name, bytes);
    else if (existsSync(join(outDir, name))) rmSync(join(outDir, name));
  };
  const taxonomy = loadTaxonomy();
  const roles = loadRoles();
  const tracedOf = new Map(upstream.map((u) => [u.docId, u]));
  whole('corpus.json', (documents) => `${JSON.stringify({ schema: corpus.schema, documents }, null, 1)}\n`);
  whole('clauses.csv', (documents) =>
    toClausesCsv(
      { schema: corpus.schema, documents },
      taxonomy,
      documents.length === corpus.documents.length
        ? upstream
        : documents.flatMap((d) => (tracedOf.has(d.meta.id) ? [tracedOf.get(d.meta.id)!] : [])),
      roles,
      corpus,
    ),
  );
  corpus.documents.forEach((doc, index) => {
    const id = doc.meta.id;
    write(join('documents', `${id}.json`), `${JSON.stringify({ schema: corpus.schema, documents: [doc] })}\n`);
    write(
      join('documents', `${id}.csv`),
      toClausesCsv(
        { schema: corpus.schema, documents: [doc] },
        taxonomy,
        tracedOf.has(id) ? [tracedOf.get(id)!] : [],
        roles,
        corpus,
      ),
    );
    write(join('markdown', `${id}.md`), toMarkdown(doc));
    onDocument?.(index + 1, corpus.documents.length, id);
  });
  return written;
}

/** The documents in `parts` consecutive runs of about equal size, each compressed; more parts until every one fits `limit`. */
function volumes(
  documents: Corpus['documents'],
  render: (documents: Corpus['documents']) => string,
  limit: number,
  parts: number,
): Buffer[] {
  for (let n = Math.max(2, parts); n <= documents.length; n += 1) {
    const size = Math.ceil(documents.length / n);
    const packed = Array.from({ length: Math.ceil(documents.length / size) }, (_, i) =>
      gzipSync(Buffer.from(render(documents.slice(i * size, (i + 1) * size))), { level: 6 }),
    );
    if (packed.every((part) => part.length <= limit)) return packed;
  }
  throw new Error(`一份文件压缩后仍超过 ${limit} 字节的单文件上限，无法分卷发布`);
}
