/**
 * Reads every document folder under `content/documents/` (source text,
 * meta.yaml, optional errata.yaml), validates the metadata, and runs each
 * document through the pipeline. Problems of every document are gathered
 * on VFiles, so one run reports them all; the caller decides the exit code.
 * A document that cannot be built leaves a fatal message, never a gap.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Corpus, PolicyDocument } from '../model/types.ts';
import { processDocument } from './document.ts';
import { readErrata, type Erratum } from './errata.ts';
import { parseMeta, type MetaFile, type ParsedMeta } from './metadata.ts';
import type { StageClock } from './stage-clock.ts';

export interface CorpusRun {
  corpus: Corpus;
  files: VFile[];
  /** True when any document had a fatal problem. */
  failed: boolean;
}

export interface LoadOptions {
  /** Called after each document (built or failed), for progress output. */
  onDocument?: (done: number, total: number, id: string) => void;
  /** Receives the end of each stage of each document, for the benchmark. */
  clock?: StageClock;
  /** Build only the document folder of this id (checking one new document). */
  only?: string;
}

type Place = { line: number; column: number };

function fatal(file: VFile, reason: string, place: Place, ruleId: string): void {
  const message = file.message(reason, { place, ruleId, source: 'content' });
  message.fatal = true;
}

/** The document folders in a content directory, sorted so runs are deterministic. */
export function documentFolders(contentDir: string): string[] {
  const root = join(contentDir, 'documents');
  if (!existsSync(root)) {
    throw new Error(
      `No folder ${root}: a content directory holds documents/<id>/ with source.txt and meta.yaml (set CONTENT_DIR to use another one)`,
    );
  }
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, entry.name))
    .sort();
}

/** Builds the corpus from a content directory. */
export function buildCorpus(contentDir: string, options: LoadOptions = {}): CorpusRun {
  const folders = documentFolders(contentDir).filter(
    (folder) => !options.only || folder.split(/[\\/]/).pop() === options.only,
  );
  const files: VFile[] = [];
  const documents: PolicyDocument[] = [];
  const seenIds = new Map<string, string>();
  folders.forEach((folder, index) => {
    const doc = buildFolder(folder, files, seenIds, options.clock);
    if (doc) documents.push(doc);
    options.onDocument?.(index + 1, folders.length, doc?.meta.id ?? folder.split(/[\\/]/).pop() ?? folder);
  });
  const failed = files.some((file) => file.messages.some((message) => message.fatal));
  return { corpus: { schema: 1, documents }, files, failed };
}

