/**
 * The theme matrix opens its clauses, and every page counts a theme alike:
 * on the real corpus and on 100 generated documents, every matrix cell (in
 * both scopes) links to a list of exactly the clauses it counts; the theme
 * page, the compare page and themes/matrix.csv give the same numbers. In
 * Chromium: a cell click lands on its list; groups collapse; the compare
 * picker's filters narrow the list; 效力 filters the catalogue and search.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import type { Catalog } from '../../src/data/schemas/catalog.ts';
import type { Corpus } from '../../src/model/types.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { isCounted } from '../../src/site/roles.ts';
import { buildSite } from '../site/build-site.ts';
import { launchBrowser, openPage, serveStatic, type StaticSite } from './harness.ts';
import { buildSearchSite, testBase } from './search-site.ts';

/** One built site with its data. */
interface Built {
  dist: string;
  base: string;
  corpus: Corpus;
  catalog: Catalog;
}

let real: Built;
let synthetic: Built;
let work: string;
let browser: Browser;
const servers: StaticSite[] = [];

/** The ids a theme count takes: the document's clauses with the theme, tasks, safeguards and provisions only unless `all`. */
function expectedIds(corpus: Corpus, docId: string, theme: string, scope: 'counted' | 'all'): string[] {
  const doc = corpus.documents.find((d) => d.meta.id === docId)!;
  return clausesOf(doc.body)
    .filter((c) => (scope === 'all' || isCounted(c)) && c.themes.some((t) => t.id === theme))
    .map((c) => c.id);
}

const pages = new Map<string, HTMLElement>();
function page(site: Built, href: string): HTMLElement {
  const path = join(site.dist, href.slice(site.base.length), 'index.html');
  if (!pages.has(path)) pages.set(path, parse(readFileSync(path, 'utf8')));
  return pages.get(path)!;
}

/** Every cell of the matrices on `paths`: where it links, what it says, and what it should count. */
function cells(site: Built, paths: string[]) {
  return paths.flatMap((path) =>
    page(site, site.base + path)
      .querySelectorAll('table.matrix tbody td[data-doc] a[data-count]')
      .map((a) => {
        const td = a.parentNode;
        const theme = td.parentNode.getAttribute('data-theme')!;
        const docId = td.getAttribute('data-doc')!;
        const scope = a.classList.contains('scope-all') ? ('all' as const) : ('counted' as const);
        return {
          href: a.getAttribute('href')!,
          count: Number(a.getAttribute('data-count')),
          shown: Number(a.querySelector('.count')!.text),
          theme,
          docId,
          scope,
        };
      }),
  );
}

function readSite(dist: string, base: string, dataDir: string): Built {
  const read = <T>(name: string): T => JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as T;
  return { dist, base, corpus: read<Corpus>('corpus.json'), catalog: read<Catalog>('catalog.json') };
}

/** Checks every matrix cell against its clause list, the CSV and the theme pages. */
function checkCounts(site: Built, matrixPaths: string[]): void {
  const all = cells(site, matrixPaths);
  const docs = new Set(all.map((c) => c.docId));
  expect(docs.size).toBe(site.corpus.documents.length);
  expect(all.length).toBe(2 * 9 * site.corpus.documents.length);
  for (const cell of all) {
    const [path, anchor] = cell.href.split('#');
    const list = page(site, path).getElementById(anchor);
    expect(list, cell.href).not.toBeNull();
    const ids = list!.querySelectorAll('li[data-clause]').map((li) => li.getAttribute('data-clause'));
    // The counted list in text order; the whole list holds it, then the goals, look-backs… in text order.
    expect(cell.scope === 'all' ? [...ids].sort() : ids, cell.href).toEqual(
      cell.scope === 'all'
        ? expectedIds(site.corpus, cell.docId, cell.theme, 'all').sort()
        : expectedIds(site.corpus, cell.docId, cell.theme, 'counted'),
    );
    expect(cell.count).toBe(ids.length);
    expect(cell.shown).toBe(ids.length);
  }
  const csv = parseCsv(readFileSync(join(site.dist, 'themes/matrix.csv'), 'utf8'), {
    columns: true,
    bom: true,
  }) as Array<Record<string, string>>;
  expect(csv.length).toBe(9 * site.corpus.documents.length);
  for (const row of csv) {
    expect(Number(row['条款数（任务、保障措施与法规条文）'])).toBe(
      expectedIds(site.corpus, row['文件id'], row['主题id'], 'counted').length,
    );
    expect(Number(row['条款数（全部条款）'])).toBe(
      expectedIds(site.corpus, row['文件id'], row['主题id'], 'all').length,
    );
  }
  // The theme page's table of documents (a corpus too large to set side by side) links each count to the same list.
  for (const row of page(site, `${site.base}themes/protection/`).querySelectorAll(
    'form.theme-places tr[data-family]',
  )) {
    const docId = row.id.replace(/^city-/, '');
    const link = row.querySelector('td.n a')!;
    expect(Number(link.text)).toBe(expectedIds(site.corpus, docId, 'protection', 'counted').length);
    expect(link.getAttribute('href')).toBe(`${site.base}themes/documents/${docId}/#theme-protection`);
  }
}

