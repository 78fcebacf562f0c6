/**
 * Research tools in a real browser, on the site built under a sub-path:
 * the 对照表 of a clause with every listed counterpart and its CSV and Word
 * exports, GB/T 7714 citations of documents with different known fields,
 * and the 引证码 lookup.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citeCode } from '../../src/model/cite-code.ts';
import type { DocumentAlignment } from '../../src/data/schemas/alignment.ts';
import type { DocumentText } from '../../src/data/schemas/alignment.ts';
import { buildSite } from '../site/build-site.ts';
import { launchBrowser, openPage, serveStatic, type StaticSite } from './harness.ts';

let site: StaticSite;
let browser: Browser;
let context: BrowserContext;

const published = <T>(file: string): T => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as T;
const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const open = (path: string, width = 1366): Promise<Page> => openPage(context, site.url + path, width);

beforeAll(async () => {
  site = await serveStatic(buildSite({ name: 'sub', base: '/ip-policy/' }), '/ip-policy/');
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('对照表', () => {
  const alignment = published<DocumentAlignment>('align/weihai.json');
  const listed = alignment.counterparts['weihai-3-3'];
  const expected = ['weihai-3-3', ...listed.flatMap((l) => l.items.map((i) => i.clauseId))];

  it('lists 威海 三、（三） and every listed counterpart of every listed document, shared wording marked', async () => {
    const page = await open('documents/weihai/');
    await page.locator('#weihai-3-3 a.table-link').click();
    await page.waitForSelector('.clause-table[data-status="ready"]', { state: 'attached' });
    expect(new URL(page.url()).search).toBe('?a=weihai-3-3');
    const rows = await page
      .locator('.clause-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.clause));
    // As published: documents by their first counterpart, within a document by the question each answers.
    expect(rows).toEqual(expected);
    await page.selectOption('select[name="order"]', 'score');
    const scores = (await page.locator('.clause-table tbody tr:not(.self-row) td.score').allTextContents()).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await page.selectOption('select[name="order"]', 'rank');
    // Each row's full text, as published.
    const ningbo = page.locator('tr[data-clause="ningbo-2-1"]');
    expect(await ningbo.locator('td.text').textContent()).toBe(
      published<DocumentText>('text/ningbo.json').clauses['ningbo-2-1'].text,
    );
    expect(await ningbo.locator('td.text mark').allTextContents()).toContain('技术调查官');
    expect(await page.locator('.status').textContent()).toContain(`${listed.length} 份列出相近条款`);
    await page.screenshot({ path: 'tests/artifacts/clause-table.png' });
    await page.close();
  });

  it('lists a regulation article’s national source right after it: 河南 第二十二条 → 专利法 第七十条 (改写)', async () => {
    const page = await open('align/table/?a=henan-patent-a22');
    await page.waitForSelector('.clause-table[data-status="ready"]', { state: 'attached' });
    const source = page.locator('.clause-table tbody tr').nth(1);
    expect(await source.getAttribute('data-clause')).toBe('national-patent-law-a70');
    expect(await source.getAttribute('class')).toBe('source-row');
    expect(await source.locator('td.path .meta').textContent()).toContain('国家来源（改写）');
    expect((await source.locator('td.text mark').allTextContents()).join('|')).toContain('同一专利权');
    expect(await page.locator('.status').textContent()).toContain('本条所依据的国家条文 1 条列在最前');
    await page.close();
  });

  it('reorders by place and filters to one place, the clause itself kept first', async () => {
    const page = await open('align/table/?a=weihai-3-3');
    await page.waitForSelector('.clause-table[data-status="ready"]', { state: 'attached' });
    await page.selectOption('select[name="order"]', 'place');
    const places = (await page.locator('.clause-table tbody tr:not(.self-row) td.doc .meta').allTextContents()).map(
      (m) => m.split(' · ')[0],
    );
    expect(places.length).toBe(expected.length - 1);
    expect(places).toEqual([...places].sort(new Intl.Collator('zh-CN').compare));
    expect(await page.locator('.clause-table tbody tr').first().getAttribute('data-clause')).toBe('weihai-3-3');
    await page.selectOption('select[name="place"]', '宁波市');
    const kept = await page
      .locator('.clause-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.clause));
    expect(kept).toEqual([
      'weihai-3-3',
      ...expected.filter((id) => id!.startsWith('ningbo-') && !id!.startsWith('ningbo-patent')),
    ]);
    await page.close();
  });

  it('exports the shown rows as CSV whose rows match the table, with citations and addresses', async () => {
    const page = await open('align/table/?a=weihai-3-3');
    await page.waitForSelector('.clause-table[data-status="ready"]', { state: 'attached' });
    const shown = await page
      .locator('.clause-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.clause));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.export-csv').click()]);
    expect(download.suggestedFilename()).toBe('对照表-weihai-3-3.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const records = parse(csv.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(records.map((r) => r.条款id)).toEqual(shown);
    expect([...shown].sort()).toEqual([...expected].sort());
    const ningbo = records.find((r) => r.条款id === 'ningbo-2-1')!;
    expect(ningbo.网址).toBe(`${site.url}documents/ningbo/#ningbo-2-1`);
    expect(ningbo.引用).toBe(
      `佚名. 关于全面加强知识产权工作的实施意见[EB/OL]. 二、（一）[${today()}]. ${site.url}documents/ningbo/#ningbo-2-1`,
    );
    const [word] = await Promise.all([page.waitForEvent('download'), page.locator('button.export-docx').click()]);
    expect(word.suggestedFilename()).toBe('对照表-weihai-3-3.docx');
    expect(
      readFileSync((await word.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    await page.close();
  });

  it('opens two chosen rows side by side on the comparison page', async () => {
    const page = await open('align/table/?a=weihai-3-3');
    await page.waitForSelector('.clause-table[data-status="ready"]', { state: 'attached' });
    const [first, second] = expected.slice(1, 3) as string[];
    await page.locator(`tr[data-clause="${first}"] input[type=checkbox]`).check();
    await page.locator(`tr[data-clause="${second}"] input[type=checkbox]`).check();
    await page.locator('a.compare-two').click();
    await page.waitForSelector('.comparison[data-status="ready"]', { state: 'attached' });
    expect(await page.locator('.comparison blockquote').textContent()).toBe(
      published<DocumentText>(`text/${first.split('-')[0]}.json`).clauses[first].text,
    );
    expect(await page.locator(`#vs-${second}`).count()).toBe(1);
    await page.close();
  });

  it('fits a phone: rows become cards with the text below the document', async () => {
    const page = await open('align/table/?a=weihai-3-3', 390);
    await page.waitForSelector('.clause-table[data-status="ready"]', { state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'tests/artifacts/clause-table-phone.png' });
    await page.close();
  });
});

describe('citations (GB/T 7714-2015, [EB/OL])', () => {
  // Responsible body. Title[：文号][EB/OL]. [(date). ]part[access date]. URL
  const pattern =
    /^(?<issuer>[^.]+)\. (?<title>[^[]+)\[EB\/OL\]\. (?:\((?<date>\d{4}-\d{2}-\d{2})\)\. )?(?<part>[^[]+)\[(?<accessed>\d{4}-\d{2}-\d{2})\]\. (?<url>https?:\/\/\S+)$/;
  const cases = [
    {
      doc: 'baotou',
      clause: 'baotou-box2-1',
      issuer: '包头市市场监督管理局（知识产权局）',
      title: '包头市“十四五”知识产权保护和运用规划：包市监发〔2021〕369号',
      date: '2021-12-22',
      part: '专栏2 1.',
    },
    {
      doc: 'weihai',
      clause: 'weihai-3-3',
      issuer: '佚名',
      title: '关于贯彻落实〈山东省知识产权强省建设纲要（2021—2035年）〉全面促进知识产权高质量发展的实施意见',
      date: undefined,
      part: '三、（三）',
    },
    {
      doc: 'ningbo-patent',
      clause: 'ningbo-patent-a9',
      issuer: '宁波市人民代表大会常务委员会',
      title: '宁波市专利管理条例',
      date: '2012-03-31',
      part: '第九条',
    },
  ];
  for (const c of cases) {
    it(`cites ${c.clause} with what is known of ${c.doc} and nothing for what is not`, async () => {
      const page = await open(`documents/${c.doc}/`);
      await page.locator(`#${c.clause} button[data-copy=cite]`).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const match = copied.match(pattern);
      expect(match, copied).not.toBeNull();
      expect(match!.groups).toEqual({
        issuer: c.issuer,
        title: c.title,
        date: c.date,
        part: c.part,
        accessed: today(),
        url: `${site.url}documents/${c.doc}/#${c.clause}`,
      });
      expect(copied).not.toMatch(/未知|《/);
      await page.close();
    });
  }
});

describe('引证码', () => {
  it('shows each clause’s code, which the lookup page resolves to that clause and its citation', async () => {
    const code = citeCode('luolong-2-2-4');
    const page = await open('documents/luolong/');
    const link = page.locator('#luolong-2-2-4 a.cite-code');
    expect(await link.textContent()).toBe(`引证码 ${code}`);
    await link.click();
    await page.waitForSelector('.cite-result[data-status="ready"]', { state: 'attached' });
    expect(await page.locator('.found .where a').getAttribute('href')).toBe(
      `${site.url}documents/luolong/#luolong-2-2-4`,
    );
    expect(await page.locator('.found .text').textContent()).toBe(
      published<DocumentText>('text/luolong.json').clauses['luolong-2-2-4'].text,
    );
    expect(await page.locator('.found .citation').textContent()).toBe(
      `佚名. 洛龙区知识产权强区行动方案[EB/OL]. 二、（二）4.[${today()}]. ${site.url}documents/luolong/#luolong-2-2-4`,
    );
    // Typed by hand: lower case, a hyphen, O for 0.
    await page.goto(
      `${site.url}cite/?c=${encodeURIComponent(`${code.slice(0, 4).toLowerCase()}-${code.slice(4).replace(/0/g, 'O')}`)}`,
    );
    await page.waitForSelector('.cite-result[data-status="ready"]', { state: 'attached' });
    expect(await page.locator('.found .where a').textContent()).toContain('二、（二）4.');
    await page.goto(`${site.url}cite/?c=ZZZZZZZZ`);
    await page.waitForSelector('.cite-result[data-status="ready"]', { state: 'attached' });
    expect(await page.locator('.status').textContent()).toContain('没有引证码 ZZZZZZZZ');
    expect(await page.locator('.found').isHidden()).toBe(true);
    await page.close();
  });
});
