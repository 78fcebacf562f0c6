/**
 * Schema of the published targets (`targets.json`): each quantitative
 * target or indicator value a document commits to, with the text it was
 * read from, so every number can be checked against its clause.
 *
 * Example: `{id: 'weihai-3-2-t1', docId: 'weihai', written: '8万件', value: 80000, unit: '件', targetYear: 2025, …}`.
 */
import { z } from 'zod';

/** How a value accumulates. */
export const targetBasisSchema = z.enum(['level', 'cumulative', 'annual', 'per-item']);

/** How a value accumulates. */
export type TargetBasis = z.infer<typeof targetBasisSchema>;

/** How a value accumulates, in words: level → 期末值. */
export const basisLabel: Record<TargetBasis, string> = {
  level: '期末值',
  cumulative: '累计/总量',
  annual: '年度',
  'per-item': '每项',
};

/** One quantitative target. */
export const targetSchema = z
  .object({
    /** Stable id: the source id plus `-t<n>` (prose) or `-r<n>` (table row). */
    id: z.string(),
    docId: z.string(),
    /** Place as the document names it: `威海市`, `洛龙区`. */
    city: z.string(),
    /** Clause id, or table id for a table row (both are anchors on the document page). */
    sourceId: z.string(),
    sourceKind: z.enum(['clause', 'table']),
    /** Citable path of the source: `二、第1段`, `表1 第3行`. */
    path: z.string(),
    /** The indicator as written; `…` stands where the value was cut out. */
    indicator: z.string(),
    /** Canonical indicator id from `content/indicators.yaml`, or null. */
    canonical: z.string().nullable(),
    /** The value as written: `8万件`, `40万件以上`, `1-5万元`. */
    written: z.string(),
    /** Normalized value in `unit` (8万件 → 80000). */
    value: z.number(),
    /** Upper end of a written range (`1-5万元` → 50000), else null. */
    valueMax: z.number().nullable(),
    /** Normalized unit: 件, 元, 家, 人, 人次, 名, 个, 项, 分, %; null when neither text nor indicator gives one. */
    unit: z.string().nullable(),
    /** Whether the unit stands in the text (`written`) or comes from the canonical indicator. */
    unitSource: z.enum(['text', 'indicator']).nullable(),
    /** `=`, or `≥` for 以上, `>` for 超过 … */
    comparator: z.string(),
    baseline: z.object({ value: z.number(), year: z.number(), written: z.string() }).strict().nullable(),
    /** Year the value is to be reached (到2025年); null when the text gives none or it does not apply. */
    targetYear: z.number().nullable(),
    /** 预期性 / 约束性 when the text says. */
    nature: z.string().nullable(),
    basis: targetBasisSchema,
    /** The sentence (or table row) the target was read from. */
    context: z.string(),
    /** 备注 of a table row, else null. */
    note: z.string().nullable(),
  })
  .strict();

/** One quantitative target. */
export type Target = z.infer<typeof targetSchema>;

/** The published targets file (`targets.json`). */
export const targetsDataSchema = z
  .object({
    schema: z.literal(1),
    indicators: z.array(z.object({ id: z.string(), label: z.string(), unit: z.string() }).strict()),
    targets: z.array(targetSchema),
  })
  .strict();

/** The published targets file. */
export type TargetsData = z.infer<typeof targetsDataSchema>;
