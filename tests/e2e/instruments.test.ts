/**
 * The policy-instrument pages in Chromium, built under /ip-policy/: the
 * corpus matrix's cells equal counts recomputed from corpus.json and the
 * clause lists they link to; a document's matrix links to its own lists;
 * the matrix CSVs download and match the pages; the theme and compare
 * pages' instrument and strength facets narrow the clauses exactly; the
 * framework page shows, first, the leave-one-document-out figures that
 * `npm run eval:labels -- --write` kept.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml } from 'node-html-parser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLodoFigures } from '../../src/eval/lodo-figures.ts';
import { lodoScopes } from '../../src/eval/evaluate-lodo.ts';
import { chainThemes } from '../../src/model/instrument-matrix.ts';
import type { Clause, Corpus, PolicyDocument } from '../../src/model/types.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { documentThemeClauses } from '../../src/site/theme-cells.ts';
import { buildSite } from '../site/build-site.ts';
import { launchBrowser, openPage, serveStatic, type StaticSite } from './harness.ts';

const artifacts = resolve(import.meta.dirname, '../artifacts');
let site: StaticSite;
let browser: Browser;
let context: BrowserContext;
let corpus: Corpus;
let dist: string;

/** Whether a clause carries the row (an instrument id, or a group for any of its instruments). */
const hasRow = (c: Clause, row: string): boolean =>
  c.instruments.some((i) => i.id === row || i.id.startsWith(`${row}.`));
const hasTheme = (c: Clause, theme: string): boolean => c.themes.some((t) => t.id === theme);
const all = (): Clause[] => corpus.documents.flatMap((d) => clausesOf(d.body));
const csvRows = (text: string): Array<Record<string, string>> =>
  parseCsv(text.replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
const html = (path: string) => parseHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));

const open = (path: string, viewport = { width: 1366, height: 900 }): Promise<Page> =>
  openPage(context, site.url + path, viewport);

