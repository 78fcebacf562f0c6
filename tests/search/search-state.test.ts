import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/search/search-engine.ts';
import { applyFilters, facetCounts, readState, writeState } from '../../src/search/search-state.ts';

/** A small catalog: six records, two cities, themes on some records only. */
const catalog: Catalog = {
  ids: ['a', 'b', 'c', 'd', 'e', 'f'],
  rank: new Map(['a', 'b', 'c', 'd', 'e', 'f'].map((id, index) => [id, index])),
  members: {
    city: new Map([['宁波', new Set(['a', 'b', 'c'])], ['威海', new Set(['d', 'e', 'f'])]]),
    theme: new Map([['use', new Set(['a', 'd'])], ['protection', new Set(['b', 'd', 'e'])]]),
    object: new Map(),
    genre: new Map([['实施意见', new Set(['a', 'b', 'c', 'd', 'e', 'f'])]]),
  },
};

describe('search state in the URL', () => {
  it('reads and writes query and repeated filters', () => {
    const state = readState('?q=%E8%B4%A8%E6%8A%BC&city=%E5%AE%81%E6%B3%A2&city=%E5%A8%81%E6%B5%B7&theme=use');
    expect(state).toEqual({ q: '质押', filters: { city: ['宁波', '威海'], theme: ['use'], object: [], genre: [] } });
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState(readState(''))).toBe('');
  });
});

describe('facets', () => {
  it('treats values of one facet as alternatives and facets as all required', () => {
    const filters = { city: ['宁波', '威海'], theme: ['protection'], object: [], genre: [] };
    expect(applyFilters(catalog.ids, catalog, filters)).toEqual(['b', 'd', 'e']);
    expect(applyFilters(['a', 'b'], catalog, { ...filters, city: ['威海'] })).toEqual([]);
  });

  it('counts each facet under the other facets only', () => {
    const counts = facetCounts(['a', 'b', 'd', 'f'], catalog, { city: ['宁波'], theme: ['use'], object: [], genre: [] });
    expect(counts.city).toEqual([{ value: '宁波', count: 1 }, { value: '威海', count: 1 }]);
    expect(counts.theme).toEqual([{ value: 'use', count: 1 }, { value: 'protection', count: 1 }]);
    expect(counts.object).toEqual([]);
  });
});
