/**
 * Search benchmark over a built site (`npm run build` first, or any site
 * with its index: `DIST_DIR=<site> npm run bench:search`): for the first
 * query on a cold page (fresh browser context, empty cache), the bytes
 * transferred and the time to results, median of several runs, plus the
 * index size and file count on disk. Targets: ≤ 300 KB for page and search
 * together and ≤ 500 ms from submitting the query to results, at 1,000
 * documents. Bytes are what travels: the site is served with text gzipped,
 * as static hosts serve it.
 *
 * Two ways a first query happens: typed into the loaded page (`typed`), or
 * arriving with `?q=` in the URL (`url`, timed from navigation start).
 * "Results" is the moment the first results are on screen
 * (`performance.mark('search-ready')`); "complete" is when the counts of
 * every facet follow (`data-status="ready"`).
 * The concordance (用语索引, `terms/?q=`) is timed the same way, arriving
 * cold with the term in the URL: to its first lines, and to its first view
 * whole (totals, count tables, first lines; target ≤ 1 s and ≤ 450 KB at
 * 1,000 documents).
 * Then the recall test's query set (tests/e2e/search-queries.ts) is run
 * against the site and compared with Ctrl-F over the published corpus
 * (DATA_DIR, the data the site was built from): recall and precision.
 * Prints tables; writes bench-results/search.json (or SEARCH_BENCH_OUT).
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveStatic, type StaticSite } from '../../tests/e2e/harness.ts';
import { expectedIds, querySet } from '../../tests/e2e/search-queries.ts';
import { readCatalog, readCorpus } from '../../src/data/published-data.ts';
import { searchRecords } from '../../src/search/build/records.ts';
import { median } from './median.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const queries = ['质押融资', '技术调查官', 'PCT', '知识产权', '知識產權', '质押 | 信贷 -保险'];

function folder(path: string): { bytes: number; files: number } {
  if (!existsSync(path)) return { bytes: 0, files: 0 };
  return readdirSync(path, { withFileTypes: true }).reduce(
    (sum, entry) => {
      const inner = entry.isDirectory()
        ? folder(join(path, entry.name))
        : { bytes: statSync(join(path, entry.name)).size, files: 1 };
      return { bytes: sum.bytes + inner.bytes, files: sum.files + inner.files };
    },
    { bytes: 0, files: 0 },
  );
}

interface Sample {
  pageKB: number;
  /** Bytes of the responses that ended before the results were on screen. */
  resultsKB: number;
  /** Bytes until every facet count was in. */
  completeKB: number;
  ms: number;
  completeMs: number;
}

/** Bytes of the resources loaded in [from, to] (page time), from the page's resource timing. */
function resourceKB(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ([start, end]) =>
      performance.getEntriesByType('resource').reduce((sum, entry) => {
        const resource = entry as PerformanceResourceTiming;
        return resource.startTime >= start && resource.responseEnd <= end ? sum + resource.encodedBodySize : sum;
      }, 0) / 1024,
    [from, to],
  );
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
  const times = await page.evaluate(async (q) => {
    const element = document.querySelector('clause-search') as HTMLElement;
    (element.querySelector('input[name="q"]') as HTMLInputElement).value = q;
    performance.clearMarks('search-ready');
    const started = performance.now();
    element.querySelector('form')!.requestSubmit();
    // A plain loop: tsx wraps named functions in a helper the page does not have.
    while (element.dataset.status !== 'ready') await new Promise((resolve) => requestAnimationFrame(resolve));
    const done = performance.now();
    return { started, results: performance.getEntriesByName('search-ready').at(-1)?.startTime ?? NaN, done };
  }, query);
  const completeKB = site.bytes() / 1024;
  const resultsKB = await resourceKB(page, times.started, times.results);
  await context.close();
  return { pageKB, resultsKB, completeKB, ms: times.results - times.started, completeMs: times.done - times.started };
}

