/**
 * The one CSV writer: a field with a line break, a comma or a quote stays
 * one field for a CSV parser (and Excel), the file starts with a BOM, has a
 * header row and CRLF between records.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/model/csv.ts';

const columns = ['条款', '条文', '数'] as const;

describe('toCsv', () => {
  it('keeps a clause of several paragraphs in one field: a lone LF, a CR, a comma and a quote are all quoted', () => {
    const records = [
      { 条款: '第三十一条', 条文: '专利纠纷可以调解。\n调解不成的，可以起诉。', 数: 2 },
      { 条款: '第一条', 条文: '为了保护专利权人的合法权益，制定本条例。', 数: 1 },
      { 条款: '第二条', 条文: '“专利”即"patent"\r\n及其他', 数: null },
    ];
    const csv = toCsv(columns, records);
    const rows = parse(csv.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.条文)).toEqual(records.map((r) => r.条文));
    expect(rows.map((r) => r.数)).toEqual(['2', '1', '']);
    expect(csv).toContain('"专利纠纷可以调解。\n调解不成的，可以起诉。"');
  });

  it('starts with a BOM and a header row, ends every record with CRLF, and writes a header even without rows', () => {
    const csv = toCsv(columns, [{ 条款: '第一条', 条文: '正文', 数: 1 }]);
    expect(csv).toBe('\uFEFF条款,条文,数\r\n第一条,正文,1\r\n');
    expect(toCsv(columns, [])).toBe('\uFEFF条款,条文,数\r\n');
  });

  it('leaves a field without special characters unquoted, so a spreadsheet shows it as it is', () => {
    expect(toCsv(['a'], [{ a: '保护；管理' }])).toBe('\uFEFFa\r\n保护；管理\r\n');
  });
});
