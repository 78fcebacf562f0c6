/**
 * Browser test of 目标指标 and 责任单位: opens both pages from the built
 * site, sorts the targets table, follows a row's link to its clause anchor
 * and an agency's link to its clause, and saves screenshots to
 * tests/artifacts/. The site is built by the shared test build helper.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../site/build-site.ts';
import { launchBrowser, serveStatic, type StaticSite } from './harness.ts';

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  mkdirSync('tests/artifacts', { recursive: true });
  site = await serveStatic(buildSite({ name: 'root', base: '/' }), '/');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('目标指标 page', () => {
  it('lists the targets grouped by indicator, sorts them and links a row to its clause anchor', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}targets/`);
    expect(await page.locator('tr[data-row]').count()).toBe(51);
    const group = page.locator('#indicator-high-value-invention-patents-per-10k tr[data-row]');
    expect(await group.count()).toBe(2);
    expect(await page.locator('a[href$="data/targets.csv"]').count()).toBe(1);

    await page.getByRole('button', { name: '目标值' }).click();
    const values = await page
      .locator('#indicator-valid-trademarks tr[data-row] td:nth-child(3)')
      .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.value)));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    await page.screenshot({ path: 'tests/artifacts/targets.png', fullPage: false });

    const link = page.locator('#weihai-2-p1-t3 a');
    expect(await link.getAttribute('href')).toBe('/documents/weihai/#weihai-2-p1');
    await link.click();
    await page.waitForURL(/documents\/weihai\/#weihai-2-p1$/);
    expect(await page.locator('#weihai-2-p1').textContent()).toContain('商标有效注册量达到8万件');
    await page.close();
  });
});

describe('责任单位 pages', () => {
  it('shows counts across cities and, per city, each unit with links to its clauses', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}agencies/`);
    expect(await page.locator('table.overview tbody tr').count()).toBe(
      JSON.parse(readFileSync('public/data/corpus.json', 'utf8')).documents.length,
    );
    await page.screenshot({ path: 'tests/artifacts/agencies.png', fullPage: true });

    await page.getByRole('link', { name: '重庆' }).first().click();
    await page.waitForURL(/agencies\/chongqing\/$/);
    const row = page.locator('tr', { has: page.locator('th', { hasText: '国家知识产权局保护司' }) });
    expect(await row.locator('td').nth(0).textContent()).toBe('7');
    await page.screenshot({ path: 'tests/artifacts/agencies-chongqing.png', fullPage: false });

    await page.goto(`${site.url}agencies/weihai/`);
    const group = page.locator('tr', {
      has: page.locator('th', { hasText: '威海市知识产权战略实施工作专项小组成员' }),
    });
    expect(await group.locator('.tag').textContent()).toBe('集体条目');
    await page
      .locator('tr', { has: page.locator('th', { hasText: /^市法院$/ }) })
      .locator('a')
      .first()
      .click();
    await page.waitForURL(/documents\/weihai\/#weihai-3-3$/);
    expect(await page.locator('#weihai-3-3').textContent()).toContain('加强知识产权司法保护');
    await page.close();
  });
});
