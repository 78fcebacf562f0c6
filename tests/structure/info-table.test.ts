/**
 * The 政府信息公开 table of a web page, as `|` rows or `字段：值` lines:
 * its fields are read, its lines are preamble (never the title, never a
 * clause), wherever it stands above the body.
 */
import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../src/model/walk.ts';
import { processDocument } from '../../src/pipeline/document.ts';
import { infoFields, isoDateOf, statusOf } from '../../src/pipeline/structure/info-table.ts';

describe('政府信息公开 table fields', () => {
  it('reads `|` rows with one or several field/value pairs, empty cells and border pipes', () => {
    expect(infoFields('索引号|001008003015081/2022-00489|||')).toEqual([
      { field: '索引号', value: '001008003015081/2022-00489' },
    ]);
    expect(infoFields('| 发布机构 | 济南市人民政府办公厅 | 成文日期 | 2022-03-15 |')).toEqual([
      { field: '发布机构', value: '济南市人民政府办公厅' },
      { field: '成文日期', value: '2022-03-15' },
    ]);
    expect(infoFields('| 发文字号：济政办发〔2022〕5号 | 有效性：有效 |')).toEqual([
      { field: '文号', value: '济政办发〔2022〕5号' },
      { field: '有效性', value: '有效' },
    ]);
  });

  it('reads `字段：值` lines, several pairs to a line with or without spaces between them', () => {
    expect(infoFields('发布机构：威海市人民政府办公室发文字号：威政办发〔2022〕3号')).toEqual([
      { field: '发布机构', value: '威海市人民政府办公室' },
      { field: '文号', value: '威政办发〔2022〕3号' },
    ]);
    expect(infoFields('名称: 某某规划  公开日期: 2022/3/18')).toEqual([
      { field: '标题', value: '某某规划' },
      { field: '发布日期', value: '2022/3/18' },
    ]);
  });

  it('leaves clause text and other tables alone', () => {
    expect(infoFields('第五条 发布机构：应当公开。')).toEqual([]);
    expect(infoFields('| 指标 | 2020年 | 2025年 |')).toEqual([]);
    expect(infoFields('各区县人民政府，市政府各部门：')).toEqual([]);
  });

  it('reads dates and 有效性 values', () => {
    expect(['2022-03-15', '2022年3月5日', '2022/3/5', '2022.03.05'].map(isoDateOf)).toEqual([
      '2022-03-15',
      '2022-03-05',
      '2022-03-05',
      '2022-03-05',
    ]);
    expect(isoDateOf('无')).toBeNull();
    expect(['有效', '现行有效', '失效', '已废止', '已修订', '尚未生效', '其他'].map(statusOf)).toEqual([
      '现行有效',
      '现行有效',
      '已废止',
      '已废止',
      '已修订',
      '尚未施行',
      null,
    ]);
  });
});

describe('a 公开 table around the title of a real text', () => {
  const plan = readFileSync('content/documents/ningbo/source.txt', 'utf8');
  const read = (text: string) =>
    processDocument({
      id: 't',
      bytes: Buffer.from(text),
      meta: null,
      errata: [],
      errataFile: '',
      file: new VFile({ path: 't.txt' }),
    });
  const plain = read(plan);
  const table =
    '索引号 | 001008003015081/2022-00489 | 主题分类 | 科技 |\n发布机构 | 宁波市人民政府办公厅 | 有效性 | 有效 |\n';

  it('above the title: preamble rows, the title and clauses unchanged', () => {
    const doc = read(table + plan);
    expect(doc.title).toBe(plain.title);
    expect(doc.preamble.slice(0, 2).map((b) => b.role)).toEqual(['record', 'record']);
    expect(clausesOf(doc.body).map((c) => c.text)).toEqual(clausesOf(plain.body).map((c) => c.text));
  });

  it('just below the title: preamble rows too, not a table in the body', () => {
    const [first, ...rest] = plan.split('\n');
    const doc = read([first, table.trimEnd(), ...rest].join('\n'));
    expect(doc.preamble.filter((b) => b.role === 'record')).toHaveLength(2);
    expect(doc.stats.tables).toBe(plain.stats.tables);
    expect(clausesOf(doc.body).map((c) => c.text)).toEqual(clausesOf(plain.body).map((c) => c.text));
  });
});
