/**
 * Metadata a web page's 政府信息公开 table states: issuer (发布机构),
 * 文号 (文号/发文字号), dates (成文日期 → 印发, 发布日期 → 发布,
 * 生效日期 → 施行) and status (有效性). The table's rows are preamble
 * blocks (role `record`), before or just after the title; each field found
 * is reported with the line it stands on.
 *
 * Example: `发布机构 | 济南市人民政府办公厅 | 有效性 | 有效` → issuers
 * [济南市人民政府办公厅], status 现行有效.
 */
import type { DatedEvent, DateEvent, PolicyDocument } from '../../src/model/types.ts';
import { infoFields, isoDateOf, statusOf } from '../../src/pipeline/structure/info-table.ts';

/** What the 公开 table of a document states; every field null or empty when it has none. */
export interface WebPageMeta {
  issuers: string[];
  docNumber: string | null;
  dates: DatedEvent[];
  status: '现行有效' | '已修订' | '已废止' | '尚未施行' | null;
  /** `字段：值（公开信息表，第 N 行）` lines for the report, by the field they draft. */
  found: Record<'issuers' | 'docNumber' | 'dates' | 'status', string[]>;
}

const dateEvents: ReadonlyArray<readonly [string, DateEvent]> = [
  ['成文日期', '印发'],
  ['发布日期', '发布'],
  ['生效日期', '施行'],
];

/** Reads the 公开 table among a document's preamble blocks. */
export function webPageMeta(doc: PolicyDocument): WebPageMeta {
  const fields = new Map<string, { value: string; line: number }>();
  for (const block of doc.preamble.filter((b) => b.role === 'record')) {
    for (const { field, value } of infoFields(block.text))
      if (value && !fields.has(field)) fields.set(field, { value, line: block.line });
  }
  const found: WebPageMeta['found'] = { issuers: [], docNumber: [], dates: [], status: [] };
  const where = (field: string): string => `公开信息表，第 ${fields.get(field)!.line} 行`;
  const issuer = fields.get('发布机构');
  const issuers = issuer ? issuer.value.split(/[、，,\s]+/).filter((s) => s.length >= 2) : [];
  if (issuers.length) found.issuers.push(`发布机关：${issuers.join('、')}（${where('发布机构')}）`);
  const docNumber =
    fields
      .get('文号')
      ?.value.replace(/[[［]/g, '〔')
      .replace(/[\]］]/g, '〕') || null;
  if (docNumber) found.docNumber.push(`文号：${docNumber}（${where('文号')}）`);
  const dates = dateEvents.flatMap(([field, event]) => {
    const date = fields.has(field) ? isoDateOf(fields.get(field)!.value) : null;
    if (date) found.dates.push(`日期：${date} ${event}（${field}，${where(field)}）`);
    return date ? [{ event, date, by: null }] : [];
  });
  const validity = fields.get('有效性');
  const status = validity ? statusOf(validity.value) : null;
  if (status) found.status.push(`状态：${status}（有效性“${validity!.value}”，${where('有效性')}）`);
  return { issuers, docNumber, dates, status, found };
}
