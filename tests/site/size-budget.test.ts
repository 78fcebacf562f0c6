/**
 * The published site (pipeline → astro build → data beside the pages →
 * search index) for generated corpora of 100 and 300 documents, projected
 * to 1,000 documents, stays within a static host's limits there: the site
 * ≤ 1 GB, ≤ 20,000 files (search index fragments included), no page over
 * 1 MB and no file over 25 MB. The projection is linear from the two
 * builds: totals always, a page or file only when its route grew by half
 * or more from 100 to 300 documents (a list over the corpus); one that did
 * not (a document's page, a page of a paged list) counts as it is. So a page
 * or file that grows with the corpus, or output that grows faster than
 * the corpus, fails here before it reaches a host. Sizes are counted, not
 * timed (times are in `npm run bench`). The larger site also shows the
 * paged documents catalogue, statically and in a browser.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { fileSizes } from '../../scripts/bench/site-sizes.ts';
import { cataloguePageSize, longFacetTop, pageCount, type CatalogueIndex } from '../../src/browser/catalogue-index.ts';
import type { Catalog } from '../../src/data/schemas/catalog.ts';
import { hostFileLimit, wholeCorpusFiles } from '../../src/data/downloads.ts';
import type { TargetsData } from '../../src/data/schemas/targets.ts';
import { matrixPageSize } from '../../src/site/matrix-pages.ts';
import { launchBrowser, serveStatic, type StaticSite } from '../e2e/harness.ts';
import { buildSite } from './build-site.ts';

const sizes = [100, 300] as const;
const target = 1000;
/** The host's limits at 1,000 documents. */
const limits = { siteMb: 1000, files: 20_000, pageMb: 1, fileMb: 25 };
const documents = sizes[1];

let work: string;
let site: string;
let data: string;
const built = new Map<number, Map<string, number>>();
const page = (path: string) => parse(readFileSync(join(site, path, 'index.html'), 'utf8'));

const run = (script: string, env: Record<string, string>): void => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
};

