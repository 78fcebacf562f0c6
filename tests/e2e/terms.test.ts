/**
 * The concordance and the references in a real browser, on the site built
 * under a sub-path: /terms/ counts checked against a plain substring count
 * over the corpus (the site with its search index), traditional input, the link from search, sorting by
 * context, and an article's 被 N 条引用 list.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalog, readCorpus } from '../../src/data/published-data.ts';
import { resolveCitations } from '../../src/pipeline/references/resolve.ts';
import { searchRecords } from '../../src/search/build/records.ts';
import { buildSearchSite } from './search-site.ts';
import { launchBrowser, openPage, serveStatic, type StaticSite } from './harness.ts';

let site: StaticSite;
let browser: Browser;
let context: BrowserContext;

const corpus = readCorpus();
const records = searchRecords(corpus, readCatalog());
/** Occurrences of a term per document: the plain substring count the page must match. */
const perDocument = (term: string): Map<string, number> => {
  const out = new Map<string, number>();
  for (const record of records) {
    const n = record.text.split(term).length - 1;
    if (n > 0) out.set(record.docId, (out.get(record.docId) ?? 0) + n);
  }
  return out;
};

const open = (path: string, width = 1366): Promise<Page> => openPage(context, site.url + path, width);

async function concordance(q: string, width = 1366): Promise<Page> {
  const page = await open(`terms/?q=${encodeURIComponent(q)}`, width);
  await page.waitForSelector('term-concordance[data-status="ready"]', { state: 'attached', timeout: 30_000 });
  return page;
}

