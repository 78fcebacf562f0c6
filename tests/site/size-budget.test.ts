/**
 * The whole published site for a generated corpus of 300 documents
 * (pipeline → astro build → data beside the pages → search index) stays
 * within a static host's limits scaled from 1,000 documents to 300: the
 * site ≤ 1 GB, ≤ 20,000 files (search index fragments included), no page
 * over 1 MB and no file over 25 MB at 1,000 documents. Whatever grows
 * with the corpus at most linearly then fits at 1,000; a regression that
 * makes output grow faster fails here. Pages and files of one document
 * (`documents/<id>/`, `data/align/<id>.json` …) do not grow with the
 * corpus and keep the unscaled limits; every page or file over the corpus
 * as a whole (lists, indexes, whole-corpus data) gets the scaled ones.
 * Sizes are counted, not timed (times are in `npm run bench`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { siteSizes } from '../../scripts/bench/site-sizes.ts';
import type { Catalog } from '../../src/pipeline/export/catalog.ts';
import { buildSite } from './build-site.ts';

const documents = 300;
const scale = documents / 1000;
/** The host's limits at 1,000 documents, scaled to this corpus. */
const budget = { siteMb: 1000 * scale, files: 20_000 * scale, pageMb: 1 * scale, fileMb: 25 * scale, documentPageMb: 1, documentFileMb: 25 };

let work: string;
let sizes: ReturnType<typeof siteSizes>;

const run = (script: string, env: Record<string, string>): void => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
};

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ip-policy-budget-'));
  const content = join(work, 'content');
  const data = join(work, 'data');
  generateCorpus(content, documents);
  run('scripts/pipeline.ts', { CONTENT_DIR: content, DATA_DIR: data });
  const built = buildSite({ name: `budget-${documents}`, base: '/', dataDir: data });
  // A copy, so the shared build stays as buildSite left it; the data is published as Astro publishes public/data.
  const site = join(work, 'site');
  cpSync(built, site, { recursive: true });
  rmSync(join(site, 'data'), { recursive: true, force: true });
  cpSync(data, join(site, 'data'), { recursive: true });
  run('scripts/search/build-index.ts', { DATA_DIR: data, DIST_DIR: site });
  rmSync(join(site, '.built'), { force: true });
  const ids = new Set((JSON.parse(readFileSync(join(data, 'catalog.json'), 'utf8')) as Catalog).documents.map((d) => d.id));
  // A path is one document's when a folder or file name (without extension) is a document id.
  sizes = siteSizes(site, (path) => path.split(/[\\/]/).some((part) => ids.has(part.replace(/\.[^.]+$/, ''))));
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`the published site for ${documents} generated documents`, () => {
  const where = (): string => `by folder (MB / files): ${Object.entries(sizes.folderMb).map(([folder, mb]) => `${folder} ${mb} / ${sizes.folderFiles[folder]}`).join(', ')}`;

  it(`is at most ${budget.siteMb} MB in all`, () => {
    expect(sizes.totalMb, where()).toBeLessThanOrEqual(budget.siteMb);
  });

  it(`has at most ${budget.files} files, search index fragments included`, () => {
    expect(sizes.files, where()).toBeLessThanOrEqual(budget.files);
  });

  it(`has no page over the whole corpus larger than ${budget.pageMb * 1000} KB, and no page of one document over ${budget.documentPageMb} MB`, () => {
    expect(sizes.largestSharedPage.mb, `largest page over the corpus: ${sizes.largestSharedPage.path}`).toBeLessThanOrEqual(budget.pageMb);
    expect(sizes.largestPage.mb, `largest page: ${sizes.largestPage.path}`).toBeLessThanOrEqual(budget.documentPageMb);
  });

  it(`has no file over the whole corpus larger than ${budget.fileMb} MB, and no file of one document over ${budget.documentFileMb} MB`, () => {
    expect(sizes.largestSharedFile.mb, `largest file over the corpus: ${sizes.largestSharedFile.path}`).toBeLessThanOrEqual(budget.fileMb);
    expect(sizes.largestFile.mb, `largest file: ${sizes.largestFile.path}`).toBeLessThanOrEqual(budget.documentFileMb);
  });
});
