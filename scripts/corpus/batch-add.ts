/**
 * `npm run corpus -- add <folder or files…>`: adds many files at once and
 * prints one summary table — added, needs metadata (which fields),
 * refused (why), duplicate of a document already there (same text by
 * SHA-256, also within the batch). A folder stands for the files in it
 * (and in its subfolders), in name order.
 *
 * Example: `npm run corpus -- add 下载/` →
 * `| 政策.html | 已加入 | content/documents/jinan-ip |`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { addDocument, knownTexts, type AddOptions, type AddResult, type AddStatus } from './add.ts';

/** One file's line of the summary. */
export interface BatchLine {
  path: string;
  result: AddResult;
}

/** The files named: files as given, folders expanded to the files in them (hidden files skipped), sorted by name. */
export function filesOf(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return [path];
    }
    if (!stat.isDirectory()) return [path];
    const names = readdirSync(path)
      .filter((name) => !name.startsWith('.'))
      .sort();
    return filesOf(names.map((name) => join(path, name)));
  });
}

/** Adds every file in turn; each sees the texts added before it, so a file given twice is a duplicate. */
export async function addBatch(
  paths: readonly string[],
  options: Omit<AddOptions, 'id' | 'known'> = {},
): Promise<BatchLine[]> {
  const known = knownTexts(options.contentDir ?? 'content');
  const lines: BatchLine[] = [];
  for (const path of filesOf(paths)) lines.push({ path, result: await addDocument(path, { ...options, known }) });
  return lines;
}

const labels: Record<AddStatus, string> = {
  added: '已加入',
  'needs-metadata': '需补元数据',
  refused: '拒绝',
  duplicate: '重复',
};

/** The summary table: one row a file, then the count of each outcome. */
export function formatBatch(lines: readonly BatchLine[]): string {
  const rows = lines.map(({ path, result }) => {
    const what =
      result.status === 'added'
        ? (result.folder ?? '')
        : result.status === 'needs-metadata'
          ? `${result.folder}：请在 meta.yaml 中填写 ${result.detail}`
          : result.status === 'duplicate'
            ? `与已有文件 ${result.detail} 的文本相同（SHA-256 一致）`
            : result.detail.split('\n')[0];
    return `| ${path} | ${labels[result.status]} | ${what} |`;
  });
  const counts = (Object.keys(labels) as AddStatus[]).map(
    (status) => `${labels[status]} ${lines.filter((l) => l.result.status === status).length}`,
  );
  return [
    '| 文件 | 结果 | 文件夹或原因 |',
    '| --- | --- | --- |',
    ...rows,
    '',
    `共 ${lines.length} 个文件：${counts.join('，')}`,
  ].join('\n');
}
