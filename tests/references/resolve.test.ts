import { readCitations, readCorpus } from '../../src/data/published-data.ts';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { primaryDate } from '../../src/model/document-meta.ts';
import type { Corpus, PolicyDocument } from '../../src/model/types.ts';
import { resolveCitations, titleKey } from '../../src/pipeline/references/resolve.ts';
import { workVersions, versionOn } from '../../src/pipeline/references/versions.ts';
import { citationColumns, citationsCsv } from '../../src/pipeline/references/write-citations.ts';

const corpus = readCorpus();
const citations = resolveCitations(corpus);
const docs = new Map(corpus.documents.map((doc) => [doc.meta.id, doc]));
const of = (clauseId: string) => citations.filter((c) => c.clauseId === clauseId);

describe('reference resolution on the corpus', () => {
  it('links the 2023 实施细则 to the 2020 专利法 in force, article and 项', () => {
    expect(
      of('national-patent-rules-2023-a6')
        .filter((c) => c.status === '已解析' && c.targetClause)
        .map((c) => [c.text, c.targetClause, c.version, c.status]),
    ).toEqual([
      ['专利法第二十四条', 'national-patent-law-a24', '2020年修正', '已解析'],
      ['第二十九条', 'national-patent-law-a29', '2020年修正', '已解析'],
      ['第四十二条', 'national-patent-law-a42', '2020年修正', '已解析'],
      ['第七十四条', 'national-patent-law-a74', '2020年修正', '已解析'],
    ]);
    expect(
      of('national-patent-rules-2023-a33').find((c) => c.text === '专利法第二十四条第（二）项')?.targetClause,
    ).toBe('national-patent-law-a24-x2');
  });

  it('never links the 2010 实施细则 to the 2020 专利法: the 2008 text was in force and is not in the corpus', () => {
    const rows = citations.filter((c) => c.docId === 'national-patent-rules-2010' && titleKey(c.title) === '专利法');
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows)
      expect(row).toMatchObject({
        status: '版本不在语料中',
        version: '2008年修正',
        targetDoc: null,
        targetClause: null,
      });
  });

  it('links a text to the version in force on its own date, and only that one', () => {
    const works = new Map<string, PolicyDocument[]>();
    for (const doc of corpus.documents)
      works.set(doc.meta.work ?? titleKey(doc.meta.title), [
        ...(works.get(doc.meta.work ?? titleKey(doc.meta.title)) ?? []),
        doc,
      ]);
    const resolved = citations.filter((c) => c.status === '已解析');
    expect(resolved.length).toBeGreaterThan(100);
    for (const c of resolved) {
      const target = docs.get(c.targetDoc!)!;
      const citing = primaryDate(docs.get(c.docId)!.meta)!;
      const versions = workVersions(works.get(target.meta.work ?? titleKey(target.meta.title))!);
      expect(versionOn(versions, citing).doc).toBe(target);
    }
    // 北京 2013 cites the 实施细则 of 2010, not of 2023.
    expect(of('beijing-patent-a1').find((c) => titleKey(c.title) === '专利法实施细则')).toMatchObject({
      targetDoc: 'national-patent-rules-2010',
      version: '2010年修订',
    });
  });

  it('says so when the citing text has no date and the cited text has several versions', () => {
    expect(of('shanghai-patent-a1').find((c) => titleKey(c.title) === '专利法实施细则')).toMatchObject({
      status: '版本不在语料中',
      version: '引用文件日期未知',
      targetDoc: null,
    });
  });

  it('resolves 本细则, 前款 and 前条 inside the citing text', () => {
    const own = citations.filter((c) => c.status === '本文件内' && c.docId === 'national-patent-rules-2023');
    expect(own.length).toBeGreaterThan(50);
    for (const c of own)
      expect(c.targetArticle === null || c.targetArticle.startsWith('national-patent-rules-2023-a')).toBe(true);
  });

  it('lists cited texts the corpus lacks by title', () => {
    const missing = citations.filter((c) => c.status === '文件不在语料中').map((c) => c.title);
    expect(missing).toContain('中华人民共和国民事诉讼法');
    expect(missing).not.toContain('中华人民共和国专利法');
  });
});

describe('citations.json', () => {
  it('is what the resolver gives on the published corpus, which the site reads in place of resolving', () => {
    expect(readCitations().citations).toEqual(citations);
    expect(citations.length).toBeGreaterThan(1000);
  });
});

describe('citations.csv', () => {
  it('has the seven Chinese columns and one row per reference', () => {
    const text = citationsCsv(citations);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0])).toEqual([...citationColumns]);
    expect(rows).toHaveLength(citations.length);
    expect(
      rows.find(
        (row) =>
          row['引用条款id'] === 'national-patent-rules-2023-a6' && row['被引条款id'] === 'national-patent-law-a24',
      ),
    ).toMatchObject({
      被引文件: '中华人民共和国专利法',
      被引文件id: 'national-patent-law',
      被引版本: '2020年修正',
      状态: '已解析',
    });
  });

  it('resolves a small corpus of its own: a text citing a law it holds', () => {
    const law = docs.get('national-patent-law')!;
    const small: Corpus = { schema: 1, documents: [law] };
    expect(resolveCitations(small).every((c) => c.status === '本文件内' || c.status === '文件不在语料中')).toBe(true);
  });
});