/** Builds the published site of `n` generated documents under the work folder; returns its folder and data folder. */
function publish(n: number): { site: string; data: string } {
  const content = join(work, `content-${n}`);
  const dataDir = join(work, `data-${n}`);
  generateCorpus(content, n);
  run('scripts/pipeline.ts', { CONTENT_DIR: content, DATA_DIR: dataDir });
  // A copy, so the shared build stays as buildSite left it; the data is published as Astro publishes public/data.
  const out = join(work, `site-${n}`);
  cpSync(buildSite({ name: `budget-${n}`, base: '/', dataDir }), out, { recursive: true });
  rmSync(join(out, '.built'), { force: true });
  rmSync(join(out, 'data'), { recursive: true, force: true });
  cpSync(dataDir, join(out, 'data'), { recursive: true });
  run('scripts/search/build-index.ts', { DATA_DIR: dataDir, DIST_DIR: out });
  return { site: out, data: dataDir };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ip-policy-budget-'));
  for (const n of sizes) {
    ({ site, data } = publish(n));
    built.set(n, fileSizes(site));
  }
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `small` and `large` projected linearly to `target` documents. */
const project = (small: number, large: number): number =>
  large + ((large - small) * (target - sizes[1])) / (sizes[1] - sizes[0]);
const mb = (bytes: number): number => Math.round(bytes / 1e4) / 100;

/** A page's or file's route: segments that are numbers or document ids become `*` (`phrases/3/index.html` and `phrases/4/index.html` share one route). */
function routeOf(path: string, ids: ReadonlySet<string>): string {
  return path
    .split(/[\\/]/)
    .map((part) => (/^\d+$/.test(part) || ids.has(part.replace(/\.[^.]+$/, '')) ? '*' : part))
    .join('/');
}

/**
 * Each file of the larger build with its projected size. A route whose
 * largest file grew by half or more from the smaller build grows with the
 * corpus: its files are projected linearly from that route's largest
 * sizes. Other routes (a document's pages, the pages of a paged list) stay
 * as they are. The uncompressed whole-corpus files are left out where
 * they would pass the host's limit, as the pipeline then leaves them out.
 */
function projectedFiles(): Array<{ path: string; bytes: number; projected: number }> {
  const ids = new Set(readdirSync(join(data, 'documents')).map((name) => name.replace(/\.[^.]+$/, '')));
  const largest = (files: Map<string, number>): Map<string, number> => {
    const out = new Map<string, number>();
    for (const [path, bytes] of files) out.set(routeOf(path, ids), Math.max(out.get(routeOf(path, ids)) ?? 0, bytes));
    return out;
  };
  const [small, large] = sizes.map((n) => largest(built.get(n)!));
  const dropped = new Set(wholeCorpusFiles.map((name) => `data/${name}`));
  return [...built.get(sizes[1])!]
    .map(([path, bytes]) => {
      const route = routeOf(path, ids);
      const before = small.get(route);
      const grows = before !== undefined && large.get(route)! >= 1.5 * before;
      return {
        path,
        bytes,
        projected: grows ? project(before, large.get(route)!) * (bytes / large.get(route)!) : bytes,
      };
    })
    .filter((f) => !(dropped.has(f.path) && f.projected > hostFileLimit));
}

describe(`the published site, projected from ${sizes.join(' and ')} to ${target.toLocaleString('en')} generated documents`, () => {
  const total = (n: number): number => [...built.get(n)!.values()].reduce((sum, b) => sum + b, 0);
  const byFolder = (n: number): string => {
    const folders = new Map<string, [number, number]>();
    for (const [path, bytes] of built.get(n)!) {
      const folder = path.split(/[\\/]/)[0];
      const [b, f] = folders.get(folder) ?? [0, 0];
      folders.set(folder, [b + bytes, f + 1]);
    }
    return [...folders].map(([folder, [b, f]]) => `${folder} ${mb(b)} MB / ${f}`).join(', ');
  };
  const where = (): string => `at ${sizes[1]} documents, by folder (MB / files): ${byFolder(sizes[1])}`;

  it(`is at most ${limits.siteMb} MB in all`, () => {
    // Linear in the whole, less the uncompressed whole-corpus files the pipeline would leave out.
    const kept = new Set(projectedFiles().map((f) => f.path));
    const [small, large] = sizes.map((n) => built.get(n)!);
    const left = wholeCorpusFiles.map((name) => `data/${name}`).filter((path) => large.has(path) && !kept.has(path));
    const projected =
      project(total(sizes[0]), total(sizes[1])) -
      left.reduce((sum, path) => sum + project(small.get(path) ?? 0, large.get(path)!), 0);
    expect(mb(projected), where()).toBeLessThanOrEqual(limits.siteMb);
  });

  it(`has at most ${limits.files.toLocaleString('en')} files, search index fragments included`, () => {
    expect(Math.round(project(built.get(sizes[0])!.size, built.get(sizes[1])!.size)), where()).toBeLessThanOrEqual(
      limits.files,
    );
  });

  it(`has no page over ${limits.pageMb} MB`, () => {
    const over = projectedFiles().filter((f) => f.path.endsWith('.html') && f.projected > limits.pageMb * 1e6);
    expect(over.map((f) => `${f.path}: ${mb(f.bytes)} MB now, ${mb(f.projected)} MB at ${target}`)).toEqual([]);
  });

  it(`has no file over ${limits.fileMb} MB`, () => {
    const over = projectedFiles().filter((f) => f.projected > limits.fileMb * 1e6);
    expect(over.map((f) => `${f.path}: ${mb(f.bytes)} MB now, ${mb(f.projected)} MB at ${target}`)).toEqual([]);
  });
});

describe(`the long lists for ${documents} generated documents`, () => {
  it('shows the theme matrix summed per province on the home page and puts every document on exactly one matrix page', () => {
    const catalog = JSON.parse(readFileSync(join(data, 'catalog.json'), 'utf8')) as Catalog;
    const home = page('');
    const provinces = new Set(catalog.documents.map((d) => d.province ?? '国家'));
    expect(home.querySelectorAll('table.matrix thead th').map((th) => th.querySelector('a')!.text)).toEqual([
      ...provinces,
    ]);
    const links = home.querySelectorAll('nav.matrix-pages a').map((a) => a.getAttribute('href'));
    expect(links.length).toBe(Math.ceil(documents / matrixPageSize));
    const onPages = links.flatMap((href) =>
      page(href!.slice(1))
        .querySelectorAll('table.matrix thead tr:last-child th a.doc')
        .map((a) => a.getAttribute('href')),
    );
    expect(onPages.sort()).toEqual(catalog.documents.map((d) => `/documents/${d.id}/`).sort());
  });

  it('lists the indicators on the targets page, and their pages hold every target once', () => {
    const targets = JSON.parse(readFileSync(join(data, 'targets.json'), 'utf8')) as TargetsData;
    const index = page('targets');
    expect(index.querySelectorAll('table.targets')).toHaveLength(0);
    const rows: string[] = [];
    for (const link of index.querySelectorAll('table.indicators a')) {
      const first = page(link.getAttribute('href')!.slice(1));
      const pages = Math.max(1, first.querySelectorAll('nav.pager a').length + 1);
      for (let n = 1; n <= pages; n++)
        rows.push(
          ...(n === 1 ? first : page(`${link.getAttribute('href')!.slice(1)}${n}`))
            .querySelectorAll('tr[data-row]')
            .map((tr) => tr.id),
        );
    }
    expect(rows.sort()).toEqual(targets.targets.map((t) => t.id).sort());
  });
});

describe(`the documents catalogue for ${documents} generated documents`, () => {
  const catalog = (): Catalog => JSON.parse(readFileSync(join(data, 'catalog.json'), 'utf8')) as Catalog;

  it('pages the static list (documents/, documents/page/<n>/) holding every document once, with the long facets cut to their most frequent values', () => {
    const first = page('documents');
    const links = first.querySelectorAll('nav.pager a').map((a) => a.getAttribute('href')!);
    expect(links).toEqual(Array.from({ length: pageCount(documents) - 1 }, (_, i) => `/documents/page/${i + 2}/`));
    const pages = [first, ...links.map((href) => page(href.slice(1)))];
    for (const p of pages)
      expect(p.querySelectorAll('table.docs tbody tr').length).toBeLessThanOrEqual(cataloguePageSize);
    const listed = pages.flatMap((p) =>
      p.querySelectorAll('table.docs tbody tr').map((tr) => tr.getAttribute('data-id')!),
    );
    expect(listed.sort()).toEqual(
      catalog()
        .documents.map((d) => d.id)
        .sort(),
    );
    expect(first.querySelectorAll('input[name=issuer]').length).toBeLessThanOrEqual(longFacetTop + 1);
    expect(first.querySelectorAll('input[name=place]:not([hidden])').length).toBeLessThanOrEqual(
      longFacetTop + catalog().jurisdictions.filter((n) => n.depth === 1).length,
    );
    const index = JSON.parse(readFileSync(join(site, 'documents/catalogue.json'), 'utf8')) as CatalogueIndex;
    expect(index.docs.map((e) => e.i).sort()).toEqual(
      catalog()
        .documents.map((d) => d.id)
        .sort(),
    );
  });

  describe('in a browser', () => {
    let server: StaticSite;
    let browser: Browser;
    const open = async (path: string): Promise<Page> => {
      const p = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
      expect((await p.goto(server.url + path))?.status()).toBe(200);
      return p;
    };
    const rows = (p: Page) => p.locator('table.docs tbody tr');
    beforeAll(async () => {
      server = await serveStatic(site, '/');
      browser = await launchBrowser();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('filters 政策文件 over the whole catalogue, pages the matches and keeps the page in the URL', async () => {
      const policy = catalog().documents.filter((d) => d.family === '政策文件');
      expect(policy.length).toBeGreaterThan(cataloguePageSize);
      const second = Math.min(cataloguePageSize, policy.length - cataloguePageSize);
      const p = await open('documents/page/2/');
      await p
        .getByRole('group', { name: '体裁' })
        .getByRole('checkbox', { name: /^政策文件/ })
        .check();
      await expect(p.locator('[data-total]').textContent()).resolves.toBe(
        `共 ${policy.length} 份文件（全部 ${documents} 份），本页第 1–${cataloguePageSize} 份`,
      );
      expect(new URL(p.url()).pathname + new URL(p.url()).search).toBe('/documents/?family=policy');
      await expect(rows(p).count()).resolves.toBe(cataloguePageSize);
      await p.locator('nav.pager a', { hasText: /^2$/ }).click();
      expect(new URL(p.url()).search).toBe('?family=policy&page=2');
      await expect(rows(p).count()).resolves.toBe(second);
      await p.reload();
      await expect(rows(p).count()).resolves.toBe(second);
      await expect(p.locator('[data-total]').textContent()).resolves.toContain(
        `本页第 ${cataloguePageSize + 1}–${cataloguePageSize + second} 份`,
      );
      const shown = await rows(p).locator('th.title a').allTextContents();
      expect(shown.every((label) => policy.some((d) => d.label === label))).toBe(true);
      await p.close();
    });

    it('finds any place with the 地区 search box, beyond the values the page lists', async () => {
      const docs = catalog().documents;
      const last = docs.at(-1)!;
      const p = await open('documents/');
      const place = p.locator('fieldset[data-facet=place]');
      await place.locator('[data-facet-search]').fill(last.jurisdictionName);
      await place
        .getByRole('checkbox', { name: new RegExp(`^${last.jurisdictionName}`) })
        .first()
        .check();
      const expected = docs
        .filter((d) => d.jurisdiction === last.jurisdiction)
        .map((d) => d.label)
        .sort();
      expect((await rows(p).locator('th.title a').allTextContents()).sort()).toEqual(expected);
      expect(new URL(p.url()).searchParams.getAll('place')).toEqual([last.jurisdiction]);
      await place.locator('[data-facet-search]').fill('');
      await place.locator('[data-show-all]').click();
      await expect(place.locator('input[type=checkbox]').count()).resolves.toBe(
        new Set(
          catalog()
            .jurisdictions.filter((n) => n.depth >= 2)
            .map((n) => n.key),
        ).size,
      );
      await p.close();
    });

    it('lists the search page’s long facets by their largest values, finds any other by name, and loads no vocabulary before a search', async () => {
      const docs = catalog().documents;
      const last = docs.at(-1)!;
      const p = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
      const requested: string[] = [];
      p.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await p.goto(`${server.url}search/`);
      await p.waitForSelector('clause-search[data-status="ready"]');
      expect(requested.filter((path) => path.includes('vocabulary'))).toEqual([]);
      const place = p.locator('details[data-facet=place]');
      await expect(place.locator('input[type=checkbox]').count()).resolves.toBe(longFacetTop);
      await expect(place.locator('.facet-note').textContent()).resolves.toMatch(
        new RegExp(`^共 \\d+ 项，列出条数最多的 ${longFacetTop} 项`),
      );
      await place.locator('input.facet-find').fill(last.jurisdictionName);
      // Named with the places above it, as places of one name can stand in several provinces.
      const box = place
        .getByRole('checkbox', { name: new RegExp(`› ${last.jurisdictionName}`) })
        .and(place.locator(`input[value="${last.jurisdiction}"]`));
      await box.check();
      await p.waitForFunction(() => location.search.includes('place='));
      await p.waitForSelector('clause-search[data-status="ready"]');
      expect(new URL(p.url()).searchParams.getAll('place')).toEqual([last.jurisdiction]);
      const shown = await p.$$eval('.results section', (nodes) =>
        nodes.map((node) => (node as HTMLElement).dataset.doc),
      );
      expect(shown.length).toBeGreaterThan(0);
      const under = new Set(
        docs
          .filter((d) => d.jurisdiction === last.jurisdiction || d.jurisdiction.startsWith(`${last.jurisdiction}.`))
          .map((d) => d.id),
      );
      expect(shown.filter((id) => !under.has(id!))).toEqual([]);
      // The chosen place stays listed, with the box, after the search.
      await expect(p.locator('details[data-facet=place] input[type=checkbox]:checked').count()).resolves.toBe(1);
      await p.close();
    });
  });
});
