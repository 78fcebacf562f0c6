/**
 * HTML and Markdown syntax in a policy text is text: kept literally in
 * corpus.json and clauses.csv, and escaped in the Markdown export so that
 * it renders as the characters written, never as markup.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpusData } from '../../src/pipeline/export/write.ts';
import { clausesOf } from '../../src/model/walk.ts';
import { build, messages, metaFor } from './content-dir.ts';

const source = readFileSync('tests/fixtures/robustness/markup/source.txt');
const run = build([
  { folder: 'weihai', source, meta: metaFor('weihai', source, { title: '威海市知识产权工作实施意见' }) },
]);
const doc = run.corpus.documents[0];
const clauses = clausesOf(doc.body);
const out = mkdtempSync(join(tmpdir(), 'markup-'));
writeCorpusData(run.corpus, out);
const published = (name: string): string => readFileSync(join(out, name), 'utf8');
afterAll(() => rmSync(out, { recursive: true, force: true }));
const literal = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '*星号*',
  '[a](b)',
  '_下划线_',
  '`反引号`',
  '<b>加粗</b>',
  '&amp;',
];

describe('markup in the text', () => {
  it('builds without problems', () => {
    expect(messages(run).filter((m) => m.fatal)).toEqual([]);
    expect(clauses.map((c) => c.path)).toEqual(['第1段', '一、第1段', '二、（一）', '二、（二）']);
  });

  it('keeps HTML and Markdown syntax literally in the clauses (reading text and original)', () => {
    const text = clauses.map((c) => c.text).join('\n');
    const original = clauses.map((c) => c.original).join('\n');
    for (const part of literal) {
      expect(original).toContain(part);
      expect(text).toContain(part.replace(/ /g, ' '));
    }
    expect(clauses[1].original).toBe(
      '# 不是标题 <script>alert(1)</script> 和 <img src=x onerror=alert(1)> 照原文保留。',
    );
    expect(clauses[1].text).toBe('#不是标题<script>alert(1)</script>和<img src=x onerror=alert(1)>照原文保留。');
  });

  it('keeps it literally in corpus.json', () => {
    const json = published('corpus.json');
    for (const part of literal) expect(json).toContain(part);
    expect(JSON.parse(json).documents[0].body[1].children[0].text).toBe(clauses[1].text);
  });

  it('keeps it literally in clauses.csv', () => {
    const csv = published('clauses.csv');
    for (const part of literal) expect(csv).toContain(part);
  });

  it('escapes it in the Markdown export, so it parses back to the same text and no markup', () => {
    const markdown = published('markdown/weihai.md');
    expect(markdown).toContain('\\<script>alert(1)\\</script>');
    expect(markdown.match(/(?<!\\)<(?!a id=|\/a>)/g)).toBeNull(); // every other `<` is escaped
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
    const kinds = new Set<string>();
    const html: string[] = [];
    visit(tree, (node) => {
      kinds.add(node.type);
      if (node.type === 'html') html.push(node.value);
    });
    // The only HTML is the export's own anchors; no links, images or code from the text.
    expect(html.filter((value) => !/^(<a id="weihai[-\w]*">|<\/a>)$/.test(value))).toEqual([]);
    for (const kind of ['link', 'image', 'inlineCode', 'delete']) expect(kinds.has(kind)).toBe(false);
    const headings: string[] = [];
    visit(tree, 'heading', (node) => void headings.push(toString(node)));
    expect(headings).not.toContain('不是标题 <script>alert(1)</script> 和 <img src=x onerror=alert(1)> 照原文保留。');
    const paragraphs: string[] = [];
    visit(tree, 'paragraph', (node) => void paragraphs.push(toString(node)));
    for (const clause of clauses) {
      clause.text.split('\n').forEach((paragraph, index) => {
        expect(paragraphs).toContain(index === 0 && clause.number ? `${clause.number} ${paragraph}` : paragraph);
      });
    }
  });
});
