/**
 * Every route of the built site fits a phone: one real page of each route
 * pattern under src/pages (the largest, where the route has many pages) is
 * loaded at 360 px, 375 px and 1366 px, and the page may not be wider than the
 * window. A failure names the page and the elements that stick out. The
 * search table view (reached by interaction, not by a route) is checked the
 * same way. Screenshots at 390 px and 1366 px go to tests/artifacts/.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveStatic, type StaticSite } from './harness.ts';
import { buildSearchSite, testBase } from './search-site.ts';

const artifacts = resolve(import.meta.dirname, '../artifacts');
const pagesDir = resolve(import.meta.dirname, '../../src/pages');

/** The HTML route patterns of src/pages as regexes over built paths (`documents/[id].astro` → `^documents/[^/]+/$`). */
function routePatterns(): Array<{ route: string; re: RegExp }> {
  return (
    readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
      // A partial (`export const partial = true`) is a fragment another page loads, not a page of its own.
      .filter(
        (file) =>
          file.endsWith('.astro') && !/export const partial = true/.test(readFileSync(join(pagesDir, file), 'utf8')),
      )
      .map((file) => {
        const route = file
          .split(sep)
          .join('/')
          .replace(/\.astro$/, '')
          .replace(/(^|\/)index$/, '');
        const source = route
          .split('/')
          .filter(Boolean)
          .map((part) => (/^\[\.\.\.\w+\]$/.test(part) ? '(?:[^/]+/)*' : `${part.replace(/\[\w+\]/g, '[^/]+')}/`))
          .join('');
        return { route: route || '/', re: new RegExp(`^${source}$`) };
      })
      .sort((a, b) => (a.route < b.route ? -1 : 1))
  );
}

/** Built pages as site paths (`documents/weihai/`) with their size. */
function builtPages(dist: string): Array<{ path: string; bytes: number }> {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => ({
      path: relative(dist, join(dist, file))
        .split(sep)
        .join('/')
        .replace(/index\.html$/, ''),
      bytes: statSync(join(dist, file)).size,
    }));
}

/** A browser context as a phone (touch, no hover: the clause actions sit in the header) or a desktop window. */
function contextAt(width: number, height = 800): Promise<BrowserContext> {
  const phone = width < 500;
  return browser.newContext({ locale: 'zh-CN', viewport: { width, height }, isMobile: phone, hasTouch: phone });
}

/** The page's overflow: how much wider than the window it is, and the outermost elements that reach past its right edge. */
async function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  // The window's width as set, not `innerWidth`: a phone widens its layout viewport to fit content that sticks out.
  return page.evaluate((width) => {
    const name = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    const culprits: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const right = el.getBoundingClientRect().right;
      if (right <= width + 1 || culprits.length >= 5) continue;
      // Only the outermost: an element inside a box that scrolls, or inside a culprit already named, is not reported.
      let parent = el.parentElement;
      let contained = false;
      while (parent && parent !== document.body) {
        const style = getComputedStyle(parent);
        if (/(auto|scroll|hidden|clip)/.test(style.overflowX) || parent.getBoundingClientRect().right > width + 1)
          contained = true;
        parent = parent.parentElement;
      }
      if (!contained) culprits.push(`${name(el)} → ${Math.round(right)} px`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, culprits };
  }, page.viewportSize()!.width);
}

let site: StaticSite;
let browser: Browser;
let picks: Array<{ route: string; path: string }>;

describe('every route fits the window', () => {
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    const dist = buildSearchSite();
    const pages = builtPages(dist);
    picks = routePatterns().flatMap(({ route, re }) => {
      const matching = pages
        .filter((p) => re.test(p.path))
        .sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1));
      return matching.length ? [{ route, path: matching[0].path }] : [];
    });
    site = await serveStatic(dist, testBase);
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('finds a built page for nearly every route', () => {
    expect(picks.length).toBeGreaterThanOrEqual(routePatterns().length - 3);
    expect(picks.map((p) => p.route)).toEqual(
      expect.arrayContaining(['/', 'documents/[id]', 'search', 'themes', 'compare']),
    );
  });

  // 360 px is the narrowest phone the site is made for; 375 px the most common.
  for (const width of [360, 375, 1366]) {
    it(`no page is wider than a ${width} px window`, async () => {
      const context = await contextAt(width);
      const wide: string[] = [];
      try {
        for (const { route, path } of picks) {
          const page = await context.newPage();
          const response = await page.goto(site.url + path, { waitUntil: 'load' });
          expect(response?.status(), path).toBe(200);
          const measured = await overflow(page);
          if (measured.scrollWidth > measured.innerWidth)
            wide.push(
              `${path} (${route}): ${measured.scrollWidth} px > ${measured.innerWidth} px; ${measured.culprits.join('; ')}`,
            );
          await page.close();
        }
      } finally {
        await context.close();
      }
      expect(wide).toEqual([]);
    }, 240_000);
  }

  it('the search table view fits a phone, its export button and filters inside the window', async () => {
    const context = await contextAt(375);
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}search/?q=${encodeURIComponent('质押融资')}&view=table`);
      await page.waitForSelector('clause-search[data-status="ready"] .results table', { timeout: 30_000 });
      const measured = await overflow(page);
      expect(measured.culprits).toEqual([]);
      expect(measured.scrollWidth).toBeLessThanOrEqual(measured.innerWidth);
      const exportBox = await page.locator('.tools .export').boundingBox();
      expect(exportBox!.x + exportBox!.width).toBeLessThanOrEqual(375);
      const filters = await page.locator('details.filters').boundingBox();
      expect(filters!.x + filters!.width).toBeLessThanOrEqual(375);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('takes screenshots of the document page, the search table view and the theme matrix at 390 px and 1366 px', async () => {
    for (const [width, height] of [
      [390, 844],
      [1366, 900],
    ] as const) {
      const context = await contextAt(width, height);
      try {
        const page = await context.newPage();
        await page.goto(`${site.url}documents/beijing-patent/`);
        await page.locator('.clause').nth(3).scrollIntoViewIfNeeded();
        await page.screenshot({ path: resolve(artifacts, `phone-widths-document-${width}.png`) });
        await page.goto(`${site.url}search/?q=${encodeURIComponent('质押融资')}&view=table`);
        await page.waitForSelector('clause-search[data-status="ready"] .results table', { timeout: 30_000 });
        await page.locator('.results').scrollIntoViewIfNeeded();
        await page.screenshot({ path: resolve(artifacts, `phone-widths-search-table-${width}.png`) });
        // The whole theme matrix is on /themes/ (paged copies exist only for a large corpus).
        await page.goto(`${site.url}themes/`);
        await page
          .locator('table.matrix')
          .first()
          .evaluate((el) => el.scrollIntoView());
        await page.screenshot({ path: resolve(artifacts, `phone-widths-theme-matrix-${width}.png`) });
        expect((await overflow(page)).scrollWidth).toBeLessThanOrEqual(width);
      } finally {
        await context.close();
      }
    }
  }, 120_000);
});
