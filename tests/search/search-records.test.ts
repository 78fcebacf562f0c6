import { describe, expect, it } from 'vitest';
import { toCustomRecord } from '../../scripts/search/build-index.ts';
import { searchRecords } from '../../src/search/search-records.ts';
import { decodeTokens } from '../../src/search/search-text.ts';
import { documentClauses, loadCorpus } from '../../src/site/corpus.ts';
import type { BodyNode, Corpus } from '../../src/model/types.ts';

const corpus = loadCorpus();

function tableRows(nodes: readonly BodyNode[]): number {
  return nodes.reduce((sum, node) => sum + (node.type === 'table' ? node.rows.length : node.type === 'section' ? tableRows(node.children) : 0), 0);
}

describe('search records', () => {
  it('has every clause once, boxed items included, plus every table row, in reading order', () => {
    const records = searchRecords(corpus);
    const clauses = corpus.documents.flatMap((doc) => documentClauses(doc).map((clause) => clause.id));
    const rows = records.filter((record) => record.kind === 'row');
    expect(records.filter((record) => record.kind === 'clause').map((record) => record.id)).toEqual(clauses);
    expect(rows.length).toBe(corpus.documents.reduce((sum, doc) => sum + tableRows(doc.body), 0));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
    expect(records.map((record) => record.rank)).toEqual(records.map((_, index) => index));
  });

  it('keeps the traditional original for 重庆 only', () => {
    const records = searchRecords(corpus);
    expect(records.filter((record) => record.original !== null).every((record) => record.docId === 'chongqing')).toBe(true);
    expect(records.find((record) => record.docId === 'chongqing' && record.kind === 'clause')?.original).toMatch(/[識產權]/);
  });

  it('turns labels into theme and object filters when the clauses carry them', () => {
    const tagged = structuredClone(corpus) as Corpus;
    const clause = documentClauses(tagged.documents[0])[0];
    clause.themes = [{ id: 'use', score: 1, evidence: [] }];
    clause.objects = [{ id: 'patent', score: 1, evidence: [] }];
    const record = searchRecords(tagged).find((item) => item.id === clause.id)!;
    const custom = toCustomRecord(record, '/ip-policy/');
    expect(custom.filters).toMatchObject({ theme: ['use'], object: ['patent'], city: [record.city], genre: [record.genre] });
    expect(custom.meta).toMatchObject({ themes: 'use', objects: 'patent', anchor: clause.id, doc: record.docId });
    expect(custom.url).toBe(`/ip-policy/documents/${record.docId}/#${clause.id}`);
    expect(decodeTokens(custom.content)).toBe(record.text.toLowerCase());
  });
});
