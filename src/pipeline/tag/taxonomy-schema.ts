/**
 * Schema of the taxonomy data under `content/taxonomy/` (themes.yaml,
 * objects.yaml, instruments.yaml). Validated with zod at load so a typo in a weight or a
 * broken pattern is reported with the file and the entry, not discovered
 * as a silent mis-tag.
 *
 * Example entry: `{id: use, zh: 运用, en: use, terms: {质押融资: 3}}`.
 */
import { z } from 'zod';

const pattern = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    try {
      new RegExp(source, 'u');
    } catch (error) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `Unexpected pattern, expected a valid regular expression (${(error as Error).message})`,
      });
    }
  });

/** A rule: a pattern that, matched in one place of a clause, adds weight to a label. */
export const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case rule id'),
    where: z.enum(['heading', 'title', 'text', 'any']),
    pattern,
    weight: z.number(),
    /** What the rule recognises, in Chinese, as a reader sees it on a label's evidence. */
    zh: z.string().regex(/\p{Script=Han}/u, 'expected a Chinese note for readers (what the rule recognises)'),
    note: z.string().optional(),
  })
  .strict();

/** One label (a theme, an IP object or a policy instrument) with its words and rules. */
export const labelSchema = z
  .object({
    // Instruments are named by group and instrument (`supply.funding`): one dot at most.
    id: z.string().regex(/^[a-z][a-z-]*(\.[a-z][a-z-]*)?$/, 'expected a kebab-case id, optionally `group.name`'),
    zh: z.string().min(1),
    en: z.string().min(1),
    description: z.string().min(1),
    /** term → weight; a term counts only where it does not straddle a word boundary. */
    terms: z.record(z.string().min(1), z.number().positive('expected a positive weight')),
    rules: z.array(ruleSchema).default([]),
  })
  .strict();

/** A phrase whose words never count as evidence (a word in passing). */
export const passingSchema = z.object({ pattern, note: z.string().min(1) }).strict();

/** A place pattern that scales down every label but the listed ones (e.g. an overall-targets paragraph). */
export const dampingSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case id'),
    where: z.enum(['heading', 'title', 'text', 'any']),
    pattern,
    factor: z.number().min(0).max(1),
    except: z.array(z.string()).default([]),
    /** Why the scores are lowered here, in Chinese, as a reader sees it on a label's evidence. */
    zh: z.string().regex(/\p{Script=Han}/u, 'expected a Chinese note for readers (why scores are lowered here)'),
    note: z.string().min(1),
  })
  .strict();

/** Policy strength (力度) ids, strongest first. */
export const strengthIds = ['binding', 'directive', 'encouraging'] as const;

/** A pattern that decides a clause's strength; `where` defaults to the clause text. */
const strengthPatternSchema = z
  .object({ pattern, where: z.enum(['heading', 'title', 'text', 'any']).default('text'), note: z.string().optional() })
  .strict();

/**
 * Policy strength: one label per clause. `levels` are listed strongest
 * first and the first level with a match wins (the strongest the clause
 * commits to); `none` patterns (a preamble, a definition) leave the clause
 * without strength; `passing` spans (what follows 鼓励 or 可以: the
 * encouraged party's acts) never count as evidence.
 */
export const strengthSchema = z
  .object({
    none: z.array(strengthPatternSchema.extend({ note: z.string().min(1) })).default([]),
    passing: z.array(passingSchema).default([]),
    levels: z
      .array(
        z
          .object({
            id: z.enum(strengthIds),
            zh: z.string().min(1),
            description: z.string().min(1),
            patterns: z.array(strengthPatternSchema).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((strength, ctx) => {
    const order = strength.levels.map((l) => strengthIds.indexOf(l.id));
    order.forEach((rank, index) => {
      if (index > 0 && rank <= order[index - 1])
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['levels', index, 'id'],
          message: `Unexpected level \`${strength.levels[index].id}\` here, expected levels strongest first (${strengthIds.join(', ')}), each once`,
        });
    });
  });

/** One taxonomy file: scoring settings, passing phrases, damping and the labels (and, for instruments, strength). */
export const taxonomyFileSchema = z
  .object({
    kind: z.enum(['themes', 'objects', 'instruments']),
    scoring: z
      .object({
        /** Minimum score for a label. */
        threshold: z.number().positive(),
        /** A label must also reach this share of the clause's best label score. */
        relative: z.number().min(0).max(1),
        /** Weight multiplier by place of the match. */
        where: z
          .object({ text: z.number().positive(), title: z.number().positive(), heading: z.number().positive() })
          .strict(),
        /** Extra matches of one term add this share of its weight each (diminishing repeats). */
        repeat: z.number().min(0).max(1),
      })
      .strict(),
    passing: z.array(passingSchema).default([]),
    damping: z.array(dampingSchema).default([]),
    labels: z.array(labelSchema).min(1),
    strength: strengthSchema.optional(),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.labels.forEach((label, index) => {
      if (seen.has(label.id))
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['labels', index, 'id'],
          message: `Unexpected duplicate id \`${label.id}\`, expected unique label ids`,
        });
      seen.add(label.id);
    });
    file.damping.forEach((damping, index) => {
      damping.except.forEach((id, at) => {
        if (!seen.has(id))
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['damping', index, 'except', at],
            message: `Unexpected label id \`${id}\`, expected an id of this file`,
          });
      });
    });
  });

/** A validated rule. */
export type TaxonomyRule = z.infer<typeof ruleSchema>;
/** A validated label entry. */
export type TaxonomyLabel = z.infer<typeof labelSchema>;
/** The validated strength section of instruments.yaml. */
export type StrengthData = z.infer<typeof strengthSchema>;
/** A strength id. */
export type StrengthId = (typeof strengthIds)[number];
/** A validated taxonomy file. */
export type TaxonomyFile = z.infer<typeof taxonomyFileSchema>;
