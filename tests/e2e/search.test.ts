import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unpackCore, unpackPart, type CoreFile, type PartFile } from '../../src/search/shared/index-data.ts';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/data/schemas/catalog.ts';
import type { Corpus } from '../../src/model/types.ts';
import { searchRecords, type SearchRecord } from '../../src/search/build/records.ts';
import { launchBrowser, serveStatic, type StaticSite } from './harness.ts';
import { expectedIds, querySet } from './search-queries.ts';
import { buildSearchSite, buildSearchSiteInParts, testBase } from './search-site.ts';

let site: StaticSite;
let browser: Browser;
let page: Page;
let records: SearchRecord[];
let dist: string;

/** Waits until the search element has rendered the current state. */
async function settled(target: Page): Promise<void> {
  await target.waitForSelector('clause-search[data-status="ready"]');
}

/** The query set in reading order, and queries under filters and in other orders. */
function firstPageCases(): Array<[string, Record<string, string[]>, string]> {
  return [
    ...querySet(records).map((q): [string, Record<string, string[]>, string] => [q, {}, 'order']),
    ['知识产权', { place: ['zhejiang.ningbo'] }, 'order'],
    ['知识产权 保护', { theme: ['protection'] }, 'order'],
    ['专利 -商标', { level: ['municipal'] }, 'date'],
    ['质押 | 信贷', {}, 'place'],
    ['纠纷', { genre: ['tiaoli'] }, 'place'],
  ];
}

/** The ids of every clause each query finds, through the search element's API. */
function queryAll(target: Page, queries: string[]): Promise<string[][]> {
  return target.evaluate(async (list) => {
    const search = document.querySelector('clause-search') as HTMLElement & { query(q: string): Promise<string[]> };
    const out: string[][] = [];
    for (const q of list) out.push(await search.query(q));
    return out;
  }, queries);
}

/** For each case, the first page as first shown and the first page after the full match. */
function firstAndFullPages(
  target: Page,
  cases: Array<[string, Record<string, string[]>, string]>,
): Promise<Array<[number[] | null, number[]]>> {
  return target.evaluate(async (list) => {
    type Api = HTMLElement & {
      firstOrdinals(q: string, filters: Record<string, string[]>, sort: string): Promise<number[] | null>;
      pageOrdinals(q: string, filters: Record<string, string[]>, sort: string): Promise<number[]>;
    };
    const search = document.querySelector('clause-search') as Api;
    const out: Array<[number[] | null, number[]]> = [];
    for (const [q, filters, sort] of list)
      out.push([await search.firstOrdinals(q, filters, sort), await search.pageOrdinals(q, filters, sort)]);
    return out;
  }, cases);
}

/** The cases whose early first page (when there is one) is not the full match's first page. */
function differingPages(
  cases: Array<[string, Record<string, string[]>, string]>,
  got: Array<[number[] | null, number[]]>,
): string[] {
  return cases
    .filter((_, index) => got[index][0] !== null && JSON.stringify(got[index][0]) !== JSON.stringify(got[index][1]))
    .map(([q, filters, sort]) => `${q} ${JSON.stringify(filters)} ${sort}`);
}

async function open(target: Page, query: string): Promise<void> {
  await target.goto(`${site.url}search/${query}`);
  await settled(target);
}

function resultIds(target: Page): Promise<string[]> {
  return target.$$eval('.hit', (items) => items.map((item) => (item as HTMLElement).dataset.clause ?? ''));
}

/** Keeps the records of the given documents. */
const inDocs =
  (...docs: string[]) =>
  (record: SearchRecord): boolean =>
    docs.includes(record.docId);

/** The document ids of result ids, in order of first appearance. */
const docsOf = (ids: readonly string[]): string[] => [
  ...new Set(ids.map((id) => records.find((record) => record.id === id)!.docId)),
];

