/**
 * Reads an indicator table (`指标 | 2020年 | 2025年 | 属性 | 备注`): the
 * first year column is the baseline, the last the target; a unit in the
 * indicator's brackets (`专利授权量（件）`, `（亿元）`) scales the values
 * (亿元 → 元); `-` is no value. Each row becomes one target anchored at
 * the table's id.
 *
 * Example: `每万人高价值发明专利拥有量（件） | 2.04 | 4.1 | 预期性 | …` →
 * baseline 2.04 (2020), target 4.1 件 (2025), 预期性.
 */
import type { PolicyDocument, Table } from '../../model/types.ts';
import { basisOf } from './prose.ts';
import { scale } from './quantity.ts';
import { canonicalOf, type IndicatorRules } from './rules.ts';
import type { Target } from '../../data/schemas/targets.ts';

const column = (header: string[], test: (cell: string) => boolean): number =>
  header.findIndex((cell) => test(cell.replace(/\s+/g, '')));

/** The targets of an indicator table; empty when the table has no 指标 and year columns. */
export function tableTargets(doc: PolicyDocument, table: Table, rules: IndicatorRules): Target[] {
  const header = table.header;
  const name = column(header, (cell) => cell === '指标' || cell === '指标名称');
  const years = header
    .map((cell, index) => ({ index, year: /^(\d{4})年?$/.exec(cell.replace(/\s+/g, ''))?.[1] }))
    .filter((c) => c.year);
  if (name < 0 || years.length === 0) return [];
  const target = years.at(-1)!;
  const base = years.length > 1 ? years[0] : null;
  const nature = column(header, (cell) => cell === '属性');
  const note = column(header, (cell) => cell === '备注');
  const out: Target[] = [];
  table.rows.forEach((row, index) => {
    const cell = (i: number): string => (i >= 0 ? (row[i] ?? '').trim() : '');
    const written = cell(name);
    const bracket = /[（(]([^（）()]+)[）)]$/.exec(written);
    const indicator = bracket ? written.slice(0, bracket.index) : written;
    let unit = bracket?.[1] ?? null;
    let factor = 1;
    const magnitude = unit
      ? Object.keys(rules.rules.magnitudes).find((m) => unit!.startsWith(m) && unit!.length > m.length)
      : undefined;
    if (magnitude) {
      factor = rules.rules.magnitudes[magnitude];
      unit = unit!.slice(magnitude.length);
    }
    const value = cell(target.index);
    if (!/^\d+(\.\d+)?$/.test(value)) return;
    const canonical = canonicalOf(rules, indicator);
    const baseValue = base ? cell(base.index) : '';
    out.push({
      id: `${table.id}-r${index + 1}`,
      docId: doc.meta.id,
      city: doc.meta.jurisdiction.name,
      sourceId: table.id,
      sourceKind: 'table',
      path: `${table.path} 第${index + 1}行`,
      indicator,
      canonical: canonical?.id ?? null,
      written: `${value}${bracket ? bracket[1] : ''}`,
      value: scale(value, factor),
      valueMax: null,
      unit: unit ?? canonical?.unit ?? null,
      unitSource: unit ? 'text' : canonical ? 'indicator' : null,
      comparator: '=',
      baseline:
        base && /^\d+(\.\d+)?$/.test(baseValue)
          ? { value: scale(baseValue, factor), year: Number(base.year), written: baseValue }
          : null,
      targetYear: Number(target.year),
      nature: cell(nature) && cell(nature) !== '-' ? cell(nature) : null,
      basis: basisOf(indicator, rules.rules),
      context: row.join(' | '),
      note: cell(note) && cell(note) !== '-' ? cell(note) : null,
    });
  });
  return out;
}
