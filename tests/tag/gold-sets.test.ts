/**
 * The gold's split: which clauses were kept out of tuning the rules, read
 * from the gold files themselves, and a split value the files do not know
 * refused with the file and the entry.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { labelSets, loadGoldSets, loadHeldOutIds } from '../../src/pipeline/tag/gold-sets.ts';

const gold = loadGoldSets();
const heldOut = loadHeldOutIds();
const themes = parse(readFileSync(join('tests', 'gold', 'themes.yaml'), 'utf8')).clauses as Record<
  string,
  { split: string }
>;
const roles = parse(readFileSync(join('tests', 'gold', 'roles.yaml'), 'utf8')) as { heldout: Record<string, string> };

describe('the clauses kept out of tuning the rules', () => {
  it('are gold clauses of their set, about a third of each', () => {
    for (const set of labelSets) {
      for (const id of heldOut[set]) expect(gold[set].has(id), `${set} ${id}`).toBe(true);
      const share = heldOut[set].size / gold[set].size;
      expect(share, set).toBeGreaterThan(0.25);
      expect(share, set).toBeLessThan(0.4);
    }
  });

  it('are the theme entries marked held-out and the roles file’s heldout part', () => {
    expect(heldOut.themes.has('weihai-2-p1')).toBe(true);
    expect(themes['weihai-2-p1']!.split).toBe('held-out');
    expect(heldOut.themes.has('weihai-p1')).toBe(false);
    expect(heldOut.objects).toEqual(heldOut.themes);
    expect([...heldOut.roles].sort()).toEqual(Object.keys(roles.heldout).sort());
  });
});

describe('a split the gold does not know', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gold-split-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is refused, naming the file and the entry', () => {
    cpSync(join('tests', 'gold'), dir, { recursive: true });
    const file = join(dir, 'themes.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('weihai-3-3: {split: held-out', 'weihai-3-3: {split: heldout'),
    );
    expect(() => loadHeldOutIds(dir)).toThrow(/themes\.yaml: clauses › weihai-3-3 › split/);
  });
});
