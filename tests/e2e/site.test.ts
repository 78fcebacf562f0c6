/**
 * The site in real Chromium, built under /ip-policy/: home, a document, a
 * theme page, the compare page, an anchor link, the 重庆 original-text
 * switch (with and without JavaScript) and the copy-citation action.
 * Screenshots go to tests/artifacts/ for a human to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model/types.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { buildSite } from '../site/build-site.ts';
import { launchBrowser, openPage, serveStatic, type StaticSite } from './harness.ts';

const artifacts = resolve(import.meta.dirname, '../artifacts');
let site: StaticSite;
let browser: Browser;
let context: BrowserContext;
let corpus: Corpus;

const open = (path: string, viewport = { width: 1280, height: 900 }): Promise<Page> =>
  openPage(context, site.url + path, viewport);

/** Waits until the compare page has loaded and filtered the chosen cities' columns. */
const columnsReady = (page: Page): Promise<unknown> =>
  page.waitForSelector('.columns[data-status="ready"]', { state: 'attached' });

const shot = (page: Page, name: string, fullPage = false): Promise<Buffer> =>
  page.screenshot({ path: resolve(artifacts, `${name}.png`), fullPage });

describe('site in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    const dist = buildSite({ name: 'sub', base: '/ip-policy/' });
    corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as Corpus;
    site = await serveStatic(dist, '/ip-policy/');
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'zh-CN' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('home shows the corpus and a 9-theme × document matrix whose cells link to their clauses, in both scopes', async () => {
    const page = await open('');
    await expect(page.locator('h1').textContent()).resolves.toBe('知识产权政策比对');
    expect(await page.locator('table.matrix tbody tr').count()).toBe(9);
    expect(await page.locator('table.matrix tbody td a').count()).toBe(2 * 9 * corpus.documents.length);
    // The state's laws come first; a cell opens its document's 创造 clauses.
    const href = await page.locator('table.matrix tbody td a').first().getAttribute('href');
    expect(href).toBe('/ip-policy/themes/documents/national-tech-transfer-law/#theme-creation');
    await shot(page, 'home', true);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'home-phone');
  });

  it('a document page shows headings, the table, boxed 专栏 and the collapsed preamble', async () => {
    const page = await open('documents/baotou/');
    // The five columns of the source, then each row's themes and objects (质押融资登记金额 → 运用).
    expect(await page.locator('.doc-body table th[scope=col]').allTextContents()).toEqual([
      '指标',
      '2020年',
      '2025年',
      '属性',
      '备注',
      '主题与对象',
    ]);
    expect(await page.locator('#baotou-table1-r6 .row-labels .chip.theme').allTextContents()).toContainEqual(
      expect.stringContaining('运用'),
    );
    expect(await page.locator('aside.box').count()).toBe(7);
    expect(await page.locator('details.preamble').getAttribute('open')).toBeNull();
    // 效力状态: the text does not say; 来源: no address was kept when it was added.
    expect(await page.locator('.doc-meta dd.unknown').allTextContents()).toEqual([
      '未知（文本未载明，收录时未核实）',
      '未知（收录时未记下来源网址）',
    ]);
    await shot(page, 'document-baotou');
    await page.locator('.doc-body table').scrollIntoViewIfNeeded();
    await shot(page, 'document-baotou-table');
    await page
      .locator('aside.box')
      .nth(1)
      .evaluate((el) => el.scrollIntoView());
    await shot(page, 'document-baotou-box');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'document-baotou-print');
    await page.emulateMedia({ media: 'screen' });
    const luolong = await open('documents/luolong/');
    expect(await luolong.locator('.doc-meta dd.unknown').allTextContents()).toEqual([
      '未知',
      '未知',
      '未知',
      '未知（文本未载明，收录时未核实）',
      '未知（收录时未记下来源网址）',
    ]); // 发布机关, 文号, 日期, 效力状态, 来源
    expect(await luolong.locator('.doc-body h2').count()).toBeGreaterThan(2);
    await luolong.locator('.doc-toc summary').click();
    const tocLink = luolong.locator('.doc-toc a').nth(2);
    const tocHash = (await tocLink.getAttribute('href'))!;
    await tocLink.click();
    expect(new URL(luolong.url()).hash).toBe(tocHash);
    const section = (await luolong.locator(`.doc-body ${tocHash}`).boundingBox())!;
    expect(Math.abs(section.y)).toBeLessThan(50);
    await luolong.evaluate(() => window.scrollTo(0, 0));
    await shot(luolong, 'document-luolong');
    await luolong.setViewportSize({ width: 390, height: 844 });
    await luolong.locator('#luolong-1-2').scrollIntoViewIfNeeded();
    await shot(luolong, 'document-luolong-phone');
  });

  it('follows a clause link from the compare page to its anchor', async () => {
    const page = await open('compare/?cities=weihai,ningbo');
    await columnsReady(page);
    const link = page.locator('#city-ningbo a.path').nth(3);
    const href = (await link.getAttribute('href'))!;
    const id = href.split('#')[1];
    await link.click();
    await page.waitForURL(`**/documents/ningbo/#${id}`);
    const target = page.locator(`[id="${id}"]`);
    await expect(target.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(200);
    await shot(page, 'anchor-ningbo');
  });

  it('the compare page keeps its state in the URL and shows only the chosen cities', async () => {
    const fetched: string[] = [];
    const page = await context.newPage();
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}compare/?cities=weihai,chongqing`);
    await columnsReady(page);
    expect(await page.locator('.column:visible').count()).toBe(2);
    // Only the chosen cities' columns are fetched, and they follow the city list order.
    expect(fetched.filter((path) => path.includes('/compare/columns/')).sort()).toEqual([
      '/ip-policy/compare/columns/chongqing/',
      '/ip-policy/compare/columns/weihai/',
    ]);
    await page.locator('input[name=docs][value=luolong]').check();
    await columnsReady(page);
    expect(await page.locator('.column:visible').count()).toBe(3);
    expect(
      await page.locator('.column:visible').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.doc)),
    ).toEqual(['chongqing', 'luolong', 'weihai']);
    expect(new URL(page.url()).search).toBe('?docs=chongqing,luolong,weihai');
    await page.locator('select[name=theme]').selectOption('use');
    await columnsReady(page);
    expect(new URL(page.url()).searchParams.get('theme')).toBe('use');
    const useCounts = await page.locator('.column:visible [data-count]').allTextContents();
    expect(useCounts.every((text) => /^\d+ 条$/.test(text))).toBe(true);
    expect(await page.locator('.column:visible article.clause:visible').count()).toBeLessThan(
      await page.locator('.column:visible article.clause').count(),
    );
    await page.locator('select[name=theme]').selectOption('');
    await page.locator('input[name=docs][value=chongqing]').uncheck();
    await page.locator('input[name=docs][value=luolong]').uncheck();
    await columnsReady(page);
    await expect(page.locator('.compare-form .status').textContent()).resolves.toBe('请至少选择两份文件。');
    expect(await page.locator('.column:visible').count()).toBe(1);
    // Copy buttons work in fetched columns too.
    await page.locator('#city-weihai button[data-copy="link"]').first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /\/ip-policy\/documents\/weihai\/#weihai-/,
    );
    await page.goto(`${site.url}compare/?cities=weihai,ningbo`);
    await columnsReady(page);
    await shot(page, 'compare');
  });

  it('the compare page without JavaScript points to the documents and theme pages', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${site.url}compare/`);
    const notice = page.locator('noscript, .notice').filter({ hasText: '逐篇阅读文件' });
    expect(await notice.count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="/ip-policy/documents/"]').count()).toBeGreaterThan(0);
    await noScript.close();
  });

  it('a theme page lists every document with its count and opens the chosen ones side by side', async () => {
    const page = await open('themes/protection/');
    expect(await page.locator('form.theme-places tr[data-family]').count()).toBe(corpus.documents.length);
    await shot(page, 'theme-protection');
  });

  it('a regulation reads as a regulation: chapters in the contents, articles with their 款 and 项, history before the text', async () => {
    const page = await open('documents/guangdong-ip/');
    await page.locator('.doc-toc summary').click();
    const toc = await page.locator('.doc-toc a').allTextContents();
    expect(toc).toEqual([
      '第一章 总则',
      '第二章 行政保护',
      '第三章 行政、司法协同保护与纠纷解决',
      '第四章 社会保护',
      '第五章 服务与保障',
      '第六章 法律责任',
      '第七章 附则',
    ]);
    expect(await page.locator('.doc-body article.clause').count()).toBe(51);
    const a13 = page.locator('#guangdong-ip-a13');
    await expect(a13.locator('.path').textContent()).resolves.toBe('第二章 第十三条');
    expect(await a13.locator('p.part-x').count()).toBe(8);
    await expect(page.locator('#guangdong-ip-a13-k1-x3').textContent()).resolves.toMatch(/^（三）查阅、复制/);
    await expect(page.locator('details.preamble summary').textContent()).resolves.toContain('制定与修改');
    // The policy profile of the document, and each clause's strength and instruments with their evidence.
    const profile = page.locator('.doc-meta div', { hasText: '政策力度' }).locator('dd');
    await expect(profile.textContent()).resolves.toMatch(/^约束性 \d+%、推进性 \d+%、引导性 \d+%$/);
    const guangdong = corpus.documents.find((d) => d.meta.id === 'guangdong-ip')!;
    const binding = clausesOf(guangdong.body).find(
      (c) => c.strength?.id === 'binding' && c.strength.evidence && c.instruments.length > 0,
    )!;
    const chip = page.locator(`[id="${binding.id}"] .chip.strength-binding`);
    const level = binding.strength!.confidence! >= 0.8 ? '高' : binding.strength!.confidence! >= 0.5 ? '中' : '低';
    await expect(chip.textContent()).resolves.toBe(`约束性${level}`);
    await expect(chip.getAttribute('title')).resolves.toMatch(
      new RegExp(`^政策力度。依据用语：${binding.strength!.evidence}。置信度${level}（\\d\\.\\d\\d）；模型依据：`),
    );
    expect(await page.locator(`[id="${binding.id}"] .chip.instrument`).count()).toBe(binding.instruments.length);
    await page.goto(`${site.url}documents/guangdong-ip/#guangdong-ip-a13-k2`);
    await expect(page.locator('#guangdong-ip-a13-k2').evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    await shot(page, 'document-guangdong-ip');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'document-guangdong-ip-phone');
  });

  it('switches 重庆 to the original traditional text with the repairs marked', async () => {
    const page = await open('documents/chongqing/');
    const heading = page.locator('#chongqing-2-1-h');
    await expect(heading.innerText()).resolves.toContain('加强总体设计');
    await page.getByLabel('繁体原文（已修复）').check();
    await expect(heading.innerText()).resolves.toContain('加強總體設計');
    expect(new URL(page.url()).searchParams.get('text')).toBe('original');
    expect(await page.locator('.doc-body mark.repair:visible').count()).toBe(8);
    await expect(page.locator('details.repairs summary').textContent()).resolves.toContain('删除拼音注音 317 处');
    await heading.scrollIntoViewIfNeeded();
    await shot(page, 'chongqing-original');
    const reopened = await open('documents/chongqing/?text=original');
    await expect(reopened.locator('#chongqing-2-1-h').innerText()).resolves.toContain('加強總體設計');
  });

  it('the switch works without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.url}documents/chongqing/`);
    await page.getByLabel('繁体原文（已修复）').check();
    await expect(page.locator('#chongqing-2-1-h').innerText()).resolves.toContain('加強總體設計');
    await noJs.close();
  });

  it('the documents index and the method page show corpus counts', async () => {
    const index = await open('documents/');
    expect(await index.locator('table.docs tbody tr').count()).toBe(corpus.documents.length);
    await shot(index, 'documents');
    const method = await open('method/');
    const totals = method.locator('table.numbers tfoot td');
    await expect(totals.nth(2).textContent()).resolves.toBe('317');
    await expect(totals.nth(3).textContent()).resolves.toBe('8');
    // Up to 60 documents the page lists each one's files; beyond, each document page links its own.
    expect(await method.locator('#downloads a[href$=".md"]').count()).toBe(
      corpus.documents.length <= 60 ? corpus.documents.length : 0,
    );
    await shot(method, 'method', true);
  });

  it('copies a clause citation with its absolute URL', async () => {
    const page = await open('documents/chongqing/');
    await page.locator('#chongqing-2-1-1 button[data-copy=cite]').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(copied).toBe(
      `重庆市人民政府, 国家知识产权局. 共建现代化新重庆知识产权强市实施方案[EB/OL]. (2024-10-11). 二、（一）1.[${day}]. ${site.url}documents/chongqing/#chongqing-2-1-1`,
    );
  });
});
