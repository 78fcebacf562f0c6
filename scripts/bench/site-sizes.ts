/**
 * The size of a built site as a static host counts it: every file under
 * the folder (search index fragments and data included), the HTML pages,
 * the largest file and the largest page, and size and files per top-level
 * folder. Used by the end-to-end benchmark and the size budget test.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** `siteSizes('dist')` → `{ totalMb: 412.5, files: 9120, largestFile: { path: 'data/corpus.json.gz', mb: 24.1 }, … }`. */
export function siteSizes(dir: string): {
  totalMb: number;
  files: number;
  pages: number;
  largestFile: { path: string; mb: number };
  largestPage: { path: string; mb: number };
  folderMb: Record<string, number>;
  folderFiles: Record<string, number>;
} {
  const mb = (bytes: number): number => Math.round((bytes / 1e6) * 100) / 100;
  let pages = 0;
  let files = 0;
  let largestPage = { path: '', bytes: 0 };
  let largestFile = { path: '', bytes: 0 };
  const walk = (path: string): [number, number] => {
    const stat = statSync(path);
    if (!stat.isDirectory()) {
      files += 1;
      if (stat.size > largestFile.bytes) largestFile = { path, bytes: stat.size };
      if (path.endsWith('.html')) {
        pages += 1;
        if (stat.size > largestPage.bytes) largestPage = { path, bytes: stat.size };
      }
      return [stat.size, 1];
    }
    return readdirSync(path).reduce<[number, number]>((sum, name) => {
      const [bytes, count] = walk(join(path, name));
      return [sum[0] + bytes, sum[1] + count];
    }, [0, 0]);
  };
  const folderMb: Record<string, number> = {};
  const folderFiles: Record<string, number> = {};
  let total = 0;
  for (const name of readdirSync(dir).sort()) {
    const [bytes, count] = walk(join(dir, name));
    total += bytes;
    if (statSync(join(dir, name)).isDirectory()) (folderMb[name] = mb(bytes)), (folderFiles[name] = count);
  }
  return {
    totalMb: mb(total),
    files,
    pages,
    largestFile: { path: relative(dir, largestFile.path), mb: mb(largestFile.bytes) },
    largestPage: { path: relative(dir, largestPage.path), mb: mb(largestPage.bytes) },
    folderMb,
    folderFiles,
  };
}

