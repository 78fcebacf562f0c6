/**
 * Errata: human-checked repairs of a source text, kept as data beside it
 * in `content/documents/<id>/errata.yaml`. Each entry names the line, the
 * span as it stands (after gloss removal) and its repair, and why.
 *
 * - `realign`: the bytes are intact apart from one lost lead byte; the
 *   build re-derives the repair from the bytes and checks it equals
 *   `repair` (`lost` is the character whose lead byte was lost).
 * - `manual`: bytes were lost inside the span; `repair` is the reading a
 *   person checked against the context and the other headings.
 * - `keep`: the span is correct as written; silences the detector.
 */
import { parse } from 'yaml';
import { z } from 'zod';

const erratumSchema = z
  .object({
    line: z.number().int().positive(),
    span: z.string().min(1),
    repair: z.string(),
    method: z.enum(['realign', 'manual', 'keep']),
    lost: z.string().default(''),
    reason: z.string().min(1),
  })
  .strict();

export type Erratum = z.infer<typeof erratumSchema>;

const errataSchema = z.array(erratumSchema);

/** Parses an errata file; throws a message naming the entry and field on a schema error. */
export function parseErrata(yamlText: string, fileName: string): Erratum[] {
  const result = errataSchema.safeParse(parse(yamlText) ?? []);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${fileName}: invalid errata entry at ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}