/** Cold navigation to `search/?q=…`; time from navigation start to results. */
async function fromUrl(browser: Browser, site: StaticSite, query: string): Promise<Sample> {
  const context = await browser.newContext();
  const page = await context.newPage();
  site.resetBytes();
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('clause-search[data-status="ready"]', { state: 'attached' });
  const ms = await page.evaluate(() => performance.getEntriesByName('search-ready').at(-1)?.startTime ?? NaN);
  const completeKB = site.bytes() / 1024;
  // The document itself counts too (it is not a resource entry).
  const documentKB = await page.evaluate(
    () =>
      ((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.encodedBodySize ??
        0) / 1024,
  );
  const resultsKB = documentKB + (await resourceKB(page, 0, ms));
  await context.close();
  return { pageKB: NaN, resultsKB, completeKB, ms, completeMs: NaN };
}

/** Terms of the concordance benchmark (the search queries without query syntax). */
const terms = ['质押融资', '技术调查官', 'PCT', '知识产权', '知識產權'];

interface TermSample {
  linesMs: number;
  readyMs: number;
  linesKB: number;
  readyKB: number;
}

/** Cold navigation to `terms/?q=…`: time from navigation start and bytes (the page itself included) to the first lines and to the whole first view. */
async function concordance(browser: Browser, site: StaticSite, term: string): Promise<TermSample> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}terms/?q=${encodeURIComponent(term)}`);
  await page.waitForSelector('term-concordance[data-status="ready"]', { state: 'attached', timeout: 120_000 });
  const marks = await page.evaluate(() => ({
    lines: performance.getEntriesByName('terms-lines')[0]?.startTime ?? NaN,
    ready: performance.getEntriesByName('terms-ready')[0]?.startTime ?? NaN,
  }));
  const documentKB = await page.evaluate(
    () =>
      ((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.encodedBodySize ??
        0) / 1024,
  );
  const sample = {
    linesMs: marks.lines,
    readyMs: marks.ready,
    linesKB: documentKB + (await resourceKB(page, 0, marks.lines)),
    readyKB: documentKB + (await resourceKB(page, 0, marks.ready)),
  };
  await context.close();
  return sample;
}

/** Recall and precision of the query set against Ctrl-F over the corpus's records. */
async function quality(
  browser: Browser,
  site: StaticSite,
): Promise<{
  queries: number;
  relevant: number;
  returned: number;
  recall: number;
  precision: number;
  misses: string[];
}> {
  const records = searchRecords(readCorpus(), readCatalog());
  const queries = querySet(records);
  const page = await browser.newPage();
  await page.goto(`${site.url}search/`);
  await page.waitForSelector('clause-search[data-status="ready"]', { state: 'attached' });
  const { got, firstPages } = await page.evaluate(async (list) => {
    const search = document.querySelector('clause-search') as HTMLElement & {
      queryOrdinals?(q: string): Promise<number[]>;
      query(q: string): Promise<string[]>;
      firstOrdinals?(q: string): Promise<number[] | null>;
      pageOrdinals?(q: string): Promise<number[]>;
    };
    const out: Array<Array<number | string>> = [];
    // A site built before `queryOrdinals` answers with ids.
    for (const q of list) out.push(search.queryOrdinals ? await search.queryOrdinals(q) : await search.query(q));
    // The first page shown before the full match must be the full match's first page.
    let differing = 0;
    if (search.firstOrdinals && search.pageOrdinals) {
      for (const q of list) {
        const first = await search.firstOrdinals(q);
        if (first !== null && JSON.stringify(first) !== JSON.stringify(await search.pageOrdinals(q))) differing++;
      }
    }
    return { got: out, firstPages: differing };
  }, queries);
  await page.close();
  const rank = new Map(records.map((record) => [record.id, record.rank]));
  const found = got.map((list) => list.map((item) => (typeof item === 'number' ? item : (rank.get(item) ?? -1))));
  let hits = 0;
  let relevant = 0;
  let returned = 0;
  const misses: string[] = [];
  queries.forEach((query, index) => {
    const expected = new Set(expectedIds(records, query).map((id) => rank.get(id)!));
    const correct = found[index].filter((ordinal) => expected.has(ordinal)).length;
    hits += correct;
    relevant += expected.size;
    returned += found[index].length;
    if (correct !== expected.size || correct !== found[index].length)
      misses.push(`${query}: expected ${expected.size}, got ${found[index].length}, correct ${correct}`);
  });
  if (firstPages > 0)
    misses.push(`${firstPages} queries: the first page shown early differs from the full match's first page`);
  return {
    queries: queries.length,
    relevant,
    returned,
    recall: relevant ? hits / relevant : 1,
    precision: returned ? hits / returned : 1,
    misses,
  };
}