beforeAll(async () => {
  site = await serveStatic(buildSearchSite(), '/ip-policy/');
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'zh-CN' });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('用语索引', () => {
  it('counts 质押融资 as a substring count over every clause does, per document too', async () => {
    const expected = perDocument('质押融资');
    const total = [...expected.values()].reduce((a, b) => a + b, 0);
    const page = await concordance('质押融资');
    expect(await page.locator('.summary').textContent()).toBe(`共 ${total} 处，出自 ${expected.size} 份文件`);
    const rows = await page
      .locator('.counts[data-facet="doc"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [(tr as HTMLElement).dataset.value!, Number(tr.children[1].textContent)] as const),
      );
    expect(new Map(rows)).toEqual(expected);
    const marks = await page.locator('.kwic td.word mark').allTextContents();
    expect(marks).toHaveLength(Math.min(total, 50));
    expect(new Set(marks)).toEqual(new Set(['质押融资']));
    await page.screenshot({ path: 'tests/artifacts/terms.png', fullPage: true });
    await page.close();
  });

  it('folds traditional input and reads the same counts; no sideways scrolling on a phone', async () => {
    const page = await concordance('質押融資', 390);
    const total = [...perDocument('质押融资').values()].reduce((a, b) => a + b, 0);
    expect(await page.locator('.summary').textContent()).toContain(`共 ${total} 处`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('sorts by left context read outwards from the term, and links each line to its clause', async () => {
    const page = await concordance('专利权');
    await page.selectOption('select[name="sort"]', 'left');
    await page.waitForURL(/sort=left/);
    await page.waitForSelector('term-concordance[data-status="ready"]', { state: 'attached' });
    const lefts = await page.locator('.kwic td.left').allTextContents();
    const keys = lefts.map((left) => [...left].reverse().join(''));
    expect(keys).toEqual([...keys].sort(new Intl.Collator('zh-CN').compare));
    const href = await page.locator('.kwic td.source a').first().getAttribute('href');
    expect(href).toMatch(/^\/ip-policy\/documents\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    await page.close();
  });

  it("sorts by clause role in the taxonomy's order (table rows last), naming each line's role", async () => {
    const term = '质押融资';
    const roleOrder = readCatalog().taxonomy.roles.map((role) => role.id);
    const rank = (role: string | null): number => (role === null ? roleOrder.length : roleOrder.indexOf(role));
    const expected = records
      .filter((record) => record.text.includes(term))
      .sort((a, b) => rank(a.role) - rank(b.role) || a.rank - b.rank)
      .flatMap((record) => Array<string>(record.text.split(term).length - 1).fill(record.id))
      .slice(0, 50);
    // The role order is not the reading order for this term, so the test tells them apart.
    const reading = records
      .filter((record) => record.text.includes(term))
      .flatMap((record) => Array<string>(record.text.split(term).length - 1).fill(record.id));
    expect(expected).not.toEqual(reading.slice(0, 50));
    const page = await concordance(term);
    await page.selectOption('select[name="sort"]', 'role');
    await page.waitForURL(/sort=role/);
    await page.waitForSelector('term-concordance[data-status="ready"]', { state: 'attached' });
    await page.waitForFunction((n) => document.querySelectorAll('.kwic tbody tr').length === n, expected.length);
    expect(
      await page.locator('.kwic tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.clause)),
    ).toEqual(expected);
    const names = new Map(readCatalog().taxonomy.roles.map((role) => [role.id, role.zh]));
    const first = records.find((record) => record.id === expected[0])!;
    expect(await page.locator('.kwic td.source .doc').first().textContent()).toBe(
      `${first.label} · ${names.get(first.role!)}`,
    );
    await page.close();
  });

  it('is linked from the search page for each word sought', async () => {
    const page = await open('search/?q=技术调查官');
    const link = page.locator('.term-links a');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/ip-policy/terms/?q=${encodeURIComponent('技术调查官')}`);
    await page.close();
  });
});

describe('同现词', () => {
  it('lists the words travelling with 质押融资 and a co-word matrix whose diagonal counts the clauses of each term', async () => {
    const page = await concordance('质押融资');
    await page.click('.coword-run');
    await page.waitForSelector('.coword-list tbody tr');
    expect(await page.locator('.coword-list tbody tr').count()).toBeGreaterThan(5);
    await page.click('.matrix-form button[type="submit"]');
    await page.waitForSelector('.coword-matrix');
    const terms = (await page.locator('input[name="terms"]').inputValue()).split(' ');
    expect(terms[0]).toBe('质押融资');
    const diagonal = await page
      .locator('.coword-matrix tbody tr')
      .evaluateAll((trs) => trs.map((tr, i) => Number(tr.querySelectorAll('td')[i].textContent)));
    expect(diagonal).toEqual(terms.map((term) => records.filter((record) => record.text.includes(term)).length));
    await page.close();
  });

  it('opens from a term listed on the policy instruments page', async () => {
    const page = await open('instruments/');
    const link = page.locator('a[href*="/terms/?q="]').first();
    const term = await link.textContent();
    await link.click();
    await page.waitForSelector('term-concordance[data-status="ready"]', { state: 'attached', timeout: 30_000 });
    expect(await page.locator('input[name="q"]').inputValue()).toBe(term);
    expect(await page.locator('.summary').textContent()).toMatch(/^共 \d+ 处，出自 \d+ 份文件$/);
    await page.close();
  });
});

describe('法条联想', () => {
  const citing = resolveCitations(corpus).filter(
    (c) => c.status === '已解析' && c.targetArticle === 'national-patent-law-a24',
  );

  it('lists on 专利法 第二十四条 every clause of another text that cites it', async () => {
    expect(citing.length).toBeGreaterThan(2);
    const page = await open('documents/national-patent-law/');
    const list = page.locator('#national-patent-law-a24 .cited-by');
    expect(await list.locator('summary').textContent()).toBe(`被 ${citing.length} 条引用`);
    await list.locator('summary').click();
    const clauses = await list
      .locator('a[data-clause]')
      .evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.clause));
    expect(clauses).toEqual(citing.map((c) => c.clauseId));
    expect(clauses).toContain('national-patent-rules-2023-a6');
    await page.close();
  });

  it('links the 2023 实施细则 to the cited article and tells the 2010 one its version is not in the corpus', async () => {
    const page = await open('documents/national-patent-rules-2023/');
    const link = page.locator(
      '#national-patent-rules-2023-a6 .references a[data-status="已解析"][href$="#national-patent-law-a24"]',
    );
    expect(await link.textContent()).toContain('第二十四条');
    await page.goto(`${site.url}documents/national-patent-rules-2010/`);
    const old = page.locator('#national-patent-rules-2010-a6 .references');
    expect(await old.locator('a').count()).toBe(0);
    expect(await old.textContent()).toContain('引用时施行的版本不在语料中');
    await page.close();
  });
});
