/**
 * `npm run corpus -- inspect <folder> [--json]`: reads every text of a
 * folder (`.md`, `.markdown`, `.txt`, in sub-folders too) in one process.
 * With --json it writes one JSON line per file to stdout — title, articles
 * (number, source line), headings (number, title, unit, source line) and
 * messages (line, rule, text) — and the summary table to stderr; without
 * it, one line per file that has messages and the table.
 *
 * Example line: `{"file":"a.md","title":"…条例","articles":[{"number":"第一条","line":12}],…}`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BodyNode, Section } from '../../src/model/types.ts';
import { inspectFile } from './inspect.ts';

/** What batch inspect says about one file. */
export interface FileReading {
  file: string;
  title: string | null;
  refused: boolean;
  articles: Array<{ number: string; line: number }>;
  headings: Array<{ number: string | null; title: string; unit: Section['unit']; line: number }>;
  messages: Array<{ line: number | null; rule: string; text: string }>;
}

const textFile = /\.(md|markdown|txt)$/i;

/** Every text file under `dir`, in name order. */
export function textFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (name.startsWith('.')) return [];
      return statSync(path).isDirectory() ? textFiles(path) : textFile.test(name) ? [path] : [];
    });
}

/** Reads one file into its summary record. */
export function readOne(path: string, root: string): FileReading {
  const { doc, files, failed } = inspectFile(path);
  const reading: FileReading = {
    file: relative(root, path),
    title: doc?.title ?? null,
    refused: failed,
    articles: [],
    headings: [],
    messages: files
      .flatMap((f) => f.messages)
      .map((m) => ({ line: m.line ?? null, rule: m.ruleId ?? '', text: m.reason })),
  };
  const walk = (nodes: readonly BodyNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'section') {
        reading.headings.push({ number: node.number, title: node.title, unit: node.unit, line: node.line });
        walk(node.children);
      } else if (node.type === 'clause' && node.parts && node.number)
        reading.articles.push({ number: node.number, line: node.line });
    }
  };
  if (doc && !failed) walk(doc.body);
  return reading;
}

/** Inspects a folder; returns the exit code (1 when any file was refused). */
export function inspectFolder(dir: string, json: boolean): number {
  const started = performance.now();
  const paths = textFiles(dir);
  let bytes = 0;
  const counts = { read: 0, warned: 0, refused: 0, articles: 0, messages: 0 };
  for (const path of paths) {
    bytes += statSync(path).size;
    const reading = readOne(path, dir);
    counts.articles += reading.articles.length;
    counts.messages += reading.messages.length;
    if (reading.refused) counts.refused++;
    else if (reading.messages.length) counts.warned++;
    else counts.read++;
    if (json) process.stdout.write(`${JSON.stringify(reading)}\n`);
    else if (reading.messages.length) {
      const first = reading.messages[0];
      console.log(
        `${reading.refused ? '拒读' : '有提示'} ${reading.file}：${reading.messages.length} 个问题，第一个在第 ${first.line ?? '—'} 行（${first.rule}）${first.text.slice(0, 60)}`,
      );
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const table = [
    '| 文件 | 读完无提示 | 读完有提示 | 拒读 | 条文 | 提示 | MB/s | 个/秒 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    `| ${paths.length} | ${counts.read} | ${counts.warned} | ${counts.refused} | ${counts.articles} | ${counts.messages} | ${(bytes / 1e6 / seconds).toFixed(2)} | ${(paths.length / seconds).toFixed(1)} |`,
  ].join('\n');
  (json ? console.error : console.log)(table);
  return counts.refused > 0 ? 1 : 0;
}
