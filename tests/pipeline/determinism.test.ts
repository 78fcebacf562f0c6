/**
 * Two builds of the same input give byte-identical data files: the
 * pipeline CLI is run twice into two temporary folders and every file
 * (corpus.json, clauses.csv, markdown/*.md, targets and agencies) is
 * compared byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

const dirs = [mkdtempSync(join(tmpdir(), 'determinism-a-')), mkdtempSync(join(tmpdir(), 'determinism-b-'))];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('determinism', () => {
  it('writes byte-identical data files in two builds of the same content', () => {
    for (const dir of dirs) {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/pipeline.ts'], {
        env: { ...process.env, DATA_DIR: dir },
        stdio: 'pipe',
      });
    }
    const [a, b] = dirs.map(filesUnder);
    expect(a).toEqual(b);
    const expected = [
      'clauses.csv',
      'corpus.json',
      ...['baotou', 'chongqing', 'luolong', 'ningbo', 'weihai'].map((id) => join('markdown', `${id}.md`)),
    ];
    expect(a).toEqual(expect.arrayContaining(expected));
    for (const name of a) {
      const [x, y] = dirs.map((dir) => readFileSync(join(dir, name)));
      expect(x.length, name).toBeGreaterThan(0);
      expect(x.equals(y), `${name} differs between builds`).toBe(true);
    }
    // Two whole builds of the 87-document corpus, the learned labeller trained in each.
  }, 180_000);
});
