/**
 * `targets.csv`: one row per target, UTF-8 with a BOM so Excel opens the
 * Chinese text correctly. Written by csv-stringify.
 *
 * Example row: `weihai-2-p1-t3,weihai,威海市,weihai-2-p1,clause,二、第1段,商标有效注册量,valid-trademarks,8万件,80000,,件,…`.
 */
import { stringify } from 'csv-stringify/sync';
import type { Target } from '../../data/schemas/targets.ts';

/** The targets as CSV text (BOM included). */
export function toTargetsCsv(targets: readonly Target[]): string {
  const rows = targets.map((t) => ({
    id: t.id,
    doc_id: t.docId,
    city: t.city,
    source_id: t.sourceId,
    source_kind: t.sourceKind,
    path: t.path,
    indicator: t.indicator,
    canonical: t.canonical ?? '',
    written: t.written,
    value: t.value,
    value_max: t.valueMax ?? '',
    unit: t.unit ?? '',
    unit_source: t.unitSource ?? '',
    comparator: t.comparator,
    baseline: t.baseline?.value ?? '',
    baseline_year: t.baseline?.year ?? '',
    target_year: t.targetYear ?? '',
    nature: t.nature ?? '',
    basis: t.basis,
    note: t.note ?? '',
    context: t.context,
  }));
  return stringify(rows, { header: true, bom: true, quoted_string: false });
}
