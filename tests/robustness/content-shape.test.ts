/**
 * Texts of an unexpected shape: an empty file or one of white space is
 * refused with a fatal message naming the file; a text without headings
 * becomes paragraph clauses with a warning; a 10 MB text is processed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outputOriginals } from '../../src/pipeline/check/conservation.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { build, messages, metaFor, realSource } from './content-dir.ts';

describe('content shape', () => {
  it.each([
    ['an empty file', ''],
    ['a file of white space', ' \r\n\u3000\n\t\n'],
    ['a file holding only a BOM', '\ufeff'],
  ])('refuses %s with a fatal message naming file, line and fix', (_name, source) => {
    const run = build([{ folder: 'weihai', source }]);
    expect(run.failed).toBe(true);
    expect(run.corpus.documents).toEqual([]);
    const fatal = messages(run).filter((m) => m.fatal);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatchObject({ file: 'weihai/source.txt', line: 1, column: 1, ruleId: 'empty' });
    expect(fatal[0].reason).toMatch(/expected a policy text; put the document’s text in the file or remove its folder/);
  });

  it('makes every paragraph of a text without headings a clause, in order, with a warning', () => {
    const source = readFileSync('tests/fixtures/robustness/no-headings/source.txt');
    const run = build([
      { folder: 'weihai', source, meta: metaFor('weihai', source, { title: '威海市知识产权保护工作要点' }) },
    ]);
    expect(run.failed).toBe(false);
    const warning = messages(run).find((m) => m.ruleId === 'no-headings');
    expect(warning).toMatchObject({ file: 'weihai/source.txt', line: 2, fatal: false });
    const doc = run.corpus.documents[0];
    expect(doc.title).toBe('威海市知识产权保护工作要点');
    const clauses = clausesOf(doc.body);
    expect(clauses.map((c) => c.id)).toEqual(['weihai-p1', 'weihai-p2', 'weihai-p3', 'weihai-p4']);
    expect(clauses.map((c) => c.line)).toEqual([2, 3, 5, 6]);
    expect(clauses[1].agencies).toEqual(['市市场监管局']);
    expect(clauses[3].text).toBe('强化知识产权公共服务，建设知识产权信息服务网点。');
  });

  it('processes a 10 MB text without losing a clause', () => {
    const one = realSource('weihai').toString('utf8');
    const copies = Math.ceil(10_000_000 / Buffer.byteLength(one));
    const source = Buffer.from(one.repeat(copies));
    expect(source.length).toBeGreaterThanOrEqual(10_000_000);
    const single = build([{ folder: 'weihai', source: one }]).corpus.documents[0];
    const run = build([{ folder: 'weihai', source }]);
    expect(messages(run).filter((m) => m.fatal)).toEqual([]);
    const doc = run.corpus.documents[0];
    expect(doc.stats.sourceBytes).toBe(source.length);
    expect(doc.stats.clauses).toBeGreaterThanOrEqual(copies * single.stats.clauses);
    expect(new Set(clausesOf(doc.body).map((c) => c.id)).size).toBe(doc.stats.clauses);
    // Nothing lost: every copy's title and every responsible-unit note is in the output.
    const output = outputOriginals(doc).join('');
    const count = (text: string, part: string): number => text.split(part).length - 1;
    expect(count(output, '全面促进知识产权高质量发展的实施意见')).toBe(copies);
    expect(count(output, '精致城市·幸福威海')).toBe(copies * count(one, '精致城市·幸福威海'));
  });
});