/** One document folder; null when it cannot be built (the reason is a fatal message in `files`). */
function buildFolder(
  folder: string,
  files: VFile[],
  seenIds: Map<string, string>,
  clock?: StageClock,
): PolicyDocument | null {
  const metaPath = join(folder, 'meta.yaml');
  const metaFile = new VFile({ path: metaPath });
  files.push(metaFile);
  if (!existsSync(metaPath)) {
    fatal(
      metaFile,
      'Missing meta.yaml: every document folder needs its metadata (copy one from another document and edit it)',
      { line: 1, column: 1 },
      'meta-missing',
    );
    return null;
  }
  const parsed = parseMeta(readFileSync(metaPath, 'utf8'));
  const { meta } = parsed;
  for (const problem of parsed.problems) fatal(metaFile, problem.message, problem, 'meta-schema');
  if (!meta) return null;
  checkIdentity(meta.id, folder, metaFile, seenIds, parsed);
  if (metaFile.messages.some((m) => m.fatal)) return null;

  const sourcePath = join(folder, meta.source.file);
  const file = new VFile({ path: sourcePath });
  files.push(file);
  if (!existsSync(sourcePath)) {
    fatal(
      metaFile,
      `Missing source file ${meta.source.file} named by meta.yaml; add it or correct source.file`,
      parsed.placeOf(['source', 'file']),
      'source-missing',
    );
    return null;
  }
  if (!originalIntact(folder, meta, metaFile, parsed)) return null;
  const errataPath = join(folder, 'errata.yaml');
  let errata: Erratum[] = [];
  if (existsSync(errataPath)) {
    const errataFile = new VFile({ path: errataPath });
    files.push(errataFile);
    const read = readErrata(readFileSync(errataPath, 'utf8'));
    for (const problem of read.problems) fatal(errataFile, problem.message, problem, 'errata-schema');
    if (read.problems.length) return null;
    errata = read.errata;
  }
  const bytes = readFileSync(sourcePath);
  clock?.('load');
  try {
    const doc = processDocument({ id: meta.id, bytes, meta, errata, errataFile: errataPath, file, clock });
    checkJurisdiction(doc, metaFile, parsed);
    return doc;
  } catch (error) {
    if (error instanceof VFileMessage) return null;
    // A programmer error: say which document triggered it.
    throw new Error(`${sourcePath}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * A source extracted from a published file (a web page, a .docx, a PDF)
 * keeps that file beside it byte for byte; its checksum binds the two.
 */
function originalIntact(folder: string, meta: MetaFile, metaFile: VFile, parsed: ParsedMeta): boolean {
  const original = meta.source.original;
  if (!original) return true;
  const path = join(folder, original.file);
  const place = parsed.placeOf(['source', 'original', 'file']);
  if (!existsSync(path)) {
    fatal(
      metaFile,
      `Missing original file ${original.file} named by meta.yaml: the text in ${meta.source.file} was extracted from it; restore it, or set source.original to null if ${meta.source.file} is the source as published`,
      place,
      'original-missing',
    );
    return false;
  }
  const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
  if (sha256 !== original.sha256) {
    fatal(
      metaFile,
      `Unexpected checksum ${sha256.slice(0, 12)}… of ${original.file}, expected ${original.sha256.slice(0, 12)}… from meta.yaml. Originals are never edited: restore the file, or add the new file with corpus add`,
      parsed.placeOf(['source', 'original', 'sha256']),
      'checksum',
    );
    return false;
  }
  return true;
}

function checkIdentity(id: string, folder: string, file: VFile, seen: Map<string, string>, parsed: ParsedMeta): void {
  const folderName = folder.split(/[\\/]/).pop();
  const place = parsed.placeOf(['id']);
  if (id !== folderName) {
    fatal(
      file,
      `Unexpected id “${id}”, expected the folder name “${folderName}”; rename the folder or change the id`,
      place,
      'meta-id',
    );
  }
  const other = seen.get(id);
  if (other)
    fatal(
      file,
      `Duplicate document id “${id}”, also used by ${other}; give each document its own id`,
      place,
      'duplicate-id',
    );
  else seen.set(id, join(folder, 'meta.yaml'));
}

/** The jurisdiction named in the metadata must appear in the text (without its 省/市/区/县 suffix); the state's texts name it as 中华人民共和国 or not at all. */
function checkJurisdiction(doc: PolicyDocument, metaFile: VFile, parsed: ParsedMeta): void {
  if (doc.meta.jurisdiction.level === '国家') return;
  const name =
    doc.meta.jurisdiction.name.replace(/(壮族|回族|维吾尔)?(自治区|特别行政区|省|市|区|县|旗)$/, '') ||
    doc.meta.jurisdiction.name;
  // Cheapest places first: serializing the body costs more than the rest of the check.
  const found =
    doc.title.includes(name) ||
    doc.preamble.some((b) => b.text.includes(name)) ||
    JSON.stringify(doc.body).includes(name);
  if (!found) {
    fatal(
      metaFile,
      `Jurisdiction “${doc.meta.jurisdiction.name}” from meta.yaml does not appear in the text of ${doc.source.file}; check that the metadata belongs to this source`,
      parsed.placeOf(['jurisdiction', 'name']),
      'city-mismatch',
    );
  }
}