const open = (site: Built, path: string, width = 1366): Promise<Page> =>
  openPage(browser, (site === real ? servers[0] : servers[1]).url + path, width);

beforeAll(async () => {
  real = readSite(buildSearchSite(), testBase, 'public/data');
  work = mkdtempSync(join(tmpdir(), 'ip-policy-matrix-'));
  const content = join(work, 'content');
  const data = join(work, 'data');
  generateCorpus(content, 100);
  // Some documents replaced or repealed, so 效力 has more than 未知 to filter by.
  const docsDir = join(content, 'documents');
  readdirSync(docsDir)
    .sort()
    .forEach((id, i) => {
      const meta = join(docsDir, id, 'meta.yaml');
      if (i % 5 === 0)
        writeFileSync(
          meta,
          readFileSync(meta, 'utf8').replace('status: null', i % 10 === 0 ? 'status: 已废止' : 'status: 已修订'),
        );
    });
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pipeline.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, DATA_DIR: data },
  });
  if (run.status !== 0) throw new Error(`Corpus build failed:\n${run.stderr}`);
  synthetic = readSite(buildSite({ name: 'matrix-100', base: '/', dataDir: data }), '/', data);
  servers.push(await serveStatic(real.dist, testBase), await serveStatic(synthetic.dist, '/'));
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the theme matrix on the real corpus', () => {
  it('links every cell, in both scopes, to exactly the clauses it counts, as the CSV and the theme page count them', () => {
    checkCounts(real, ['']);
  });

  it('labels every column uniquely within its place, by short title and year for the national texts', () => {
    const heads = page(real, testBase).querySelectorAll('table.matrix thead tr.docs th[data-doc]');
    const national = heads
      .filter((th) => th.getAttribute('data-group')!.startsWith('national-'))
      .map((th) => th.querySelector('a.doc')!.text);
    expect(national).toContain('专利法 2020');
    expect(national).toContain('著作权法 2020');
    expect(new Set(national).size).toBe(national.length);
    const groups = page(real, testBase)
      .querySelectorAll('table.matrix thead tr.groups th')
      .map((th) => th.text.replace(/（.*/, '').replace(/^\s*/, ''));
    expect(groups.slice(0, 2)).toEqual(['国家 · 法律', '国家 · 行政法规']);
  });

  it('opens a cell in the browser at its list, collapses a group and counts on the compare page as the matrix does', async () => {
    const home = await open(real, '');
    const cell = home.locator('tr[data-theme="protection"] td[data-doc="guangdong-ip"] a.scope-counted');
    const count = Number(await cell.getAttribute('data-count'));
    expect(count).toBe(expectedIds(real.corpus, 'guangdong-ip', 'protection', 'counted').length);
    const zhejiang = Number(
      await home
        .locator('tr[data-theme="protection"] td[data-doc="zhejiang-patent"] a.scope-counted')
        .getAttribute('data-count'),
    );
    // Collapsing 国家 · 法律 hides its columns, one per law, behind one.
    const laws = real.catalog.documents.filter((d) => d.category === '法律').length;
    const before = await home.locator('thead tr.docs th:visible').count();
    await home.locator('tr.groups button[data-toggle="national-falv"]').click();
    expect(await home.locator('thead tr.docs th:visible').count()).toBe(before - laws + 1);
    await home.screenshot({ path: 'tests/artifacts/home-matrix-collapsed.png' });
    await cell.click();
    await home.waitForURL(/themes\/documents\/guangdong-ip\/#theme-protection$/);
    expect(await home.locator('#theme-protection li[data-clause]').count()).toBe(count);
    const compare = await open(real, 'compare/?docs=guangdong-ip,zhejiang-patent&theme=protection');
    await compare.waitForSelector('.columns[data-status="ready"]', { state: 'attached' });
    expect(await compare.locator('.column[data-doc="guangdong-ip"] article.clause:visible').count()).toBe(count);
    expect(await compare.locator('.column[data-doc="zhejiang-patent"] article.clause:visible').count()).toBe(zhejiang);
    await compare.locator('input[name=scope]').check();
    await compare.waitForURL(/scope=all/);
    await compare.waitForSelector('.columns[data-status="ready"]', { state: 'attached' });
    expect(await compare.locator('.column[data-doc="zhejiang-patent"] article.clause:visible').count()).toBe(
      expectedIds(real.corpus, 'zhejiang-patent', 'protection', 'all').length,
    );
  });

  it('filters the compare picker by category and by words, keeping the chosen documents', async () => {
    const compare = await open(real, 'compare/?docs=ningbo,ningbo-patent');
    await compare.locator('select[data-filter="category"]').selectOption('法律');
    const laws = real.catalog.documents.filter((d) => d.category === '法律');
    expect(await compare.locator('label[data-pick]:visible').count()).toBe(laws.length);
    expect(await compare.locator('[data-shown]').textContent()).toBe(String(laws.length));
    await compare.locator('select[data-filter="category"]').selectOption('');
    await compare.locator('input[data-filter="text"]').fill('专利 条例');
    const visible = await compare.locator('label[data-pick]:visible').allTextContents();
    expect(visible.length).toBe(
      real.catalog.documents.filter((d) => d.title.includes('专利') && d.title.includes('条例')).length,
    );
    expect(await compare.locator('input[name=docs]:checked').count()).toBe(2);
    await compare.screenshot({ path: 'tests/artifacts/compare-picker.png' });
  });

  it('filters the catalogue and the search by 效力, 未知 where the metadata states none', async () => {
    const revised = real.catalog.documents.filter((d) => d.status === '已修订');
    expect(revised.length).toBeGreaterThan(0);
    const catalogue = await open(real, 'documents/?status=yi-xiuding');
    await catalogue.waitForFunction(() => !document.querySelector('fieldset.facet-all')?.hasAttribute('disabled'));
    expect(
      (
        await catalogue
          .locator('tbody tr[data-id]:visible')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')))
      ).sort(),
    ).toEqual(revised.map((d) => d.id).sort());
    const search = await open(real, 'search/?q=专利&status=yi-xiuding');
    await search.waitForSelector('clause-search[data-status="ready"]');
    await search.waitForSelector('.summary:not(:empty)');
    expect(await search.textContent('.summary')).toMatch(new RegExp(`出自 ${revised.length} 份文件`));
    expect(await search.textContent('details[data-facet="status"] summary')).toBe('效力已选 1');
  });
});

