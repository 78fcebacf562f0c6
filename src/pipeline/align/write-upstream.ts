/**
 * Writes the upstream tracing as data: one file per local document
 * (`upstream/<docId>.json`: per clause its label and national sources, by
 * clause id, score and [start, end) offsets of the shared wording in both
 * texts — no copied text). National documents get no file. Also the
 * article line-up of each work's versions (`versions/<work>.json`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentUpstream } from './upstream.ts';
import type { WorkVersions } from './versions.ts';

/** Writes the files; returns the paths written. */
export function writeUpstream(documents: readonly DocumentUpstream[], outDir: string): string[] {
  rmSync(join(outDir, 'upstream'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'upstream'), { recursive: true });
  return documents.map((doc) => {
    const path = join(outDir, 'upstream', `${doc.docId}.json`);
    writeFileSync(path, `${JSON.stringify(doc)}\n`);
    return path;
  });
}

/** Writes each work's version comparison (`versions/<work>.json`: rows of article ids, statuses and scores); returns the paths written. */
export function writeVersions(works: readonly WorkVersions[], outDir: string): string[] {
  rmSync(join(outDir, 'versions'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'versions'), { recursive: true });
  return works.map((work) => {
    const path = join(outDir, 'versions', `${work.work}.json`);
    writeFileSync(path, `${JSON.stringify(work)}\n`);
    return path;
  });
}