describe('policy-instrument pages in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    dist = buildSite({ name: 'sub', base: '/ip-policy/' });
    corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as Corpus;
    site = await serveStatic(dist, '/ip-policy/');
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('the corpus matrix counts every cell as corpus.json does, and each cell lists exactly its clauses', async () => {
    const page = await open('instruments/matrix/');
    const cells = await page.locator('table.instrument-matrix tbody a[data-count]').evaluateAll((links) =>
      links.map((a) => ({
        row: a.closest('tr')!.dataset.row!,
        theme: (a as HTMLElement).dataset.theme!,
        count: Number((a as HTMLElement).dataset.count),
        href: a.getAttribute('href')!,
      })),
    );
    const clauses = all();
    let expectedCells = 0;
    for (const row of await page
      .locator('table.instrument-matrix tbody tr')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.row!))) {
      for (const theme of chainThemes) {
        const expected = clauses.filter((c) => hasRow(c, row) && hasTheme(c, theme)).length;
        const cell = cells.find((c) => c.row === row && c.theme === theme);
        expect(cell?.count ?? 0, `${row} × ${theme}`).toBe(expected);
        if (expected > 0) expectedCells++;
      }
    }
    expect(cells).toHaveLength(expectedCells);
    expect(await page.locator('table.instrument-matrix tbody tr').count()).toBe(17);
    // Every linked list holds exactly the cell's clauses (read from the built pages) …
    for (const cell of cells) {
      // A long list runs over pages of at most 400 (`…/2/`, `…/3/`).
      const pages = [html(cell.href.replace('/ip-policy/', ''))];
      for (let n = 2; existsSync(join(dist, cell.href.replace('/ip-policy/', ''), `${n}`, 'index.html')); n++)
        pages.push(html(`${cell.href.replace('/ip-policy/', '')}${n}/`));
      const ids = pages.flatMap((list) =>
        list.querySelectorAll('li[data-clause]').map((li) => li.getAttribute('data-clause')!),
      );
      const expected = clauses.filter((c) => hasRow(c, cell.row) && hasTheme(c, cell.theme)).map((c) => c.id);
      expect(ids.sort(), cell.href).toEqual(expected.sort());
      expect(Number(pages[0].querySelector('[data-total]')!.text)).toBe(cell.count);
    }
    // … and a reader gets there by clicking.
    const regulation = cells.find((c) => c.row === 'environment.regulation' && c.theme === 'protection')!;
    await page.locator(`tr[data-row="environment.regulation"] a[data-theme="protection"]`).click();
    await page.waitForURL(`**${regulation.href}`);
    expect(await page.locator('li[data-clause]').count()).toBe(Math.min(400, regulation.count));
    await page.screenshot({ path: resolve(artifacts, 'instrument-cell.png') });
    const matrixPage = await open('instruments/matrix/');
    await matrixPage.screenshot({ path: resolve(artifacts, 'instrument-matrix.png'), fullPage: true });
    await matrixPage.setViewportSize({ width: 390, height: 844 });
    await matrixPage.screenshot({ path: resolve(artifacts, 'instrument-matrix-phone.png') });
  });

  it('a document matrix links each cell to its own list of the clauses, and a place sums its documents', async () => {
    const doc = corpus.documents.find((d) => d.meta.id === 'ningbo-patent')!;
    const page = await open('documents/ningbo-patent/');
    await page.locator('.doc-meta a', { hasText: '政策工具 × 知识产权链条矩阵' }).click();
    await page.waitForURL('**/instruments/documents/ningbo-patent/');
    const clauses = clausesOf(doc.body);
    const cells = await page.locator('table.instrument-matrix tbody a[data-count]').evaluateAll((links) =>
      links.map((a) => ({
        row: a.closest('tr')!.dataset.row!,
        theme: (a as HTMLElement).dataset.theme!,
        count: Number((a as HTMLElement).dataset.count),
        href: a.getAttribute('href')!,
      })),
    );
    expect(cells.length).toBeGreaterThan(5);
    for (const cell of cells) {
      expect(cell.count, `${cell.row} × ${cell.theme}`).toBe(
        clauses.filter((c) => hasRow(c, cell.row) && hasTheme(c, cell.theme)).length,
      );
      expect(await page.locator(`[id="${cell.href.slice(1)}"] li[data-clause]`).count(), cell.href).toBe(cell.count);
    }
    await page.locator('tr[data-row="environment.regulation"] a[data-theme="protection"]').click();
    const target = page.locator('section.cell-list:target');
    await expect(target.getAttribute('data-row')).resolves.toBe('environment.regulation');
    await page.screenshot({ path: resolve(artifacts, 'instrument-document.png') });

    const place = html('instruments/places/zhejiang.ningbo');
    const docs = corpus.documents
      .filter((d) => ['ningbo', 'ningbo-patent'].includes(d.meta.id))
      .flatMap((d) => clausesOf(d.body));
    for (const link of place.querySelectorAll('table.instrument-matrix tbody a[data-count]')) {
      const row = link.closest('tr')!.getAttribute('data-row')!;
      const theme = link.getAttribute('data-theme')!;
      expect(Number(link.getAttribute('data-count')), `${row} × ${theme}`).toBe(
        docs.filter((c) => hasRow(c, row) && hasTheme(c, theme)).length,
      );
    }
  });

  it('the matrix CSVs download from the document page and the framework page and match the matrices', async () => {
    const page = await open('instruments/documents/guangdong-ip/');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[download]', { hasText: '本文件矩阵 CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('guangdong-ip.csv');
    const rows = csvRows(readFileSync((await download.path())!, 'utf8'));
    const shown = await page.locator('table.instrument-matrix tbody [data-count]').evaluateAll((cells) =>
      cells.map((c) => ({
        row: c.closest('tr')!.dataset.row!,
        theme: (c as HTMLElement).dataset.theme!,
        count: Number((c as HTMLElement).dataset.count),
      })),
    );
    expect(shown).toHaveLength(17 * 5);
    for (const cell of shown) {
      const line = rows.find((r) => (r.政策工具id || r.工具大类id) === cell.row && r.产业链环节id === cell.theme);
      expect(Number(line?.条款数), `${cell.row} × ${cell.theme}`).toBe(cell.count);
    }
    expect(rows.every((r) => r.范围id === 'guangdong-ip')).toBe(true);

    const framework = await open('instruments/');
    const [corpusDownload] = await Promise.all([
      framework.waitForEvent('download'),
      framework.locator('#matrix a[download]').first().click(),
    ]);
    const corpusRows = csvRows(readFileSync((await corpusDownload.path())!, 'utf8'));
    const clauses = all();
    for (const r of corpusRows.filter((x) => x.产业链环节id)) {
      expect(Number(r.条款数), `${r.政策工具id || r.工具大类id} × ${r.产业链环节id}`).toBe(
        clauses.filter((c) => hasRow(c, r.政策工具id || r.工具大类id) && hasTheme(c, r.产业链环节id)).length,
      );
    }
    expect(corpusRows[0].范围条款数).toBe(String(clauses.length));
  });

  it('the instrument and strength facets on a theme page recount each document; the compare page narrows its clauses', async () => {
    const page = await open('themes/protection/');
    await page.locator('.clause-facets a[data-facet="instrument"][data-value="environment.regulation"]').click();
    await page.locator('.clause-facets a[data-facet="strength"][data-value="binding"]').click();
    expect(new URL(page.url()).search).toBe('?instrument=environment.regulation&strength=binding');
    const pass = (c: Clause): boolean =>
      hasTheme(c, 'protection') && hasRow(c, 'environment.regulation') && c.strength?.id === 'binding';
    // A theme page counts the clauses its counts count: a goal or a look-back that carries the theme is listed apart.
    const counted = (doc: PolicyDocument): Clause[] => documentThemeClauses(doc, 'protection').filter(pass);
    for (const doc of corpus.documents) {
      await expect(page.locator(`tr[id="city-${doc.meta.id}"] td.n`).textContent(), doc.meta.id).resolves.toBe(
        String(counted(doc).length),
      );
    }
    const total = corpus.documents.flatMap(counted).length;
    await expect(page.locator('.facet-status').textContent()).resolves.toBe(`筛选后 ${total} 条`);
    await page.screenshot({ path: resolve(artifacts, 'theme-instrument-facet.png') });
    // The chosen documents open on the compare page with the same filter.
    await page.locator('input[name=docs][value=ningbo-patent]').check();
    await page.locator('input[name=docs][value=guangdong-ip]').check();
    await page.locator('form.theme-places button[type=submit]').click();
    await page.waitForURL('**/compare/**');
    await page.waitForSelector('.columns[data-status="ready"]', { state: 'attached' });
    expect(new URL(page.url()).searchParams.get('instrument')).toBe('environment.regulation');
    for (const id of ['guangdong-ip', 'ningbo-patent']) {
      const expected = clausesOf(corpus.documents.find((d) => d.meta.id === id)!.body)
        .filter(pass)
        .map((c) => c.id);
      expect(await page.locator(`#city-${id} article.clause:visible .path`).count(), id).toBe(expected.length);
      await expect(page.locator(`#city-${id} [data-count]`).textContent()).resolves.toBe(`${expected.length} 条`);
    }
    // A group keeps every clause with any of its instruments.
    await page.locator('select[name=instrument]').selectOption('supply');
    await page.locator('select[name=strength]').selectOption('');
    await page.waitForSelector('.columns[data-status="ready"]', { state: 'attached' });
    const supply = clausesOf(corpus.documents.find((d) => d.meta.id === 'guangdong-ip')!.body).filter(
      (c) => hasTheme(c, 'protection') && hasRow(c, 'supply'),
    );
    expect(await page.locator('#city-guangdong-ip article.clause:visible').count()).toBe(supply.length);
    expect(new URL(page.url()).search).toBe('?docs=guangdong-ip,ningbo-patent&theme=protection&instrument=supply');
    await page.screenshot({ path: resolve(artifacts, 'compare-instrument-filter.png') });
  });

  it('the framework page gives the leave-one-document-out figures that npm run eval:labels wrote, first, then those of the clauses kept out of tuning the rules', async () => {
    const figures = readLodoFigures()!;
    const page = await open('instruments/');
    const f = (n: number): string => n.toFixed(3);
    const lodo = page.locator('#quality table.lodo-quality');
    await expect(page.locator('#quality table').first().getAttribute('class')).resolves.toContain('lodo-quality');
    for (const scope of lodoScopes.filter((s) => figures.scopes[s])) {
      const s = figures.scopes[scope]!;
      await expect(lodo.locator(`[data-metric="lodo-themes-${scope}"]`).textContent()).resolves.toBe(
        `${f(s.themes.micro)} / ${f(s.themes.macro)}`,
      );
      await expect(lodo.locator(`[data-metric="lodo-instruments-${scope}"]`).textContent()).resolves.toBe(
        `${f(s.instruments.micro)} / ${f(s.instruments.macro)}`,
      );
      await expect(lodo.locator(`[data-metric="lodo-strength-${scope}"]`).textContent()).resolves.toBe(
        `${f(s.strength.accuracy)} / ${s.strength.kappa === null ? '—' : f(s.strength.kappa)}`,
      );
      const held = figures.heldOut[scope]!;
      await expect(lodo.locator(`[data-metric="held-themes-${scope}"]`).textContent()).resolves.toBe(
        `${f(held.themes.micro)} / ${f(held.themes.macro)}`,
      );
    }
    const calibration = figures.heldOutCalibration;
    await expect(page.locator('#quality').textContent()).resolves.toContain(
      `其中调规则时留出的条款上共 ${calibration.given} 个，${calibration.right} 个一致（${f(calibration.right / calibration.given)}）`,
    );
    if (lodoScopes.some((s) => figures.scopes[s]?.strength.kappa === null))
      await expect(page.locator('#quality').textContent()).resolves.toContain('κ 无从计算');
    await page.screenshot({ path: resolve(artifacts, 'instruments-framework.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: resolve(artifacts, 'instruments-framework-phone.png') });
  }, 120_000);
});
