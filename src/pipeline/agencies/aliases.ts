/**
 * Loads `content/agency-aliases.yaml`: per document, the normalized name of
 * a responsible unit, the other names the text uses for it, its group
 * (`national` for central bodies) and whether it is a collective entry.
 * Validated with zod at the edge.
 *
 * Example: in 洛龙区, `商务局` → `区商务局`; in 重庆, `保护司` → `国家知识产权局保护司` (national).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const entry = z.object({
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)).default([]),
  group: z.enum(['local', 'national']).default('local'),
  collective: z.boolean().default(false),
  note: z.string().optional(),
});
const schema = z.record(z.string().regex(/^[a-z0-9-]+$/), z.array(entry));

/** One alias entry. */
export type AliasEntry = z.infer<typeof entry>;
/** Alias entries per document id. */
export type AgencyAliases = z.infer<typeof schema>;

/** Reads and validates the alias data. Throws with the bad field on a schema error. */
export function loadAgencyAliases(contentDir = 'content'): AgencyAliases {
  const path = join(contentDir, 'agency-aliases.yaml');
  const result = schema.safeParse(parse(readFileSync(path, 'utf8')) ?? {});
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`${path} does not match its schema (${issues}); fix the data file`);
  }
  return result.data;
}

/** Finds the entry a name as written stands for in one document (by name or alias), or null. */
export function resolveAlias(entries: readonly AliasEntry[], written: string): AliasEntry | null {
  return entries.find((e) => e.name === written || e.aliases.includes(written)) ?? null;
}
