/**
 * Writes the upstream tracing as data: one file per local document
 * (`upstream/<docId>.json`: per clause its label and national sources, by
 * clause id, score and [start, end) offsets of the shared wording in both
 * texts — no copied text). National documents get no file. Also the
 * article line-up of each work's versions (`versions/<work>.json`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentUpstream } from '../../data/schemas/upstream.ts';
import type { WorkVersions } from '../../data/schemas/versions.ts';

/** Writes the files; returns the paths written. */
export function writeUpstream(documents: readonly DocumentUpstream[], outDir: string): string[] {
  return writeFolder(
    outDir,
    'upstream',
    documents.map((doc) => [doc.docId, doc]),
  );
}

/** Writes each work's version comparison (`versions/<work>.json`: rows of article ids, statuses and scores); returns the paths written. */
export function writeVersions(works: readonly WorkVersions[], outDir: string): string[] {
  return writeFolder(
    outDir,
    'versions',
    works.map((work) => [work.work, work]),
  );
}

/** Replaces `outDir/<folder>/` with one compact JSON file per entry (`<name>.json`); returns the paths written. */
function writeFolder(outDir: string, folder: string, entries: ReadonlyArray<readonly [string, unknown]>): string[] {
  rmSync(join(outDir, folder), { recursive: true, force: true });
  mkdirSync(join(outDir, folder), { recursive: true });
  return entries.map(([name, data]) => {
    const path = join(outDir, folder, `${name}.json`);
    writeFileSync(path, `${JSON.stringify(data)}\n`);
    return path;
  });
}
