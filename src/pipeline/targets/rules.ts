/**
 * Loads `content/indicators.yaml`: canonical indicators and the words that
 * decide how a quantity is read (units, magnitudes, comparators, review
 * paragraphs, target years, basis). Validated with zod at the edge, so a
 * typo in the data fails the build with a path to the bad field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const schema = z.object({
  indicators: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        label: z.string().min(1),
        unit: z.string().min(1),
        match: z.array(z.string().min(2)).min(1),
      }),
    )
    .min(1),
  rules: z.object({
    units: z.array(z.string().min(1)).min(1),
    magnitudes: z.record(z.string(), z.number().positive()),
    comparators: z.record(z.string(), z.string()),
    retrospective: z.array(z.string()),
    targetYear: z.array(z.string()),
    planPeriods: z.record(z.string(), z.number().int()),
    nature: z.record(z.string(), z.string()),
    basis: z.object({ 'per-item': z.array(z.string()), cumulative: z.array(z.string()), annual: z.array(z.string()) }),
    trailingVerbs: z.array(z.string()),
    needsSubject: z.array(z.string()),
    rejectAfter: z.array(z.string()),
  }),
});

/** The parsed indicator data. */
export type IndicatorRules = z.infer<typeof schema>;

const cache = new Map<string, IndicatorRules>();

/** Reads and validates the indicator data once per content folder. Throws with the bad field on a schema error. */
export function loadIndicatorRules(contentDir = 'content'): IndicatorRules {
  const path = join(contentDir, 'indicators.yaml');
  const hit = cache.get(path);
  if (hit) return hit;
  const result = schema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`${path} does not match its schema (${issues}); fix the data file`);
  }
  cache.set(path, result.data);
  return result.data;
}

/** The canonical indicator id an indicator as written maps to, or null. */
export function canonicalOf(rules: IndicatorRules, indicator: string): { id: string; unit: string } | null {
  const compact = indicator.replace(/\s+/g, '');
  const hit = rules.indicators.find((entry) => entry.match.some((phrase) => compact.includes(phrase)));
  return hit ? { id: hit.id, unit: hit.unit } : null;
}
