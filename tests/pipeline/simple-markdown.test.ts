import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, readingText } from '../../src/pipeline/text/markdown.ts';
import { readSimpleMarkdown } from '../../src/pipeline/text/simple-markdown.ts';

const documents = join(import.meta.dirname, '../../content/documents');
const sources = readdirSync(documents)
  .map((id) => join(documents, id, 'source.md'))
  .filter((path) => {
    try {
      readFileSync(path);
      return true;
    } catch {
      return false;
    }
  });

/** Lines of the shapes the shortcut takes and of those it must leave to the parser. */
const lines = [
  '# 标题',
  '## 第一章　总则',
  '###### 六',
  '####### 七',
  '##　全角',
  '#紧贴',
  '第一条 为了(规范)管理，制定本条例:',
  '<!-- INFO END -->',
  '<!-- a -- b -->',
  '<!-->',
  '',
  '2012年6月1日 通过',
  '占0.15%。',
  '1. 列表',
  '2) 列表',
  '- 列表',
  '---',
  '===',
  '见第3.5条',
  'x!y',
  '　全角缩进',
  '  缩进',
  '行尾空格 ',
  '甲 乙',
  '**加粗**',
  '> 引用',
  '&amp;',
  '(1)',
  ':',
  '%;',
];

describe('readSimpleMarkdown', () => {
  it('reads every real statute it takes exactly as the parser does', () => {
    let taken = 0;
    for (const path of sources) {
      const text = readFileSync(path, 'utf8');
      const simple = readSimpleMarkdown(text);
      if (!simple) continue;
      taken++;
      expect(readingText(simple), path).toBe(readingText(parseMarkdown(text)));
    }
    expect(taken).toBeGreaterThan(sources.length / 2);
  });

  it('reads generated mixes of headings, comments and paragraphs exactly as the parser does', () => {
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    let taken = 0;
    for (let k = 0; k < 3000; k++) {
      const text =
        Array.from({ length: 1 + next(8) }, () => lines[next(lines.length)]).join('\n') + (next(2) ? '\n' : '');
      const simple = readSimpleMarkdown(text);
      if (!simple) continue;
      taken++;
      expect(readingText(simple), text).toBe(readingText(parseMarkdown(text)));
    }
    expect(taken).toBeGreaterThan(100);
  });

  it('removes `## ` and comment lines and keeps the rest', () => {
    const reading = readSimpleMarkdown('# 条例\n\n<!-- INFO END -->\n\n## 第一章 总则\n第一条 为了……\n');
    expect(reading?.edits).toEqual([
      { start: 0, end: 2, insert: '' },
      { start: 6, end: 23, insert: '' },
      { start: 25, end: 28, insert: '' },
    ]);
    expect([...(reading?.headings ?? [])]).toEqual([
      [1, 1],
      [5, 2],
    ]);
    expect(reading?.comments).toEqual([{ line: 3, column: 1, text: 'INFO END' }]);
    expect(reading?.removed).toEqual({ heading: 2, comment: 1 });
  });

  it('leaves lists, emphasis, quotes, indentation and entities to the parser', () => {
    for (const text of ['1. 列表', '- 列表', '**加粗**', '> 引用', '  缩进', '&amp;', '#紧贴', '行尾 ', '<!-->'])
      expect(readSimpleMarkdown(text), text).toBeNull();
  });
});
