/**
 * The size of a built site as a static host counts it: every file under
 * the folder (search index fragments and data included), the HTML pages,
 * the largest file and the largest page, and size and files per top-level
 * folder. Used by the end-to-end benchmark and the size budget test.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** `siteSizes('dist')` → `{ totalMb: 412.5, files: 9120, largestFile: { path: 'data/corpus.json.gz', mb: 24.1 }, … }`. */
export function siteSizes(
  dir: string,
  perDocument: (path: string) => boolean = () => false,
): {
  totalMb: number;
  files: number;
  pages: number;
  largestFile: { path: string; mb: number };
  largestPage: { path: string; mb: number };
  /** The largest file and page that belong to the corpus as a whole (not to one document, as `perDocument` tells). */
  largestSharedFile: { path: string; mb: number };
  largestSharedPage: { path: string; mb: number };
  folderMb: Record<string, number>;
  folderFiles: Record<string, number>;
} {
  const mb = (bytes: number): number => Math.round((bytes / 1e6) * 100) / 100;
  let pages = 0;
  let files = 0;
  let largestPage = { path: '', bytes: 0 };
  let largestFile = { path: '', bytes: 0 };
  let largestSharedPage = { path: '', bytes: 0 };
  let largestSharedFile = { path: '', bytes: 0 };
  const walk = (path: string): [number, number] => {
    const stat = statSync(path);
    if (!stat.isDirectory()) {
      files += 1;
      const shared = !perDocument(relative(dir, path));
      if (stat.size > largestFile.bytes) largestFile = { path, bytes: stat.size };
      if (shared && stat.size > largestSharedFile.bytes) largestSharedFile = { path, bytes: stat.size };
      if (path.endsWith('.html')) {
        pages += 1;
        if (stat.size > largestPage.bytes) largestPage = { path, bytes: stat.size };
        if (shared && stat.size > largestSharedPage.bytes) largestSharedPage = { path, bytes: stat.size };
      }
      return [stat.size, 1];
    }
    return readdirSync(path).reduce<[number, number]>(
      (sum, name) => {
        const [bytes, count] = walk(join(path, name));
        return [sum[0] + bytes, sum[1] + count];
      },
      [0, 0],
    );
  };
  const folderMb: Record<string, number> = {};
  const folderFiles: Record<string, number> = {};
  let total = 0;
  for (const name of readdirSync(dir).sort()) {
    const [bytes, count] = walk(join(dir, name));
    total += bytes;
    if (statSync(join(dir, name)).isDirectory()) {
      folderMb[name] = mb(bytes);
      folderFiles[name] = count;
    }
  }
  return {
    totalMb: mb(total),
    files,
    pages,
    largestFile: { path: relative(dir, largestFile.path), mb: mb(largestFile.bytes) },
    largestPage: { path: relative(dir, largestPage.path), mb: mb(largestPage.bytes) },
    largestSharedFile: { path: relative(dir, largestSharedFile.path), mb: mb(largestSharedFile.bytes) },
    largestSharedPage: { path: relative(dir, largestSharedPage.path), mb: mb(largestSharedPage.bytes) },
    folderMb,
    folderFiles,
  };
}

/** Every file under `dir` with its size in bytes, by path relative to `dir` (`documents/weihai/index.html` → 48213). */
export function fileSizes(dir: string): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      sizes.set(relative(dir, path), statSync(path).size);
    }
  }
  return sizes;
}
