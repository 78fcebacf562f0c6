/**
 * How the reader does on a whole collection of Markdown law texts (an
 * unpacked LawRefBook/Laws checkout): each text is read by `inspectFile`
 * and compared with an independent reference parse of the same Markdown,
 * then counted by genre folder as read right, right with warnings, wrong
 * and flagged, wrong and silent, or refused. Every text the Markdown
 * shortcut takes (headings, comment lines, plain paragraphs) is also read
 * by the full parser, and any difference between the two readings is
 * listed. A tool, not a test.
 *
 *   npm run eval:collection -- <folder> [--only <path part>] [--out result.json] [--show wrong-silent] [--sample 20]
 *
 * Example row: `| 司法解释 | 439 | 409 (93.2 %) | 30 (6.8 %) | 0 (0.0 %) | 0 (0.0 %) | 0 (0.0 %) | 0 | 0 |`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { textFiles } from '../corpus/inspect-folder.ts';
import { inspectFile } from '../corpus/inspect.ts';
import { compare, type Comparison, type Verdict } from './collection/compare.ts';
import { referenceParse } from './collection/reference-parse.ts';
import { parseMarkdown, readingText } from '../../src/pipeline/text/markdown.ts';
import { readSimpleMarkdown } from '../../src/pipeline/text/simple-markdown.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!root) {
  console.error(
    '用法 / Usage: npm run eval:collection -- <folder> [--out result.json] [--show <verdict>] [--sample <n>]',
  );
  process.exit(2);
}

interface Row extends Comparison {
  file: string;
  genre: string;
  messages: Array<{ line: number | null; rule: string; text: string }>;
}

const verdicts: Verdict[] = ['right', 'right-warned', 'wrong-flagged', 'wrong-silent', 'refused'];
const names: Record<Verdict, string> = {
  right: '读对',
  'right-warned': '读对有提示',
  'wrong-flagged': '读错有提示',
  'wrong-silent': '读错无提示',
  refused: '拒读',
};
const only = option('--only');
// Markdown texts of the collection: not the folder indexes, the template, the cases or the scripts.
const skipped = /(^|\/)(_index|README|法律法规模版)\.md$|(^|\/)(案例|scripts)\//;
const files = textFiles(root).filter(
  (path) => path.endsWith('.md') && !skipped.test(relative(root, path)) && (!only || path.includes(only)),
);
const rows: Row[] = [];
let shortcut = 0;
const shortcutDiffers: string[] = [];
let bytes = 0;
const started = performance.now();
for (const path of files) {
  const source = readFileSync(path, 'utf8');
  bytes += Buffer.byteLength(source);
  const inspection = inspectFile(path);
  const messages = inspection.files
    .flatMap((f) => f.messages)
    .map((m) => ({ line: m.line ?? null, rule: m.ruleId ?? '', text: m.reason }));
  const doc = inspection.failed ? null : inspection.doc;
  const result = compare(
    doc,
    referenceParse(source),
    messages.flatMap((m) => (m.line ? [m.line] : [])),
  );
  const file = relative(root, path);
  rows.push({ ...result, file, genre: file.split('/')[0] === 'DLC' ? '地方法规' : file.split('/')[0], messages });
}
const seconds = (performance.now() - started) / 1000;
// Outside the timing: every text the shortcut takes, read again by the full parser.
for (const path of files) {
  const source = readFileSync(path, 'utf8');
  const quick = readSimpleMarkdown(source);
  if (!quick) continue;
  shortcut += 1;
  if (readingText(quick) !== readingText(parseMarkdown(source))) shortcutDiffers.push(relative(root, path));
}

const pct = (n: number, of: number): string => `${n} (${((100 * n) / Math.max(1, of)).toFixed(1)} %)`;
const genres = ['全部', ...new Set(rows.map((r) => r.genre))];
console.log(
  `| 类别 | 文件 | ${verdicts.map((v) => names[v]).join(' | ')} | 严格计数：附件读进末条 | 无标号章节标题读进条文（行） |`,
);
console.log(`| --- | --- | ${verdicts.map(() => '---').join(' | ')} | --- | --- |`);
for (const genre of genres) {
  const group = rows.filter((r) => genre === '全部' || r.genre === genre);
  const heading = (why: string[]): Row[] =>
    group.filter((r) => r.differences.some((d) => d.kind === 'heading-in-article' && why.includes(d.why ?? '')));
  const titleLines = group
    .flatMap((r) => r.differences)
    .filter((d) => d.kind === 'heading-in-article' && d.why !== 'attachment').length;
  console.log(
    `| ${genre} | ${group.length} | ${verdicts.map((v) => pct(group.filter((r) => r.verdict === v).length, group.length)).join(' | ')} | ${heading(['attachment']).length} | ${titleLines} |`,
  );
}
const mb = bytes / 1e6;
console.log(
  `\n${files.length} 个文件 · ${mb.toFixed(1)} MB · ${seconds.toFixed(1)} 秒 · ${(mb / seconds).toFixed(2)} MB/s · ${(files.length / seconds).toFixed(0)} 个/秒`,
);
console.log(
  `逐行读取（不经解析）的 Markdown：${shortcut} 个文件，与完整解析的读法不同的 ${shortcutDiffers.length} 个${shortcutDiffers.length ? `：${shortcutDiffers.slice(0, 10).join('、')}` : ''}`,
);
const rules = new Map<string, number>();
for (const row of rows.filter((r) => r.verdict === 'right-warned'))
  for (const rule of new Set(row.messages.map((m) => m.rule))) rules.set(rule, (rules.get(rule) ?? 0) + 1);
console.log(
  `读对有提示的文件，按提示规则：${[...rules]
    .sort((a, b) => b[1] - a[1])
    .map(([rule, n]) => `${rule} ${n}`)
    .join('、')}`,
);

const show = option('--show');
if (show)
  for (const row of rows.filter((r) => r.verdict === show)) {
    console.log(`\n${row.file}`);
    for (const d of row.differences.slice(0, 5))
      console.log(`  第 ${d.line} 行 ${d.kind}${d.flagged ? '（有提示）' : ''}：${d.detail}`);
    if (row.verdict === 'right-warned' || row.verdict === 'refused')
      for (const m of row.messages.slice(0, 3)) console.log(`  第 ${m.line} 行 ${m.rule}：${m.text.slice(0, 100)}`);
  }
const sample = Number(option('--sample') ?? 0);
for (let i = 0; i < sample; i++) {
  // A fixed stride through the files, so a sample can be checked again.
  const row = rows[Math.floor((i * rows.length) / sample + 7) % rows.length];
  console.log(`抽查 ${row.file}：${names[row.verdict]}，${row.articles} 条，差异 ${row.differences.length}`);
}
const out = option('--out');
if (out) writeFileSync(out, JSON.stringify(rows, null, 1));
