/**
 * Corpus commands for people working on the content.
 *
 *   npm run corpus -- add <file> [--id <id>] [--source-name <name>] [--source-url <url>]
 *   npm run corpus -- add <folder or files…> [--source-name <name>]
 *   npm run corpus -- inspect <file or folder> [--json]
 *   npm run corpus -- check-originals
 *
 * `add` copies a source file into `content/documents/<id>/` unchanged
 * (a web page, .docx or PDF with its extracted text beside it), drafts its
 * meta.yaml from the text and checks it in the pipeline; given a folder or
 * several files, it adds each and prints one summary table. CONTENT_DIR
 * names another content folder.
 * `inspect` normalizes and segments any text file without metadata and
 * prints a report (or, with --json, the document tree); on a folder it
 * reads every text in one process (see inspect-folder.ts). Exit code 1 when
 * the file cannot be processed.
 */
import { addDocument } from './add.ts';
import { statSync } from 'node:fs';
import { addBatch, filesOf, formatBatch } from './batch-add.ts';
import { checkOriginals } from './check-originals.ts';
import { formatInspection, inspectFile } from './inspect.ts';
import { inspectFolder } from './inspect-folder.ts';

const usage = [
  '用法 / Usage:',
  '  npm run corpus -- add <文件> [--id <id>] [--source-name <来源>] [--source-url <网址>]',
  '  npm run corpus -- add <文件夹或多个文件…> [--source-name <来源>]',
  '  （可读取 .txt、.md、.html、.docx 和带文字层的 PDF）',
  '  npm run corpus -- inspect <文件或文件夹> [--json]',
  '  npm run corpus -- check-originals    （从网页、.docx、PDF 原件重新提取，与 source.txt 比对）',
].join('\n');
const [command, ...rest] = process.argv.slice(2);
const contentDir = process.env.CONTENT_DIR ?? 'content';
const option = (name: string): string | undefined => {
  const at = rest.indexOf(name);
  return at >= 0 ? rest[at + 1] : undefined;
};
const valued = new Set(['--id', '--source-name', '--source-url']);
const paths = rest.filter((arg, i) => !arg.startsWith('--') && !valued.has(rest[i - 1] ?? ''));
const path = paths[0];

if (command === 'check-originals') {
  const checks = await checkOriginals(contentDir);
  for (const check of checks) (check.ok ? console.log : console.error)(check.message);
  console.log(
    `原件 ${checks.length} 份：一致 ${checks.filter((c) => c.ok).length}，不同 ${checks.filter((c) => !c.ok).length}`,
  );
  process.exit(checks.every((c) => c.ok) ? 0 : 1);
}
if (!path || (command !== 'inspect' && command !== 'add')) {
  console.error(usage);
  process.exit(2);
}
if (command === 'add' && (paths.length > 1 || filesOf(paths).length !== 1 || filesOf(paths)[0] !== path)) {
  if (option('--id') || option('--source-url')) {
    console.error('一次加入多个文件时不能用 --id 或 --source-url（它们只属于一个文件）；请逐个加入，或去掉这两个选项');
    process.exit(2);
  }
  const lines = await addBatch(paths, { contentDir, sourceName: option('--source-name') ?? null });
  console.log(formatBatch(lines));
  process.exitCode = lines.every((line) => line.result.status === 'added' || line.result.status === 'duplicate')
    ? 0
    : 1;
} else if (command === 'add') {
  const result = await addDocument(path, {
    contentDir,
    id: option('--id'),
    sourceName: option('--source-name') ?? null,
    sourceUrl: option('--source-url') ?? null,
  });
  (result.ok ? console.log : console.error)(result.report);
  process.exitCode = result.ok ? 0 : 1;
} else if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
  process.exitCode = inspectFolder(path, rest.includes('--json'));
} else {
  const result = inspectFile(path);
  if (rest.includes('--json') && result.doc && !result.failed) {
    process.stdout.write(
      `${JSON.stringify({ title: result.doc.title, preamble: result.doc.preamble, history: result.doc.history, body: result.doc.body, closing: result.doc.closing }, null, 1)}\n`,
    );
  } else if (rest.includes('--json')) {
    console.error(formatInspection(path, result));
  } else {
    console.log(formatInspection(path, result));
  }
  process.exitCode = result.failed ? 1 : 0;
}
