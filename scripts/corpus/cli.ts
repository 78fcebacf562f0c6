/**
 * Corpus commands for people working on the content.
 *
 *   npm run corpus -- inspect <file> [--json]
 *
 * `inspect` normalizes and segments any text file without metadata and
 * prints a report (or, with --json, the clauses). Exit code 1 when the
 * file cannot be processed.
 */
import { clausesOf } from '../../src/pipeline/structure/identify.ts';
import { formatInspection, inspectFile } from './inspect.ts';

const usage = '用法 / Usage: npm run corpus -- inspect <file> [--json]';
const [command, ...rest] = process.argv.slice(2);
const json = rest.includes('--json');
const path = rest.find((arg) => !arg.startsWith('--'));

if (command !== 'inspect' || !path) {
  console.error(usage);
  process.exit(2);
}
const result = inspectFile(path);
if (json && result.doc && !result.failed) {
  process.stdout.write(`${JSON.stringify(clausesOf(result.doc.body), null, 1)}\n`);
} else if (json) {
  console.error(formatInspection(path, result));
} else {
  console.log(formatInspection(path, result));
}
process.exitCode = result.failed ? 1 : 0;
