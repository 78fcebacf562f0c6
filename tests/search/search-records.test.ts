import { describe, expect, it } from 'vitest';
import {
  laterClashes,
  searchIndexFiles,
  shardChars,
  shardLimit,
  shardRanges,
} from '../../scripts/search/build-index.ts';
import {
  clauseFacetTable,
  clauseStarts,
  facetSource,
  groupOfClauses,
  type FacetSource,
  type GroupClause,
} from '../../src/search/shared/index-data.ts';
import { clauseFacets, perFacet } from '../../src/search/shared/labels.ts';
import { recordFilters, searchRecords } from '../../src/search/build/records.ts';
import { applyFilters } from '../../src/search/browser/state.ts';
import { decodeTokens, normalizeForSearch, separatorToken } from '../../src/search/shared/text.ts';
import { readCatalog, readCorpus } from '../../src/data/published-data.ts';
import { documentClauses } from '../../src/site/corpus.ts';
import type { BodyNode, Corpus } from '../../src/model/types.ts';

const corpus = readCorpus();
const catalog = readCatalog();
const records = searchRecords(corpus, catalog);

function tableRows(nodes: readonly BodyNode[]): number {
  return nodes.reduce(
    (sum, node) =>
      sum + (node.type === 'table' ? node.rows.length : node.type === 'section' ? tableRows(node.children) : 0),
    0,
  );
}

const files = searchIndexFiles(records, catalog, '/ip-policy/');

/** The facet source the browser builds from the written files, every facet loaded. */
function sourceOf(): FacetSource {
  const loaded = new Map(clauseFacets.map((facet) => [facet, clauseFacetTable(files.facets[facet], records.length)]));
  return facetSource(files.core, groupOfClauses(files.core), loaded);
}

const ordinals = records.map((record) => record.rank);
const noFilters = perFacet<string>();
const docsOf = (list: readonly number[]): string[] => [...new Set(list.map((ordinal) => records[ordinal].docId))];

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

  it('gives an indicator row the themes and objects of its labels, so a theme filter finds it (质押融资登记金额 → 运用)', () => {
    const pledge = records.find(
      (record) => record.kind === 'row' && record.text.startsWith('年度知识产权质押融资登记金额'),
    )!;
    expect(pledge.themes).toContain('use');
    const grants = records.find((record) => record.kind === 'row' && record.text.startsWith('专利授权量'))!;
    expect(grants.objects).toEqual(['patent']);
  });

  it('keeps the traditional original for 重庆 only', () => {
    expect(records.filter((record) => record.original !== null).every((record) => record.docId === 'chongqing')).toBe(
      true,
    );
    expect(records.find((record) => record.docId === 'chongqing' && record.kind === 'clause')?.original).toMatch(
      /[識產權]/,
    );
  });

  it('turns labels into theme, object, instrument and strength filters when the clauses carry them', () => {
    const tagged = structuredClone(corpus) as Corpus;
    const clause = documentClauses(tagged.documents[0])[0];
    clause.themes = [{ id: 'use', score: 1, evidence: [] }];
    clause.objects = [{ id: 'patent', score: 1, evidence: [] }];
    clause.instruments = [{ id: 'supply.funding', score: 1, evidence: [] }];
    clause.strength = { id: 'binding', evidence: '应当' };
    const record = searchRecords(tagged, catalog).find((item) => item.id === clause.id)!;
    expect(recordFilters(record)).toMatchObject({
      theme: ['use'],
      object: ['patent'],
      instrument: ['supply.funding'],
      strength: ['binding'],
      doc: [record.docId],
    });
  });
});

