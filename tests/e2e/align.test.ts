/**
 * The shared-phrases page and a 其他文件怎么写 page in a real browser:
 * content is there and every link leads to a page (and anchor) that exists.
 * The site is built by the shared test build helper.
 */
import { readFileSync } from 'node:fs';
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
    // The phrases come in pages of 200, most widely shared first: open the page that holds this one.
    const { phrases } = JSON.parse(readFileSync('public/data/phrases.json', 'utf8')) as {
      phrases: Array<{ key: string }>;
    };
    const at = phrases.findIndex((p) => p.key === '严保护大保护快保护同保护');
    expect(at).toBeGreaterThanOrEqual(0);
    const number = Math.floor(at / 200) + 1;
    const page = await browser.newPage();
    await page.goto(`${site.url}phrases/${number === 1 ? '' : `${number}/`}`);
    expect(await page.locator('h1').textContent()).toBe('共同表述');
    // The box narrows the page to the phrases holding what is typed.
    await page.locator('input.phrase-filter').fill('严保护');
    expect(await page.locator('.phrases > li:visible').count()).toBeGreaterThanOrEqual(1);
    const item = page.locator('.phrases > li', { hasText: '严保护、大保护、快保护、同保护' });
    await expect.poll(() => item.count()).toBe(1);
    const links = await item.locator('.where a:not(.diff)').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.some((h) => h?.includes('documents/baotou/#baotou-'))).toBe(true);
    expect(links.some((h) => h?.includes('documents/weihai/#weihai-'))).toBe(true);
    await item.locator('a.diff').first().click();
    await page.waitForURL(/\/align\/\?a=[a-z0-9-]+$/);
    expect(await page.locator('h1').textContent()).toBe('其他文件怎么写');
    await page.waitForSelector('.comparison[data-status="ready"]', { state: 'attached' });
    expect(await page.locator('.comparison blockquote').textContent()).toContain('严保护、大保护、快保护、同保护');
    await page.close();
  });

  it('shows 宁波 严格司法保护 as 威海 3-3’s counterpart with 技术调查官 highlighted, and all links work', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}align/?a=weihai-3-3&b=ningbo-2-1`);
    await page.waitForSelector('.comparison[data-status="ready"]', { state: 'attached' });
    // Led by the counterpart asked for, under its place, its shared wording marked.
    const versus = page.locator('#vs-ningbo-2-1');
    expect(await versus.locator('h3').textContent()).toContain(
      '宁波市 · 关于全面加强知识产权工作的实施意见 二、（一）',
    );
    expect(await page.locator('.results section.place').first().locator('h2').textContent()).toBe('宁波市');
    expect(await versus.locator('mark').allTextContents()).toContain('技术调查官');
    // Its shared passages, published as positions in 威海 3-3's text, read as that text's words.
    expect(await versus.locator('p.passages').textContent()).toMatch(/^共同表述：.*「[^」]*技术调查官[^」]*」/);
    // The page loads only the data it shows: this document's alignment and the texts of the documents it compares.
    const data = fetched.filter((p) => p.startsWith('/data/'));
    expect(data).toContain('/data/align/weihai.json');
    expect(data.every((p) => /^\/data\/(align|text)\/[a-z0-9-]+\.json$/.test(p))).toBe(true);
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
