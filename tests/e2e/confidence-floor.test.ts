/**
 * The confidence control: in Chromium, with 只计中、高置信度 on, every cell
 * of the theme matrix shows the clauses whose theme label has confidence
 * ≥ 0.5 (computed here from corpus.json), the choice is kept in the URL
 * (`?conf=mid`), a cell opens a list of exactly those clauses, and a theme
 * page's table and the compare page recount the same way; themes/matrix.csv gives each
 * count's low-confidence labels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/model/types.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { isCounted } from '../../src/site/roles.ts';
import { launchBrowser, openPage, serveStatic, type StaticSite } from './harness.ts';
import { buildSearchSite, testBase } from './search-site.ts';

let browser: Browser;
let server: StaticSite;
let dist: string;
const corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as Corpus;

/** Clauses of a document the matrix counts for a theme: in scope, and with `mid` only where the label's confidence is ≥ 0.5. */
function expected(docId: string, theme: string, scope: 'counted' | 'all', floor: 'any' | 'mid'): string[] {
  const doc = corpus.documents.find((d) => d.meta.id === docId)!;
  return clausesOf(doc.body)
    .filter((c) => scope === 'all' || isCounted(c))
    .filter((c) => c.themes.some((t) => t.id === theme && (floor === 'any' || (t.confidence ?? 1) >= 0.5)))
    .map((c) => c.id);
}

/** What every matrix cell of the scope shows now: its theme, document and the visible number. */
function shownCells(
  tab: Page,
  scope: 'counted' | 'all',
): Promise<Array<{ theme: string; doc: string; shown: number; href: string }>> {
  return tab.$$eval(`.matrix-block table.matrix tbody td[data-doc] a.scope-${scope}`, (links) =>
    links.map((a) => {
      const visible = [...a.querySelectorAll<HTMLElement>('.count')].filter(
        (el) => getComputedStyle(el).display !== 'none',
      );
      if (visible.length !== 1) throw new Error(`cell shows ${visible.length} numbers`);
      return {
        theme: a.closest('tr')!.dataset.theme!,
        doc: a.closest('td')!.dataset.doc!,
        shown: Number(visible[0].textContent),
        href: a.getAttribute('href')!,
      };
    }),
  );
}

const open = (path: string, width = 1366): Promise<Page> => openPage(browser, server.url + path, width);

