/**
 * Search benchmark over the built site (`npm run build` first): for the
 * first query on a cold page (fresh browser context, empty cache), the
 * bytes transferred and the time to results, median of several runs, plus
 * the index size on disk. Targets for five documents: ≤ 250 KB for the
 * search (uncompressed) and ≤ 300 ms from submitting the query to results.
 *
 * Two ways a first query happens: typed into the loaded page (`typed`), or
 * arriving with `?q=` in the URL (`url`, timed from navigation start).
 * Prints a table; writes bench-results/search.json.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveStatic, type StaticSite } from '../../tests/e2e/harness.ts';
import { median } from './median.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const queries = ['质押融资', '技术调查官', 'PCT', '知识产权', '知識產權'];

function folderBytes(path: string): number {
  if (!existsSync(path)) return 0;
  return readdirSync(path, { withFileTypes: true }).reduce(
    (sum, entry) => sum + (entry.isDirectory() ? folderBytes(join(path, entry.name)) : statSync(join(path, entry.name)).size),
    0,
  );
}

interface Sample {
  pageKB: number;
  searchKB: number;
  ms: number;
}

/** Cold page, wait until idle, then type the query and submit. */
async function typed(browser: Browser, site: StaticSite, query: string): Promise<Sample> {
  const context = await browser.newContext();
  const page = await context.newPage();
  site.resetBytes();
  await page.goto(`${site.url}search/`);
  await page.waitForSelector('clause-search[data-status="ready"]', { state: 'attached' });
  const pageKB = site.bytes() / 1024;
  site.resetBytes();
  const ms = await page.evaluate(async (q) => {
    const element = document.querySelector('clause-search') as HTMLElement;
    (element.querySelector('input[name="q"]') as HTMLInputElement).value = q;
    const started = performance.now();
    element.querySelector('form')!.requestSubmit();
    // A plain loop: tsx wraps named functions in a helper the page does not have.
    while (element.dataset.status !== 'ready') await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - started;
  }, query);
  const searchKB = site.bytes() / 1024;
  await context.close();
  return { pageKB, searchKB, ms };
}

/** Cold navigation to `search/?q=…`; time from navigation start to results. */
async function fromUrl(browser: Browser, site: StaticSite, query: string): Promise<Sample> {
  const context = await browser.newContext();
  const page = await context.newPage();
  site.resetBytes();
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('clause-search[data-status="ready"]', { state: 'attached' });
  const ms = await page.evaluate(() => performance.getEntriesByName('search-ready').at(-1)?.startTime ?? NaN);
  const pageKB = site.bytes() / 1024;
  await context.close();
  return { pageKB, searchKB: NaN, ms };
}

async function main(): Promise<void> {
  if (!existsSync(join(dist, 'pagefind'))) throw new Error(`No search index in ${dist}/pagefind: run \`npm run build\` first`);
  const site = await serveStatic(dist, base);
  const browser = await launchBrowser();
  const rows: Array<Record<string, string | number>> = [];
  try {
    for (const query of queries) {
      const typedRuns: Sample[] = [];
      const urlRuns: Sample[] = [];
      for (let run = 0; run < runs; run++) {
        typedRuns.push(await typed(browser, site, query));
        urlRuns.push(await fromUrl(browser, site, query));
      }
      rows.push({
        query,
        'page KB (idle)': +median(typedRuns.map((s) => s.pageKB)).toFixed(1),
        'search KB': +median(typedRuns.map((s) => s.searchKB)).toFixed(1),
        'search ms': Math.round(median(typedRuns.map((s) => s.ms))),
        'url: total KB': +median(urlRuns.map((s) => s.pageKB)).toFixed(1),
        'url: ms from nav': Math.round(median(urlRuns.map((s) => s.ms))),
      });
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const pagefind = join(dist, 'pagefind');
  const disk = {
    indexKB: +(folderBytes(join(pagefind, 'index')) / 1024).toFixed(1),
    fragmentsKB: +(folderBytes(join(pagefind, 'fragment')) / 1024).toFixed(1),
    filtersKB: +(folderBytes(join(pagefind, 'filter')) / 1024).toFixed(1),
    bundleKB: +(folderBytes(pagefind) / 1024).toFixed(1),
  };
  console.table(rows);
  console.log(`Index on disk: index ${disk.indexKB} KB, fragments ${disk.fragmentsKB} KB, filters ${disk.filtersKB} KB; whole pagefind/ ${disk.bundleKB} KB (incl. unused UI bundles)`);
  console.log(`Medians of ${runs} runs. Targets: search ≤ 250 KB, ≤ 300 ms.`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/search.json', `${JSON.stringify({ runs, queries: rows, disk }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
