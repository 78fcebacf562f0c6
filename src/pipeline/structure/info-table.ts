/**
 * The 政府信息公开 table a government web page puts above (or just below)
 * a document's title: 索引号, 发布机构, 成文日期, 发布日期, 文号, 有效性,
 * 主题分类… It comes as `|` rows (a table saved as text) or as
 * `字段：值` lines, often several pairs to a line. Its lines belong to the
 * preamble, never to the title or the clauses; its fields draft the
 * metadata.
 *
 * Example: `索引号 | 001008003015081/2022-00489 | 发布机构 | 济南市人民政府办公厅 |`
 * → 索引号 = 001008003015081/2022-00489, 发布机构 = 济南市人民政府办公厅.
 */

/** The fields a 公开 table names, with the name each is kept under (发文字号 → 文号, 发文机关 → 发布机构, 名称 → 标题). */
const fieldNames: Readonly<Record<string, string>> = {
  索引号: '索引号',
  主题分类: '主题分类',
  主题词: '主题词',
  体裁分类: '体裁分类',
  组配分类: '组配分类',
  发布机构: '发布机构',
  发文机关: '发布机构',
  发文单位: '发布机构',
  成文日期: '成文日期',
  发布日期: '发布日期',
  公开日期: '发布日期',
  生效日期: '生效日期',
  施行日期: '生效日期',
  失效日期: '失效日期',
  文号: '文号',
  发文字号: '文号',
  有效性: '有效性',
  时效: '有效性',
  标题: '标题',
  名称: '标题',
  公开方式: '公开方式',
  公开范围: '公开范围',
  信息来源: '信息来源',
};

const names = Object.keys(fieldNames)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A field name at the start of a line or cell, with or without its colon. */
const cellField = new RegExp(`^(${names})\\s*[：:]?\\s*(.*)$`);
/** `字段：值` pairs in a line; a value runs to the next field name and its colon (normalized text has no space between them). */
const pairs = new RegExp(`(${names})\\s*[：:]\\s*`, 'g');

/** One field of the table: the name it is kept under and its value as written. */
export interface InfoField {
  field: string;
  value: string;
}

/** The cells of a `|` row, border pipes and surrounding spaces taken off. */
function cells(text: string): string[] {
  return text
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** The fields of a `|` row: a cell that names a field gives its value in the same cell (`文号：…`) or the next one. */
function rowFields(text: string): InfoField[] {
  const row = cells(text);
  const found: InfoField[] = [];
  for (let i = 0; i < row.length; i++) {
    const match = cellField.exec(row[i]);
    if (!match) continue;
    const inCell = match[2].trim();
    const value = inCell || (row[i + 1] !== undefined && !cellField.test(row[i + 1]) ? row[++i] : '');
    found.push({ field: fieldNames[match[1]], value });
  }
  return found;
}

/** The fields of a `字段：值` line; empty unless the line starts with a field name. */
function pairFields(text: string): InfoField[] {
  const matches = [...text.matchAll(pairs)];
  if (!matches.length || matches[0].index !== 0) return [];
  return matches.map((m, i) => ({
    field: fieldNames[m[1]],
    value: text.slice(m.index + m[0].length, matches[i + 1]?.index ?? text.length).trim(),
  }));
}

/**
 * The 公开 fields a line states, or an empty list when it is not a line of
 * such a table: a `|` row whose first cell names a field, or a line that
 * starts with `字段：`.
 */
export function infoFields(text: string): InfoField[] {
  if (text.includes('|')) {
    const row = cells(text);
    const first = row.find((cell) => cell !== '');
    return first !== undefined && cellField.test(first) ? rowFields(text) : [];
  }
  return pairFields(text);
}

/** Whether a line belongs to a 政府信息公开 table. */
export function isInfoTableLine(text: string): boolean {
  return infoFields(text).length > 0;
}

/** `2022-03-15`, `2022年3月15日`, `2022/3/15`, `2022.03.15` → `2022-03-15`; null when the value is no date. */
export function isoDateOf(value: string): string | null {
  const match = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(value);
  return match ? `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}` : null;
}

/** The status a 有效性 value states (有效 → 现行有效, 失效/废止 → 已废止, 已修订, 尚未生效 → 尚未施行); null for anything else. */
export function statusOf(value: string): '现行有效' | '已修订' | '已废止' | '尚未施行' | null {
  const plain = value.replace(/\s/g, '');
  if (/^(现行)?有效$/.test(plain)) return '现行有效';
  if (/修订|修改|修正/.test(plain)) return '已修订';
  if (/失效|废止|作废/.test(plain)) return '已废止';
  if (/未生效|尚未施行|未施行/.test(plain)) return '尚未施行';
  return null;
}
