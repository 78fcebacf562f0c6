import { describe, expect, it } from 'vitest';
import {
  clauseFacetTable,
  facetSource,
  groupOfClauses,
  toGaps,
  type CoreIndex,
} from '../../src/search/shared/index-data.ts';
import { applyFilters, facetCounts, readState, usesLegacy, writeState } from '../../src/search/browser/state.ts';
import { perFacet } from '../../src/search/shared/labels.ts';

/** A small index: six clauses (0–5) in four documents, themes on some clauses only. */
const core: CoreIndex = {
  schema: 1,
  ids: ['zh-cn_0', 'zh-cn_1', 'zh-cn_2', 'zh-cn_3'],
  docs: ['ningbo', 'ningbo-patent', 'zhejiang-patent', 'weihai'],
  dates: ['2021-01-01', '2012-06-01', '2015-01-01', ''],
  groups: [
    [0, 0, 2],
    [1, 2, 1],
    [2, 3, 1],
    [3, 4, 2],
  ],
  clauses: 6,
  docFacets: {
    place: { values: ['zhejiang', 'zhejiang.ningbo', 'shandong.weihai'], docs: [[0, 1], [0, 1], [0], [2]] },
    level: { values: ['municipal', 'provincial'], docs: [[0], [0], [1], [0]] },
    genre: { values: ['policy', 'legal', 'tiaoli'], docs: [[0], [1, 2], [1, 2], [0]] },
    year: { values: ['2012', '2015'], docs: [[], [0], [1], []] },
    status: { values: ['unknown'], docs: [[0], [0], [0], [0]] },
  },
};
const themes = clauseFacetTable(
  { schema: 1, values: ['use', 'protection'], members: [toGaps([0, 3]), toGaps([1, 3, 4])] },
  6,
);
const source = facetSource(core, groupOfClauses(core), new Map([['theme', themes]]));
const all = [0, 1, 2, 3, 4, 5];
const [a, b, c, d, e] = all;

const none = perFacet<string>();
const legacy = { city: { 宁波: ['ningbo', 'ningbo-patent'] }, genre: { 条例: 'tiaoli' } };

describe('search state in the URL', () => {
  it('reads and writes query and repeated filters with ASCII values', () => {
    const state = readState(
      '?q=%E8%B4%A8%E6%8A%BC&place=zhejiang.ningbo&place=shandong.weihai&doc=ningbo-patent&genre=tiaoli&year=2012&theme=use',
    );
    expect(state).toEqual({
      q: '质押',
      filters: {
        ...none,
        place: ['zhejiang.ningbo', 'shandong.weihai'],
        doc: ['ningbo-patent'],
        genre: ['tiaoli'],
        year: ['2012'],
        theme: ['use'],
      },
      sort: 'order',
      view: 'list',
    });
    expect(writeState(state)).toBe(
      '?q=%E8%B4%A8%E6%8A%BC&place=zhejiang.ningbo&place=shandong.weihai&doc=ningbo-patent&genre=tiaoli&year=2012&theme=use',
    );
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState(readState(''))).toBe('');
  });

  it('keeps the order and the view, and ignores values it does not know', () => {
    const state = readState(
      '?q=%E4%B8%93%E5%88%A9&level=national&instrument=supply.funding&strength=binding&sort=relevance&view=table',
    );
    expect(state).toMatchObject({
      sort: 'relevance',
      view: 'table',
      filters: { level: ['national'], instrument: ['supply.funding'], strength: ['binding'] },
    });
    expect(readState(writeState(state))).toEqual(state);
    expect(readState('?sort=shuffle&view=grid')).toMatchObject({ sort: 'order', view: 'list' });
  });

  it('reads old links: city=宁波 means its documents, genre=条例 its slug', () => {
    const old = '?q=%E4%B8%93%E5%88%A9&city=%E5%AE%81%E6%B3%A2&genre=%E6%9D%A1%E4%BE%8B';
    expect(readState(old, legacy).filters).toEqual({ ...none, doc: ['ningbo', 'ningbo-patent'], genre: ['tiaoli'] });
    expect(usesLegacy(old, legacy)).toBe(true);
    expect(writeState(readState(old, legacy))).toBe('?q=%E4%B8%93%E5%88%A9&doc=ningbo&doc=ningbo-patent&genre=tiaoli');
    expect(usesLegacy('?doc=ningbo&genre=tiaoli', legacy)).toBe(false);
    // An unknown old city finds nothing to add rather than failing.
    expect(readState('?city=%E6%9C%AA%E7%9F%A5', legacy).filters.doc).toEqual([]);
    expect(readState('?genre=constructor', legacy).filters.genre).toEqual(['constructor']);
  });
});

describe('facets', () => {
  it('treats values of one facet as alternatives and facets as all required', () => {
    const filters = { ...none, place: ['zhejiang.ningbo', 'shandong.weihai'], theme: ['protection'] };
    expect(applyFilters(all, source, filters)).toEqual([b, e]);
    expect(applyFilters([a, b], source, { ...filters, place: ['shandong.weihai'] })).toEqual([]);
  });

  it('finds a sub-place under its parent and narrows a place to one of its documents', () => {
    expect(applyFilters(all, source, { ...none, place: ['zhejiang'] })).toEqual([a, b, c, d]);
    expect(applyFilters(all, source, { ...none, place: ['zhejiang.ningbo'], doc: ['ningbo-patent'] })).toEqual([c]);
    expect(applyFilters(all, source, { ...none, genre: ['tiaoli'], year: ['2012'] })).toEqual([c]);
  });

  it('includes or leaves out a level: the provincial layer alone, or everything below it', () => {
    expect(applyFilters(all, source, { ...none, level: ['provincial'] })).toEqual([d]);
    expect(applyFilters(all, source, { ...none, level: ['municipal'] })).toEqual([a, b, c, e, 5]);
  });

  it('counts each facet under the other facets only', () => {
    const counts = facetCounts([a, b, d, 5], source, { ...none, place: ['zhejiang.ningbo'], theme: ['use'] });
    expect(counts.place).toEqual([
      { value: 'zhejiang', count: 2 },
      { value: 'zhejiang.ningbo', count: 1 },
      { value: 'shandong.weihai', count: 0 },
    ]);
    expect(counts.doc).toEqual([
      { value: 'ningbo', count: 1 },
      { value: 'ningbo-patent', count: 0 },
      { value: 'zhejiang-patent', count: 0 },
      { value: 'weihai', count: 0 },
    ]);
    expect(counts.theme).toEqual([
      { value: 'use', count: 1 },
      { value: 'protection', count: 1 },
    ]);
    // A clause-level facet not loaded yet is not counted (its group waits for its data).
    expect(counts.object).toBeUndefined();
  });

  it('lists values in the vocabulary order first, values it does not list after', () => {
    const counts = facetCounts(all, source, none, { place: ['shandong.weihai', 'zhejiang'] });
    expect(counts.place?.map((entry) => entry.value)).toEqual(['shandong.weihai', 'zhejiang', 'zhejiang.ningbo']);
    expect(counts.place?.map((entry) => entry.count)).toEqual([2, 4, 3]);
  });
});