async function main(): Promise<void> {
  if (!existsSync(join(dist, 'pagefind')))
    throw new Error(`No search index in ${dist}/pagefind: run \`npm run build\` first`);
  // Text goes out gzipped, as static hosts send it: the bytes are what travels.
  const site = await serveStatic(dist, base, { gzip: true });
  const browser = await launchBrowser();
  const rows: Array<Record<string, string | number>> = [];
  const termRows: Array<Record<string, string | number>> = [];
  let checked: Awaited<ReturnType<typeof quality>> | undefined;
  try {
    for (const query of queries) {
      const typedRuns: Sample[] = [];
      const urlRuns: Sample[] = [];
      for (let run = 0; run < runs; run++) {
        typedRuns.push(await typed(browser, site, query));
        urlRuns.push(await fromUrl(browser, site, query));
      }
      const kb = (list: Sample[], key: keyof Sample): number => +median(list.map((s) => s[key])).toFixed(1);
      const ms = (list: Sample[], key: keyof Sample): number => Math.round(median(list.map((s) => s[key])));
      rows.push({
        query,
        'page KB (idle)': kb(typedRuns, 'pageKB'),
        'search KB to results': kb(typedRuns, 'resultsKB'),
        'search KB complete': kb(typedRuns, 'completeKB'),
        'ms to results': ms(typedRuns, 'ms'),
        'ms complete': ms(typedRuns, 'completeMs'),
        'url: KB to results': kb(urlRuns, 'resultsKB'),
        'url: ms from nav': ms(urlRuns, 'ms'),
      });
    }
    for (const term of terms) {
      const samples: TermSample[] = [];
      for (let run = 0; run < runs; run++) samples.push(await concordance(browser, site, term));
      const m = (key: keyof TermSample): number => median(samples.map((s) => s[key]));
      termRows.push({
        term,
        'ms to first lines': Math.round(m('linesMs')),
        'KB to first lines': +m('linesKB').toFixed(1),
        'ms to first view': Math.round(m('readyMs')),
        'KB to first view': +m('readyKB').toFixed(1),
      });
    }
    checked = await quality(browser, site);
  } finally {
    await browser.close();
    await site.close();
  }
  // Every part of the index (`pagefind/`, `pagefind-2/`, …) together.
  const bundles = readdirSync(dist)
    .filter((name) => /^pagefind(-\d+)?$/.test(name))
    .map((name) => join(dist, name));
  const all = (sub: string): { bytes: number; files: number } =>
    bundles
      .map((bundle) => folder(sub ? join(bundle, sub) : bundle))
      .reduce((sum, one) => ({ bytes: sum.bytes + one.bytes, files: sum.files + one.files }), { bytes: 0, files: 0 });
  const kb = (bytes: number): number => +(bytes / 1024).toFixed(1);
  const parts = {
    bundles: { bytes: 0, files: bundles.length },
    index: all('index'),
    fragments: all('fragment'),
    filters: all('filter'),
    data: folder(join(dist, 'search', 'data')),
    pagefind: all(''),
    site: folder(dist),
  };
  const disk = Object.fromEntries(
    Object.entries(parts).map(([name, { bytes, files }]) => [name, { KB: kb(bytes), files }]),
  );
  console.table(rows);
  console.table(disk);
  console.log(`Medians of ${runs} runs. Targets: page + search ≤ 300 KB, ≤ 500 ms to results.`);
  console.table(termRows);
  console.log(
    `Concordance, cold with ?q= (median of ${runs}): target ≤ 1,000 ms and ≤ 450 KB to the first view at 1,000 documents.`,
  );
  const recall = checked!;
  console.log(
    `Query set against Ctrl-F: ${recall.queries} queries, recall ${recall.recall.toFixed(4)}, precision ${recall.precision.toFixed(4)} (${recall.relevant} relevant, ${recall.returned} returned)`,
  );
  for (const miss of recall.misses) console.log(`  ${miss}`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    process.env.SEARCH_BENCH_OUT ?? 'bench-results/search.json',
    `${JSON.stringify({ runs, queries: rows, terms: termRows, disk, quality: recall }, null, 2)}\n`,
  );
  if (recall.misses.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
