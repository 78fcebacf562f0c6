/**
 * The splitting of long lists into pages: the theme matrix by place
 * (matrix-pages.ts) and the targets by indicator (target-pages.ts), on the
 * real corpus and on hand-made edge cases.
 */
import { readCorpus, readTargets } from '../../src/data/published-data.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { targetGroups, targetPagePath, targetPages } from '../../src/components/targets/target-pages.ts';
import type { CatalogDocument } from '../../src/data/schemas/catalog.ts';
import type { Target, TargetsData } from '../../src/data/schemas/targets.ts';
import { placeGroups, themeMatrix, type PlaceGroup } from '../../src/site/corpus.ts';
import { matrixPageSize, matrixPages, provinceColumns } from '../../src/site/matrix-pages.ts';
import { ensureCorpus } from './build-site.ts';

beforeAll(() => ensureCorpus());

const doc = (id: string, province: string | null, clauses = 10): CatalogDocument =>
  ({ id, province, clauses }) as CatalogDocument;
const group = (key: string, ids: string[], province: string | null = '甲省'): PlaceGroup => ({
  key,
  name: `${key}市`,
  documents: ids.map((id) => doc(id, province)),
});

describe('matrixPages', () => {
  it('pages the real documents in tree order, every document once, no page over the size', () => {
    const groups = placeGroups();
    const pages = matrixPages(groups);
    const total = readCorpus().documents.length;
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(total / matrixPageSize));
    expect(pages.every((p) => p.documents <= matrixPageSize)).toBe(true);
    expect(pages.reduce((n, p) => n + p.documents, 0)).toBe(total);
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.documents.map((d) => d.id)))).toEqual(
      groups.flatMap((g) => g.documents.map((d) => d.id)),
    );
  });

  it('fills pages up to the size without splitting a place that fits, and names the first and last place', () => {
    const pages = matrixPages(
      [group('a', ['a1', 'a2']), group('b', ['b1', 'b2']), group('c', ['c1']), group('d', ['d1', 'd2', 'd3'])],
      4,
    );
    expect(pages.map((p) => p.groups.map((g) => g.key))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(pages.map((p) => [p.n, p.documents, p.first, p.last])).toEqual([
      [1, 4, 'a市', 'b市'],
      [2, 4, 'c市', 'd市'],
    ]);
  });

  it('splits a place with more documents than a page holds, keeping every document exactly once', () => {
    const ids = Array.from({ length: 7 }, (_, i) => `x${i}`);
    const pages = matrixPages([group('w', ['w1']), group('x', ids)], 3);
    expect(pages.map((p) => p.documents)).toEqual([1, 3, 3, 1]);
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.documents.map((d) => d.id)))).toEqual(['w1', ...ids]);
  });
});

describe('provinceColumns', () => {
  it('sums the real documents per province to the counts of the whole corpus, shares of the province’s clauses', () => {
    const themes = ['protection', 'use'];
    const matrix = themeMatrix(themes, readCorpus());
    const columns = provinceColumns(themes, matrixPages(placeGroups()), matrix);
    for (const theme of themes) {
      expect(columns.reduce((n, c) => n + c.cells.get(theme)!.count, 0)).toBe(
        matrix.get(theme)!.reduce((n, c) => n + c.count, 0),
      );
    }
    expect(columns.reduce((n, c) => n + c.documents, 0)).toBe(readCorpus().documents.length);
    for (const c of columns)
      expect(c.cells.get('protection')!.share).toBeCloseTo(c.cells.get('protection')!.count / c.clauses);
    expect(new Set(columns.map((c) => c.name)).size).toBe(columns.length);
  });

  it('names national documents 国家 and points each province at the page its first document is on', () => {
    const pages = matrixPages(
      [group('a', ['a1', 'a2']), group('n', ['n1'], null), group('b', ['b1', 'b2'], '乙省')],
      2,
    );
    const matrix = new Map([
      ['use', ['a1', 'a2', 'n1', 'b1', 'b2'].map((docId) => ({ docId, count: 2, share: 0.2, clauses: 10, ids: [] }))],
    ]);
    const columns = provinceColumns(['use'], pages, matrix);
    expect(columns.map((c) => [c.name, c.documents, c.page, c.cells.get('use')!.count])).toEqual([
      ['甲省', 2, 1, 4],
      ['国家', 1, 2, 2],
      ['乙省', 2, 3, 4],
    ]);
  });
});

describe('targetPages', () => {
  it('keeps every real target once, grouped by its indicator, unmatched ones last', () => {
    const data = readTargets();
    const groups = targetGroups(data);
    expect(groups.flatMap((g) => g.rows.map((t) => t.id)).sort()).toEqual(data.targets.map((t) => t.id).sort());
    for (const g of groups) for (const t of g.rows) expect(t.canonical ?? 'other').toBe(g.id);
    expect(groups.at(-1)!.id).toBe('other');
    expect(targetPages(groups).every((p) => p.n === 1 && p.last === 1)).toBe(true);
  });

  it('pages a long indicator and links its pages', () => {
    const target = (i: number): Target => ({ id: `t${i}`, docId: 'd', canonical: i < 5 ? 'patents' : null }) as Target;
    const data = {
      indicators: [
        { id: 'patents', label: '专利' },
        { id: 'empty', label: '空' },
      ],
      targets: Array.from({ length: 7 }, (_, i) => target(i)),
    } as unknown as TargetsData;
    const pages = targetPages(targetGroups(data), 2);
    expect(pages.map((p) => [p.group.id, p.n, p.last, p.rows.map((t) => t.id)])).toEqual([
      ['patents', 1, 3, ['t0', 't1']],
      ['patents', 2, 3, ['t2', 't3']],
      ['patents', 3, 3, ['t4']],
      ['other', 1, 1, ['t5', 't6']],
    ]);
    expect([targetPagePath('patents'), targetPagePath('patents', 3)]).toEqual([
      'targets/patents/',
      'targets/patents/3/',
    ]);
  });
});
