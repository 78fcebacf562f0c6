import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/search/search-engine.ts';
import { applyFilters, facetCounts, readState, usesLegacy, writeState } from '../../src/search/search-state.ts';

/** A small catalog: six records in two documents of one city, themes on some records only. */
const catalog: Catalog = {
  ids: ['a', 'b', 'c', 'd', 'e', 'f'],
  rank: new Map(['a', 'b', 'c', 'd', 'e', 'f'].map((id, index) => [id, index])),
  members: {
    place: new Map([['zhejiang', new Set(['a', 'b', 'c', 'd'])], ['zhejiang.ningbo', new Set(['a', 'b', 'c'])], ['shandong.weihai', new Set(['e', 'f'])]]),
    doc: new Map([['ningbo', new Set(['a', 'b'])], ['ningbo-patent', new Set(['c'])], ['zhejiang-patent', new Set(['d'])], ['weihai', new Set(['e', 'f'])]]),
    genre: new Map([['policy', new Set(['a', 'b', 'e', 'f'])], ['legal', new Set(['c', 'd'])], ['tiaoli', new Set(['c', 'd'])]]),
    year: new Map([['2012', new Set(['c'])], ['2015', new Set(['d'])]]),
    theme: new Map([['use', new Set(['a', 'd'])], ['protection', new Set(['b', 'd', 'e'])]]),
    object: new Map(),
  },
};

const none = { place: [], doc: [], genre: [], year: [], theme: [], object: [] };
const legacy = { city: { 宁波: ['ningbo', 'ningbo-patent'] }, genre: { 条例: 'tiaoli' } };

describe('search state in the URL', () => {
  it('reads and writes query and repeated filters with ASCII values', () => {
    const state = readState('?q=%E8%B4%A8%E6%8A%BC&place=zhejiang.ningbo&place=shandong.weihai&doc=ningbo-patent&genre=tiaoli&year=2012&theme=use');
    expect(state).toEqual({ q: '质押', filters: { ...none, place: ['zhejiang.ningbo', 'shandong.weihai'], doc: ['ningbo-patent'], genre: ['tiaoli'], year: ['2012'], theme: ['use'] } });
    expect(writeState(state)).toBe('?q=%E8%B4%A8%E6%8A%BC&place=zhejiang.ningbo&place=shandong.weihai&doc=ningbo-patent&genre=tiaoli&year=2012&theme=use');
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState(readState(''))).toBe('');
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
    expect(applyFilters(catalog.ids, catalog, filters)).toEqual(['b', 'e']);
    expect(applyFilters(['a', 'b'], catalog, { ...filters, place: ['shandong.weihai'] })).toEqual([]);
  });

  it('finds a sub-place under its parent and narrows a place to one of its documents', () => {
    expect(applyFilters(catalog.ids, catalog, { ...none, place: ['zhejiang'] })).toEqual(['a', 'b', 'c', 'd']);
    expect(applyFilters(catalog.ids, catalog, { ...none, place: ['zhejiang.ningbo'], doc: ['ningbo-patent'] })).toEqual(['c']);
    expect(applyFilters(catalog.ids, catalog, { ...none, genre: ['tiaoli'], year: ['2012'] })).toEqual(['c']);
  });

  it('counts each facet under the other facets only', () => {
    const counts = facetCounts(['a', 'b', 'd', 'f'], catalog, { ...none, place: ['zhejiang.ningbo'], theme: ['use'] });
    expect(counts.place).toEqual([{ value: 'zhejiang', count: 2 }, { value: 'zhejiang.ningbo', count: 1 }, { value: 'shandong.weihai', count: 0 }]);
    expect(counts.doc).toEqual([{ value: 'ningbo', count: 1 }, { value: 'ningbo-patent', count: 0 }, { value: 'zhejiang-patent', count: 0 }, { value: 'weihai', count: 0 }]);
    expect(counts.theme).toEqual([{ value: 'use', count: 1 }, { value: 'protection', count: 1 }]);
    expect(counts.object).toEqual([]);
  });
});
