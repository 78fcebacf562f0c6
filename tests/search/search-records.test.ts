import { describe, expect, it } from 'vitest';
import { toCustomRecord } from '../../scripts/search/build-index.ts';
import type { Catalog } from '../../src/search/search-engine.ts';
import { facets } from '../../src/search/search-labels.ts';
import { recordFilters, searchRecords, type SearchRecord } from '../../src/search/search-records.ts';
import { applyFilters } from '../../src/search/search-state.ts';
import { decodeTokens } from '../../src/search/search-text.ts';
import { readPublished } from '../../src/data/published-data.ts';
import { documentClauses, loadCorpus } from '../../src/site/corpus.ts';
import type { BodyNode, Corpus } from '../../src/model/types.ts';

const corpus = loadCorpus();
const catalog = readPublished('catalog');
const records = searchRecords(corpus, catalog);

function tableRows(nodes: readonly BodyNode[]): number {
  return nodes.reduce((sum, node) => sum + (node.type === 'table' ? node.rows.length : node.type === 'section' ? tableRows(node.children) : 0), 0);
}

/** The search catalog the browser reads from the index, computed from the records' filters. */
function indexOf(list: readonly SearchRecord[]): Catalog {
  const members = Object.fromEntries(facets.map((facet) => [facet, new Map<string, Set<string>>()])) as Catalog['members'];
  for (const record of list) {
    const filters = recordFilters(record);
    for (const facet of facets) for (const value of filters[facet]) members[facet].set(value, (members[facet].get(value) ?? new Set()).add(record.id));
  }
  return { ids: list.map((record) => record.id), rank: new Map(list.map((record) => [record.id, record.rank])), members };
}

const noFilters = { place: [], doc: [], genre: [], year: [], theme: [], object: [] };
const docsOf = (ids: readonly string[]): string[] => [...new Set(ids.map((id) => records.find((record) => record.id === id)!.docId))];

describe('search records', () => {
  it('has every clause once, boxed items included, plus every table row, in reading order', () => {
    const clauses = corpus.documents.flatMap((doc) => documentClauses(doc).map((clause) => clause.id));
    const rows = records.filter((record) => record.kind === 'row');
    expect(records.filter((record) => record.kind === 'clause').map((record) => record.id)).toEqual(clauses);
    expect(rows.length).toBe(corpus.documents.reduce((sum, doc) => sum + tableRows(doc.body), 0));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
    expect(records.map((record) => record.rank)).toEqual(records.map((_, index) => index));
  });

  it('keeps the traditional original for 重庆 only', () => {
    expect(records.filter((record) => record.original !== null).every((record) => record.docId === 'chongqing')).toBe(true);
    expect(records.find((record) => record.docId === 'chongqing' && record.kind === 'clause')?.original).toMatch(/[識產權]/);
  });

  it('turns labels into theme and object filters when the clauses carry them', () => {
    const tagged = structuredClone(corpus) as Corpus;
    const clause = documentClauses(tagged.documents[0])[0];
    clause.themes = [{ id: 'use', score: 1, evidence: [] }];
    clause.objects = [{ id: 'patent', score: 1, evidence: [] }];
    const record = searchRecords(tagged, catalog).find((item) => item.id === clause.id)!;
    const custom = toCustomRecord(record, '/ip-policy/');
    expect(custom.filters).toMatchObject({ theme: ['use'], object: ['patent'], doc: [record.docId] });
    expect(custom.meta).toMatchObject({ themes: 'use', objects: 'patent', anchor: clause.id, doc: record.docId, title: record.label });
    expect(custom.url).toBe(`/ip-policy/documents/${record.docId}/#${clause.id}`);
    expect(decodeTokens(custom.content)).toBe(record.text.toLowerCase());
  });
});

describe('record filters', () => {
  it('give a 洛龙区 clause every place above it, its document, genre family and genre, and no year when the date is unknown', () => {
    const record = records.find((item) => item.docId === 'luolong')!;
    expect(recordFilters(record)).toMatchObject({
      place: ['henan', 'henan.luoyang', 'henan.luoyang.luolong'],
      doc: ['luolong'],
      genre: ['policy', 'xingdong-fangan'],
      year: [],
    });
    expect(record.label).toBe('洛龙区 · 知识产权强区行动方案');
  });

  it('give the 宁波 regulation its city, its label, 法律法规 › 条例 and its version year', () => {
    const record = records.find((item) => item.docId === 'ningbo-patent')!;
    expect(recordFilters(record)).toMatchObject({ place: ['zhejiang', 'zhejiang.ningbo'], doc: ['ningbo-patent'], genre: ['legal', 'tiaoli'], year: ['2012'] });
    expect(record.label).toBe('宁波市 · 专利管理条例（2012）');
  });

  it('only use ASCII values, the URL values of every facet', () => {
    const values = records.flatMap((record) => Object.values(recordFilters(record)).flat());
    expect(values.filter((value) => !/^[a-z0-9.-]+$/.test(value))).toEqual([]);
  });

  it('let a parent place find its sub-places: 洛阳 finds the 洛阳市 regulation and the 洛龙区 plan, 宁波 both 宁波 documents', () => {
    const index = indexOf(records);
    expect(docsOf(applyFilters(index.ids, index, { ...noFilters, place: ['henan.luoyang'] }))).toEqual(['luolong', 'luoyang-patent']);
    expect(docsOf(applyFilters(index.ids, index, { ...noFilters, place: ['henan'] }))).toEqual(['henan-patent', 'luolong', 'luoyang-patent']);
    expect(docsOf(applyFilters(index.ids, index, { ...noFilters, place: ['zhejiang.ningbo'] }))).toEqual(['ningbo', 'ningbo-patent']);
  });

  it('combine genre and year: 条例 of 2012 are the 洛阳 and 宁波 regulations', () => {
    const index = indexOf(records);
    expect(docsOf(applyFilters(index.ids, index, { ...noFilters, genre: ['tiaoli'], year: ['2012'] }))).toEqual(['luoyang-patent', 'ningbo-patent']);
    expect(docsOf(applyFilters(index.ids, index, { ...noFilters, genre: ['policy'] }))).toEqual(catalog.documents.filter((doc) => doc.family === '政策文件').map((doc) => doc.id));
  });
});
