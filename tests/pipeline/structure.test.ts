import { allRealDocs } from '../robustness/content-dir.ts';
import { describe, expect, it } from 'vitest';
import type { BodyNode, Section } from '../../src/model/types.ts';
import { realClauses, realCorpus, realDocument } from './real-corpus.ts';
import { tableRowsOf } from '../../src/model/walk.ts';

const section = (nodes: readonly BodyNode[], title: string): Section => {
  const found = nodes.find((n): n is Section => n.type === 'section' && n.title === title);
  if (!found) throw new Error(`no section ${title}`);
  return found;
};
const numberedUnder = (id: string, prefix: string) =>
  realClauses(id).filter((c) => c.id.startsWith(prefix) && c.number !== null);

describe('structure of the five plans', () => {
  it('builds every document, the five plans among them, without a fatal problem (the conservation proof included)', () => {
    const run = realCorpus();
    expect(run.failed).toBe(false);
    expect(run.corpus.documents.map((d) => d.meta.id)).toEqual(allRealDocs);
    expect(allRealDocs).toEqual(expect.arrayContaining(['baotou', 'chongqing', 'luolong', 'ningbo', 'weihai']));
  });

  it('宁波: 24 numbered items （一）–（二十四） running across sections; `2、` read as 二、', () => {
    const items = realClauses('ningbo').filter((c) => c.number?.startsWith('（'));
    expect(items).toHaveLength(24);
    expect(items[0]).toMatchObject({ id: 'ningbo-2-1', path: '二、（一）', title: '严格司法保护' });
    expect(items[23]).toMatchObject({ id: 'ningbo-6-24', path: '六、（二十四）', title: '强化宣传引导' });
    const repair = realDocument('ningbo').repairs.find((r) => r.kind === 'heading-number');
    expect(repair).toMatchObject({ line: 6, before: '2、', after: '二、' });
    expect(section(realDocument('ningbo').body, '加强知识产权保护体系建设').original).toContain('2、');
  });

  it('重庆: 17 numbered tasks and 4 保障措施 items', () => {
    expect(numberedUnder('chongqing', 'chongqing-2-')).toHaveLength(17);
    expect(numberedUnder('chongqing', 'chongqing-3-')).toHaveLength(4);
    const task = realClauses('chongqing').find((c) => c.id === 'chongqing-2-1-1')!;
    expect(task.path).toBe('二、（一）1.');
    expect(task.headings).toEqual(['二、共建任务', '（一）加强总体设计和系统谋划，共同打造高标准知识产权强市新典范']);
  });

  it('洛龙区: 23 numbered tasks under （一）–（六）, each with its title and paragraphs', () => {
    const tasks = numberedUnder('luolong', 'luolong-2-');
    expect(tasks).toHaveLength(23);
    expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 23 }, (_, i) => `${i + 1}.`));
    const seven = tasks[6];
    expect(seven).toMatchObject({ id: 'luolong-2-2-7', path: '二、（二）7.', title: '健全知识产权快保护机制' });
    expect(seven.text.split('\n')).toHaveLength(3);
    expect(realDocument('luolong').preamble.map((b) => b.role)).toEqual(['breadcrumb', 'salutation', 'letter']);
  });

  it('威海: 14 重点任务 and 3 保障措施', () => {
    expect(numberedUnder('weihai', 'weihai-3-')).toHaveLength(14);
    expect(numberedUnder('weihai', 'weihai-4-')).toHaveLength(3);
    expect(realDocument('weihai').preamble).toEqual([]);
  });

  it('包头: each indicator row is a unit of its own, with an id and the cells that say something', () => {
    const rows = tableRowsOf(realDocument('baotou').body);
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 10 }, (_, i) => `baotou-table1-r${i + 1}`));
    expect(rows[5]!.text).toBe('年度知识产权质押融资登记金额（亿元）；3.17；10.7；预期性；按照年均增长率27.5%计算');
    expect(rows[8]!.text).toBe('稀土产业规上企业专利拥有率（%）；100；约束性');
    expect(rows[0]!.headings).toEqual([]);
  });

  it('包头: no invented headings; an indicator table and seven 专栏 boxes in place', () => {
    const doc = realDocument('baotou');
    expect(doc.body.filter((n) => n.type === 'section')).toEqual([]);
    const table = doc.body.find((n) => n.type === 'table')!;
    expect(table.type === 'table' && table.header).toEqual(['指标', '2020年', '2025年', '属性', '备注']);
    expect(table.type === 'table' && table.rows).toHaveLength(10);
    expect(table.type === 'table' && table.rows[0]).toEqual([
      '每万人高价值发明专利拥有量（件）',
      '2.04',
      '4.1',
      '预期性',
      '按照年均增长率15%计算',
    ]);
    const boxes = doc.body.filter((n) => n.type === 'box');
    expect(boxes.map((b) => b.type === 'box' && b.title)).toEqual([
      '专栏1 高价值专利培育工程',
      '专栏2 知识产权强企工程',
      '专栏3 知识产权保护机构建设工程',
      '专栏4 专利导航示范工程',
      '专栏5 商标品牌建设工程',
      '专栏6 地理标志运用促进工程',
      '专栏7 知识产权服务业培育工程',
    ]);
    const items = realClauses('baotou').filter((c) => c.box === '专栏1 高价值专利培育工程');
    expect(items.map((c) => c.number)).toEqual(['1.', '2.', '3.', '4.']);
    expect(items[1].text).toContain('每件给予5000元');
    expect(doc.preamble.map((b) => b.role)).toEqual(['letter', 'doc-number', 'salutation', 'letter', 'issuer', 'date']);
    expect(doc.title).toBe('包头市“十四五”知识产权保护和运用规划');
  });

  it('splits responsible units into agencies, keeping bracketed qualifiers whole', () => {
    const weihai = realClauses('weihai').find((c) => c.id === 'weihai-3-3')!;
    expect(weihai.agencies).toEqual(['市法院', '市检察院', '市公安局', '市司法局']);
    expect(weihai.agencyNote).toBe('（责任单位：市法院、市检察院、市公安局、市司法局）');
    expect(weihai.text).not.toContain('责任单位');
    expect(weihai.original).toContain('(责任单位:市法院、市检察院、市公安局、市司法局)');
    const cq = realClauses('chongqing').find((c) => c.id === 'chongqing-2-1-1')!;
    expect(cq.agencies.slice(0, 4)).toEqual([
      '市知识产权局',
      '市司法局',
      '市发展改革委',
      '各区县（自治县，以下简称区县）政府',
    ]);
    expect(cq.agencies).toContain('国家知识产权局条法司');
    expect(cq.original).toContain('〔責任單位：市知識產權局');
  });

  it('gives every clause a unique, URL-safe id', () => {
    for (const doc of realCorpus().corpus.documents) {
      const ids = realClauses(doc.meta.id).map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    }
  });
});
