/**
 * Documents and places, in Chromium: every page names a document by its
 * catalogue label and groups documents under their place; the counts on
 * home, the theme matrix and a theme page agree with the data; two
 * documents of one place are compared side by side; a clause's
 * counterparts include the other documents of its own place.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/data/schemas/catalog.ts';
import type { DocumentAlignment } from '../../src/data/schemas/alignment.ts';
import type { Corpus } from '../../src/model/types.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { loadRoles } from '../../src/pipeline/tag/roles.ts';
import { matrixPageSize } from '../../src/site/matrix-pages.ts';
import { buildSite } from '../site/build-site.ts';
import { launchBrowser, openPage, serveStatic, type StaticSite } from './harness.ts';

let site: StaticSite;
let browser: Browser;
let catalog: Catalog;
let corpus: Corpus;
let alignment: DocumentAlignment;

const open = (path: string, width = 1280): Promise<Page> => openPage(browser, site.url + path, width);

beforeAll(async () => {
  const dist = buildSite({ name: 'sub', base: '/ip-policy/' });
  const read = <T>(name: string): T => JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as T;
  catalog = read<Catalog>('catalog.json');
  corpus = read<Corpus>('corpus.json');
  alignment = read<DocumentAlignment>('align/ningbo-patent.json');
  site = await serveStatic(dist, '/ip-policy/');
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('documents and places', () => {
  it('home counts documents, places and clauses as the data does, and lists each place once with its documents', async () => {
    const page = await open('');
    const stats = await page.locator('ul.stats li').allTextContents();
    const places = new Set(catalog.documents.map((d) => d.jurisdiction));
    expect(stats[0]).toBe(`${catalog.documents.length} 份文件`);
    expect(stats[1]).toBe(`${places.size} 个地区`);
    expect(stats[3]).toBe(`${catalog.documents.reduce((n, d) => n + d.clauses, 0)} 条款`);
    const cards = page.locator('.place-cards > li');
    if (catalog.documents.length > matrixPageSize) {
      // A corpus this large is listed by province (the state's texts as one), each card linking into the catalogue.
      expect(await cards.count()).toBe(new Set(catalog.documents.map((d) => d.province ?? '国家')).size);
      expect(await cards.filter({ hasText: '浙江省' }).locator('a').getAttribute('href')).toContain(
        'documents/?province=',
      );
    } else {
      expect(await cards.count()).toBe(places.size);
      const ningbo = cards.filter({ hasText: '宁波市' });
      expect(await ningbo.locator('a').allTextContents()).toEqual([
        '关于全面加强知识产权工作的实施意见',
        '专利管理条例',
      ]);
    }
    // At a glance: each category with its documents and clauses, linking to the catalogue filtered by it.
    const categories = page.locator('.glance table[data-dimension="类别"] tbody tr');
    const rows = await categories.evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')!.textContent,
        ...[...tr.querySelectorAll('td.n')].map((td) => Number(td.textContent)),
      ]),
    );
    const expected = [...new Set(catalog.documents.map((d) => d.category ?? '未知'))].map((category) => {
      const docs = catalog.documents.filter((d) => (d.category ?? '未知') === category);
      return [category, docs.length, docs.reduce((n, d) => n + d.clauses, 0)];
    });
    expect(rows.sort()).toEqual(expected.sort());
    await categories.filter({ hasText: '行政法规' }).locator('a').click();
    await page.waitForURL(/documents\/\?category=xingzheng-fagui/);
    await page.waitForFunction(() => !document.querySelector('fieldset.facet-all')?.hasAttribute('disabled'));
    expect(await page.locator('tbody tr[data-id]:visible').count()).toBe(
      catalog.documents.filter((d) => d.category === '行政法规').length,
    );
  });

  it('the theme matrix names each local place once above its documents, and its protection row sums to the theme page', async () => {
    const page = await open('');
    // Each local place once; the state heads each of its groups (法律, 行政法规).
    const placeHeads = (await page.locator('table.matrix tr.places th[data-place]').allTextContents()).filter(
      (name) => name !== '中华人民共和国',
    );
    expect(new Set(placeHeads).size).toBe(placeHeads.length);
    expect(placeHeads).toContain('洛龙区（洛阳市）');
    const row = page.locator('table.matrix tbody tr').filter({ hasText: '保护' }).first();
    // By default the matrix counts tasks, safeguards and provisions (clause roles), as the theme page does.
    const counts = (await row.locator('td .scope-counted .count.conf-any').allTextContents()).map(Number);
    const counted = new Set(
      loadRoles()
        .roles.filter((r) => r.counted)
        .map((r) => r.id),
    );
    const expected = corpus.documents.reduce(
      (n, d) =>
        n +
        clausesOf(d.body).filter((c) => counted.has(c.role!.id) && c.themes.some((t) => t.id === 'protection')).length,
      0,
    );
    const every = corpus.documents.reduce(
      (n, d) => n + clausesOf(d.body).filter((c) => c.themes.some((t) => t.id === 'protection')).length,
      0,
    );
    expect(
      (await row.locator('td .scope-all .count.conf-any').allTextContents()).map(Number).reduce((a, b) => a + b, 0),
    ).toBe(every);
    expect(expected).toBeLessThan(every);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(expected);
    const theme = await open('themes/protection/');
    await expect(theme.locator('.lede').textContent()).resolves.toContain(`共有 ${expected} 条`);
    // Only the legal texts: the plans' columns hide.
    await page.locator('input[name=matrix-family][value=legal]').check();
    expect(await page.locator('table.matrix thead tr:last-child th:visible').count()).toBe(
      catalog.documents.filter((d) => d.family === '法律法规').length,
    );
    await page.screenshot({ path: 'tests/artifacts/home-matrix-legal.png' });
  });

  it('compares two documents of one place side by side, each column named by its label', async () => {
    const page = await open('compare/?docs=ningbo,ningbo-patent');
    await page.waitForSelector('.columns[data-status="ready"]', { state: 'attached' });
    const heads = await page.locator('.column:visible h2 a').allTextContents();
    expect(heads).toEqual(['宁波市 · 关于全面加强知识产权工作的实施意见', '宁波市 · 专利管理条例（2012）']);
    // A whole place at once.
    await page.locator('fieldset.place[data-place="chongqing"] button[data-pick-place]').click();
    await page.waitForSelector('.columns[data-status="ready"]', { state: 'attached' });
    // Documents keep the list's order: by place, and within a place by date (重庆's 2011 regulation before its 2024 plan).
    expect(new URL(page.url()).searchParams.get('docs')).toBe('chongqing-patent,chongqing,ningbo,ningbo-patent');
    // A category across places: filter the list, then choose what it shows.
    await page.locator('button[data-pick-none]').click();
    await page.locator('select[data-filter="category"]').selectOption('地方性法规');
    const local = catalog.documents.filter((d) => d.category === '地方性法规');
    expect(await page.locator('label[data-pick]:visible').count()).toBe(local.length);
    await page.locator('button[data-pick-shown]').click();
    await page.waitForSelector('.columns[data-status="ready"]', { state: 'attached' });
    expect(await page.locator('.column:visible').count()).toBe(local.length);
    await page.screenshot({ path: 'tests/artifacts/compare-places.png' });
    const phone = await open('compare/?docs=ningbo,ningbo-patent', 390);
    await phone.screenshot({ path: 'tests/artifacts/compare-places-phone.png' });
  });

  it('offers counterparts in the other documents of the same place, grouped by place', async () => {
    const [clauseId, lists] = Object.entries(alignment.counterparts).find(([, lists]) =>
      lists.some((l) => l.docId === 'ningbo'),
    )!;
    const other = lists.find((l) => l.docId === 'ningbo')!.items[0].clauseId;
    const page = await open(`align/?a=${clauseId}`);
    await page.waitForSelector('.comparison[data-status="ready"]', { state: 'attached' });
    const places = await page.locator('.results section.place h2').allTextContents();
    expect(places).toContain('宁波市');
    expect(new Set(places).size).toBe(places.length);
    await expect(page.locator(`#vs-${other} h3 a`).textContent()).resolves.toMatch(
      /^宁波市 · 关于全面加强知识产权工作的实施意见 /,
    );
    await page.screenshot({ path: 'tests/artifacts/align-same-place.png', fullPage: true });
  });
});
