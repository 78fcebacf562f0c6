/**
 * Masks boilerplate formulae (listed in `boilerplate.yaml`) in normalized
 * text, so that `坚持以习近平新时代中国特色社会主义思想为指导` shared by
 * every plan does not make two preambles look like counterparts. The list
 * holds what document frequency cannot find (`frequent-formulae.ts` masks
 * the rest, such as `没收违法所得`).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const schema = z.object({ phrases: z.array(z.string().min(2)) });

let cached: string[] | undefined;

/** The boilerplate formulae, longest first, read once. */
export function boilerplatePhrases(): string[] {
  if (cached) return cached;
  const file = new URL('./boilerplate.yaml', import.meta.url);
  const parsed = schema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`Invalid ${file.pathname}: ${parsed.error.message} (expected { phrases: string[] })`);
  cached = [...parsed.data.phrases].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return cached;
}

/** Marks every normalized character inside a boilerplate formula: `mask[i]` is 1 when masked. */
export function boilerplateMask(text: string, phrases: string[] = boilerplatePhrases()): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const phrase of phrases) {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1))
      mask.fill(1, at, at + phrase.length);
  }
  return mask;
}

/** `本条例自2002年7月1日起施行`, `本规定自公布之日起施行`: every text's own entry into force, dates differing. */
const entryIntoForce = /本[\u4e00-\u9fa5]{1,6}?自[^。]{0,30}?施行/g;

/** Masks the entry-into-force formula in normalized text (in place); with many texts of one year it would be a shared phrase or a national source. */
export function maskEntryIntoForce(text: string, mask: Uint8Array): Uint8Array {
  for (const m of text.matchAll(entryIntoForce)) mask.fill(1, m.index, m.index + m[0].length);
  return mask;
}