beforeAll(async () => {
  dist = buildSearchSite();
  const read = <T>(name: string): T => JSON.parse(readFileSync(`public/data/${name}.json`, 'utf8')) as T;
  records = searchRecords(read<Corpus>('corpus'), read<Catalog>('catalog'));
  site = await serveStatic(dist, testBase);
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
    const queries = querySet(records);
    expect(queries.length).toBeGreaterThanOrEqual(60);
    const got = await queryAll(page, queries);
    let hits = 0;
    let returned = 0;
    let relevant = 0;
    const misses: string[] = [];
    queries.forEach((query, index) => {
      const expected = new Set(expectedIds(records, query));
      const found = got[index];
      const correct = found.filter((id) => expected.has(id)).length;
      hits += correct;
      returned += found.length;
      relevant += expected.size;
      if (correct !== expected.size || correct !== found.length)
        misses.push(`${query}: expected ${expected.size}, got ${found.length}, correct ${correct}`);
    });
    const recall = relevant === 0 ? 1 : hits / relevant;
    const precision = returned === 0 ? 1 : hits / returned;
    console.log(
      `search quality: ${queries.length} queries, recall ${recall.toFixed(4)}, precision ${precision.toFixed(4)} (${hits}/${relevant} relevant, ${returned} returned)`,
    );
    expect(misses).toEqual([]);
    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(0.99);
    expect(relevant).toBeGreaterThan(500);
  });

  it('shows a first page before the full match that is the full match’s first page, under filters and sorts', async () => {
    const cases = firstPageCases();
    const got = await firstAndFullPages(page, cases);
    // Null: no shortcut for that query (only punctuation, nothing left to find).
    expect(differingPages(cases, got)).toEqual([]);
    // Not vacuous: nearly every case takes the shortcut, most find something, some fill a page.
    expect(got.filter(([first]) => first === null).length).toBeLessThan(5);
    expect(got.filter(([first]) => first !== null && first.length > 0).length).toBeGreaterThan(cases.length / 2);
    expect(got.filter(([first]) => first?.length === 20).length).toBeGreaterThan(5);
  });

  it('returns results in reading order and table rows as records', async () => {
    const ids = await page.evaluate(() =>
      (document.querySelector('clause-search') as HTMLElement & { query(q: string): Promise<string[]> }).query('28266'),
    );
    expect(ids).toEqual(expectedIds(records, '28266'));
    expect(ids[0]).toMatch(/-table\d+-r\d+$/);
    const all = expectedIds(records, '知识产权');
    expect(
      await page.evaluate(() =>
        (document.querySelector('clause-search') as HTMLElement & { query(q: string): Promise<string[]> }).query(
          '知识产权',
        ),
      ),
    ).toEqual(all);
  });
});

