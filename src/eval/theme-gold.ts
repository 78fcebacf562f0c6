/**
 * The hand-labelled gold set (`tests/gold/themes.yaml`): clause id →
 * split, themes, objects. Validated with zod; unknown label ids or clause
 * ids are configuration errors named with the file and the entry.
 *
 * Example entry: `weihai-3-3: {split: tune, themes: [protection, talent], objects: []}`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const entrySchema = z
  .object({
    split: z.enum(['tune', 'held-out']),
    themes: z.array(z.string()),
    objects: z.array(z.string()),
  })
  .strict();

const goldSchema = z.object({ clauses: z.record(z.string(), entrySchema) }).strict();

/** One gold clause. */
export type GoldEntry = z.infer<typeof entrySchema> & { id: string };

/** Reads the gold file and checks every id against the known clause and label ids. */
export function loadGold(
  file: string,
  known: { clauses: Set<string>; themes: Set<string>; objects: Set<string> },
): GoldEntry[] {
  const parsed = goldSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${file}: ${i.path.join(' › ')}: ${i.message}`);
    throw new Error(`Invalid gold data in ${file}:\n${lines.join('\n')}`);
  }
  const problems: string[] = [];
  const entries = Object.entries(parsed.data.clauses).map(([id, entry]) => {
    if (!known.clauses.has(id))
      problems.push(`  ${file}: ${id}: Unexpected clause id, expected one of public/data/corpus.json`);
    for (const t of entry.themes)
      if (!known.themes.has(t)) problems.push(`  ${file}: ${id}: Unexpected theme \`${t}\``);
    for (const o of entry.objects)
      if (!known.objects.has(o)) problems.push(`  ${file}: ${id}: Unexpected object \`${o}\``);
    return { id, ...entry };
  });
  if (problems.length > 0) throw new Error(`Invalid gold data in ${file}:\n${problems.join('\n')}`);
  return entries;
}
