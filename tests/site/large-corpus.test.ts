/**
 * The site for a corpus larger than the side-by-side pages can hold at
 * once (more than `allDocumentsUpTo` documents): eight synthetic documents
 * recombined from the real ones. Theme pages list the cities and hand the
 * chosen ones to the compare page; the compare page starts empty and
 * loads columns on demand. No link may break.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { findBrokenLinks } from '../../scripts/check/find-broken-links.ts';
import { allDocumentsUpTo } from '../../src/browser/compare-state.ts';
import type { Corpus } from '../../src/model/types.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { isCounted } from '../../src/site/roles.ts';
import { buildSite } from './build-site.ts';

const documents = allDocumentsUpTo + 2;
let work: string;
let site: string;
let corpus: Corpus;
const page = (path: string) => parse(readFileSync(join(site, path, 'index.html'), 'utf8'));

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ip-policy-large-'));
  const content = join(work, 'content');
  const data = join(work, 'data');
  generateCorpus(content, documents);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pipeline.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, DATA_DIR: data },
  });
  if (run.status !== 0) throw new Error(`Corpus build failed:\n${run.stderr}`);
  corpus = JSON.parse(readFileSync(join(data, 'corpus.json'), 'utf8')) as Corpus;
  site = buildSite({ name: 'large', base: '/', dataDir: data });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`the site for ${documents} documents`, () => {
  it('gives each theme page a table of the places and their documents, not one column per document', () => {
    const protection = page('themes/protection');
    expect(protection.querySelectorAll('.column')).toHaveLength(0);
    const rows = protection.querySelectorAll('form.theme-places tr[data-family]');
    expect(rows.map((row) => row.id).sort()).toEqual(corpus.documents.map((d) => `city-${d.meta.id}`).sort());
    const counts = rows.map((row) => Number(row.querySelector('td.n')!.text));
    // Tasks, safeguards and provisions (clause roles), as the theme page counts them.
    const expected = corpus.documents.map(
      (d) => clausesOf(d.body).filter((c) => isCounted(c) && c.themes.some((t) => t.id === 'protection')).length,
    );
    expect([...counts].sort()).toEqual([...expected].sort());
    // Each place's row sums its documents.
    for (const place of protection.querySelectorAll('tbody.place')) {
      const sum = place.querySelectorAll('tr[data-family] td.n').reduce((n, td) => n + Number(td.text), 0);
      expect(Number(place.querySelector('tr.place-row td.n')!.text)).toBe(sum);
    }
    const total = Number(/共有 (\d+) 条/.exec(protection.querySelector('.lede')!.text)![1]);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(total);
    expect(total).toBeGreaterThan(0);
    const form = protection.querySelector('form.theme-places')!;
    expect(form.getAttribute('action')).toBe('/compare/');
    expect(form.querySelector('input[type=hidden][name=theme]')!.getAttribute('value')).toBe('protection');
    expect(form.querySelectorAll('input[name=docs]')).toHaveLength(documents);
  });

  it('starts the compare page with no document chosen and has a column fragment for every document', () => {
    const compare = page('compare');
    const boxes = compare.querySelectorAll('input[name=docs]');
    expect(boxes).toHaveLength(documents);
    expect(boxes.some((box) => box.hasAttribute('checked'))).toBe(false);
    for (const doc of corpus.documents)
      expect(existsSync(join(site, 'compare/columns', doc.meta.id, 'index.html'))).toBe(true);
  });

  it('has no broken internal link or anchor', () => {
    // Astro publishes public/data; this corpus's data lives elsewhere, so publish it as the build would.
    cpSync(join(work, 'data'), join(site, 'data'), { recursive: true });
    const report = findBrokenLinks(site, '/');
    expect(report.broken).toEqual([]);
  });
});
