/**
 * `corpus add <folder or files…>`: many files at once, one summary table —
 * added, needs metadata (which fields), refused (why), duplicate of a
 * document already there (same text by SHA-256, within the batch too).
 * The files are made from real texts in content/.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { AddResult } from '../../scripts/corpus/add.ts';
import { addBatch, formatBatch } from '../../scripts/corpus/batch-add.ts';

const dir = mkdtempSync(join(tmpdir(), 'corpus-batch-'));
const inbox = join(dir, 'inbox');
mkdirSync(join(dir, 'documents'), { recursive: true });
mkdirSync(inbox);
cpSync('content/jurisdictions.yaml', join(dir, 'jurisdictions.yaml'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The 威海 opinions as copied from a site: the 公开 table as `字段：值` lines above the title, which names no place.
const weihai = [
  '索引号：11371000004386220B/2022-00105 主题分类：科技',
  '发布机构：威海市人民政府办公室 发文字号：威政办发〔2022〕3号',
  '成文日期：2022年1月28日 有效性：有效',
  readFileSync('content/documents/weihai/source.txt', 'utf8'),
].join('\n');
writeFileSync(join(inbox, '1-weihai.txt'), weihai);
copyFileSync('content/documents/ningbo-patent/source.md', join(inbox, '2-ningbo.md'));
copyFileSync('content/documents/ningbo-patent/source.md', join(inbox, '3-ningbo-again.md'));
copyFileSync('tests/fixtures/formats/scan.pdf', join(inbox, '4-scan.pdf'));
copyFileSync('tests/fixtures/formats/chongqing-patent.pdf', join(inbox, '5-chongqing.pdf'));

describe('corpus add on a folder', async () => {
  const lines = await addBatch([inbox], { contentDir: dir });
  const byFile: Record<string, AddResult> = Object.fromEntries(lines.map((l) => [l.path.split('/').pop(), l.result]));

  it('adds each file, says which fields a draft still needs, refuses a scan and skips the same text twice', () => {
    expect(Object.fromEntries(Object.entries(byFile).map(([name, r]) => [name, r.status]))).toEqual({
      '1-weihai.txt': 'needs-metadata',
      '2-ningbo.md': 'added',
      '3-ningbo-again.md': 'duplicate',
      '4-scan.pdf': 'refused',
      '5-chongqing.pdf': 'added',
    });
    expect(byFile['1-weihai.txt'].detail).toContain('jurisdiction.name');
    expect(byFile['3-ningbo-again.md'].detail).toBe('ningbo-patent');
  });

  it('drafts the 公开 fields of `字段：值` lines and keeps them out of the title', () => {
    const meta = parse(readFileSync(join(byFile['1-weihai.txt'].folder!, 'meta.yaml'), 'utf8'));
    expect(meta).toMatchObject({
      title: '关于贯彻落实《山东省知识产权强省建设纲要（2021—2035年）》全面促进知识产权高质量发展的实施意见',
      issuers: ['威海市人民政府办公室'],
      docNumber: '威政办发〔2022〕3号',
      dates: [{ event: '印发', date: '2022-01-28' }],
      status: '现行有效',
    });
  });

  it('prints one summary table with a row a file and the count of each outcome', () => {
    const table = formatBatch(lines);
    expect(table).toContain('| 文件 | 结果 | 文件夹或原因 |');
    expect(table).toMatch(/1-weihai\.txt \| 需补元数据 \| .*请在 meta\.yaml 中填写 jurisdiction\.name/);
    expect(table).toMatch(/3-ningbo-again\.md \| 重复 \| 与已有文件 ningbo-patent 的文本相同/);
    expect(table).toMatch(/4-scan\.pdf \| 拒绝 \| .*没有文字层/);
    expect(table).toContain('共 5 个文件：已加入 2，需补元数据 1，拒绝 1，重复 1');
  });

  it('finds a file already in the content folder from the command line, a draft that needs fields too, and exits 1 when a file needs attention', () => {
    const cli = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/corpus/cli.ts',
        'add',
        join(inbox, '1-weihai.txt'),
        join(inbox, '2-ningbo.md'),
        join(inbox, '4-scan.pdf'),
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: dir },
      },
    );
    expect(cli.status).toBe(1);
    expect(cli.stdout).toMatch(/2-ningbo\.md \| 重复 \| 与已有文件 ningbo-patent/);
    expect(cli.stdout).toMatch(/1-weihai\.txt \| 重复 \| 与已有文件 doc-ip/);
  });
});
