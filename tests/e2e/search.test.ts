import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model/types.ts';
import { launchBrowser, serveStatic, type StaticSite } from './harness.ts';
import { expectedIds, querySet } from './search-queries.ts';
import { buildSearchSite, testBase, testDist } from './search-site.ts';

let site: StaticSite;
let browser: Browser;
let page: Page;
let corpus: Corpus;

/** Waits until the search element has rendered the current state. */
async function settled(target: Page): Promise<void> {
  await target.waitForSelector('clause-search[data-status="ready"]');
}

async function open(target: Page, query: string): Promise<void> {
  await target.goto(`${site.url}search/${query}`);
  await settled(target);
}

function resultIds(target: Page): Promise<string[]> {
  return target.$$eval('.hit', (items) => items.map((item) => (item as HTMLElement).dataset.clause ?? ''));
}

beforeAll(async () => {
  buildSearchSite();
  corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as Corpus;
  site = await serveStatic(testDist, testBase);
  browser = await launchBrowser();
  page = await browser.newPage();
  await open(page, '');
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('clause search finds what Ctrl-F finds', () => {
  it('has 100 % recall and ≥ 0.99 precision over the query set', async () => {
    const queries = querySet(corpus);
    expect(queries.length).toBeGreaterThanOrEqual(60);
    const got = await page.evaluate(async (list) => {
      const search = document.querySelector('clause-search') as HTMLElement & { query(q: string): Promise<string[]> };
      const out: string[][] = [];
      for (const q of list) out.push(await search.query(q));
      return out;
    }, queries);
    let hits = 0;
    let returned = 0;
    let relevant = 0;
    const misses: string[] = [];
    queries.forEach((query, index) => {
      const expected = new Set(expectedIds(corpus, query));
      const found = got[index];
      const correct = found.filter((id) => expected.has(id)).length;
      hits += correct;
      returned += found.length;
      relevant += expected.size;
      if (correct !== expected.size || correct !== found.length) misses.push(`${query}: expected ${expected.size}, got ${found.length}, correct ${correct}`);
    });
    const recall = relevant === 0 ? 1 : hits / relevant;
    const precision = returned === 0 ? 1 : hits / returned;
    console.log(`search quality: ${queries.length} queries, recall ${recall.toFixed(4)}, precision ${precision.toFixed(4)} (${hits}/${relevant} relevant, ${returned} returned)`);
    expect(misses).toEqual([]);
    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(0.99);
    expect(relevant).toBeGreaterThan(500);
  });

  it('returns results in reading order and table rows as records', async () => {
    const ids = await page.evaluate(() => (document.querySelector('clause-search') as HTMLElement & { query(q: string): Promise<string[]> }).query('28266'));
    expect(ids).toEqual(expectedIds(corpus, '28266'));
    expect(ids[0]).toMatch(/-table\d+-r\d+$/);
    const all = expectedIds(corpus, '知识产权');
    expect(await page.evaluate(() => (document.querySelector('clause-search') as HTMLElement & { query(q: string): Promise<string[]> }).query('知识产权'))).toEqual(all);
  });
});

describe('search page', () => {
  it('restores query and filters from the URL, groups by city and links under the base path', async () => {
    await open(page, '?q=%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83%20%E4%BF%9D%E6%8A%A4&city=%E5%AE%81%E6%B3%A2');
    expect(await page.inputValue('#search-q')).toBe('知识产权 保护');
    const expected = expectedIds(corpus, '知识产权 保护').filter((id) => id.startsWith('ningbo-'));
    expect(await resultIds(page)).toEqual(expected);
    expect(await page.textContent('.summary')).toBe(`共 ${expected.length} 条：宁波 ${expected.length}`);
    const href = await page.getAttribute('.hit a.path', 'href');
    expect(href).toBe(`${testBase}documents/ningbo/#${expected[0]}`);
  });

  it('shows excerpts without the index spacing, with every match marked', async () => {
    await open(page, '?q=%E6%8A%80%E6%9C%AF%E8%B0%83%E6%9F%A5%E5%AE%98');
    const excerpts = await page.$$eval('.excerpt', (nodes) => nodes.map((node) => node.textContent ?? ''));
    const marks = await page.$$eval('.excerpt mark', (nodes) => nodes.map((node) => node.textContent));
    expect(excerpts.length).toBe(expectedIds(corpus, '技术调查官').length);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]|q[0-9a-f]{4}/);
    expect(new Set(marks)).toEqual(new Set(['技术调查官']));
  });

  it('narrows by a filter, counts per value, and goes back with the browser', async () => {
    await open(page, '?q=%E4%B8%93%E5%88%A9');
    const all = expectedIds(corpus, '专利');
    expect(all.length).toBeGreaterThan(40);
    expect(await resultIds(page)).toEqual(all.slice(0, 20));
    await page.check('input[name="city"][value="威海"]');
    await page.waitForURL(/city=/);
    await settled(page);
    const after = await resultIds(page);
    expect(after).toEqual(all.filter((id) => id.startsWith('weihai-')));
    const count = await page.textContent('input[name="city"][value="威海"] ~ .count');
    expect(Number(count)).toBe(after.length);
    // With theme tags present, a theme filter narrows further and its count is exact.
    const theme = page.locator('input[name="theme"]').first();
    if ((await theme.count()) > 0) {
      const value = (await theme.getAttribute('value')) ?? '';
      const expectedCount = Number(await page.textContent(`input[name="theme"][value="${value}"] ~ .count`));
      await theme.check();
      await page.waitForURL(/theme=/);
      await settled(page);
      const narrowed = await resultIds(page);
      expect(narrowed.length).toBe(expectedCount);
      expect(narrowed.every((id) => after.includes(id))).toBe(true);
    }
    mkdirSync('tests/artifacts', { recursive: true });
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.screenshot({ path: join('tests/artifacts', 'search-filters.png'), fullPage: false });
    if ((await theme.count()) > 0) {
      await page.goBack();
      await settled(page);
    }
    await page.goBack();
    await settled(page);
    expect(await resultIds(page)).toEqual(all.slice(0, 20));
    await page.click('.more');
    await settled(page);
    expect(await resultIds(page)).toEqual(all.slice(0, 40));
    expect(await page.isChecked('input[name="city"][value="威海"]')).toBe(false);
  });

  it('lists the clauses of a filter without a query', async () => {
    await open(page, '?city=%E5%A8%81%E6%B5%B7');
    const total = await page.textContent('.summary');
    const weihai = expectedIds(corpus, '').filter((id) => id.startsWith('weihai-'));
    expect(total).toBe(`共 ${weihai.length} 条：威海 ${weihai.length}`);
  });

  it('says when nothing matches and offers to remove filters', async () => {
    await open(page, '?q=%E6%8A%80%E6%9C%AF%E8%B0%83%E6%9F%A5%E5%AE%98&city=%E9%87%8D%E5%BA%86');
    expect(await page.isVisible('.empty')).toBe(true);
    expect(await page.textContent('.empty .hint')).toContain('没有找到');
    await page.click('.empty button[data-facet="city"]');
    await settled(page);
    expect((await resultIds(page)).length).toBe(expectedIds(corpus, '技术调查官').length);
  });

  it('says so when the conversion tables cannot be loaded, and works once they can', async () => {
    const fresh = await browser.newPage();
    await fresh.route('**/search/t2s/*.json', (route) => route.abort());
    await open(fresh, '');
    await fresh.fill('#search-q', '技術調查官');
    await fresh.press('#search-q', 'Enter');
    await fresh.waitForSelector('clause-search[data-status="error"]');
    expect(await fresh.textContent('.summary')).toContain('检索出错');
    await fresh.unroute('**/search/t2s/*.json');
    await fresh.press('#search-q', 'Enter');
    await settled(fresh);
    expect(await resultIds(fresh)).toEqual(expectedIds(corpus, '技术调查官'));
    await fresh.close();
  });

  it('loads the traditional converter only for queries that need it, and shows 重庆 originals', async () => {
    const fresh = await browser.newPage();
    const scripts: string[] = [];
    fresh.on('request', (request) => scripts.push(request.url()));
    await open(fresh, '?q=%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83%20%E5%BC%BA%E5%9B%BD');
    expect(scripts.some((url) => /search-t2s|\/search\/t2s\//.test(url))).toBe(false);
    await fresh.fill('#search-q', '知識產權強國');
    await fresh.press('#search-q', 'Enter');
    await fresh.waitForURL(/q=/);
    await settled(fresh);
    expect(scripts.some((url) => /search-t2s/.test(url))).toBe(true);
    // Only the table shards of the query's own characters.
    const shards = scripts.filter((url) => /\/search\/t2s\/\d+\.json$/.test(url));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThanOrEqual(new Set('知識產權強國').size);
    const ids = await resultIds(fresh);
    expect(ids).toEqual(expectedIds(corpus, '知识产权强国'));
    expect(ids.some((id) => id.startsWith('chongqing-'))).toBe(true);
    const original = fresh.locator('.hit[data-clause^="chongqing-"] details.original').first();
    await original.locator('summary').click();
    expect(await original.textContent()).toContain('知識產權');
    await original.scrollIntoViewIfNeeded();
    await fresh.setViewportSize({ width: 1200, height: 900 });
    await fresh.screenshot({ path: join('tests/artifacts', 'search-traditional.png') });
    await fresh.close();
  });
});
