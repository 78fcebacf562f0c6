/**
 * The documents catalogue's faceted filter on the real catalog.json:
 * which documents a facet leaves, counts that agree with the rows, sorts,
 * and the state's round trip through the URL.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  applyCatalogue,
  catalogueRow,
  defaultSort,
  nextSort,
  readCatalogueState,
  writeCatalogueQuery,
  type CatalogueRow,
  type CatalogueState,
} from '../../src/browser/catalogue-filter.ts';
import { readCatalog } from '../../src/data/published-data.ts';
import type { Catalog } from '../../src/data/schemas/catalog.ts';
import { ensureCorpus } from './build-site.ts';

let catalog: Catalog;
let rows: CatalogueRow[];
const view = (filters: CatalogueState['filters'], sort: CatalogueState['sort'] = defaultSort) =>
  applyCatalogue(rows, { filters, sort });
const visible = (filters: CatalogueState['filters']): string[] => [...view(filters).visible].sort();

beforeAll(() => {
  ensureCorpus();
  catalog = readCatalog();
  rows = catalog.documents.map(catalogueRow);
});

describe('catalogue filter', () => {
  it('shows every document without filters, in place order (a city before its district)', () => {
    const { visible: all } = view({});
    expect(all).toHaveLength(catalog.documents.length);
    // 河南's own regulations, then 洛阳, then 洛龙区 under it.
    const henan = all.filter((id) => catalog.documents.find((d) => d.id === id)!.province === '河南省');
    expect(henan.slice(-2)).toEqual(['luoyang-patent', 'luolong']);
    expect(all.indexOf('luolong')).toBe(all.indexOf('luoyang-patent') + 1);
    expect(all.indexOf('luoyang-patent')).toBe(all.indexOf(henan.at(-3)!) + 1);
  });

  it('leaves the legal texts (local regulations and national laws) for family=legal and the 5 policy papers for family=policy', () => {
    expect(view({ family: ['legal'] }).visible).toHaveLength(
      catalog.documents.filter((d) => d.family === '法律法规').length,
    );
    expect(visible({ family: ['legal'] })).toEqual(
      catalog.documents
        .filter((d) => d.family === '法律法规')
        .map((d) => d.id)
        .sort(),
    );
    expect(visible({ family: ['policy'] })).toEqual(['baotou', 'chongqing', 'luolong', 'ningbo', 'weihai']);
  });

  it('includes the places under a place: zhejiang.ningbo → both 宁波 documents; henan.luoyang → 洛阳 and 洛龙区', () => {
    expect(visible({ place: ['zhejiang.ningbo'] })).toEqual(['ningbo', 'ningbo-patent']);
    expect(visible({ place: ['henan.luoyang'] })).toEqual(['luolong', 'luoyang-patent']);
    expect(visible({ place: ['henan.luoyang.luolong'] })).toEqual(['luolong']);
    expect(visible({ place: ['zhejiang'] })).toEqual([
      'ningbo',
      'ningbo-patent',
      'zhejiang-patent',
      'zhejiang-tech-market',
      'zhejiang-tech-transfer',
      'zhejiang-unfair-competition',
    ]);
    expect(visible({ province: ['henan'] })).toEqual([
      'henan-patent',
      'henan-tech-market',
      'henan-tech-transfer',
      'henan-unfair-competition',
      'luolong',
      'luoyang-patent',
    ]);
  });

  it('ORs values within a facet and ANDs facets; a family and a genre filter as one 体裁 facet', () => {
    expect(visible({ place: ['zhejiang.ningbo', 'henan.luoyang'] })).toEqual([
      'luolong',
      'luoyang-patent',
      'ningbo',
      'ningbo-patent',
    ]);
    expect(visible({ place: ['zhejiang.ningbo', 'henan.luoyang'], family: ['legal'] })).toEqual([
      'luoyang-patent',
      'ningbo-patent',
    ]);
    expect(visible({ family: ['legal'], genre: ['guihua'] })).toEqual(
      [...visible({ family: ['legal'] }), 'baotou'].sort(),
    );
    expect(visible({ level: ['dijishi'], year: ['2012'] })).toEqual(['luoyang-patent', 'ningbo-patent']);
    expect(visible({ issuer: ['国家知识产权局'] })).toEqual(['chongqing', 'national-layout-design-enforcement']);
    expect(visible({ year: ['unknown'] })).toEqual(
      catalog.documents
        .filter((d) => !d.year)
        .map((d) => d.id)
        .sort(),
    );
    expect(visible({ year: ['unknown'] })).toEqual(expect.arrayContaining(['luolong', 'ningbo', 'weihai']));
  });

  it('counts each genre under place=zhejiang as the rows have it, and counts a facet as if its own selection were empty', () => {
    const under = view({ place: ['zhejiang'] });
    const docs = catalog.documents.filter((d) => under.visible.includes(d.id));
    expect(under.counts.genre).toEqual({ tiaoli: 5, 'shishi-yijian': 1 });
    for (const [genre, n] of Object.entries(under.counts.genre))
      expect(docs.filter((d) => catalogueRow(d).facets.genre[0] === genre)).toHaveLength(n);
    expect(under.counts.family).toEqual({ legal: 5, policy: 1 });
    // The place facet's own counts ignore the place selection: every place keeps its full count.
    expect(under.counts.place['henan.luoyang']).toBe(2);
    expect(under.counts.province).toEqual({ zhejiang: 6 });

    const legal = view({ family: ['legal'] });
    const legalCount = catalog.documents.filter((d) => d.family === '法律法规').length;
    expect(legal.counts.family).toEqual({ legal: legalCount, policy: 5 });
    const byLevel = (level: string): number =>
      catalog.documents.filter((d) => d.family === '法律法规' && d.level === level).length;
    expect(legal.counts.level).toEqual({
      guojia: byLevel('国家'),
      sheng: byLevel('省'),
      zhixiashi: byLevel('直辖市'),
      dijishi: byLevel('地级市'),
    });
    expect(legal.counts.level.dijishi).toBe(3);
    expect(Object.values(legal.counts.level).reduce((a, b) => a + b, 0)).toBe(legalCount);
    expect(Object.values(legal.counts.status).reduce((a, b) => a + b, 0)).toBe(legalCount);
  });

  it('sorts by date newest first with unknown dates last, and by clause count', () => {
    const byDate = view({}, '-date').visible;
    const newest = [...catalog.documents]
      .filter((d) => d.date)
      .sort((a, b) => (a.date! < b.date! ? 1 : a.date! > b.date! ? -1 : 0))[0];
    expect(byDate[0]).toBe(newest.id);
    const undated = catalog.documents
      .filter((d) => !d.date)
      .map((d) => d.id)
      .sort();
    expect(undated.length).toBeGreaterThan(0);
    expect(byDate.slice(-undated.length).sort()).toEqual(undated);
    const dates = byDate.map((id) => catalog.documents.find((d) => d.id === id)!.date).filter(Boolean);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(view({}, 'date').visible[0]).toBe(
      [...catalog.documents].filter((d) => d.date).sort((a, b) => (a.date! < b.date! ? -1 : 1))[0].id,
    );
    expect(view({}, '-clauses').visible[0]).toBe([...catalog.documents].sort((a, b) => b.clauses - a.clauses)[0].id);
    expect(nextSort('place', 'date')).toBe('-date');
    expect(nextSort('-date', 'date')).toBe('date');
    expect(nextSort('place', 'place')).toBe('-place');
    expect(nextSort('-date', 'title')).toBe('title');
  });

  it('reads and writes the state in the URL with stable values, dropping unknown ones', () => {
    const state = readCatalogueState('?family=legal&place=henan.luoyang&genre=nonsense&sort=-date', rows);
    expect(state).toEqual({ filters: { family: ['legal'], place: ['henan.luoyang'] }, sort: '-date' });
    expect(writeCatalogueQuery(state)).toBe('?place=henan.luoyang&family=legal&sort=-date');
    expect(readCatalogueState('?genre=tiaoli,guihua&sort=sideways', rows)).toEqual({
      filters: { genre: ['tiaoli', 'guihua'] },
      sort: defaultSort,
    });
    const issuer = writeCatalogueQuery({
      filters: { issuer: ['重庆市人民政府'], status: ['unknown'] },
      sort: defaultSort,
    });
    expect(issuer).toBe(`?issuer=${encodeURIComponent('重庆市人民政府')}&status=unknown`);
    expect(readCatalogueState(issuer, rows).filters).toEqual({ issuer: ['重庆市人民政府'], status: ['unknown'] });
    expect(writeCatalogueQuery({ filters: {}, sort: defaultSort })).toBe('');
  });
});
