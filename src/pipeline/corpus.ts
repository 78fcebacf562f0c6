/**
 * Reads every document folder under `content/documents/` (source text,
 * meta.yaml, optional errata.yaml), validates the metadata, and runs each
 * document through the pipeline. Problems of every document are gathered
 * on VFiles, so one run reports them all; the caller decides the exit code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Corpus, PolicyDocument } from '../lib/types.ts';
import { processDocument } from './document.ts';
import { parseErrata, type Erratum } from './errata.ts';
import { parseMeta, type MetaFile } from './metadata.ts';

export interface CorpusRun {
  corpus: Corpus;
  files: VFile[];
  /** True when any document had a fatal problem. */
  failed: boolean;
}

export interface LoadOptions {
  /** Called after each document, for progress output. */
  onDocument?: (done: number, total: number, id: string) => void;
}

function fatal(file: VFile, reason: string, line: number, column: number, ruleId: string): void {
  const message = file.message(reason, { place: { line, column }, ruleId, source: 'content' });
  message.fatal = true;
}

/** The document folders in a content directory, sorted so runs are deterministic. */
export function documentFolders(contentDir: string): string[] {
  const root = join(contentDir, 'documents');
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, entry.name))
    .sort();
}

/** Builds the corpus from a content directory. */
export function buildCorpus(contentDir: string, options: LoadOptions = {}): CorpusRun {
  const folders = documentFolders(contentDir);
  const files: VFile[] = [];
  const documents: PolicyDocument[] = [];
  const seenIds = new Map<string, string>();
  folders.forEach((folder, index) => {
    const metaPath = join(folder, 'meta.yaml');
    const metaFile = new VFile({ path: metaPath });
    files.push(metaFile);
    if (!existsSync(metaPath)) {
      fatal(metaFile, 'Missing meta.yaml: every document folder needs its metadata (see README, “Adding a document”)', 1, 1, 'meta-missing');
      return;
    }
    const { meta, problems } = parseMeta(readFileSync(metaPath, 'utf8'));
    for (const problem of problems) fatal(metaFile, problem.message, problem.line, problem.column, 'meta-schema');
    if (!meta) return;
    checkIdentity(meta, folder, metaFile, seenIds, metaPath);
    if (metaFile.messages.some((m) => m.fatal)) return;

    const sourcePath = join(folder, meta.source.file);
    const file = new VFile({ path: sourcePath });
    files.push(file);
    if (!existsSync(sourcePath)) {
      fatal(metaFile, `Missing source file ${meta.source.file} named by meta.yaml`, 1, 1, 'source-missing');
      return;
    }
    const errataPath = join(folder, 'errata.yaml');
    let errata: Erratum[] = [];
    if (existsSync(errataPath)) {
      try {
        errata = parseErrata(readFileSync(errataPath, 'utf8'), errataPath);
      } catch (error) {
        fatal(new VFile({ path: errataPath }), (error as Error).message, 1, 1, 'errata-schema');
        return;
      }
    }
    try {
      const doc = processDocument({ id: meta.id, bytes: readFileSync(sourcePath), meta, errata, errataFile: errataPath, file });
      checkCity(doc, file);
      documents.push(doc);
    } catch (error) {
      if (!(error instanceof VFileMessage)) throw error;
    }
    options.onDocument?.(index + 1, folders.length, meta.id);
  });
  const failed = files.some((file) => file.messages.some((message) => message.fatal));
  return { corpus: { schema: 1, documents }, files, failed };
}

function checkIdentity(meta: MetaFile, folder: string, file: VFile, seen: Map<string, string>, metaPath: string): void {
  const folderName = folder.split(/[\\/]/).pop();
  if (meta.id !== folderName) fatal(file, `Unexpected id “${meta.id}”, expected the folder name “${folderName}”`, 1, 1, 'meta-id');
  const other = seen.get(meta.id);
  if (other) fatal(file, `Duplicate document id “${meta.id}”, also used by ${other}`, 1, 1, 'duplicate-id');
  seen.set(meta.id, metaPath);
}

/** The city named in the metadata must appear in the text (without its 市/区 suffix). */
function checkCity(doc: PolicyDocument, file: VFile): void {
  const name = doc.meta.city.zh.replace(/(市|区|县)$/, '');
  const clauses = JSON.stringify(doc.body);
  if (!doc.title.includes(name) && !clauses.includes(name) && !doc.preamble.some((b) => b.text.includes(name))) {
    fatal(file, `City “${doc.meta.city.zh}” from meta.yaml does not appear in the text; check that the metadata belongs to this source`, 1, 1, 'city-mismatch');
  }
}