describe('search index files', () => {
  it('group consecutive clauses of one document into several times fewer records than clauses', () => {
    expect(files.records.length).toBe(files.core.groups.length);
    expect(files.records.length).toBeLessThan(records.length / 4);
    const covered = files.core.groups.flatMap(([doc, first, count]) =>
      records.slice(first, first + count).map((record) => [record.docId, files.core.docs[doc]]),
    );
    expect(covered.length).toBe(records.length);
    expect(covered.every(([own, group]) => own === group)).toBe(true);
  });

  it('split the records into consecutive parts within their sizes, a record larger than its part alone', () => {
    expect(shardRanges([5, 5, 5, 20, 1], () => 10)).toEqual([
      [0, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
    expect(shardRanges([], () => 10)).toEqual([[0, 0]]);
    const sizes = files.records.map((record) => record.content.length);
    const limits = { first: 30_000, most: 120_000 };
    const parts = shardRanges(sizes, (part) => shardLimit(part, limits));
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.flatMap(([first, end]) => sizes.slice(first, end))).toEqual(sizes);
    parts.forEach(([first, end], part) =>
      expect(end - first === 1 || sizes.slice(first, end).reduce((a, b) => a + b, 0) <= shardLimit(part, limits)).toBe(
        true,
      ),
    );
  });

  it('make each part twice the one before, up to the most', () => {
    expect([0, 1, 2, 3, 4, 40].map((part) => shardLimit(part, { first: 10, most: 50 }))).toEqual([
      10, 20, 40, 50, 50, 50,
    ]);
    expect(shardLimit(0)).toBe(shardChars.first);
    expect(shardLimit(10)).toBe(shardChars.most);
  });

  it('find the later record of every Pagefind id given in two parts, none within one part', () => {
    const parts = [
      new Map([
        ['/a', 'zh-cn_1'],
        ['/b', 'zh-cn_2'],
      ]),
      new Map([
        ['/c', 'zh-cn_3'],
        ['/d', 'zh-cn_1'],
      ]),
      new Map([
        ['/e', 'zh-cn_3'],
        ['/f', 'zh-cn_4'],
      ]),
    ];
    expect(laterClashes(parts)).toEqual([
      { part: 1, url: '/d' },
      { part: 2, url: '/e' },
    ]);
    expect(laterClashes([new Map([['/a', 'zh-cn_1']]), new Map([['/b', 'zh-cn_2']])])).toEqual([]);
  });

  it('keep every clause text recoverable from its record, at the positions the lengths give and between separators', () => {
    files.core.groups.forEach(([, first, count], group) => {
      const record = files.records[group];
      const tokens = record.content.split(' ');
      const parted = record.content.split(` ${separatorToken} `).map((part) => decodeTokens(part));
      expect(parted).toEqual(records.slice(first, first + count).map((unit) => normalizeForSearch(unit.text)));
      const starts = clauseStarts(files.lengths, first, count);
      const clauses = JSON.parse(record.meta!.c) as GroupClause[];
      for (let k = 0; k < count; k++) {
        const text = decodeTokens(tokens.slice(starts[k], starts[k] + files.lengths[first + k]).join(' '));
        expect(text).toBe(normalizeForSearch(records[first + k].text));
        expect(clauses[k].text ?? text).toBe(records[first + k].text);
        expect(clauses[k].id).toBe(records[first + k].id);
      }
      expect(record.url).toBe(`/ip-policy/documents/${records[first].docId}/#${records[first].id}`);
      // Order comes from the search data, not from a Pagefind sort (which would grow its meta file).
      expect(record.sort).toBeUndefined();
    });
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
    expect(recordFilters(record)).toMatchObject({
      place: ['zhejiang', 'zhejiang.ningbo'],
      doc: ['ningbo-patent'],
      genre: ['legal', 'tiaoli'],
      year: ['2012'],
    });
    expect(record.label).toBe('宁波市 · 专利管理条例（2012）');
  });

  it('only use ASCII values, the URL values of every facet', () => {
    const values = records.flatMap((record) => Object.values(recordFilters(record)).flat());
    expect(values.filter((value) => !/^[a-z0-9.-]+$/.test(value))).toEqual([]);
  });

  it('let a parent place find its sub-places: 洛阳 finds the 洛阳市 regulation and the 洛龙区 plan, 宁波 both 宁波 documents', () => {
    const source = sourceOf();
    expect(docsOf(applyFilters(ordinals, source, { ...noFilters, place: ['henan.luoyang'] }))).toEqual([
      'luolong',
      'luoyang-patent',
    ]);
    const inHenan = catalog.documents
      .filter((doc) => doc.jurisdiction === 'henan' || doc.jurisdiction.startsWith('henan.'))
      .map((doc) => doc.id);
    expect(inHenan).toEqual(expect.arrayContaining(['henan-patent', 'luolong', 'luoyang-patent']));
    expect(docsOf(applyFilters(ordinals, source, { ...noFilters, place: ['henan'] }))).toEqual([...inHenan].sort());
    expect(docsOf(applyFilters(ordinals, source, { ...noFilters, place: ['zhejiang.ningbo'] }))).toEqual([
      'ningbo',
      'ningbo-patent',
    ]);
  });

  it('combine genre and year: 条例 of 2012 are the 洛阳 and 宁波 regulations', () => {
    const source = sourceOf();
    expect(docsOf(applyFilters(ordinals, source, { ...noFilters, genre: ['tiaoli'], year: ['2012'] }))).toEqual([
      'luoyang-patent',
      'ningbo-patent',
    ]);
    expect(docsOf(applyFilters(ordinals, source, { ...noFilters, genre: ['policy'] }))).toEqual(
      catalog.documents.filter((doc) => doc.family === '政策文件').map((doc) => doc.id),
    );
  });

  it('give the 层级 of each document from its place in the jurisdiction tree, the state apart from the rest', () => {
    const depth = new Map(catalog.jurisdictions.map((node) => [node.key, node.depth]));
    const names = ['national', 'provincial', 'municipal', 'county'];
    for (const entry of catalog.documents) {
      const record = records.find((item) => item.docId === entry.id);
      if (record) expect(record.level).toBe(names[Math.min(depth.get(entry.jurisdiction)!, 3)]);
    }
    expect(records.find((item) => item.docId === 'luolong')!.level).toBe('county');
    expect(records.find((item) => item.docId === 'ningbo-patent')!.level).toBe('municipal');
    const source = sourceOf();
    const national = applyFilters(ordinals, source, { ...noFilters, level: ['national'] });
    const rest = applyFilters(ordinals, source, { ...noFilters, level: ['provincial', 'municipal', 'county'] });
    expect(national.length + rest.length).toBe(records.length);
    expect(national.every((ordinal) => records[ordinal].level === 'national')).toBe(true);
  });

  it('filter by instrument and strength exactly as the clauses are tagged', () => {
    const source = sourceOf();
    const funding = applyFilters(ordinals, source, { ...noFilters, instrument: ['supply.funding'] });
    expect(funding).toEqual(
      records.filter((record) => record.instruments.includes('supply.funding')).map((record) => record.rank),
    );
    const binding = applyFilters(ordinals, source, { ...noFilters, strength: ['binding'] });
    expect(binding).toEqual(records.filter((record) => record.strength === 'binding').map((record) => record.rank));
    expect(binding.length).toBeGreaterThan(0);
  });

  it("filter by clause role exactly as the clauses are tagged: 法律责任 finds the regulations' liability articles, no table row", () => {
    const source = sourceOf();
    const liability = applyFilters(ordinals, source, { ...noFilters, role: ['liability'] });
    const tagged = corpus.documents.flatMap((doc) =>
      documentClauses(doc)
        .filter((clause) => clause.role?.id === 'liability')
        .map((clause) => clause.id),
    );
    expect(liability.map((ordinal) => records[ordinal].id)).toEqual(tagged);
    expect(liability.length).toBeGreaterThan(50);
    expect(
      liability.every((ordinal) => records[ordinal].family === '法律法规' && records[ordinal].kind === 'clause'),
    ).toBe(true);
    expect(records.filter((record) => record.kind === 'row').every((record) => record.role === null)).toBe(true);
  });
});
