/**
 * `targets.csv`: one row per target, columns and values in Chinese, written
 * by the project's one CSV writer (UTF-8 with a BOM, so Excel opens the
 * Chinese text correctly).
 *
 * Example row: `weihai-2-p1-t3,weihai,威海市,weihai-2-p1,条款,二、第1段,商标有效注册量,valid-trademarks,8万件,80000,,件,原文,=,…`.
 */
import { toCsv } from '../../model/csv.ts';
import { basisLabel, type Target } from '../../data/schemas/targets.ts';

/** The columns of targets.csv, in order. */
export const targetColumns = [
  '目标id',
  '文件id',
  '地区',
  '出处id',
  '出处类型',
  '出处',
  '指标',
  '归并指标id',
  '原文写法',
  '数值',
  '数值上限',
  '单位',
  '单位来源',
  '比较',
  '基期值',
  '基期年份',
  '目标年份',
  '指标属性',
  '计算方式',
  '备注',
  '原文语句',
] as const;

const sourceKinds: Record<Target['sourceKind'], string> = { clause: '条款', table: '指标表' };
const unitSources: Record<NonNullable<Target['unitSource']>, string> = { text: '原文', indicator: '归并指标' };

/** The targets as CSV text (BOM included). */
export function toTargetsCsv(targets: readonly Target[]): string {
  const rows = targets.map((t) => ({
    目标id: t.id,
    文件id: t.docId,
    地区: t.city,
    出处id: t.sourceId,
    出处类型: sourceKinds[t.sourceKind],
    出处: t.path,
    指标: t.indicator,
    归并指标id: t.canonical,
    原文写法: t.written,
    数值: t.value,
    数值上限: t.valueMax,
    单位: t.unit,
    单位来源: t.unitSource ? unitSources[t.unitSource] : null,
    比较: t.comparator,
    基期值: t.baseline?.value,
    基期年份: t.baseline?.year,
    目标年份: t.targetYear,
    指标属性: t.nature,
    计算方式: basisLabel[t.basis],
    备注: t.note,
    原文语句: t.context,
  }));
  return toCsv(targetColumns, rows);
}
