/**
 * `npm run corpus -- inspect <file> [--json]`: a real document gives the
 * same sections and clauses the build gives (without metadata); a bad
 * file exits 1 and names the problem with line and column.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../../src/model/types.ts';
import { buildCorpus } from '../../src/pipeline/corpus.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { realSource } from './content-dir.ts';

const inspect = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/corpus/cli.ts', 'inspect', ...args], { encoding: 'utf8' });
const weihai = buildCorpus('content').corpus.documents.find((d) => d.meta.id === 'weihai')!;
const dir = mkdtempSync(join(tmpdir(), 'inspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('corpus inspect', () => {
  it('reports a real document in Chinese: sections, clauses, units, repairs, problems', () => {
    const result = inspect('content/documents/weihai/source.txt');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('检查 content/documents/weihai/source.txt');
    expect(result.stdout).toContain(
      `结构：章节 ${weihai.stats.sections} 个 · 条款 ${weihai.stats.clauses} 条 · 表格 0 个 · 专栏 0 个`,
    );
    expect(result.stdout).toMatch(/责任单位：\d+ 个/);
    expect(result.stdout).toMatch(/修复：\d+ 处/);
    expect(result.stdout).toMatch(/问题：\d+ 个/);
  });

  it('prints the clauses as JSON with --json, the same ids and texts the build gives', () => {
    const result = inspect('content/documents/weihai/source.txt', '--json');
    expect(result.status).toBe(0);
    const clauses = clausesOf((JSON.parse(result.stdout) as { body: PolicyDocument['body'] }).body);
    const built = clausesOf(weihai.body);
    expect(clauses.map((c) => c.id)).toEqual(built.map((c) => c.id));
    expect(clauses.map((c) => c.text)).toEqual(built.map((c) => c.text));
  });

  it('applies the errata beside 重庆’s source and reports the repairs', () => {
    const result = inspect('content/documents/chongqing/source.txt');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('修复：325 处（拼音注音 317、错码片段 8）');
    expect(result.stdout).toContain('第 12 行第 1 列：“?。ㄒ唬┘訌娍傮w” → “（一）加強總體”');
  });

  it('exits 1 on a file with a mis-decoded span, naming line, column and span', () => {
    const lines = realSource('weihai').toString('utf8').split('\n');
    lines[4] = `?。ㄒ唬┘訌娍傮w設計${lines[4]}`;
    const path = join(dir, 'bad.txt');
    writeFileSync(path, lines.join('\n'));
    const result = inspect(path);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('（无法完成，见下）');
    expect(result.stdout).toMatch(/5:1\s+error\s+Unexpected mis-decoded span “\?。ㄒ唬┘訌娍傮w”/);
  });

  it('exits 1 on an empty file and on a missing one', () => {
    const path = join(dir, 'empty.txt');
    writeFileSync(path, '');
    const empty = inspect(path, '--json');
    expect(empty.status).toBe(1);
    expect(empty.stdout).toBe('');
    expect(empty.stderr).toMatch(/1:1\s+error\s+Unexpected empty file/);
    const missing = inspect(join(dir, 'none.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('找不到文件');
  });
});
