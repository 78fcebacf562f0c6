/**
 * Schema of the taxonomy data under `content/taxonomy/` (themes.yaml,
 * objects.yaml). Validated with zod at load so a typo in a weight or a
 * broken pattern is reported with the file and the entry, not discovered
 * as a silent mis-tag.
 *
 * Example entry: `{id: use, zh: 运用, en: use, terms: {质押融资: 3}}`.
 */
import { z } from 'zod';

const pattern = z.string().min(1).superRefine((source, ctx) => {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `Unexpected pattern, expected a valid regular expression (${(error as Error).message})` });
  }
});

/** A rule: a pattern that, matched in one place of a clause, adds weight to a label. */
export const ruleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case rule id'),
  where: z.enum(['heading', 'title', 'text', 'any']),
  pattern,
  weight: z.number(),
  note: z.string().optional(),
}).strict();

/** One label (a theme or an IP object) with its words and rules. */
export const labelSchema = z.object({
  id: z.string().regex(/^[a-z][a-z-]*$/, 'expected a kebab-case id'),
  zh: z.string().min(1),
  en: z.string().min(1),
  description: z.string().min(1),
  /** term → weight; a term counts only where it does not straddle a word boundary. */
  terms: z.record(z.string().min(1), z.number().positive('expected a positive weight')),
  rules: z.array(ruleSchema).default([]),
}).strict();

/** A phrase whose words never count as evidence (a word in passing). */
export const passingSchema = z.object({ pattern, note: z.string().min(1) }).strict();

/** A place pattern that scales down every label but the listed ones (e.g. an overall-targets paragraph). */
export const dampingSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case id'),
  where: z.enum(['heading', 'title', 'text', 'any']),
  pattern,
  factor: z.number().min(0).max(1),
  except: z.array(z.string()).default([]),
  note: z.string().min(1),
}).strict();

/** One taxonomy file: scoring settings, passing phrases, damping and the labels. */
export const taxonomyFileSchema = z.object({
  kind: z.enum(['themes', 'objects']),
  scoring: z.object({
    /** Minimum score for a label. */
    threshold: z.number().positive(),
    /** A label must also reach this share of the clause's best label score. */
    relative: z.number().min(0).max(1),
    /** Weight multiplier by place of the match. */
    where: z.object({ text: z.number().positive(), title: z.number().positive(), heading: z.number().positive() }).strict(),
    /** Extra matches of one term add this share of its weight each (diminishing repeats). */
    repeat: z.number().min(0).max(1),
  }).strict(),
  passing: z.array(passingSchema).default([]),
  damping: z.array(dampingSchema).default([]),
  labels: z.array(labelSchema).min(1),
}).strict().superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.labels.forEach((label, index) => {
    if (seen.has(label.id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['labels', index, 'id'], message: `Unexpected duplicate id \`${label.id}\`, expected unique label ids` });
    seen.add(label.id);
  });
  file.damping.forEach((damping, index) => {
    damping.except.forEach((id, at) => {
      if (!seen.has(id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['damping', index, 'except', at], message: `Unexpected label id \`${id}\`, expected an id of this file` });
    });
  });
});

/** A validated rule. */
export type TaxonomyRule = z.infer<typeof ruleSchema>;
/** A validated label entry. */
export type TaxonomyLabel = z.infer<typeof labelSchema>;
/** A validated taxonomy file. */
export type TaxonomyFile = z.infer<typeof taxonomyFileSchema>;
