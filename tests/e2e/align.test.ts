/**
 * The shared-phrases page and a 其他文件怎么写 page in a real browser:
 * content is there and every link leads to a page (and anchor) that exists.
 * The site is built by the shared test build helper.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../site/build-site.ts';
import { launchBrowser, serveStatic, type StaticSite } from './harness.ts';

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(buildSite({ name: 'root', base: '/' }), '/');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Every internal link of the page resolves; clause links land on an element with the anchor's id. */
async function checkLinks(page: Page): Promise<number> {
  const hrefs = await page.$$eval('main a[href]', (as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))]);
  const ids = new Map<string, Set<string>>();
  for (const href of hrefs.filter((h) => h.startsWith(site.url))) {
    const target = new URL(href);
    const pageUrl = `${target.origin}${target.pathname}`;
    if (!ids.has(pageUrl)) {
      const response = await fetch(pageUrl);
      expect(response.status, pageUrl).toBe(200);
      const html = await response.text();
      ids.set(pageUrl, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    }
    if (target.hash) expect(ids.get(pageUrl)!.has(decodeURIComponent(target.hash.slice(1))), href).toBe(true);
  }
  return hrefs.length;
}

describe('alignment pages in the browser', () => {
  it('lists 严保护、大保护、快保护、同保护 on the phrases page with links to both cities’ clauses', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}phrases/`);
    expect(await page.locator('h1').textContent()).toBe('共同表述');
    const item = page.locator('.phrases > li', { hasText: '严保护、大保护、快保护、同保护' });
    await expect.poll(() => item.count()).toBe(1);
    const links = await item.locator('.where a:not(.diff)').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.some((h) => h?.includes('documents/baotou/#baotou-'))).toBe(true);
    expect(links.some((h) => h?.includes('documents/weihai/#weihai-'))).toBe(true);
    await item.locator('a.diff').first().click();
    await page.waitForURL(/\/align\/[a-z0-9-]+\/$/);
    expect(await page.locator('h1').textContent()).toBe('其他文件怎么写');
    await page.close();
  });

  it('shows 宁波 严格司法保护 as 威海 3-3’s counterpart with 技术调查官 highlighted, and all links work', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await page.goto(`${site.url}align/weihai-3-3/`);
    const versus = page.locator('#vs-ningbo-2-1');
    expect(await versus.locator('h3').textContent()).toContain('严格司法保护');
    expect(await versus.locator('mark').allTextContents()).toContain('技术调查官');
    // Readable on a phone: the two columns stack and nothing overflows sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await checkLinks(page)).toBeGreaterThan(10);
    await page.close();
  });

  it('has working links on the phrases page', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}phrases/`);
    expect(await checkLinks(page)).toBeGreaterThan(100);
    await page.close();
  });
});
