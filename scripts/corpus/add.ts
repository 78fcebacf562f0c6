/**
 * `npm run corpus -- add <file> [--id <id>] [--source-name <name>] [--source-url <url>]`:
 * one command from a file to a buildable document. Copies the file into
 * `content/documents/<id>/` byte for byte (`source.txt` or `source.md`),
 * drafts `meta.yaml` from the text, prints what it found and what it could
 * not find, and runs the document through the pipeline with that metadata,
 * structure checks included.
 *
 * Example: `npm run corpus -- add 广东省知识产权保护条例.md --id guangdong-ip`.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { VFile } from 'vfile';
import { stringify } from 'yaml';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { processDocument } from '../../src/pipeline/document.ts';
import { draftMeta, loadProvinces } from './draft-meta.ts';
import { formatInspection } from './inspect.ts';

export interface AddOptions {
  id?: string;
  sourceName?: string | null;
  sourceUrl?: string | null;
  contentDir?: string;
}

export interface AddResult {
  /** Folder written, or null when nothing was written. */
  folder: string | null;
  report: string;
  ok: boolean;
}

/** Adds one source file to the content folder; never overwrites a document that exists. */
export function addDocument(path: string, options: AddOptions = {}): AddResult {
  const contentDir = options.contentDir ?? 'content';
  if (!existsSync(path)) return { folder: null, report: `找不到文件：${path}`, ok: false };
  const bytes = readFileSync(path);
  const ext = /\.(md|markdown)$/i.test(path) ? '.md' : extname(path).toLowerCase() === '.txt' || !extname(path) ? '.txt' : extname(path).toLowerCase();
  const file = `source${ext === '.md' ? '.md' : '.txt'}`;
  // First pass without metadata: what the text says about itself.
  const probe = new VFile({ path: file });
  let doc;
  try {
    doc = processDocument({ id: options.id ?? 'draft', bytes, meta: null, errata: [], errataFile: '', file: probe });
  } catch {
    return { folder: null, report: formatInspection(path, { doc: null, files: [probe], failed: true }), ok: false };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const draft = draftMeta(doc, { file, sha256, name: options.sourceName ?? null, url: options.sourceUrl ?? null }, loadProvinces(contentDir), options.id);
  let id = String(draft.meta.id);
  const year = (draft.meta.dates as Array<{ date: string }>).at(-1)?.date.slice(0, 4);
  if (!options.id && existsSync(join(contentDir, 'documents', id)) && year) id = `${id}-${year}`;
  const folder = join(contentDir, 'documents', id);
  if (existsSync(folder)) {
    return { folder: null, report: `已有文件夹 ${folder}：换一个 --id，或先删除它（Unexpected existing document “${id}”）`, ok: false };
  }
  draft.meta.id = id;
  mkdirSync(folder, { recursive: true });
  copyFileSync(path, join(folder, file));
  writeFileSync(join(folder, 'meta.yaml'), stringify(draft.meta, { lineWidth: 0 }));
  const run = buildCorpus(contentDir, { only: id });
  const built = run.corpus.documents[0] ?? null;
  const out = [
    `已加入 ${folder}/（${file}，${bytes.length} 字节，SHA-256 ${sha256.slice(0, 12)}…）`,
    '从文本中找到：',
    ...draft.found.map((line) => `  ${line}`),
    ...(draft.missing.length ? ['未能从文本确定（请在 meta.yaml 中补充或确认）：', ...draft.missing.map((line) => `  ${line}`)] : []),
    formatInspection(join(folder, file), { doc: built, files: run.files, failed: run.failed }),
  ];
  return { folder, report: out.join('\n'), ok: !run.failed };
}
