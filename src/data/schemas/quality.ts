/**
 * Schema of the quality figures the catalogue carries (`catalog.quality`),
 * computed by the corpus build so that no page scores anything itself:
 *
 * - `instruments`: the published instrument and strength labels against
 *   the hand-coded gold set (`tests/gold/instruments.yaml`), scored by the
 *   code `npm run eval:instruments` uses; null when the corpus lacks the
 *   gold clauses (a generated test corpus).
 * - `lodo`: the leave-one-document-out figures that
 *   `npm run eval:labels -- --write` keeps, with their targets; null when
 *   they have not been written.
 *
 * Example: `quality.instruments.scopes[0]` → `{id: 'all', name: '全部',
 * splits: {all: {clauses: 510, groupMicroF1: 0.93, …}, …}}`.
 */
import { z } from 'zod';

/** The splits of the instrument gold set, in report order. */
export const qualitySplits = ['all', 'tune', 'held-out'] as const;

/** Agreement with the gold set on one split of one scope. */
export const splitFiguresSchema = z
  .object({
    /** Gold clauses with instruments coded. */
    clauses: z.number(),
    groupMicroF1: z.number(),
    instrumentMicroF1: z.number(),
    instrumentMacroF1: z.number(),
    /** Gold clauses with a strength coded. */
    strengthClauses: z.number(),
    strengthAccuracy: z.number(),
    strengthKappa: z.number(),
  })
  .strict();

/** Agreement with the gold set on one split of one scope. */
export type SplitFigures = z.infer<typeof splitFiguresSchema>;

/** Precision, recall and F1 of one label; `support` is the number of gold clauses with it. */
export const labelScoreSchema = z
  .object({ precision: z.number(), recall: z.number(), f1: z.number(), support: z.number() })
  .strict();

/** Precision, recall and F1 of one label. */
export type LabelScore = z.infer<typeof labelScoreSchema>;

/** The instrument labels of the published corpus against the gold set. */
export const instrumentQualitySchema = z
  .object({
    /** All gold clauses, then each genre family. */
    scopes: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          splits: z
            .object({ all: splitFiguresSchema, tune: splitFiguresSchema, 'held-out': splitFiguresSchema })
            .strict(),
        })
        .strict(),
    ),
    /** Each instrument group, then each instrument, on all gold clauses and on the held-out split. */
    labels: z.array(
      z.object({ id: z.string(), group: z.boolean(), all: labelScoreSchema, heldOut: labelScoreSchema }).strict(),
    ),
    targets: z
      .object({
        groupMicroF1: z.number(),
        instrumentMicroF1: z.number(),
        instrumentF1: z.number(),
        instrumentMinSupport: z.number(),
        strengthAccuracy: z.number(),
      })
      .strict(),
    /** Targets missed on all gold clauses; empty when every target is met. */
    failures: z.array(z.string()),
  })
  .strict();

/** The instrument labels of the published corpus against the gold set. */
export type InstrumentQuality = z.infer<typeof instrumentQualitySchema>;

/** F1 of one label set in one scope of the leave-one-document-out measurement. */
export const lodoSetSchema = z.object({ micro: z.number(), macro: z.number(), clauses: z.number() }).strict();

/** F1 of one label set in one scope. */
export type LodoSetFigures = z.infer<typeof lodoSetSchema>;

/** The leave-one-document-out figures of one scope. */
export const lodoScopeSchema = z
  .object({
    themes: lodoSetSchema,
    objects: lodoSetSchema,
    instruments: lodoSetSchema,
    groups: lodoSetSchema,
    strength: z.object({ accuracy: z.number(), kappa: z.number().nullable(), clauses: z.number() }).strict(),
    roles: z.object({ accuracy: z.number(), clauses: z.number() }).strict(),
  })
  .strict();

/** The leave-one-document-out figures of one scope. */
export type LodoScopeFigures = z.infer<typeof lodoScopeSchema>;

/** The leave-one-document-out figures as `npm run eval:labels -- --write` keeps them. */
export const lodoFiguresSchema = z
  .object({
    folds: z.number(),
    /** By scope name (全部, 规划与政策文件, …); a scope without gold clauses is absent. */
    scopes: z.record(z.string(), lodoScopeSchema),
    /** The same over the gold clauses kept out of tuning the rules (held-out split). */
    heldOut: z.record(z.string(), lodoScopeSchema),
    /** The same without the rules' labels as features. */
    wordsOnly: z.record(z.string(), lodoScopeSchema),
    /** Of the labels given p ≥ 0.8: how many, how many right. */
    calibration: z.object({ given: z.number(), right: z.number() }).strict(),
    /** The same over the held-out split alone. */
    heldOutCalibration: z.object({ given: z.number(), right: z.number() }).strict(),
    failures: z.array(z.string()),
  })
  .strict();

/** The leave-one-document-out figures as kept. */
export type LodoFigures = z.infer<typeof lodoFiguresSchema>;

/** The leave-one-document-out figures as published: every scope in report order, the targets, and the figures. */
export const lodoQualitySchema = lodoFiguresSchema
  .extend({
    /** Every scope the measurement reports, in order, whether or not it has gold clauses yet. */
    scopeNames: z.array(z.string()),
    targets: z
      .object({
        themeMicroF1: z.number(),
        objectMicroF1: z.number(),
        instrumentMicroF1: z.number(),
        groupMicroF1: z.number(),
        strengthAccuracy: z.number(),
        strengthKappa: z.number(),
        roleAccuracy: z.number(),
      })
      .strict(),
  })
  .strict();

/** The leave-one-document-out figures as published. */
export type LodoQuality = z.infer<typeof lodoQualitySchema>;

/** The quality figures of the build. */
export const qualitySchema = z
  .object({ instruments: instrumentQualitySchema.nullable(), lodo: lodoQualitySchema.nullable() })
  .strict();

/** The quality figures of the build. */
export type Quality = z.infer<typeof qualitySchema>;
