/**
 * The build command on bad content: `scripts/pipeline.ts` prints every
 * problem with file:line:column (vfile-reporter), writes no data, and
 * exits 1 — for a broken document next to a good one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDir, metaFor, realSource } from './content-dir.ts';

const weihai = realSource('weihai');
const content = contentDir([
  { folder: 'ningbo', source: realSource('ningbo') },
  {
    folder: 'weihai',
    source: weihai,
    meta: metaFor('weihai', weihai, { genre: '公告', dates: [{ event: '印发', date: '2021-13-45' }] }),
  },
  { folder: 'empty', source: '', meta: metaFor('weihai', '', { id: 'empty' }) },
]);
const out = mkdtempSync(join(tmpdir(), 'pipeline-cli-'));
afterAll(() => {
  content.dispose();
  rmSync(out, { recursive: true, force: true });
});

describe('build command on bad content', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pipeline.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content.dir, DATA_DIR: out },
  });

  it('exits 1 and writes no data', () => {
    expect(result.status).toBe(1);
    expect(existsSync(join(out, 'corpus.json'))).toBe(false);
    expect(result.stderr).toContain('Corpus build failed: fix the problems above (file:line:column).');
  });

  it('prints every problem with its file, line and column', () => {
    expect(result.stderr).toMatch(/weihai\/meta\.yaml[\s\S]*4:8\s+error\s+Unexpected metadata, field “genre”/);
    expect(result.stderr).toMatch(/9:11\s+error\s+Unexpected metadata, field “dates.0.date”: not a real calendar date/);
    expect(result.stderr).toMatch(/empty\/source\.txt[\s\S]*1:1\s+error\s+Unexpected empty file/);
  });

  it('shows progress for every document, failed ones included', () => {
    expect(result.stderr).toMatch(/\[corpus\] 3\/3 文件/);
  });
});
