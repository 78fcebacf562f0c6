/**
 * `npm run corpus -- add <file> [--id <id>] [--source-name <name>] [--source-url <url>]`:
 * one command from a file to a buildable document. A text or Markdown file
 * is copied into `content/documents/<id>/` byte for byte (`source.txt` or
 * `source.md`). A saved web page, a .docx or a PDF with a text layer is
 * kept byte for byte as `original.html|docx|pdf`, and the text extracted
 * from it is written beside it as `source.txt` — the text the pipeline
 * reads and the conservation proof covers; meta.yaml records both
 * checksums. Then it drafts `meta.yaml` from the text, prints what it
 * found and what it could not find, and runs the document through the
 * pipeline with that metadata, structure checks included.
 *
 * Example: `npm run corpus -- add 广东省知识产权保护条例.md --id guangdong-ip`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { VFile } from 'vfile';
import { parse, stringify } from 'yaml';
import type { PolicyDocument } from '../../src/model/types.ts';
import { buildCorpus, documentFolders } from '../../src/pipeline/corpus.ts';
import { processDocument } from '../../src/pipeline/document.ts';
import { extractSource } from '../../src/pipeline/input/extract.ts';
import { metaSchema } from '../../src/pipeline/metadata.ts';
import { draftMeta, loadProvinces } from './draft-meta.ts';
import { formatInspection } from './inspect.ts';

export interface AddOptions {
  id?: string;
  sourceName?: string | null;
  sourceUrl?: string | null;
  contentDir?: string;
  /** SHA-256 of every text already in the content folder → its document id; filled by `knownTexts`, updated as documents are added. */
  known?: Map<string, string>;
}

/** What became of one file: added and built, added but its meta.yaml needs fields, refused, or the same text as a document already there. */
export type AddStatus = 'added' | 'needs-metadata' | 'refused' | 'duplicate';

export interface AddResult {
  status: AddStatus;
  /** Folder written, or null when nothing was written. */
  folder: string | null;
  report: string;
  ok: boolean;
  /** For `needs-metadata`: the meta.yaml fields to fill in (`genre`, `jurisdiction.province`); for `refused`/`duplicate`: why. */
  detail: string;
}

const sha = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** The checksums of every source and original in a content folder, each with its document's folder name. */
export function knownTexts(contentDir: string): Map<string, string> {
  const known = new Map<string, string>();
  if (!existsSync(join(contentDir, 'documents'))) return known;
  for (const folder of documentFolders(contentDir)) {
    const metaPath = join(folder, 'meta.yaml');
    if (!existsSync(metaPath)) continue;
    // Read without the schema: a draft that still needs fields holds its text all the same.
    const source = (
      parse(readFileSync(metaPath, 'utf8')) as {
        source?: { sha256?: unknown; original?: { sha256?: unknown } | null };
      } | null
    )?.source;
    const id = basename(folder);
    for (const hash of [source?.sha256, source?.original?.sha256]) if (typeof hash === 'string') known.set(hash, id);
  }
  return known;
}

const refused = (reason: string): AddResult => ({
  status: 'refused',
  folder: null,
  report: reason,
  ok: false,
  detail: reason,
});

/** Adds one source file to the content folder; never overwrites a document that exists. */
export async function addDocument(path: string, options: AddOptions = {}): Promise<AddResult> {
  const contentDir = options.contentDir ?? 'content';
  if (!existsSync(path)) return refused(`找不到文件：${path}`);
  const bytes = readFileSync(path);
  const extraction = await extractSource(path, bytes);
  if (!extraction.ok) return refused(extraction.reason);
  const { format } = extraction;
  const extracted = extraction.text === null ? null : Buffer.from(extraction.text, 'utf8');
  const text = extracted ?? bytes;
  const file = `source${format === 'markdown' ? '.md' : '.txt'}`;
  const original = extracted
    ? { file: `original.${format}`, sha256: sha(bytes), pageLines: extraction.pageLines }
    : null;
  const known = options.known ?? knownTexts(contentDir);
  const same = known.get(sha(text)) ?? known.get(sha(bytes));
  if (same)
    return {
      status: 'duplicate',
      folder: null,
      report: `${path}：与已有文件 ${same} 的文本相同（SHA-256 一致），未加入`,
      ok: false,
      detail: same,
    };
  // First pass without metadata: what the text says about itself.
  const probe = new VFile({ path: file });
  let doc: PolicyDocument;
  try {
    doc = processDocument({
      id: options.id ?? 'draft',
      bytes: text,
      meta: null,
      errata: [],
      errataFile: '',
      file: probe,
      titleHint: extraction.titleHint,
      pageLines: extraction.pageLines,
    });
  } catch {
    const report = formatInspection(path, { doc: null, files: [probe], failed: true });
    return { ...refused(report), detail: probe.messages.find((m) => m.fatal)?.reason ?? '文本无法读取' };
  }
  const draft = draftMeta(
    doc,
    { file, sha256: sha(text), name: options.sourceName ?? null, url: options.sourceUrl ?? null },
    loadProvinces(contentDir),
    options.id,
  );
  let id = String(draft.meta.id);
  const year = (draft.meta.dates as Array<{ date: string }>).at(-1)?.date.slice(0, 4);
  if (!options.id && existsSync(join(contentDir, 'documents', id)) && year) id = `${id}-${year}`;
  for (let n = 2; !options.id && existsSync(join(contentDir, 'documents', id)); n++)
    id = `${String(draft.meta.id)}-${n}`;
  const folder = join(contentDir, 'documents', id);
  if (existsSync(folder))
    return refused(`已有文件夹 ${folder}：换一个 --id，或先删除它（Unexpected existing document “${id}”）`);
  draft.meta.id = id;
  (draft.meta.source as Record<string, unknown>).original = original;
  if (original)
    draft.meta.provenance = `${String(draft.meta.provenance)}原件 ${original.file} 按原样保存，正文文字由其提取为 ${file}${extraction.notes.length ? `：${extraction.notes.join('；')}` : ''}。`;
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, file), text);
  if (original) writeFileSync(join(folder, original.file), bytes);
  writeFileSync(join(folder, 'meta.yaml'), stringify(draft.meta, { lineWidth: 0 }));
  known.set(sha(text), id);
  known.set(sha(bytes), id);
  const run = buildCorpus(contentDir, { only: id });
  const built = run.corpus.documents[0] ?? null;
  const schema = metaSchema.safeParse(draft.meta);
  const fields = schema.success ? [] : [...new Set(schema.error.issues.map((issue) => issue.path.join('.')))];
  const out = [
    `已加入 ${folder}/（${file}，${text.length} 字节，SHA-256 ${sha(text).slice(0, 12)}…${original ? `；原件 ${original.file}，${bytes.length} 字节` : ''}）`,
    ...extraction.notes,
    '从文本中找到：',
    ...draft.found.map((line) => `  ${line}`),
    ...(draft.missing.length
      ? ['未能从文本确定（请在 meta.yaml 中补充或确认）：', ...draft.missing.map((line) => `  ${line}`)]
      : []),
    formatInspection(join(folder, file), { doc: built, files: run.files, failed: run.failed }),
  ];
  const status: AddStatus = fields.length ? 'needs-metadata' : 'added';
  return { status, folder, report: out.join('\n'), ok: !run.failed, detail: fields.join('、') };
}
