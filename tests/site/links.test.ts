import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../scripts/check/find-broken-links.ts';
import { findUnreachablePages } from '../../scripts/check/find-unreachable-pages.ts';
import type { Corpus } from '../../src/model/types.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { isCounted } from '../../src/site/roles.ts';
import { buildSite, ensureCorpus } from './build-site.ts';

const fixture = resolve(import.meta.dirname, '../fixtures/check-links/broken');

describe('findBrokenLinks', () => {
  it('reports missing pages, missing anchors, paths outside the base and missing files, and nothing else', () => {
    const report = findBrokenLinks(fixture, '/base/');
    const links = report.broken.map((b) => b.link).sort();
    expect(links).toEqual(['../../data/x.json', '/base/documents/a/#a-9', '/base/documents/c/', '/documents/a/']);
    expect(report.checked).toBe(8);
  });
});

describe('the built site', () => {
  let rootSite: string;
  let subSite: string;
  let corpus: Corpus;
  let dataDir: string;

  beforeAll(() => {
    ensureCorpus();
    // A copy of the real corpus with one hostile clause and a few theme labels,
    // so the build must escape document text and fill the matrix.
    dataDir = mkdtempSync(join(tmpdir(), 'ip-policy-data-'));
    cpSync(resolve('public/data'), dataDir, { recursive: true });
    corpus = JSON.parse(readFileSync(join(dataDir, 'corpus.json'), 'utf8')) as Corpus;
    const weihai = corpus.documents.find((d) => d.meta.id === 'weihai')!;
    const first = weihai.body.find((n) => n.type === 'clause')!;
    if (first.type !== 'clause') throw new Error('weihai starts with a clause');
    first.text = '<script>window.__xss = 1</script><b>粗体</b> & 其他';
    const label = { id: 'use', score: 1, evidence: [{ term: '质押融资', where: 'text', weight: 1 }] };
    // Replace the tagger's labels: every 宁波 clause is `use`, no other clause has a theme.
    for (const doc of corpus.documents) {
      const themes = doc.meta.id === 'ningbo' ? [label] : [];
      doc.body = JSON.parse(JSON.stringify(doc.body, (key, value) => (key === 'themes' ? themes : value)));
    }
    writeFileSync(join(dataDir, 'corpus.json'), JSON.stringify(corpus));
    rootSite = buildSite({ name: 'root-fixture', base: '/', dataDir });
    subSite = buildSite({ name: 'sub', base: '/ip-policy/' });
  }, 300_000);

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('has no broken internal link or anchor at the root', () => {
    const report = findBrokenLinks(rootSite, '/');
    expect(report.broken).toEqual([]);
    expect(report.checked).toBeGreaterThan(500);
  });

  it('reaches every page from the home page by links: 对照版, indicator pages and all', () => {
    // The compare page's columns are fragments it loads by script, not pages to read.
    const unreachable = findUnreachablePages(subSite, '/ip-policy/', (page) => page.startsWith('compare/columns/'));
    expect(unreachable).toEqual([]);
    const rootPages = findUnreachablePages(rootSite, '/', (page) => page.startsWith('compare/columns/'));
    expect(rootPages).toEqual([]);
  });

  it('has no broken internal link or anchor under /ip-policy/', () => {
    const report = findBrokenLinks(subSite, '/ip-policy/');
    expect(report.broken).toEqual([]);
    expect(report.pages).toBeGreaterThanOrEqual(19);
    const home = readFileSync(join(subSite, 'index.html'), 'utf8');
    expect(home).toContain('href="/ip-policy/documents/weihai/"');
    expect(home).not.toMatch(/href="\/documents\//);
  });

  it('renders a clause containing <script> as text', () => {
    const html = readFileSync(join(rootSite, 'documents/weihai/index.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;window.__xss = 1&lt;/script&gt;&lt;b&gt;粗体&lt;/b&gt; &amp; 其他');
    expect(html).not.toContain('<script>window.__xss');
  });

  it('fills the theme × city matrix from clause themes', () => {
    const ningbo = corpus.documents.find((d) => d.meta.id === 'ningbo')!;
    const home = parse(readFileSync(join(rootSite, 'index.html'), 'utf8'));
    // By default tasks, safeguards and provisions count (clause roles); the other count is of every clause.
    const counted = clausesOf(ningbo.body).filter(isCounted).length;
    expect(counted).toBeLessThan(ningbo.stats.clauses);
    const cell = (docId: string, scope: string) =>
      home.querySelector(`tr[data-theme="use"] td[data-doc="${docId}"] a.scope-${scope}`)!;
    expect(cell('ningbo', 'counted').getAttribute('data-count')).toBe(String(counted));
    expect(cell('ningbo', 'counted').querySelector('.share')!.text).toBe('100%');
    expect(cell('ningbo', 'all').getAttribute('data-count')).toBe(String(ningbo.stats.clauses));
    expect(cell('weihai', 'counted').getAttribute('data-count')).toBe('0');
    // More documents than fit side by side: the theme page counts them per document, the compare columns hold the clauses.
    const theme = parse(readFileSync(join(rootSite, 'themes/use/index.html'), 'utf8'));
    expect(Number(theme.querySelector('#city-ningbo td.n')!.text)).toBe(counted);
    expect(Number(theme.querySelector('#city-weihai td.n')!.text)).toBe(0);
    const column = readFileSync(join(rootSite, 'compare/columns/ningbo/index.html'), 'utf8');
    expect(column.match(/<article class="clause"/g)).toHaveLength(ningbo.stats.clauses);
    expect(column).toContain('依据用语：质押融资');
  });
});
