/**
 * The result set as a CSV file a researcher keeps: one row per result in
 * the order shown, with Chinese headers, the clause's full text, its
 * citation (GB/T 7714 style with the day of access and the address) and
 * its address, written by the project's one CSV writer (`src/model/csv.ts`).
 */
import { fullCitation } from '../../model/citation.ts';
import { toCsv } from '../../model/csv.ts';

/** The columns of the export, in order. */
export const exportColumns = ['条款编号', '地区', '文件', '条款路径', '条文', '引用', '网址'] as const;

/** One result as the export needs it. */
export interface ExportRow {
  id: string;
  place: string;
  document: string;
  path: string;
  text: string;
  cite: string;
  /** Absolute address of the clause. */
  url: string;
}

/** The CSV text of the rows, accessed on `today`. */
export function resultsCsv(rows: readonly ExportRow[], today = new Date()): string {
  const records = rows.map((row) => ({
    条款编号: row.id,
    地区: row.place,
    文件: row.document,
    条款路径: row.path,
    条文: row.text,
    引用: fullCitation(row.cite, today, row.url),
    网址: row.url,
  }));
  return toCsv(exportColumns, records);
}

/** Offers a text as a file download. */
export function download(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
