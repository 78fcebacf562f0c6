/**
 * Corpus commands for people working on the content.
 *
 *   npm run corpus -- add <file> [--id <id>] [--source-name <name>] [--source-url <url>]
 *   npm run corpus -- inspect <file or folder> [--json]
 *
 * `add` copies a source file into `content/documents/<id>/` unchanged,
 * drafts its meta.yaml from the text and checks it in the pipeline.
 * `inspect` normalizes and segments any text file without metadata and
 * prints a report (or, with --json, the document tree); on a folder it
 * reads every text in one process (see inspect-folder.ts). Exit code 1 when
 * the file cannot be processed.
 */
import { addDocument } from './add.ts';
import { statSync } from 'node:fs';
import { formatInspection, inspectFile } from './inspect.ts';
import { inspectFolder } from './inspect-folder.ts';

const usage = [
  '用法 / Usage:',
  '  npm run corpus -- add <文件> [--id <id>] [--source-name <来源>] [--source-url <网址>]',
  '  npm run corpus -- inspect <文件或文件夹> [--json]',
].join('\n');
const [command, ...rest] = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = rest.indexOf(name);
  return at >= 0 ? rest[at + 1] : undefined;
};
const valued = new Set(['--id', '--source-name', '--source-url']);
const path = rest.find((arg, i) => !arg.startsWith('--') && !valued.has(rest[i - 1] ?? ''));

if (!path || (command !== 'inspect' && command !== 'add')) {
  console.error(usage);
  process.exit(2);
}
if (command === 'add') {
  const result = addDocument(path, { id: option('--id'), sourceName: option('--source-name') ?? null, sourceUrl: option('--source-url') ?? null });
  (result.ok ? console.log : console.error)(result.report);
  process.exitCode = result.ok ? 0 : 1;
} else if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
  process.exitCode = inspectFolder(path, rest.includes('--json'));
} else {
  const result = inspectFile(path);
  if (rest.includes('--json') && result.doc && !result.failed) {
    process.stdout.write(`${JSON.stringify({ title: result.doc.title, preamble: result.doc.preamble, history: result.doc.history, body: result.doc.body, closing: result.doc.closing }, null, 1)}\n`);
  } else if (rest.includes('--json')) {
    console.error(formatInspection(path, result));
  } else {
    console.log(formatInspection(path, result));
  }
  process.exitCode = result.failed ? 1 : 0;
}