describe('a search index written in parts', () => {
  it('finds what Ctrl-F finds across every part, and shows a first page in reading order from the first part alone', async () => {
    const parts = buildSearchSiteInParts(dist, 60_000);
    const bundles = readdirSync(parts)
      .filter((name) => /^pagefind(-\d+)?$/.test(name))
      .sort((a, b) => Number(a.split('-')[1] ?? 1) - Number(b.split('-')[1] ?? 1));
    expect(bundles.length).toBeGreaterThan(2);
    // A later part holds what a merged index reads; Pagefind's scripts and WebAssembly are the first bundle's.
    for (const name of bundles.slice(1))
      expect(
        readdirSync(join(parts, name)).filter(
          (file) => !/^(index|fragment|pagefind-entry\.json|pagefind\..+\.pf_meta)$/.test(file),
        ),
      ).toEqual([]);
    const partSite = await serveStatic(parts, testBase);
    const partPage = await browser.newPage();
    const requested: string[] = [];
    partPage.on('request', (request) => requested.push(new URL(request.url()).pathname.slice(testBase.length)));
    try {
      await partPage.goto(`${partSite.url}search/`);
      await settled(partPage);
      // 知识产权 fills a page in the first document: nothing of a later part, nor the core data, is read for it.
      const before = requested.length;
      const first = await partPage.evaluate(() =>
        (
          document.querySelector('clause-search') as HTMLElement & {
            firstOrdinals(q: string): Promise<number[] | null>;
          }
        ).firstOrdinals('知识产权'),
      );
      expect(first).toHaveLength(20);
      const read = requested.slice(before);
      expect(read.filter((path) => /^pagefind\/(index|fragment)\//.test(path)).length).toBeGreaterThan(0);
      expect(read.filter((path) => /^pagefind-\d+\/|core\.json|groups-[2-9]/.test(path))).toEqual([]);
      const queries = querySet(records);
      const got = await queryAll(partPage, queries);
      const misses = queries.filter(
        (query, index) => JSON.stringify(got[index]) !== JSON.stringify(expectedIds(records, query)),
      );
      expect(misses).toEqual([]);
      // Every first page, in every order and under filters, is the full match's, however many parts it reads.
      const cases = firstPageCases();
      expect(differingPages(cases, await firstAndFullPages(partPage, cases))).toEqual([]);
      // The core data counts the parts, each part file names its bundle, and results come from the last part too.
      const data = (name: string): unknown =>
        JSON.parse(gunzipSync(readFileSync(join(parts, 'search/data', name))).toString('utf8'));
      const core = data('core.json.gz') as CoreFile;
      const partFiles = Array.from({ length: core.parts }, (_, index) =>
        unpackPart(data(`groups-${index + 1}.json.gz`) as PartFile),
      );
      expect(partFiles.map((part) => part.bundle)).toEqual(bundles.map((name) => `${name}/`));
      expect(unpackCore(core, partFiles).clauses).toBe(records.length);
      const lastDoc = records.at(-1)!.docId;
      expect(got.some((ids) => ids.some((id) => records.find((record) => record.id === id)?.docId === lastDoc))).toBe(
        true,
      );
    } finally {
      await partPage.close();
      await partSite.close();
    }
  });
});

describe('search page', () => {
  it('restores query and filters from the URL, groups by document and links under the base path', async () => {
    await open(page, '?q=%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83%20%E4%BF%9D%E6%8A%A4&place=zhejiang.ningbo');
    expect(await page.inputValue('#search-q')).toBe('知识产权 保护');
    const expected = expectedIds(records, '知识产权 保护', inDocs('ningbo', 'ningbo-patent'));
    expect(expected.length).toBeGreaterThan(0);
    expect(await resultIds(page)).toEqual(expected.slice(0, 20));
    const docs = docsOf(expected);
    expect(await page.textContent('.summary')).toBe(`共 ${expected.length} 条，出自 ${docs.length} 份文件`);
    expect(
      await page.$$eval('.results section', (nodes) => nodes.map((node) => (node as HTMLElement).dataset.doc)),
    ).toEqual(docsOf(expected.slice(0, 20)));
    const href = await page.getAttribute('.hit a.path', 'href');
    expect(href).toBe(`${testBase}documents/${docs[0]}/?hl=${encodeURIComponent('知识产权 保护')}#${expected[0]}`);
    expect(await page.textContent('.hit a.doc')).toBe(records.find((record) => record.id === expected[0])!.label);
  });

  it('shows excerpts without the index spacing, with every match marked', async () => {
    await open(page, '?q=%E6%8A%80%E6%9C%AF%E8%B0%83%E6%9F%A5%E5%AE%98');
    const excerpts = await page.$$eval('.excerpt', (nodes) => nodes.map((node) => node.textContent ?? ''));
    const marks = await page.$$eval('.excerpt mark', (nodes) => nodes.map((node) => node.textContent));
    // The first page: 20 results (技术调查官 has more since the 技术调查官 规定 is in the corpus).
    expect(excerpts.length).toBe(Math.min(20, expectedIds(records, '技术调查官').length));
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]|q[0-9a-f]{4}/);
    expect(new Set(marks)).toEqual(new Set(['技术调查官']));
  });

  it('narrows by a filter, counts per value, and goes back with the browser', async () => {
    await open(page, '?q=%E4%B8%93%E5%88%A9');
    const all = expectedIds(records, '专利');
    expect(all.length).toBeGreaterThan(40);
    expect(await resultIds(page)).toEqual(all.slice(0, 20));
    await page.check('input[name="place"][value="shandong.weihai"]');
    await page.waitForURL(/place=shandong\.weihai/);
    await settled(page);
    const weihai = expectedIds(records, '专利', (record) => record.places.includes('shandong.weihai'));
    expect(weihai.length).toBeLessThanOrEqual(20);
    expect(await resultIds(page)).toEqual(weihai);
    expect(Number(await page.textContent('input[name="place"][value="shandong.weihai"] ~ .count'))).toBe(weihai.length);
    // A theme filter narrows further and its count is exact.
    const theme = page.locator('input[name="theme"]').first();
    const value = (await theme.getAttribute('value')) ?? '';
    const expectedCount = Number(await page.textContent(`input[name="theme"][value="${value}"] ~ .count`));
    await theme.check();
    await page.waitForURL(/theme=/);
    await settled(page);
    const narrowed = await resultIds(page);
    expect(narrowed.length).toBe(expectedCount);
    expect(narrowed.every((id) => weihai.includes(id))).toBe(true);
    await page.goBack();
    await settled(page);
    await page.goBack();
    await settled(page);
    expect(await resultIds(page)).toEqual(all.slice(0, 20));
    await page.click('.more');
    await settled(page);
    expect(await resultIds(page)).toEqual(all.slice(0, 40));
    expect(await page.isChecked('input[name="place"][value="shandong.weihai"]')).toBe(false);
  });

  it('finds both 宁波 documents under 地区 宁波, then narrows to the chosen document', async () => {
    await open(page, '?q=%E4%BE%B5%E6%9D%83');
    await page.check('input[name="place"][value="zhejiang.ningbo"]');
    await page.waitForURL(/place=zhejiang\.ningbo/);
    await settled(page);
    expect(new URL(page.url()).searchParams.getAll('place')).toEqual(['zhejiang.ningbo']);
    const ningbo = expectedIds(records, '侵权', inDocs('ningbo', 'ningbo-patent'));
    expect(await resultIds(page)).toEqual(ningbo);
    expect(docsOf(ningbo)).toEqual(['ningbo', 'ningbo-patent']);
    expect(
      await page.$$eval('.results h2', (nodes) => nodes.map((node) => node.firstChild?.textContent?.trim())),
    ).toEqual(['宁波市 · 关于全面加强知识产权工作的实施意见', '宁波市 · 专利管理条例（2012）']);
    expect(await page.textContent('.summary')).toBe(`共 ${ningbo.length} 条，出自 2 份文件`);
    mkdirSync('tests/artifacts', { recursive: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join('tests/artifacts', 'search-1280.png') });
    // 文件 starts folded; the reader opens it and picks the regulation by its label.
    expect(await page.$eval('details[data-facet="doc"]', (node) => (node as HTMLDetailsElement).open)).toBe(false);
    await page.click('details[data-facet="doc"] summary');
    const patent = page.locator('.search-facets label', { hasText: '宁波市 · 专利管理条例（2012）' });
    await patent.locator('input').check();
    await page.waitForURL(/doc=ningbo-patent/);
    await settled(page);
    expect(new URL(page.url()).searchParams.getAll('doc')).toEqual(['ningbo-patent']);
    expect(await resultIds(page)).toEqual(expectedIds(records, '侵权', inDocs('ningbo-patent')));
  });

  it('finds the 洛阳市 regulation and the 洛龙区 plan under 洛阳', async () => {
    await open(page, '?q=%E4%B8%93%E5%88%A9&place=henan.luoyang');
    const expected = expectedIds(records, '专利', (record) => record.places.includes('henan.luoyang'));
    expect(docsOf(expected)).toEqual(['luolong', 'luoyang-patent']);
    expect(await page.textContent('.summary')).toBe(`共 ${expected.length} 条，出自 2 份文件`);
    expect(Number(await page.textContent('input[name="doc"][value="luolong"] ~ .count'))).toBe(
      expectedIds(records, '专利', inDocs('luolong')).length,
    );
    expect(Number(await page.textContent('input[name="doc"][value="luoyang-patent"] ~ .count'))).toBe(
      expectedIds(records, '专利', inDocs('luoyang-patent')).length,
    );
    // The district is shown below its city, the city below its province, the province below the state (which holds the national texts).
    const depth = (key: string): Promise<string> =>
      page.$eval(`input[name="place"][value="${key}"]`, (box) =>
        (box.parentElement as HTMLElement).style.getPropertyValue('--depth'),
      );
    expect([
      await depth('cn'),
      await depth('henan'),
      await depth('henan.luoyang'),
      await depth('henan.luoyang.luolong'),
    ]).toEqual(['0', '1', '2', '3']);
  });

  it('restores a genre and a year filter from the URL on reload', async () => {
    await open(page, '?q=%E4%B8%93%E5%88%A9%E7%BA%A0%E7%BA%B7&genre=tiaoli&year=2012');
    const expected = expectedIds(records, '专利纠纷', (record) => record.genre === '条例' && record.year === 2012);
    expect(docsOf(expected)).toEqual(['luoyang-patent', 'ningbo-patent']);
    for (const round of ['first', 'reload']) {
      if (round === 'reload') {
        await page.reload();
        await settled(page);
      }
      expect(await resultIds(page)).toEqual(expected);
      expect(await page.isChecked('input[name="genre"][value="tiaoli"]')).toBe(true);
      expect(await page.isChecked('input[name="year"][value="2012"]')).toBe(true);
      expect(await page.textContent('details[data-facet="year"] summary')).toBe('年份已选 1');
    }
  });

  it('understands an old city link and rewrites it to the documents it meant', async () => {
    await open(page, '?q=%E4%BE%B5%E6%9D%83&city=%E5%AE%81%E6%B3%A2');
    expect(new URL(page.url()).searchParams.getAll('doc')).toEqual(['ningbo', 'ningbo-patent']);
    expect(new URL(page.url()).searchParams.has('city')).toBe(false);
    expect(await resultIds(page)).toEqual(expectedIds(records, '侵权', inDocs('ningbo', 'ningbo-patent')));
  });

  it('lists the clauses of a filter without a query', async () => {
    await open(page, '?place=shandong.weihai');
    const weihai = expectedIds(records, '', inDocs('weihai'));
    expect(await page.textContent('.summary')).toBe(`共 ${weihai.length} 条，出自 1 份文件`);
  });

  it('folds the facets on a phone, saying what is chosen, and opens the one asked for', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await open(phone, '?q=%E4%BE%B5%E6%9D%83&place=zhejiang.ningbo');
    const opened = (): Promise<string[]> =>
      phone.$$eval('.search-facets details', (nodes) =>
        nodes
          .filter((node) => (node as HTMLDetailsElement).open)
          .map((node) => (node as HTMLElement).dataset.facet ?? ''),
      );
    expect(await opened()).toEqual([]);
    expect(await phone.$eval('details.filters', (node) => (node as HTMLDetailsElement).open)).toBe(false);
    expect(await phone.textContent('details.filters > summary')).toBe('筛选条件（已选 1 项）');
    await phone.click('details.filters > summary');
    expect(await phone.textContent('details[data-facet="place"] summary')).toBe('地区（含下级）已选 1');
    // The results start within the first screen.
    expect(await phone.$eval('.summary', (node) => node.getBoundingClientRect().top)).toBeLessThan(844);
    await phone.click('details[data-facet="genre"] summary');
    await phone.check('input[name="genre"][value="legal"]');
    await phone.waitForURL(/genre=legal/);
    await settled(phone);
    expect(await resultIds(phone)).toEqual(expectedIds(records, '侵权', inDocs('ningbo-patent')));
    expect(await opened()).toEqual(['genre']);
    await phone.screenshot({ path: join('tests/artifacts', 'search-390.png'), fullPage: true });
    await phone.close();
  });

  it('says when nothing matches and offers to remove filters', async () => {
    expect(expectedIds(records, '技术调查官', (record) => record.places.includes('chongqing'))).toEqual([]);
    await open(page, '?q=%E6%8A%80%E6%9C%AF%E8%B0%83%E6%9F%A5%E5%AE%98&place=chongqing');
    expect(await page.isVisible('.empty')).toBe(true);
    expect(await page.textContent('.empty .hint')).toContain('没有找到');
    expect(await page.textContent('.empty button[data-facet="place"]')).toBe('移除“重庆市”筛选');
    await page.click('.empty button[data-facet="place"]');
    await settled(page);
    expect(await resultIds(page)).toEqual(expectedIds(records, '技术调查官').slice(0, 20));
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
    expect(await resultIds(fresh)).toEqual(expectedIds(records, '技术调查官').slice(0, 20));
    await fresh.close();
  });

  it('loads the traditional converter only for queries that need it, and shows 重庆 originals', async () => {
    const fresh = await browser.newPage();
    const scripts: string[] = [];
    fresh.on('request', (request) => scripts.push(request.url()));
    await open(fresh, '?q=%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83%20%E5%BC%BA%E5%9B%BD');
    expect(scripts.some((url) => /\/t2s\.[\w-]+\.js$|\/search\/t2s\//.test(url))).toBe(false);
    await fresh.fill('#search-q', '知識產權強國');
    await fresh.press('#search-q', 'Enter');
    await fresh.waitForURL(/q=/);
    await settled(fresh);
    // The converter's chunk (src/search/shared/t2s.ts).
    expect(scripts.some((url) => /\/t2s\.[\w-]+\.js$/.test(url))).toBe(true);
    // Only the table shards of the query's own characters.
    const shards = scripts.filter((url) => /\/search\/t2s\/\d+\.json$/.test(url));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThanOrEqual(new Set('知識產權強國').size);
    const ids = await resultIds(fresh);
    expect(ids).toEqual(expectedIds(records, '知识产权强国'));
    expect(ids.some((id) => id.startsWith('chongqing-'))).toBe(true);
    const original = fresh.locator('.hit[data-clause^="chongqing-"] details.original').first();
    await original.locator('summary').click();
    expect(await original.textContent()).toContain('知識產權');
    await original.scrollIntoViewIfNeeded();
    await fresh.setViewportSize({ width: 1280, height: 900 });
    await fresh.screenshot({ path: join('tests/artifacts', 'search-traditional.png') });
    await fresh.close();
  });
});

describe('search results as research material', () => {
  /** What Ctrl-F over each clause says, written out without the query parser. */
  const ctrlF = (test: (text: string) => boolean): string[] =>
    records.filter((record) => test(record.text)).map((record) => record.id);

  it('reads quotes, trailing punctuation, exclusion and either-or as documented, finding what Ctrl-F finds', async () => {
    const plain = ctrlF((text) => text.includes('质押融资'));
    expect(plain.length).toBeGreaterThan(0);
    const ask = (q: string): Promise<string[]> =>
      page.evaluate(
        (query) =>
          (document.querySelector('clause-search') as HTMLElement & { query(q: string): Promise<string[]> }).query(
            query,
          ),
        q,
      );
    for (const q of ['“质押融资”', '"质押融资"', '「质押融资」', '质押融资。']) expect(await ask(q)).toEqual(plain);
    const without = ctrlF((text) => text.includes('质押融资') && !text.includes('保险'));
    expect(without.length).toBeGreaterThan(0);
    expect(without.length).toBeLessThan(plain.length);
    expect(await ask('质押融资 -保险')).toEqual(without);
    const either = ctrlF((text) => text.includes('技术调查官') || text.includes('惩罚性赔偿'));
    expect(await ask('技术调查官 | 惩罚性赔偿')).toEqual(either);
    expect(await ask('技术调查官 OR 惩罚性赔偿')).toEqual(either);
    // The page says what it removed.
    await open(page, `?q=${encodeURIComponent('“质押融资”。')}`);
    expect(await page.textContent('.notes')).toContain('已去掉引号');
    expect(await resultIds(page)).toEqual(plain.slice(0, 20));
  });

  it('shows whole matching sentences, the citation to copy, and marks the hit on the page a result opens', async () => {
    await open(page, `?q=${encodeURIComponent('技术调查官')}`);
    const first = page.locator('.hit').first();
    const id = (await first.getAttribute('data-clause'))!;
    const record = records.find((item) => item.id === id)!;
    const excerpt = (await first.locator('.excerpt').textContent())!;
    for (const piece of excerpt.split(' …… ')) expect(record.text.replace(/\s+/g, ' ')).toContain(piece.trim());
    expect(excerpt).toMatch(/[。；！？]$/);
    expect(await first.locator('button[data-copy="cite"]').getAttribute('data-cite')).toBe(record.cite);
    await first.locator('a.path').click();
    await page.waitForURL(/\/documents\//);
    expect(new URL(page.url()).searchParams.get('hl')).toBe('技术调查官');
    const mark = page.locator(`[id="${record.anchor}"] mark.search-hit`).first();
    await mark.waitFor();
    expect(await mark.textContent()).toBe('技术调查官');
    const box = (await mark.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(page.viewportSize()!.height);
  });

  it('exports the whole result set as CSV whose rows are the results shown, a clause of several paragraphs in one row', async () => {
    await open(page, `?q=${encodeURIComponent('质押融资')}&view=table`);
    const shown = await resultIds(page);
    const expected = expectedIds(records, '质押融资');
    expect(shown).toEqual(expected.slice(0, 20));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.export')]);
    expect(download.suggestedFilename()).toBe('检索结果.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0])).toEqual(['条款编号', '地区', '文件', '条款路径', '条文', '引用', '网址']);
    expect(rows.map((row) => row['条款编号'])).toEqual(expected);
    expect(rows.some((row) => row['条文'].includes('\n'))).toBe(true);
    for (const row of rows) {
      const record = records.find((item) => item.id === row['条款编号'])!;
      expect(row['条文']).toBe(record.text);
      expect(row['文件']).toBe(record.label);
      expect(row['条款路径']).toBe(record.path);
      expect(row['网址']).toBe(`${site.url}documents/${record.docId}/#${record.anchor}`);
      expect(row['引用'].startsWith(record.cite)).toBe(true);
      expect(row['引用'].endsWith(row['网址'])).toBe(true);
    }
  });

  it('sorts by relevance, by place and by date', async () => {
    const q = encodeURIComponent('质押 | 信贷 | 保险');
    await open(page, `?q=${q}&sort=relevance`);
    const ids = await resultIds(page);
    const matched = (id: string): number =>
      ['质押', '信贷', '保险'].filter((word) => records.find((record) => record.id === id)!.text.includes(word)).length;
    const counts = ids.map(matched);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(Math.max(...expectedIds(records, '质押 | 信贷 | 保险').map(matched)));
    await open(page, `?q=${q}&sort=place`);
    // The national layer first, then places in the order of their keys.
    const places = (await resultIds(page))
      .map((id) => records.find((record) => record.id === id)!)
      .map((record) => `${record.level === 'national' ? 0 : 1}${record.places.at(-1)!}`);
    expect(places).toEqual([...places].sort((a, b) => a.localeCompare(b)));
    await open(page, `?q=${q}&sort=date`);
    const dates = new Map(
      JSON.parse(readFileSync('public/data/catalog.json', 'utf8')).documents.map(
        (doc: { id: string; date: string | null }) => [doc.id, doc.date ?? ''],
      ),
    );
    const shownDates = (await resultIds(page)).map(
      (id) => dates.get(records.find((record) => record.id === id)!.docId) as string,
    );
    expect(shownDates).toEqual([...shownDates].sort((a, b) => b.localeCompare(a)));
  });

  it('offers the nearest query with results when nothing matches', async () => {
    const q = '质押融资黄金';
    expect(expectedIds(records, q)).toEqual([]);
    await open(page, `?q=${encodeURIComponent(q)}`);
    expect(await page.textContent('.empty .hint')).toContain('“质押融资黄金”');
    const offer = page.locator('.empty .suggest button');
    const suggested = (await offer.getAttribute('data-query'))!;
    const expected = expectedIds(records, suggested);
    expect(expected.length).toBeGreaterThan(0);
    expect(q).toContain(suggested);
    expect(await offer.textContent()).toContain(`（${expected.length} 条）`);
    await offer.click();
    await settled(page);
    expect(await page.inputValue('#search-q')).toBe(suggested);
    expect((await resultIds(page)).length).toBe(Math.min(20, expected.length));
  });

  it('filters by level, policy instrument and strength, counted like the tagged clauses', async () => {
    await open(page, `?q=${encodeURIComponent('专利')}`);
    for (const [facet, test] of [
      ['level', (record: SearchRecord, value: string) => record.level === value],
      ['instrument', (record: SearchRecord, value: string) => record.instruments.includes(value)],
      ['strength', (record: SearchRecord, value: string) => record.strength === value],
    ] as const) {
      const boxes = await page.$$eval(`input[name="${facet}"]`, (nodes) =>
        nodes.map((node) => (node as HTMLInputElement).value),
      );
      expect(boxes.length).toBeGreaterThan(0);
      for (const value of boxes) {
        const count = Number(await page.textContent(`input[name="${facet}"][value="${value}"] ~ .count`));
        expect(count, `${facet}=${value}`).toBe(expectedIds(records, '专利', (record) => test(record, value)).length);
      }
    }
    const level = (
      await page.$$eval('input[name="level"]', (nodes) => nodes.map((node) => (node as HTMLInputElement).value))
    )[0];
    await open(page, `?q=${encodeURIComponent('专利')}&level=${level}`);
    expect(await page.textContent('.summary')).toContain(
      `共 ${expectedIds(records, '专利', (record) => record.level === level).length} 条`,
    );
  });

  it('keeps the first result above the fold on a phone, filters folded', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await open(phone, `?q=${encodeURIComponent('质押融资')}`);
    const top = await phone
      .locator('.hit')
      .first()
      .evaluate((node) => node.getBoundingClientRect().top);
    expect(top).toBeLessThan(844);
    expect(await phone.$eval('details.filters', (node) => (node as HTMLDetailsElement).open)).toBe(false);
    mkdirSync('tests/artifacts', { recursive: true });
    await phone.screenshot({ path: join('tests/artifacts', 'search-results-390.png') });
    await phone.close();
  });
});
