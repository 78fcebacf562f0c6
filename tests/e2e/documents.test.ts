/**
 * Browser test of the documents catalogue (文件), built under /ip-policy/:
 * every document listed with its label, the 法律法规 facet and its count,
 * the state in the URL surviving a reload and a trip to a document and
 * back, sorting by date, a district with its city, the static table
 * without JavaScript, and screenshots at desktop and phone width in
 * tests/artifacts/documents-*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/data/schemas/catalog.ts';
import { buildSite } from '../site/build-site.ts';
import { launchBrowser, openPage, serveStatic, type StaticSite } from './harness.ts';

const artifacts = resolve(import.meta.dirname, '../artifacts');
let site: StaticSite;
let browser: Browser;
let catalog: Catalog;

const rows = (page: Page) => page.locator('table.docs tbody tr:visible');
const titles = (page: Page): Promise<string[]> => rows(page).locator('th.title a').allTextContents();
const open = (path: string, width = 1280): Promise<Page> =>
  openPage(browser, site.url + path, width, { locale: 'zh-CN' });

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8')) as Catalog;
  site = await serveStatic(buildSite({ name: 'docs', base: '/ip-policy/' }), '/ip-policy/');
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('文件 catalogue', () => {
  it('lists every document with its label and a district with its city', async () => {
    const page = await open('documents/');
    expect((await titles(page)).sort()).toEqual(catalog.documents.map((d) => d.label).sort());
    await expect(page.locator('[data-total]').textContent()).resolves.toBe(`共 ${catalog.documents.length} 份文件`);
    const luolong = page.locator('tr', { has: page.locator('a[href="/ip-policy/documents/luolong/"]') });
    await expect(luolong.locator('td').first().textContent()).resolves.toBe('洛龙区（洛阳市）');
    const source = page
      .locator('tr', { has: page.locator('a[href="/ip-policy/documents/zhejiang-patent/"]') })
      .locator('td.source a');
    expect(await source.getAttribute('href')).toBe(
      catalog.documents.find((d) => d.id === 'zhejiang-patent')!.source.url,
    );
    await page.screenshot({ path: resolve(artifacts, 'documents-desktop.png') });
    await page.close();
  });

  it('filters by 法律法规, keeps it in the URL and restores it on reload and after going back', async () => {
    const page = await open('documents/');
    await page
      .getByRole('group', { name: '体裁' })
      .getByRole('checkbox', { name: /^法律法规/ })
      .check();
    const legal = catalog.documents.filter((d) => d.family === '法律法规');
    expect(legal.length).toBeGreaterThanOrEqual(10);
    await expect(rows(page).count()).resolves.toBe(legal.length);
    expect((await titles(page)).sort()).toEqual(legal.map((d) => d.label).sort());
    await expect(page.locator('[data-total]').textContent()).resolves.toContain(`共 ${legal.length} 份文件`);
    expect(new URL(page.url()).search).toBe('?family=legal');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(artifacts, 'documents-desktop-legal.png') });
    // The other facets count what 法律法规 leaves; 体裁 itself still counts everything.
    const cityLaws = legal.filter((d) => d.level === '地级市').length;
    expect(cityLaws).toBeGreaterThan(0);
    await expect(
      page
        .locator('li', { has: page.getByRole('checkbox', { name: /^地级市/ }) })
        .locator('[data-count]')
        .textContent(),
    ).resolves.toBe(String(cityLaws));
    await expect(
      page
        .getByRole('group', { name: '体裁' })
        .locator('li', { has: page.getByRole('checkbox', { name: /^政策文件/ }) })
        .locator('[data-count]')
        .textContent(),
    ).resolves.toBe(String(catalog.documents.filter((d) => d.family === '政策文件').length));

    await page.reload();
    await expect(rows(page).count()).resolves.toBe(legal.length);
    expect(
      await page
        .getByRole('group', { name: '体裁' })
        .getByRole('checkbox', { name: /^法律法规/ })
        .isChecked(),
    ).toBe(true);

    await rows(page).first().locator('th.title a').click();
    await page.waitForURL(/\/documents\/[a-z-]+\/$/);
    await page.goBack();
    await page.waitForURL(/\?family=legal$/);
    await expect(rows(page).count()).resolves.toBe(legal.length);

    await page.locator('[data-clear]').first().click();
    await expect(rows(page).count()).resolves.toBe(catalog.documents.length);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('narrows a place to its sub-places from the URL and sorts by date, newest first', async () => {
    const page = await open('documents/?place=henan.luoyang');
    expect((await titles(page)).sort()).toEqual([
      '洛阳市 · 专利促进与保护条例（2012）',
      '洛龙区 · 知识产权强区行动方案',
    ]);
    await page.goto(`${site.url}documents/`);
    await page.getByRole('button', { name: '日期' }).click();
    await expect(page.locator('th[data-sort="date"]').getAttribute('aria-sort')).resolves.toBe('descending');
    expect(new URL(page.url()).search).toBe('?sort=-date');
    const newest = [...catalog.documents].filter((d) => d.date).sort((a, b) => (a.date! < b.date! ? 1 : -1));
    expect((await titles(page)).slice(0, 3)).toEqual(newest.slice(0, 3).map((d) => d.label));
    await page.close();
  });

  it('folds the facets away on a phone and shows each row as a card', async () => {
    const page = await open('documents/', 390);
    expect(await page.locator('details.facet-panel').getAttribute('open')).toBeNull();
    await page.screenshot({ path: resolve(artifacts, 'documents-phone.png'), fullPage: false });
    await page.locator('details.facet-panel > summary').click();
    await page.getByRole('checkbox', { name: /^河南省 \d+$/ }).check();
    const henan = catalog.documents.filter((d) => d.province === '河南省').length;
    expect(henan).toBeGreaterThan(1);
    await expect(rows(page).count()).resolves.toBe(henan);
    await expect(page.locator('details.facet-panel > summary').textContent()).resolves.toBe('筛选 · 已选 1 项');
    await page.locator('details.facet-panel > summary').click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(artifacts, 'documents-phone-filtered.png'), fullPage: false });
    await page.close();
  });

  it('lists every document without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}documents/?family=legal`);
    expect(await page.locator('table.docs tbody tr').count()).toBe(catalog.documents.length);
    await context.close();
  });
});
