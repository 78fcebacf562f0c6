import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/data/schemas/catalog.ts';
import { longFacetTop } from '../../src/browser/catalogue-index.ts';
import { facetSize, labelOf, longFacet } from '../../src/search/shared/labels.ts';
import { pageVocabulary, placeKeys, searchVocabulary } from '../../src/search/build/vocabulary.ts';
import { readCatalog } from '../../src/data/published-data.ts';

const catalog = readCatalog();
const vocabulary = searchVocabulary(catalog);

describe('search vocabulary', () => {
  it('lists places as the jurisdiction tree, parents first, the state first as it holds the national documents, each naming the places above it', () => {
    const places = vocabulary.values.place;
    const at = (key: string): number => places.findIndex((entry) => entry.value === key);
    expect(places[0]).toEqual({ value: 'cn', label: '中华人民共和国', depth: 0 });
    expect(places.filter((entry) => entry.value.startsWith('henan'))).toEqual([
      { value: 'henan', label: '河南省', depth: 1 },
      { value: 'henan.luoyang', label: '洛阳市', depth: 2, context: '河南省' },
      { value: 'henan.luoyang.luolong', label: '洛龙区', depth: 3, context: '河南省 › 洛阳市' },
    ]);
    // 内蒙古 has no document of its own but holds 包头.
    expect(at('neimenggu')).toBe(at('neimenggu.baotou') - 1);
    expect(at('zhejiang')).toBeLessThan(at('zhejiang.ningbo'));
    expect(new Set(places.map((entry) => entry.value)).size).toBe(places.length);
  });

  it('names documents by their catalogue labels, in catalogue order', () => {
    expect(vocabulary.values.doc.map((entry) => entry.value)).toEqual(catalog.documents.map((doc) => doc.id));
    expect(labelOf(vocabulary, 'doc', 'ningbo-patent')).toBe('宁波市 · 专利管理条例（2012）');
  });

  it('names clause roles as the roles taxonomy does, in its order (前言 first, 法律责任 among the regulation roles)', () => {
    const roles = vocabulary.values.role;
    expect(roles[0]).toEqual({ value: 'preface', label: '前言', depth: 0 });
    expect(labelOf(vocabulary, 'role', 'liability')).toBe('法律责任');
    expect(roles.map((entry) => entry.value)).toEqual(catalog.taxonomy.roles.map((role) => role.id));
  });

  it('puts plans before legal texts, each genre under its family', () => {
    const genres = vocabulary.values.genre;
    expect(genres[0]).toEqual({ value: 'policy', label: '政策文件', depth: 0 });
    const legal = genres.findIndex((entry) => entry.value === 'legal');
    expect(genres.slice(1, legal).map((entry) => entry.label)).toEqual(['规划', '实施意见', '实施方案', '行动方案']);
    // The genres the corpus has, in the order of the genre list (法律 … 批复), each once.
    expect(genres.slice(legal + 1).map((entry) => entry.label)).toEqual([
      '法律',
      '条例',
      '规定',
      '若干规定',
      '办法',
      '实施细则',
      '实施条例',
      '解释',
      '批复',
    ]);
    expect(genres.slice(legal + 1).every((entry) => entry.depth === 1)).toBe(true);
    expect(new Set(genres.slice(legal + 1).map((entry) => entry.label))).toEqual(
      new Set(catalog.documents.filter((d) => d.family === '法律法规').map((d) => d.genre)),
    );
  });

  it('lists years newest first and takes theme and object labels from the taxonomy', () => {
    const years = vocabulary.values.year.map((entry) => Number(entry.value));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(vocabulary.values.year.find((entry) => entry.value === '2012')?.label).toBe('2012年');
    expect(vocabulary.values.theme.map((entry) => entry.label)).toEqual(
      catalog.taxonomy.themes.map((label) => label.zh),
    );
    expect(labelOf(vocabulary, 'object', 'patent')).toBe('专利');
    expect(labelOf(vocabulary, 'theme', 'no-such-theme')).toBe('no-such-theme');
  });

  it('maps old city labels to their documents and genre names to slugs', () => {
    expect(vocabulary.legacy.city['宁波']).toEqual(['ningbo', 'ningbo-patent']);
    expect(vocabulary.legacy.city['洛龙区']).toEqual(['luolong']);
    expect(vocabulary.legacy.genre['条例']).toBe('tiaoli');
  });
});

describe('place keys', () => {
  const tree: Pick<Catalog, 'jurisdictions'> = {
    jurisdictions: [
      { key: 'cn', name: '中华人民共和国', level: '国家', parent: null, province: null, depth: 0, documents: ['law'] },
      { key: 'henan', name: '河南省', level: '省', parent: 'cn', province: '河南省', depth: 1, documents: [] },
      {
        key: 'henan.luoyang',
        name: '洛阳市',
        level: '地级市',
        parent: 'henan',
        province: '河南省',
        depth: 2,
        documents: ['luoyang'],
      },
    ],
  };

  it('go from the province down to the jurisdiction itself', () => {
    expect(placeKeys(tree as Catalog, 'henan.luoyang')).toEqual(['henan', 'henan.luoyang']);
  });

  it('keep the state for a national document', () => {
    expect(placeKeys(tree as Catalog, 'cn')).toEqual(['cn']);
  });
});

describe('the vocabulary the search page carries', () => {
  it('carries a short facet whole, and of a long one its most frequent values in order with the size of the whole', () => {
    const docs = Array.from({ length: longFacet + 10 }, (_, index) => ({
      value: `d${index}`,
      label: `文件${index}`,
      depth: 0,
      count: index % 7,
    }));
    const whole = { ...vocabulary, values: { ...vocabulary.values, doc: docs } };
    const page = pageVocabulary(whole);
    expect(page.values.place).toEqual(vocabulary.values.place);
    expect(page.partial).toEqual({ doc: longFacet + 10 });
    expect(page.values.doc).toHaveLength(longFacetTop);
    // The largest counts (6, then 5 …), kept in catalogue order.
    expect(Math.min(...page.values.doc.map((entry) => entry.count!))).toBeGreaterThanOrEqual(
      Math.max(...docs.filter((entry) => !page.values.doc.includes(entry)).map((entry) => entry.count)),
    );
    expect(page.values.doc.map((entry) => Number(entry.value.slice(1)))).toEqual(
      [...page.values.doc.map((entry) => Number(entry.value.slice(1)))].sort((a, b) => a - b),
    );
    expect(facetSize(page, 'doc')).toBe(longFacet + 10);
    expect(facetSize(page, 'place')).toBe(vocabulary.values.place.length);
    expect(page.legacy.city).toEqual({});
  });
});
