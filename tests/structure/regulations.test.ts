/**
 * The real regulations read as regulations: every 第X条 is one article
 * clause with its 款 and 项, every 章 is a heading, the adoption history
 * stays out of the clauses, ids and citations come from the article
 * numbers — on every regulation and national text in content/ (read as
 * they come, straight from the source file, not through the corpus).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BodyNode, Section } from '../../src/model/types.ts';
import { titleKey } from '../../src/pipeline/structure/preamble.ts';
import { readText, type Reading } from './read-text.ts';

// Every Markdown source in content/ (byte for byte as obtained): the local regulations and the national texts.
const files = readdirSync('content/documents')
  .map((id) => join('content/documents', id, 'source.md'))
  .filter((path) => existsSync(path));
const read = new Map<string, { text: string; reading: Reading }>(
  files.map((path) => {
    const text = readFileSync(path, 'utf8');
    return [path, { text, reading: readText(text, path) }];
  }),
);

const sections = (nodes: readonly BodyNode[]): Section[] =>
  nodes.flatMap((n) => (n.type === 'section' ? [n, ...sections(n.children)] : []));
const numeral = '[一二三四五六七八九十百零〇]+';

/**
 * What a published text itself gets wrong, so its reader must say so at
 * the line: 著作权法 has no 第一章 heading; 山东 lost the markers of its
 * first two chapters (`组织实施` stands alone before 第八条).
 */
const sourceDefects: Record<string, { messages: string[]; bareTitles: string[] }> = {
  'shandong-tech-transfer': { messages: ['unnumbered-heading', 'numbering'], bareTitles: ['组织实施'] },
};

/** Lines that hold text (a zero-width space alone is no text). */
const textLines = (lines: readonly string[]): string[] =>
  lines.map((l) => l.replace(/[\u200b\ufeff]/g, '').trim()).filter(Boolean);

