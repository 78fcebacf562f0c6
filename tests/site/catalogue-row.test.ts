/**
 * One row of the catalogue table: the cells the static page renders and
 * the element the paged catalogue builds in the browser come from the same
 * `rowCells`, so a document with every fact and one with none show alike.
 * The element is built on a minimal stand-in for the DOM and written out
 * as HTML.
 */
import { describe, expect, it } from 'vitest';
import type { RowView } from '../../src/browser/catalogue-index.ts';
import { rowCells, rowElement, type MakeElement } from '../../src/browser/catalogue-row.ts';

const full: RowView = {
  id: 'luolong-ip',
  where: '洛龙区',
  what: '知识产权办法',
  hant: true,
  place: '洛龙区',
  parent: '洛阳市',
  level: '区县',
  genre: '办法',
  issuers: '洛龙区人民政府',
  docNumber: '洛龙政〔2020〕1号',
  date: '2020年1月2日',
  effective: '2020年2月1日',
  status: '现行有效',
  clauses: 12,
  source: { url: 'https://example.org/a', name: '洛龙区政府网' },
};
const bare: RowView = {
  ...full,
  where: null,
  what: '专利条例',
  hant: false,
  parent: null,
  issuers: null,
  docNumber: null,
  date: null,
  effective: null,
  status: null,
  source: { url: null, name: null },
};

/** Just enough of an element to build a row and write it out. */
class FakeElement {
  attributes: Array<[string, string]> = [];
  children: Array<FakeElement | string> = [];
  dataset = new Proxy({} as Record<string, string>, {
    set: (_, key: string, value: string) => (this.setAttribute(`data-${key}`, value), true),
  });
  constructor(readonly tag: string) {}
  setAttribute(name: string, value: string): void {
    this.attributes = [...this.attributes.filter(([n]) => n !== name), [name, value]];
  }
  set className(value: string) {
    this.setAttribute('class', value);
  }
  set href(value: string) {
    this.setAttribute('href', value);
  }
  set rel(value: string) {
    this.setAttribute('rel', value);
  }
  set textContent(value: string) {
    this.children = [value];
  }
  append(...nodes: Array<FakeElement | string>): void {
    this.children.push(...nodes);
  }
  get outerHTML(): string {
    const attrs = this.attributes.map(([n, v]) => ` ${n}="${v}"`).join('');
    return `<${this.tag}${attrs}>${this.children.map((c) => (typeof c === 'string' ? c : c.outerHTML)).join('')}</${this.tag}>`;
  }
}
const make = ((tag: string) => new FakeElement(tag)) as unknown as MakeElement;
const html = (doc: RowView): string => (rowElement(doc, '/base/', make) as unknown as FakeElement).outerHTML;

describe('catalogue row', () => {
  it('has the ten columns of the table, the title as the row header', () => {
    const cells = rowCells(full, '/');
    expect(cells.map((c) => c.label)).toEqual([
      null,
      '地区',
      '层级',
      '体裁',
      '发布机关',
      '文号',
      '日期',
      '效力',
      '条款数',
      '来源',
    ]);
    expect(cells.map((c) => c.header)).toEqual([true, ...Array<boolean>(9).fill(false)]);
  });

  it('builds a document with every fact as the static page shows it', () => {
    expect(html(full)).toBe(
      '<tr data-id="luolong-ip">' +
        '<th scope="row" class="title"><a href="/base/documents/luolong-ip/"><span class="where">洛龙区 · </span>知识产权办法</a><span class="tag">繁体原文</span></th>' +
        '<td data-label="地区">洛龙区<span class="muted parent">（洛阳市）</span></td>' +
        '<td data-label="层级" class="short">区县</td>' +
        '<td data-label="体裁" class="short">办法</td>' +
        '<td data-label="发布机关" class="wide issuers">洛龙区人民政府</td>' +
        '<td data-label="文号">洛龙政〔2020〕1号</td>' +
        '<td data-label="日期" class="nowrap"><span>2020年1月2日</span><span class="effective">2020年2月1日施行</span></td>' +
        '<td data-label="效力">现行有效</td>' +
        '<td data-label="条款数" class="n">12</td>' +
        '<td data-label="来源" class="wide source"><a href="https://example.org/a" rel="external">洛龙区政府网</a></td>' +
        '</tr>',
    );
  });

  it('marks every missing fact 未知', () => {
    expect(html(bare)).toBe(
      '<tr data-id="luolong-ip">' +
        '<th scope="row" class="title"><a href="/base/documents/luolong-ip/">专利条例</a></th>' +
        '<td data-label="地区">洛龙区</td>' +
        '<td data-label="层级" class="short">区县</td>' +
        '<td data-label="体裁" class="short">办法</td>' +
        '<td data-label="发布机关" class="wide issuers unknown">未知</td>' +
        '<td data-label="文号" class="unknown">未知</td>' +
        '<td data-label="日期" class="nowrap"><span class="unknown">未知</span></td>' +
        '<td data-label="效力" class="unknown">未知</td>' +
        '<td data-label="条款数" class="n">12</td>' +
        '<td data-label="来源" class="wide source unknown">未知</td>' +
        '</tr>',
    );
    expect(rowCells({ ...bare, source: { url: 'https://example.org/b', name: null } }, '/').at(-1)!.content).toEqual([
      { href: 'https://example.org/b', rel: 'external', content: ['来源'] },
    ]);
  });
});
