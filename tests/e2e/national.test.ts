/**
 * The national layer in Chromium: the 对照版 page of 专利法实施细则 (counts at
 * the top as published, a revised article's insert/delete diff, a new one,
 * reachable from both versions' pages, readable on a phone), and on a local
 * document its upstream summary and a clause's national source leading to
 * the comparison that marks the shared wording.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkVersions } from '../../src/data/schemas/versions.ts';
import type { DocumentUpstream } from '../../src/data/schemas/upstream.ts';
import { buildSite } from '../site/build-site.ts';
import { launchBrowser, openPage, serveStatic, type StaticSite } from './harness.ts';

let site: StaticSite;
let browser: Browser;
const artifacts = resolve(process.env.TMPDIR ?? '/tmp');
const versions = JSON.parse(readFileSync('public/data/versions/patent-rules.json', 'utf8')) as WorkVersions;
const upstream = JSON.parse(readFileSync('public/data/upstream/chongqing-patent.json', 'utf8')) as DocumentUpstream;

const open = (path: string, width = 1280): Promise<Page> => openPage(browser, site.url + path, width);

beforeAll(async () => {
  site = await serveStatic(buildSite({ name: 'root', base: '/' }), '/');
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('对照版 of 专利法实施细则', () => {
  it('shows the counts at the top, as published', async () => {
    const page = await open('versions/patent-rules/');
    const { counts } = versions.pairs[0];
    for (const status of ['新增', '删除', '修改', '未变'] as const) {
      await expect(page.locator(`[data-counts] [data-status="${status}"]`).textContent()).resolves.toBe(
        `${status} ${counts[status]} 条`,
      );
    }
    expect(await page.locator('article.vrow').count()).toBe(versions.pairs[0].rows.length);
    await page.close();
  });

  it('marks 2010 第七十八条 → 2023 第九十四条 修改 with its deletions and insertions, and 2023 第十一条 (诚实信用) 新增', async () => {
    const page = await open('versions/patent-rules/', 390);
    const changed = page.locator('#v-national-patent-rules-2023-a94');
    await expect(changed.getAttribute('data-status')).resolves.toBe('修改');
    expect((await changed.locator('header').textContent())!.replace(/\s+/g, ' ')).toContain(
      '2010 第七十八条 → 2023 第九十四条',
    );
    await expect(changed.locator('del').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('营业利润中提取不低于2%')]),
    );
    await expect(changed.locator('ins').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('促进科技成果转化法')]),
    );
    const added = page.locator('#v-national-patent-rules-2023-a11');
    await expect(added.getAttribute('data-status')).resolves.toBe('新增');
    await expect(added.locator('ins').textContent()).resolves.toContain('诚实信用原则');
    await changed.scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(artifacts, 'versions-phone.png') });
    // Nothing wider than the phone screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('hides unchanged articles on request and is reached from both versions’ pages', async () => {
    const page = await open('versions/patent-rules/');
    await page.getByLabel('只看有变化的条文').check();
    await expect(page.locator('article.vrow[data-status="未变"]:visible').count()).resolves.toBe(0);
    for (const id of versions.versions) {
      await page.goto(`${site.url}documents/${id}/`);
      await page.locator('.version-links a', { hasText: '对照版' }).click();
      await page.waitForURL(/\/versions\/patent-rules\/$/);
    }
    await page.close();
  });
});

describe('national sources on a local document', () => {
  it('shows the document’s shares and links 重庆 第十五条 to 专利法 第十五条 and to the comparison of the two', async () => {
    const page = await open('documents/chongqing-patent/');
    const { summary } = upstream;
    await expect(page.locator('.upstream-summary').textContent()).resolves.toContain(
      `照搬 ${summary.照搬} 条，改写 ${summary.改写} 条，本地 ${summary.本地} 条`,
    );
    const line = page.locator('#chongqing-patent-a15 .upstream');
    // The corpus has 专利法 only in its 2020 text, later than 重庆's: the same words are not taken as 照搬, and the line says why.
    await expect(line.locator('.up-badge').textContent()).resolves.toBe('改写');
    await expect(line.locator('.up-later').textContent()).resolves.toContain('相同的文字不作为照搬的依据');
    await expect(line.locator('a', { hasText: '专利法 第十五条' }).getAttribute('href')).resolves.toBe(
      '/documents/national-patent-law/#national-patent-law-a15',
    );
    await line.locator('a', { hasText: '对比' }).click();
    await page.waitForSelector('[data-status="ready"]');
    const pair = page.locator('#vs-national-patent-law-a15');
    await expect(pair.locator('mark').first().textContent()).resolves.toContain(
      '被授予专利权的单位应当对职务发明创造的发明人或者设计人给予奖励',
    );
    await page.close();
  });

  it('shows no national source on the national texts themselves', async () => {
    const page = await open('documents/national-patent-law/');
    expect(await page.locator('.upstream, .upstream-summary').count()).toBe(0);
    await page.close();
  });
});
