/**
 * `npm run corpus -- check-originals`: for every document kept with its
 * published original (a web page, a .docx, a PDF), extracts the text from
 * the original again and compares it with the committed `source.txt`, so
 * that the derived text stays what its original gives. The build itself
 * checks only the two checksums; extraction runs here and in `corpus add`,
 * where a library upgrade that would read a file differently shows up as
 * a named difference instead of moved clause ids.
 *
 * Example: `baotou-web：original.html 与 source.txt 一致`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFolders } from '../../src/pipeline/corpus.ts';
import { extractSource } from '../../src/pipeline/input/extract.ts';
import { parseMeta } from '../../src/pipeline/metadata.ts';

/** One document's comparison: `ok`, or the first line that differs. */
export interface OriginalCheck {
  id: string;
  ok: boolean;
  message: string;
}

/** Re-extracts every original in a content folder and compares it with its source text. */
export async function checkOriginals(contentDir: string): Promise<OriginalCheck[]> {
  const checks: OriginalCheck[] = [];
  for (const folder of documentFolders(contentDir)) {
    const metaPath = join(folder, 'meta.yaml');
    const meta = existsSync(metaPath) ? parseMeta(readFileSync(metaPath, 'utf8')).meta : null;
    const original = meta?.source.original;
    if (!meta || !original) continue;
    const path = join(folder, original.file);
    const read = await extractSource(path, readFileSync(path));
    const committed = readFileSync(join(folder, meta.source.file), 'utf8');
    if (!read.ok || read.text === null) {
      checks.push({
        id: meta.id,
        ok: false,
        message: `${meta.id}：${original.file} 不能再读取（${read.ok ? '不是需要提取的格式' : read.reason}）`,
      });
      continue;
    }
    const a = read.text.split('\n');
    const b = committed.split('\n');
    const at = a.findIndex((line, i) => line !== b[i]);
    const same = read.text === committed;
    checks.push({
      id: meta.id,
      ok: same,
      message: same
        ? `${meta.id}：${original.file} 与 ${meta.source.file} 一致`
        : `${meta.id}：从 ${original.file} 提取的第 ${(at < 0 ? a.length : at) + 1} 行与 ${meta.source.file} 不同（提取：“${a[at] ?? ''}”，已存：“${b[at < 0 ? a.length : at] ?? ''}”）；确认后重新 corpus add，或保留已存文本`,
    });
  }
  return checks;
}
