/**
 * Builds throw-away content directories for the robustness tests: real
 * documents copied (or re-encoded) into a temporary `documents/` folder,
 * with a meta.yaml whose checksum matches the bytes written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { buildCorpus, type CorpusRun } from '../../src/pipeline/corpus.ts';

/** The five real plans (plain-text sources), in build order. */
export const realDocs = ['baotou', 'chongqing', 'luolong', 'ningbo', 'weihai'] as const;

/** Every real document of the corpus (plans and regulations), in build order. */
export const allRealDocs = readdirSync(join('content', 'documents')).sort();

/** The bytes of a real source file. */
export function realSource(id: string): Buffer {
  return readFileSync(join('content', 'documents', id, 'source.txt'));
}

/** A real meta.yaml as text. */
export function realMeta(id: string): string {
  return readFileSync(join('content', 'documents', id, 'meta.yaml'), 'utf8');
}

/** A real errata.yaml as text, when the document has one. */
export function realErrata(id: string): string | undefined {
  const path = join('content', 'documents', id, 'errata.yaml');
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export interface DocSpec {
  /** Folder name. */
  folder: string;
  source: Uint8Array | string;
  /** meta.yaml text. Default: the real meta of the folder's document with the checksum of `source`. */
  meta?: string;
  errata?: string;
}

/** SHA-256 hex digest, as meta.yaml records it. */
export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** A meta.yaml text for `source`, copied from a real document with its checksum replaced. */
export function metaFor(base: string, source: Uint8Array | string, fields: Record<string, unknown> = {}): string {
  const doc = parseDocument(realMeta(base));
  doc.setIn(['source', 'sha256'], sha256(source));
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) doc.delete(key);
    else doc.set(key, value);
  }
  return doc.toString();
}

/** A temporary content directory holding the given documents. Remove it with `dispose()`. */
export function contentDir(docs: readonly DocSpec[]): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'robust-'));
  for (const spec of docs) {
    const folder = join(dir, 'documents', spec.folder);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'source.txt'), spec.source);
    writeFileSync(join(folder, 'meta.yaml'), spec.meta ?? metaFor(spec.folder, spec.source));
    if (spec.errata !== undefined) writeFileSync(join(folder, 'errata.yaml'), spec.errata);
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Builds a content directory and removes it afterwards. */
export function build(docs: readonly DocSpec[]): CorpusRun {
  const content = contentDir(docs);
  try {
    return buildCorpus(content.dir);
  } finally {
    content.dispose();
  }
}

/** Every message of a run, with the file as `<folder>/<name>`, for assertions and readable failure output. */
export function messages(run: CorpusRun): Array<{
  file: string;
  line: number | undefined;
  column: number | undefined;
  ruleId: string | undefined;
  reason: string;
  fatal: boolean | null | undefined;
}> {
  return run.files.flatMap((file) =>
    file.messages.map((m) => ({
      file: file.path.split(/[\\/]documents[\\/]/).pop() ?? file.path,
      line: m.line,
      column: m.column,
      ruleId: m.ruleId,
      reason: m.reason,
      fatal: m.fatal,
    })),
  );
}
