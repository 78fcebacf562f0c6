/**
 * The one CSV writer of the project, for the files the build publishes and
 * the exports the pages make in the browser: UTF-8 with a byte-order mark
 * (so Excel reads the Chinese), a header row, CRLF between records (RFC
 * 4180), and every field that holds a comma, a quote, a carriage return or
 * a line feed quoted. A clause of several paragraphs (`…\n…`) is one field,
 * in Excel and in a CSV parser alike.
 *
 * Written by csv-stringify; its browser build runs in Node as well, so the
 * build and the pages share this module. csv-stringify on its own quotes a
 * field only when it holds the record delimiter (`\r\n`), so a lone `\n`
 * would end the row: `quoted_match` adds CR and LF.
 *
 * Example: `toCsv(['条款', '条文'], [{ 条款: '第一条', 条文: '一、…\n二、…' }])`
 * → `\uFEFF条款,条文\r\n第一条,"一、…\n二、…"\r\n`.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';

/** A value of one cell; null and undefined are written as an empty cell. */
export type CsvValue = string | number | null | undefined;

/** The CSV text (BOM, header, CRLF) of records whose fields are the columns, in that order. */
export function toCsv<K extends string>(
  columns: readonly K[],
  records: readonly Readonly<Record<K, CsvValue>>[],
): string {
  return csvText(
    columns,
    records.map((record) => columns.map((column) => record[column])),
  );
}

/** The CSV text (BOM, header, CRLF) of a header row and rows given as arrays in the header's order. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const cells = rows.map((row) => row.map(cell));
  return `\uFEFF${stringify([[...header], ...cells], { record_delimiter: 'windows', quoted_match: /[\r\n]/ })}`;
}

function cell(value: CsvValue): string {
  return value === null || value === undefined ? '' : String(value);
}