beforeAll(async () => {
  dist = buildSearchSite();
  server = await serveStatic(dist, testBase);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the theme matrix with low-confidence labels left out', () => {
  it('counts, in every cell of both scopes, only the clauses whose label has confidence ≥ 0.5, and keeps the choice in the URL', async () => {
    const tab = await open('themes/');
    const before = await shownCells(tab, 'counted');
    expect(before.length).toBeGreaterThan(0);
    for (const cell of before)
      expect(cell.shown, `${cell.doc} ${cell.theme}`).toBe(expected(cell.doc, cell.theme, 'counted', 'any').length);
    await tab.check('input[name=matrix-conf][value=mid]');
    expect(new URL(tab.url()).searchParams.get('conf')).toBe('mid');
    const after = await shownCells(tab, 'counted');
    for (const cell of after)
      expect(cell.shown, `${cell.doc} ${cell.theme}`).toBe(expected(cell.doc, cell.theme, 'counted', 'mid').length);
    // The corpus has low-confidence labels, so some cell must change.
    expect(after.some((cell, i) => cell.shown !== before[i].shown)).toBe(true);
    await tab.check('input[name=matrix-scope][value=all]');
    for (const cell of await shownCells(tab, 'all'))
      expect(cell.shown, `${cell.doc} ${cell.theme}`).toBe(expected(cell.doc, cell.theme, 'all', 'mid').length);
    await tab.close();
  });

  it('opens from a ?conf=mid link with the control on, and a cell opens the list of exactly the clauses it counts', async () => {
    const tab = await open('themes/?conf=mid');
    expect(await tab.isChecked('input[name=matrix-conf][value=mid]')).toBe(true);
    const cells = await shownCells(tab, 'counted');
    const cell = cells.find((c) => c.shown !== expected(c.doc, c.theme, 'counted', 'any').length)!;
    expect(cell, 'a cell with a low-confidence label').toBeDefined();
    expect(cell.href).toContain('?conf=mid#');
    await tab.click(`tr[data-theme="${cell.theme}"] td[data-doc="${cell.doc}"] a.scope-counted`);
    await tab.waitForURL(/themes\/documents\//);
    const listed = await tab.$$eval(`section.counted[id="theme-${cell.theme}"] li`, (items) =>
      items.filter((li) => getComputedStyle(li).display !== 'none').map((li) => li.dataset.clause),
    );
    expect(listed).toEqual(expected(cell.doc, cell.theme, 'counted', 'mid'));
    await tab.close();
  });
});

describe('a theme page with low-confidence labels left out', () => {
  it('recounts each document under 只计中、高置信度 and says how many labels are low', async () => {
    const lowOf = (theme: string): number =>
      corpus.documents.reduce(
        (n, d) =>
          n + expected(d.meta.id, theme, 'counted', 'any').length - expected(d.meta.id, theme, 'counted', 'mid').length,
        0,
      );
    const themes = [
      ...new Set(corpus.documents.flatMap((d) => clausesOf(d.body).flatMap((c) => c.themes.map((t) => t.id)))),
    ];
    // The theme with the most low-confidence labels among the clauses it counts.
    const theme = themes.reduce((best, id) => (lowOf(id) > lowOf(best) ? id : best));
    const low = lowOf(theme);
    expect(low).toBeGreaterThan(0);
    const tab = await open(`themes/${theme}/`);
    expect(await tab.textContent('.clause-facets .facet-note')).toContain(`其中低置信度 ${low} 个`);
    await tab.click('.clause-facets a[data-facet=conf][data-value=mid]');
    expect(new URL(tab.url()).searchParams.get('conf')).toBe('mid');
    const rows = await tab.$$eval('form.theme-places tr[data-family]', (trs) =>
      trs.map((tr) => ({ doc: tr.id.replace(/^city-/, ''), n: Number(tr.querySelector('td.n')!.textContent) })),
    );
    expect(rows.length).toBe(corpus.documents.length);
    for (const row of rows) expect(row.n, row.doc).toBe(expected(row.doc, theme, 'counted', 'mid').length);
    await tab.close();
  });
});

describe('the compare page with low-confidence labels left out', () => {
  it('lists, per document, only the clauses whose theme label has confidence ≥ 0.5, and keeps conf=mid in its URL', async () => {
    // The theme with the most low-confidence labels, and its two documents with the most.
    const lowOf = (id: string, t: string): number =>
      expected(id, t, 'counted', 'any').length - expected(id, t, 'counted', 'mid').length;
    const themeIds = [
      ...new Set(corpus.documents.flatMap((d) => clausesOf(d.body).flatMap((c) => c.themes.map((t) => t.id)))),
    ].sort();
    const theme = themeIds
      .map((t) => ({ t, low: corpus.documents.reduce((n, d) => n + lowOf(d.meta.id, t), 0) }))
      .sort((a, b) => b.low - a.low)[0].t;
    const docs = corpus.documents
      .map((d) => ({ id: d.meta.id, low: lowOf(d.meta.id, theme) }))
      .sort((a, b) => b.low - a.low)
      .slice(0, 2);
    expect(docs[0].low).toBeGreaterThan(0);
    const tab = await open(`compare/?docs=${docs.map((d) => d.id).join(',')}&theme=${theme}&conf=mid`);
    await tab.waitForSelector('.columns[data-status=ready] .column');
    expect(await tab.isChecked('input[name=conf]')).toBe(true);
    expect(new URL(tab.url()).searchParams.get('conf')).toBe('mid');
    const shown = (id: string): Promise<number> =>
      tab.locator(`.columns .column[data-doc="${id}"] article.clause:not([hidden])`).count();
    for (const { id } of docs) expect(await shown(id), id).toBe(expected(id, theme, 'counted', 'mid').length);
    await tab.uncheck('input[name=conf]');
    await tab.waitForFunction(() => !new URL(location.href).searchParams.has('conf'));
    for (const { id } of docs) expect(await shown(id), id).toBe(expected(id, theme, 'counted', 'any').length);
    await tab.close();
  });
});

describe('the theme matrix CSV', () => {
  it('gives, beside each count, how many of its clauses carry the theme with low confidence', () => {
    const rows = parseCsv(readFileSync(join(dist, 'themes/matrix.csv'), 'utf8'), { columns: true, bom: true }) as Array<
      Record<string, string>
    >;
    expect(rows.length).toBeGreaterThan(0);
    let low = 0;
    for (const row of rows) {
      for (const [scope, column] of [
        ['counted', '其中低置信度（任务、保障措施与法规条文）'],
        ['all', '其中低置信度（全部条款）'],
      ] as const) {
        const want =
          expected(row['文件id'], row['主题id'], scope, 'any').length -
          expected(row['文件id'], row['主题id'], scope, 'mid').length;
        expect(Number(row[column]), `${row['文件id']} ${row['主题id']} ${scope}`).toBe(want);
        if (scope === 'all') low += want;
      }
    }
    expect(low).toBeGreaterThan(0);
  });
});
