/**
 * The CSV text of the research exports (concordance lines and counts,
 * co-word edges, citations): UTF-8 with a byte-order mark so spreadsheet
 * programs read the Chinese, CRLF line ends, a field quoted only when it
 * holds a comma, a quote or a line break. Written by csv-stringify (its
 * browser build, which runs in Node too).
 *
 *   csvText(['文件', '次数'], [['宁波市 · 专利管理条例', 3]]) → '\uFEFF文件,次数\r\n宁波市 · 专利管理条例,3\r\n'
 */
import { stringify } from 'csv-stringify/browser/esm/sync';

/** A header row and records as CSV text, BOM first. */
export function csvText(header: readonly string[], records: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `\uFEFF${stringify([[...header], ...records.map((record) => [...record])], { record_delimiter: 'windows', quoted_match: /[\r\n",]/ })}`;
}