describe('the theme matrix at 100 generated documents', () => {
  const matrixPaths = (): string[] =>
    page(synthetic, '/')
      .querySelectorAll('nav.matrix-pages a')
      .map((a) => a.getAttribute('href')!.slice(1));

  it('links every cell of every matrix page to exactly the clauses it counts, as the CSV and the theme page count them', () => {
    expect(matrixPaths().length).toBeGreaterThan(1);
    checkCounts(synthetic, matrixPaths());
  });

  it('opens a cell of a matrix page at its list, and the compare picker filters by year', async () => {
    const matrix = await open(synthetic, matrixPaths()[1]);
    const cell = matrix.locator('tr[data-theme="protection"] a.scope-counted').nth(3);
    const count = Number(await cell.getAttribute('data-count'));
    await cell.click();
    await matrix.waitForURL(/#theme-protection$/);
    expect(await matrix.locator('#theme-protection li[data-clause]').count()).toBe(count);
    const compare = await open(synthetic, 'compare/', 390);
    const year = String(synthetic.catalog.documents.find((d) => d.year !== null)!.year);
    await compare.locator('select[data-filter="year"]').selectOption(year);
    expect(await compare.locator('label[data-pick]:visible').count()).toBe(
      synthetic.catalog.documents.filter((d) => String(d.year) === year).length,
    );
    expect(await compare.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  });

  it('filters the catalogue by 效力', async () => {
    const repealed = synthetic.catalog.documents.filter((d) => d.status === '已废止');
    expect(repealed.length).toBeGreaterThan(0);
    const catalogue = await open(synthetic, 'documents/?status=yi-feizhi');
    await catalogue.waitForSelector('tbody tr[data-id]');
    await catalogue.waitForFunction(() => !document.querySelector('fieldset.facet-all')?.hasAttribute('disabled'));
    expect(await catalogue.locator('tbody tr[data-id]:visible').count()).toBe(repealed.length);
  });
});
