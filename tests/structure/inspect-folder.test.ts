/**
 * `npm run corpus -- inspect <folder> --json`: every text of a folder in one
 * process, one JSON line per file (title, articles, headings, messages with
 * their lines) on stdout and a summary table on stderr; exit 1 when a file
 * is refused.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileReading } from '../../scripts/corpus/inspect-folder.ts';
import { readOne, textFiles } from '../../scripts/corpus/inspect-folder.ts';

const inspect = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/corpus/cli.ts', 'inspect', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'inspect-folder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('corpus inspect on a folder', () => {
  it('finds every text file of a folder, in name order', () => {
    const files = textFiles('tests/fixtures/collection');
    expect(files).toHaveLength(13);
    expect(files[0]).toBe('tests/fixtures/collection/attachment-catalogue.md');
  });

  it('gives a file’s title, articles and headings with their source lines, and its messages', () => {
    const reading = readOne('tests/fixtures/collection/bare-chapter.md', 'tests/fixtures/collection');
    expect(reading).toMatchObject({ file: 'bare-chapter.md', title: '山东省文物保护条例', refused: false });
    expect(reading.articles).toEqual([
      { number: '第六条', line: 5 },
      { number: '第七条', line: 7 },
      { number: '第八条', line: 11 },
    ]);
    expect(reading.headings).toEqual([{ number: null, title: '不可移动文物', unit: null, line: 9 }]);
    expect(reading.messages.map((m) => `${m.line}:${m.rule}`)).toContain('9:unnumbered-heading');
  });

  it('writes one JSON line per file and the summary table, and exits 1 when a file is refused', () => {
    writeFileSync(join(dir, 'a.md'), '# 某市条例\n\n第一条 甲。\n\n第二条 乙。\n');
    writeFileSync(join(dir, 'b.txt'), '某市条例\n第一条 知识\ufffd权。\n第二条 施行。\n');
    writeFileSync(join(dir, 'c.pdf'), 'not a text');
    const result = inspect(dir, '--json');
    expect(result.status).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as FileReading);
    expect(lines.map((l) => [l.file, l.refused, l.articles.length])).toEqual([
      ['a.md', false, 2],
      ['b.txt', true, 0],
    ]);
    expect(lines[1].messages[0]).toMatchObject({ line: 2, rule: 'mis-decoded' });
    expect(result.stderr).toMatch(/\| 文件 \| 读完无提示 \| 读完有提示 \| 拒读 \| 条文 \| 提示 \| MB\/s \| 个\/秒 \|/);
    expect(result.stderr).toMatch(/\| 2 \| 1 \| 0 \| 1 \| 2 \| \d+ \|/);
  });
});
