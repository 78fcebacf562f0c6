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
import { LineCounter, parseDocument } from 'yaml';
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

/** An errata problem with the place of the offending entry or field. */
export interface ErrataProblem {
  message: string;
  line: number;
  column: number;
}

/** Parses and validates an errata file; every problem names the entry, the field and its place. */
export function readErrata(yamlText: string): { errata: Erratum[]; problems: ErrataProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter });
  if (doc.errors.length) {
    return {
      errata: [],
      problems: doc.errors.map((error) => ({
        message: `Invalid YAML: ${error.message.split('\n')[0]}`,
        line: error.linePos?.[0].line ?? 1,
        column: error.linePos?.[0].col ?? 1,
      })),
    };
  }
  const result = errataSchema.safeParse(doc.toJS() ?? []);
  if (result.success) return { errata: result.data, problems: [] };
  return {
    errata: [],
    problems: result.error.issues.map((issue) => {
      const node = (doc.getIn(issue.path, true) ?? doc.getIn(issue.path.slice(0, 1), true)) as
        { range?: [number, number] } | undefined;
      const pos = counter.linePos(node?.range?.[0] ?? 0);
      const entry = typeof issue.path[0] === 'number' ? `entry ${issue.path[0] + 1}` : 'the file';
      const field = issue.path.slice(1).join('.') || '(entry)';
      return {
        message: `Unexpected errata, ${entry}, field “${field}”: ${issue.message}. Each entry needs line, span, repair, method (realign | manual | keep) and reason`,
        line: pos.line,
        column: pos.col,
      };
    }),
  };
}

/** Parses an errata file; throws a message naming the entry and field on a schema error. */
export function parseErrata(yamlText: string, fileName: string): Erratum[] {
  const { errata, problems } = readErrata(yamlText);
  if (problems.length) throw new Error(`${fileName}:${problems[0].line}:${problems[0].column}: ${problems[0].message}`);
  return errata;
}
