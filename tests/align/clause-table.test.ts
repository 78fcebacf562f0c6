/**
 * The 对照表 of a clause from the published per-document files: rows,
 * order, filters, the CSV and the Word export.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { filterRows, rowsToCsv, sortRows, tableRows, type TableDocuments } from '../../src/browser/clause-table.ts';
import { coverageNote } from '../../src/browser/clause-table-view.ts';
import { tableDocument } from '../../src/browser/table-docx.ts';
import type { Catalog } from '../../src/data/schemas/catalog.ts';
import type { DocumentAlignment } from '../../src/data/schemas/alignment.ts';
import type { DocumentText } from '../../src/data/schemas/alignment.ts';
import type { DocumentUpstream } from '../../src/data/schemas/upstream.ts';

const read = <T>(file: string): T => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as T;
const catalog = read<Catalog>('catalog.json');
const docs: TableDocuments = Object.fromEntries(
  catalog.documents.map((d) => [
    d.id,
    { label: d.label, place: d.jurisdictionName, url: `/documents/${d.id}/`, genre: d.genre, date: d.date },
  ]),
);
const texts = new Map(catalog.documents.map((d) => [d.id, read<DocumentText>(`text/${d.id}.json`)]));
const alignment = read<DocumentAlignment>('align/weihai.json');
const rows = tableRows('weihai-3-3', 'weihai', alignment, texts, docs, { tasks: '任务', goals: '目标' });
const listed = alignment.counterparts['weihai-3-3'];

describe('对照表 rows', () => {
  it('puts the clause first, then every listed counterpart of every listed document', () => {
    expect(rows[0]).toMatchObject({ clauseId: 'weihai-3-3', score: null, path: '三、（三）' });
    expect(rows.length - 1).toBe(listed.reduce((n, l) => n + l.items.length, 0));
    expect(new Set(rows.slice(1).map((r) => r.docId))).toEqual(new Set(listed.map((l) => l.docId)));
  });

  it('marks 技术调查官 in 宁波 2-1 as wording shared with the clause, and keeps its text whole', () => {
    const ningbo = rows.find((r) => r.clauseId === 'ningbo-2-1')!;
    expect(ningbo.segments.map((s) => s.text).join('')).toBe(texts.get('ningbo')!.clauses['ningbo-2-1'].text);
    expect(
      ningbo.segments
        .filter((s) => s.shared)
        .map((s) => s.text)
        .join('|'),
    ).toContain('技术调查官');
  });

  it('cites each row with its own document’s issuer and date', () => {
    expect(rows.find((r) => r.clauseId === 'guangdong-ip-a22')!.citation).toBe(
      '广东省人民代表大会常务委员会. 广东省知识产权保护条例[EB/OL]. (2022-03-29). 第三章 第二十二条',
    );
    expect(rows.find((r) => r.clauseId === 'ningbo-2-1')!.citation).toBe(
      '佚名. 关于全面加强知识产权工作的实施意见[EB/OL]. 二、（一）',
    );
  });

  it('orders by similarity, place and date, keeping the clause first', () => {
    const scores = sortRows(rows, 'score')
      .slice(1)
      .map((r) => r.score!);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    const byPlace = sortRows(rows, 'place');
    expect(byPlace[0].clauseId).toBe('weihai-3-3');
    const places = byPlace.slice(1).map((r) => r.place);
    expect(places).toEqual([...places].sort(new Intl.Collator('zh-CN').compare));
    const dates = sortRows(rows, 'date')
      .slice(1)
      .map((r) => r.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('filters by place and by genre, keeping the clause', () => {
    const ningbo = filterRows(rows, { place: '宁波市' });
    expect(ningbo[0].clauseId).toBe('weihai-3-3');
    expect(ningbo.slice(1).every((r) => r.place === '宁波市')).toBe(true);
    expect(ningbo.length).toBeGreaterThan(1);
    const laws = filterRows(rows, { genre: '条例' });
    expect(laws.slice(1).every((r) => r.genre === '条例')).toBe(true);
  });

  it('says how many documents were listed and how many had no counterpart', () => {
    const note = coverageNote(rows, alignment, 'weihai-3-3', catalog.documents.length, { perCity: 3, minScore: 0.05 });
    expect(note).toContain(
      `其他 ${catalog.documents.length - 1} 份文件中，${listed.length} 份列出相近条款（共 ${rows.length - 1} 条`,
    );
  });
});

describe('对照表 of a regulation article: national sources and the published order', () => {
  const henan = read<DocumentAlignment>('align/henan-patent.json');
  const traced = read<DocumentUpstream>('upstream/henan-patent.json');
  const withSources = tableRows(
    'henan-patent-a22',
    'henan-patent',
    henan,
    texts,
    docs,
    {},
    traced.clauses['henan-patent-a22'],
  );

  it('lists the national article the clause draws on right after it, its shared wording marked: 河南 第二十二条 → 专利法 第七十条 (改写)', () => {
    expect(withSources[1]).toMatchObject({
      kind: 'source',
      upstream: '改写',
      clauseId: 'national-patent-law-a70',
      docId: 'national-patent-law',
    });
    expect(
      withSources[1].segments
        .filter((s) => s.shared)
        .map((s) => s.text)
        .join('|'),
    ).toContain('同一专利权');
    expect(withSources.slice(2).every((r) => r.kind === 'counterpart')).toBe(true);
    const records = parse(rowsToCsv(withSources, 'http://example.org/', new Date(2026, 0, 1)).slice(1), {
      columns: true,
    }) as Array<Record<string, string>>;
    expect(records[1].类别).toBe('国家来源（改写）');
  });

  it('keeps the national sources right after the clause in every order and filter that shows them', () => {
    for (const order of ['rank', 'score', 'place', 'date'] as const)
      expect(sortRows(withSources, order)[1].clauseId, order).toBe('national-patent-law-a70');
  });

  it('orders counterparts as published by default: 宁波 2-2 → 洛龙区 2-2-5 (行政执法) before 2-2-6, which has the higher similarity', () => {
    const ningbo = read<DocumentAlignment>('align/ningbo.json');
    const table = tableRows('ningbo-2-2', 'ningbo', ningbo, texts, docs);
    const luolong = (order: 'rank' | 'score'): string[] =>
      sortRows(table, order)
        .filter((r) => r.docId === 'luolong')
        .map((r) => r.clauseId);
    expect(luolong('rank').slice(0, 2)).toEqual(['luolong-2-2-5', 'luolong-2-2-6']);
    expect(luolong('score').slice(0, 2)).toEqual(['luolong-2-2-6', 'luolong-2-2-5']);
  });
});

describe('对照表 exports', () => {
  const accessed = new Date(2026, 11, 1);

  it('writes one CSV row per table row with the text, similarity, citation and address', () => {
    const csv = rowsToCsv(rows, 'http://example.org/align/table/?a=weihai-3-3', accessed);
    expect(
      csv.startsWith(
        '\uFEFF序号,类别,文件,文件id,地区,体裁,日期,条款,标题链,条款角色,条款id,相似度,共同表述,全文,引用,网址',
      ),
    ).toBe(true);
    const records = parse(csv.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(records.map((r) => r.条款id)).toEqual(rows.map((r) => r.clauseId));
    // Articles of several paragraphs stay one record each, their text whole.
    expect(rows.filter((r) => r.text.includes('\n')).length).toBeGreaterThan(0);
    expect(records.map((r) => r.全文)).toEqual(rows.map((r) => r.text));
    const ningbo = records.find((r) => r.条款id === 'ningbo-2-1')!;
    expect(ningbo.全文).toBe(texts.get('ningbo')!.clauses['ningbo-2-1'].text);
    expect(ningbo.网址).toBe('http://example.org/documents/ningbo/#ningbo-2-1');
    expect(ningbo.引用).toMatch(/\. 二、（一）\[2026-12-01\]\. http:\/\/example\.org\/documents\/ningbo\/#ningbo-2-1$/);
    expect(records[0].类别).toBe('本条');
    expect(records.find((r) => r.条款id === 'baotou-p22')!.条款角色).toBe('任务');
    expect(ningbo.标题链).toBe('二、加强知识产权保护体系建设');
  });

  it('writes a Word document whose table holds every row’s text, shared wording highlighted, and citation', async () => {
    const buffer = await Packer.toBuffer(tableDocument('对照表：威海', '说明', rows, 'http://example.org/', accessed));
    const xml = strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']);
    expect(xml).toContain('<w:highlight w:val="yellow"/>');
    const plain = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const escape = (t: string): string =>
      t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    for (const r of rows) expect(plain).toContain(escape(r.text.replace(/\n/g, '')));
    // A 款 break is a Word line break, not a character in the text.
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*\n/);
    expect(xml).toContain('<w:br/>');
    expect(plain).toContain('http://example.org/documents/ningbo/#ningbo-2-1');
  });
});