describe.each(files)('%s', (path) => {
  const { text, reading } = read.get(path)!;
  const { doc, clauses, messages } = reading;
  const lines = text.split('\n');
  const id = path.split('/').at(-2)!;
  const defects = sourceDefects[id] ?? { messages: [], bareTitles: [] };
  const articleLine = new RegExp(`^第${numeral}条`);
  const infoEnd = lines.indexOf('<!-- INFO END -->');
  const firstArticle = lines.findIndex((l) => articleLine.test(l));
  // Text before 第一条 (an enacting 为正确审理…制定本解释, a 决定's amendments), or the whole body of a 批复 without articles.
  const opening = textLines(lines.slice(infoEnd + 1, firstArticle < 0 ? lines.length : firstArticle)).filter(
    (l) => !l.startsWith('#'),
  );
  // The title written again over the body, a 文号 under it and a reply's addressees join the preamble.
  const bodyHead = doc.preamble.filter((b) => b.line > infoEnd + 1);
  const openingClauses = opening.slice(bodyHead.length).filter((l) => titleKey(l) !== '');

  it('has one article clause for every 第X条 line, in order', () => {
    const numbers = lines.filter((l) => articleLine.test(l)).map((l) => articleLine.exec(l)![0]);
    const articles = clauses.filter((c) => c.parts);
    expect(articles.map((c) => c.number)).toEqual(numbers);
    expect(articles.every((c) => c.parts!.length > 0 && c.parts![0].kind === '款')).toBe(true);
    // Every other clause is one line of the opening, in order, as written.
    expect(clauses.filter((c) => !c.parts).map((c) => c.original.trim())).toEqual(openingClauses);
    expect(clauses.slice(0, openingClauses.length).every((c) => !c.parts)).toBe(true);
  });

  it('makes every chapter and section line a heading, never a clause', () => {
    // 第X编/章/节 in laws and regulations; 一、 parts in judicial interpretations.
    const marked = lines
      .filter((l) => new RegExp(`^#+ (第${numeral}[章节编]|${numeral}、)`).test(l))
      .map((l) => l.replace(/^#+\s*/, '').replace(/\s/g, ''));
    const headings = [...defects.bareTitles, ...marked];
    expect(sections(doc.body).map((s) => `${s.number ?? ''}${s.title.replace(/\s/g, '')}`)).toEqual(headings);
    expect(clauses.some((c) => new RegExp(`^第${numeral}[章节]`).test(c.text))).toBe(false);
  });

  it('keeps the adoption history in the preamble and the metadata, not in clauses', () => {
    const front = textLines(lines.slice(1, infoEnd));
    expect(doc.preamble.filter((b) => b.line <= infoEnd).map((b) => b.original.trim())).toEqual(front);
    expect(doc.preamble.every((b) => ['history', 'doc-number', 'title', 'salutation'].includes(b.role))).toBe(true);
    // Over the body only the title again and 文号 lines, in that order, as the text has them.
    expect(bodyHead.map((b) => b.original.trim())).toEqual(opening.slice(0, bodyHead.length));
    expect(
      bodyHead.every(
        (b) =>
          b.role === 'title' ||
          (b.role === 'doc-number' && /号$/.test(b.text)) ||
          (b.role === 'salutation' && /[院局厅]：$/.test(b.text)),
      ),
    ).toBe(true);
    expect(doc.history.length).toBeGreaterThanOrEqual(doc.preamble.filter((b) => b.role === 'history').length);
    for (const clause of clauses)
      expect(clause.text).not.toMatch(/^[（(]?\d{4}年\d{1,2}月\d{1,2}日[^。]*(通过|批准|修正|修订|公布|施行)[）)]?$/);
  });

  it('gives articles readable ids and citable paths from their numbers', () => {
    for (const clause of clauses.filter((c) => c.parts)) {
      expect(clause.id).toMatch(/^fx-a\d+(-\d+)?$/);
      expect(clause.path.endsWith(clause.number!)).toBe(true);
      // The reading text starts after the number: `第一条为了…` never runs together.
      expect(clause.text.startsWith(clause.number!)).toBe(false);
    }
    // Unnumbered opening paragraphs are cited by their place: 第1段, 第2段…
    expect(clauses.filter((c) => !c.parts && !c.number).map((c) => c.path)).toEqual(
      clauses.filter((c) => !c.parts && !c.number).map((_, i) => `第${i + 1}段`),
    );
    expect(new Set(clauses.map((c) => c.id)).size).toBe(clauses.length);
  });

  it('reports no structure problem, except the one the text has', () => {
    // 著作权法 as published has no 第一章 heading: its first chapter line is 第二章.
    const expected = /^#+ 第二章/m.test(text) && !/^#+ 第一章/m.test(text) ? ['numbering'] : [...defects.messages];
    // A letter (批复) with neither articles nor numbered points is read paragraph by paragraph, and says so.
    if (firstArticle < 0 && !opening.some((l) => new RegExp(`^${numeral}、`).test(l))) expected.push('no-headings');
    expect(messages.map((m) => m.ruleId)).toEqual(expected);
  });
});

describe('articles, 款 and 项', () => {
  it('reads 宁波 第九条 as one article with a 款 and five 项 — the short last 项 is no heading', () => {
    const { clauses } = read.get(files.find((f) => f.includes('ningbo-patent'))!)!.reading;
    const a9 = clauses.find((c) => c.id === 'fx-a9')!;
    expect(a9.parts!.map((p) => [p.kind, p.id, p.label])).toEqual([
      ['款', 'fx-a9-k1', '第一款'],
      ['项', 'fx-a9-x1', '第（一）项'],
      ['项', 'fx-a9-x2', '第（二）项'],
      ['项', 'fx-a9-x3', '第（三）项'],
      ['项', 'fx-a9-x4', '第（四）项'],
      ['项', 'fx-a9-x5', '第（五）项'],
    ]);
    expect(a9.parts![5].text).toBe('订立其他科学研究与开发合同的。');
    expect(clauses.find((c) => c.id === 'fx-a10')!.text).toMatch(/^任何人未经单位许可/);
  });

  it('addresses 项 under the 款 they belong to when an article has several 款 (广东 第十三条第一款第（三）项)', () => {
    const { clauses } = read.get(files.find((f) => f.includes('guangdong-ip'))!)!.reading;
    const a13 = clauses.find((c) => c.id === 'fx-a13')!;
    expect(a13.path).toBe('第二章 第十三条');
    expect(a13.headings).toEqual(['第二章 行政保护']);
    const item = a13.parts!.find((p) => p.id === 'fx-a13-k1-x3')!;
    expect(item).toMatchObject({ kind: '项', label: '第一款第（三）项', number: '（三）' });
    expect(a13.parts!.at(-1)).toMatchObject({ kind: '款', id: 'fx-a13-k2', label: '第二款' });
  });

  it('reads the history of 宁波 into dated events with the body that acted', () => {
    const { doc } = read.get(files.find((f) => f.includes('ningbo-patent'))!)!.reading;
    expect(doc.history.map((e) => [e.date, e.event])).toEqual([
      ['2003-09-26', '通过'],
      ['2003-11-06', '批准'],
      ['2011-12-27', '通过'],
      ['2012-03-31', '修正'],
    ]);
    expect(doc.history[0].by).toBe('宁波市第十二届人民代表大会常务委员会第五次会议');
  });

  it('reads 专利法实施细则 2023 with its 149 articles and 13 chapters, 附则 with its role', () => {
    const { doc, clauses } = read.get(files.find((f) => f.includes('national-patent-rules-2023'))!)!.reading;
    expect(clauses).toHaveLength(149);
    const chapters = sections(doc.body);
    expect(chapters).toHaveLength(13);
    expect(chapters.at(-1)).toMatchObject({ number: '第十三章', role: '附则', unit: '章', id: 'fx-c13' });
    expect(clauses.at(-1)!.path).toBe('第十三章 第一百四十九条');
    expect(clauses.at(-1)!.id).toBe('fx-a149');
  });
});
