import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { applyEdits, identity } from '../../src/pipeline/mapped-text.ts';
import { readMarkdown } from '../../src/pipeline/text/markdown.ts';

const corpusDirs = ['/work/shared/corpus/local', '/work/shared/corpus/national'];
const corpusFiles = corpusDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(dir, name)),
);
const fixtures = join(import.meta.dirname, '../fixtures/markdown');

/** The source with the markup taken out. */
const plain = (source: string): string => applyEdits(identity(source), readMarkdown(source).edits).text;
/** Non-whitespace characters, the ones the conservation proof counts. */
const ink = (text: string): string => text.replace(/\s/g, '');
/** What mdast holds as text: text, inlineCode and code values and image alts (not html values). */
function mdastText(source: string): string {
  const parts: string[] = [];
  visit(unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).parse(source), (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value);
    if (node.type === 'image') parts.push(node.alt ?? '');
  });
  return parts.join('');
}

describe('markdown: the real corpus', () => {
  it('finds the Markdown sources to test on', () => {
    expect(corpusFiles.length).toBeGreaterThanOrEqual(15);
  });

  for (const file of corpusFiles) {
    const name = file.split('/').slice(-2).join('/');
    const source = readFileSync(file, 'utf8');

    it(`${name}: removes every # and comment, keeps the line count and every character of text`, () => {
      const reading = readMarkdown(source);
      const text = plain(source);
      expect(text).not.toContain('#');
      expect(text).not.toContain('<!--');
      expect(text.split('\n')).toHaveLength(source.split('\n').length);
      expect(ink(text)).toBe(ink(mdastText(source)));
      expect(reading.problems).toEqual([]);
    });

    it(`${name}: finds one INFO END comment, the title at depth 1 and 章 at depth 2`, () => {
      const { comments, headings } = readMarkdown(source);
      expect(comments.filter((c) => c.text === 'INFO END')).toHaveLength(1);
      expect(comments).toHaveLength(1);
      const lines = source.split('\n');
      const infoEnd = comments[0];
      expect(lines[infoEnd.line - 1].slice(infoEnd.column - 1)).toBe('<!-- INFO END -->');
      expect(headings.get(1)).toBe(1);
      lines.forEach((line, i) => {
        if (/^## 第[一二三四五六七八九十]+章/.test(line)) expect(headings.get(i + 1)).toBe(2);
        if (/^### 第[一二三四五六七八九十]+节/.test(line)) expect(headings.get(i + 1)).toBe(3);
        if (!line.startsWith('#')) expect(headings.has(i + 1)).toBe(false);
      });
    });
  }

  it('turns 著作权法 ### 第一节 into a depth-3 heading and keeps 《关于修改<中华人民共和国商标法>的决定》 in 商标法 as text', () => {
    const copyright = readFileSync('/work/shared/corpus/national/著作权法(2020-11-11).md', 'utf8');
    const line = copyright.split('\n').findIndex((l) => l === '### 第一节 著作权人及其权利') + 1;
    expect(readMarkdown(copyright).headings.get(line)).toBe(3);
    expect(plain(copyright).split('\n')[line - 1]).toBe('第一节 著作权人及其权利');

    const trademark = readFileSync('/work/shared/corpus/national/商标法(2019-04-23).md', 'utf8');
    expect(plain(trademark)).toContain('《关于修改<中华人民共和国商标法>的决定》');
    expect(readMarkdown(trademark).problems).toEqual([]);
  });

  it('counts what it removed from 专利法: one comment and one heading mark per heading', () => {
    const source = readFileSync('/work/shared/corpus/national/专利法(2020-10-17).md', 'utf8');
    const headingLines = source.split('\n').filter((l) => l.startsWith('#')).length;
    expect(readMarkdown(source).removed).toEqual({ comment: 1, heading: headingLines });
  });
});

describe('markdown: rules', () => {
  it('keeps the document’s own numbering 1. and 1) as text', () => {
    expect(plain('1. 探索建立快速维权机制\n2. 完善机制')).toBe('1. 探索建立快速维权机制\n2. 完善机制');
    expect(plain('1) 探索')).toBe('1) 探索');
  });

  it('removes a bullet marker with its space: - 项目 → 项目', () => {
    const reading = readMarkdown('- 项目\n* 项目二\n+ 项目三');
    expect(plain('- 项目\n* 项目二\n+ 项目三')).toBe('项目\n项目二\n项目三');
    expect(reading.removed.bullet).toBe(3);
  });

  it('removes emphasis marks: **加强**保护 → 加强保护', () => {
    expect(plain('**加强**保护，*依法*管理，~~删去~~')).toBe('加强保护，依法管理，删去');
    expect(readMarkdown('**加强**保护').removed).toEqual({ emphasis: 1 });
  });

  it('keeps a link’s text and removes its brackets and address', () => {
    expect(plain('[国家知识产权局](https://www.cnipa.gov.cn)')).toBe('国家知识产权局');
    expect(plain('见[国家知识产权局](https://www.cnipa.gov.cn "官网")网站')).toBe('见国家知识产权局网站');
  });

  it('resolves escapes and entities with minimal replacements: \\*注 → *注, &amp; → &', () => {
    const reading = readMarkdown('\\*注 R&amp;D');
    expect(reading.edits).toEqual([
      { start: 0, end: 2, insert: '*' },
      { start: 5, end: 10, insert: '&' },
    ]);
    expect(plain('\\*注 R&amp;D')).toBe('*注 R&D');
    expect(reading.removed).toEqual({ escape: 2 });
  });

  it('keeps & and unknown references that are not entities', () => {
    expect(readMarkdown('R&D 与 &foo; 不变').edits).toEqual([]);
  });

  it('never turns 2021~2025年 into strikethrough', () => {
    expect(readMarkdown('2021~2025年，2026~2030年').edits).toEqual([]);
  });

  it('keeps a table’s rows with their | separators and deletes only the delimiter row', () => {
    const source = '|a|b|\n|---|:--:|\n|c|**d**|';
    const reading = readMarkdown(source);
    expect(plain(source)).toBe('|a|b|\n\n|c|d|');
    expect(reading.removed).toEqual({ tableDelimiterRow: 1, emphasis: 1 });
  });

  it('keeps <br> and <p> as text and reports each as raw HTML', () => {
    const source = '第一条<br>第二条\n\n<p>第三条</p>';
    const reading = readMarkdown(source);
    expect(plain(source)).toBe(source);
    expect(reading.problems.map((p) => [p.line, p.column, p.ruleId])).toEqual([
      [1, 4, 'markdown-html'],
      [3, 1, 'markdown-html'],
    ]);
    expect(reading.problems[0].message).toMatch(/^HTML .*<br>.* \/ Unexpected raw HTML/);
  });

  it('gives a setext heading its depth and removes its underline', () => {
    const reading = readMarkdown('附则\n===\n\n总则\n---\n');
    expect([...reading.headings]).toEqual([
      [1, 1],
      [4, 2],
    ]);
    expect(plain('附则\n===\n\n总则\n---\n')).toBe('附则\n\n\n总则\n\n');
  });

  it('removes ATX marks with the space after and closing #s', () => {
    expect(plain('## 第一章　总则 ##\n### 第一节')).toBe('第一章　总则\n第一节');
  });

  it('gives no edits for an empty input', () => {
    expect(readMarkdown('')).toEqual({ edits: [], headings: new Map(), comments: [], problems: [], removed: {} });
  });

  it('records an HTML comment with its place and trimmed text, inline or as a block', () => {
    const reading = readMarkdown('通过\n\n<!--  INFO END  -->\n\n正文<!-- 注 -->。');
    expect(reading.comments).toEqual([
      { line: 3, column: 1, text: 'INFO END' },
      { line: 5, column: 3, text: '注' },
    ]);
    expect(plain('通过\n\n<!--  INFO END  -->\n\n正文<!-- 注 -->。')).toBe('通过\n\n\n\n正文。');
  });

  it('removes block-quote markers on every line, lazy and nested lines included', () => {
    expect(plain('> 第二条 本条例\n> 适用于本市\n懒行\n\n> > 深层\n> > 引用')).toBe(
      '第二条 本条例\n适用于本市\n懒行\n\n深层\n引用',
    );
  });

  it('keeps a fenced code block’s content and removes its fence lines', () => {
    expect(plain('```text\n第一条\n```\n`代码`')).toBe('\n第一条\n\n代码');
  });

  it('keeps an image’s alt text, removes its address and reports it', () => {
    const reading = readMarkdown('![机构图](org.png)');
    expect(plain('![机构图](org.png)')).toBe('机构图');
    expect(reading.problems).toMatchObject([{ line: 1, column: 1, ruleId: 'markdown-image' }]);
  });

  it('reports footnotes and link definitions, whose marks are removed', () => {
    const reading = readMarkdown('正文[^1]\n\n[^1]: 脚注内容\n\n[注]: 见附件');
    expect(plain('正文[^1]\n\n[^1]: 脚注内容\n\n[注]: 见附件')).toBe('正文\n\n脚注内容\n\n');
    expect(reading.problems.map((p) => p.ruleId)).toEqual([
      'markdown-footnote',
      'markdown-footnote',
      'markdown-definition',
    ]);
  });

  it('keeps an autolink as written: <https://…> loses its brackets, nothing in it is decoded', () => {
    expect(plain('<https://a.cn/?a&amp;b\\*>')).toBe('https://a.cn/?a&amp;b\\*');
    expect(readMarkdown('见 www.cnipa.gov.cn/?a&amp;b 网站').edits).toEqual([]);
  });

  it('places a www. literal that GFM links after inline HTML, whose nodes carry no position', () => {
    const reading = readMarkdown('第一条<br>www.cnipa.gov.cn 网站&amp;');
    expect(plain('第一条<br>www.cnipa.gov.cn 网站&amp;')).toBe('第一条<br>www.cnipa.gov.cn 网站&');
    expect(reading.problems.map((p) => p.ruleId)).toEqual(['markdown-html']);
  });

  it('reads as GFM even where GFM differs only subtly: task-list boxes, ~ next to emphasis, a table in a quote', () => {
    expect(plain('- [ ] 项目\n- [x] 已完成')).toBe('项目\n已完成');
    expect(plain('第一条*注~*说明')).toBe('第一条注~说明');
    expect(plain('> |a|b|\n> |-|-|')).toBe('|a|b|\n');
  });

  it('never adds or removes a line break, even for &#10;', () => {
    expect(plain('甲&#10;乙')).toBe('甲 乙');
  });
});

describe('markdown: fixtures', () => {
  for (const name of readdirSync(fixtures)) {
    it(`${name}: gives the expected plain text with every character of text kept`, () => {
      const source = readFileSync(join(fixtures, name, 'source.md'), 'utf8');
      const text = plain(source);
      expect(text).toBe(readFileSync(join(fixtures, name, 'expected.txt'), 'utf8'));
      expect(text.split('\n')).toHaveLength(source.split('\n').length);
      // Kept beyond mdast's values: the document's own list numbers and the table's | separators.
      expect(ink(text.replace(/^\d+[.)]|\|/gm, ''))).toBe(ink(mdastText(source)));
    });
  }
});
