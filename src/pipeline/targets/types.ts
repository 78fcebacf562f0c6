/**
 * Shapes of the published targets data (`/data/targets.json`): one
 * quantitative target or indicator value a document commits to, with the
 * text it was read from, so every number can be checked against its clause.
 */

/** How a value accumulates. */
export type TargetBasis = 'level' | 'cumulative' | 'annual' | 'per-item';

/** How a value accumulates, in words: level → 期末值. */
export const basisLabel: Record<TargetBasis, string> = { level: '期末值', cumulative: '累计/总量', annual: '年度', 'per-item': '每项' };

/** One quantitative target. */
export interface Target {
  /** Stable id: the source id plus `-t<n>` (prose) or `-r<n>` (table row). */
  id: string;
  docId: string;
  /** City as the document names it: `威海市`, `洛龙区`. */
  city: string;
  /** Clause id, or table id for a table row (both are anchors on the document page). */
  sourceId: string;
  sourceKind: 'clause' | 'table';
  /** Citable path of the source: `二、第1段`, `表1 第3行`. */
  path: string;
  /** The indicator as written; `…` stands where the value was cut out. */
  indicator: string;
  /** Canonical indicator id from `content/indicators.yaml`, or null. */
  canonical: string | null;
  /** The value as written: `8万件`, `40万件以上`, `1-5万元`. */
  written: string;
  /** Normalized value in `unit` (8万件 → 80000). */
  value: number;
  /** Upper end of a written range (`1-5万元` → 50000), else null. */
  valueMax: number | null;
  /** Normalized unit: 件, 元, 家, 人, 人次, 名, 个, 项, 分, %; null when neither text nor indicator gives one. */
  unit: string | null;
  /** Whether the unit stands in the text (`written`) or comes from the canonical indicator. */
  unitSource: 'text' | 'indicator' | null;
  /** `=`, or `≥` for 以上, `>` for 超过 … */
  comparator: string;
  baseline: { value: number; year: number; written: string } | null;
  /** Year the value is to be reached (到2025年); null when the text gives none or it does not apply. */
  targetYear: number | null;
  /** 预期性 / 约束性 when the text says. */
  nature: string | null;
  basis: TargetBasis;
  /** The sentence (or table row) the target was read from. */
  context: string;
  /** 备注 of a table row, else null. */
  note: string | null;
}

/** The published targets file (`targets.json`). */
export interface TargetsData {
  schema: 1;
  indicators: Array<{ id: string; label: string; unit: string }>;
  targets: Target[];
}
