/**
 * Schema of the published corpus (`corpus.json`, and `documents/<id>.json`
 * holding one document in the same envelope). The corpus's shape is the
 * domain model's (`src/model/types.ts`, which every stage shares); the
 * check covers what a stale or hand-edited file gets wrong first: the
 * envelope, each document's id, jurisdiction and body.
 *
 * Example: `{schema: 1, documents: [{meta: {id: 'ningbo-patent', …}, body: […]}]}`.
 */
import { z } from 'zod';
import type { Corpus } from '../../model/types.ts';

const envelope = z.object({
  schema: z.literal(1),
  documents: z.array(
    z
      .object({
        meta: z.object({ id: z.string(), jurisdiction: z.object({ name: z.string() }).passthrough() }).passthrough(),
        body: z.array(z.unknown()),
      })
      .passthrough(),
  ),
});

/** The published corpus, or one document of it in the corpus's envelope. */
export const corpusSchema = z.custom<Corpus>().superRefine((value, context) => {
  const checked = envelope.safeParse(value);
  if (!checked.success)
    for (const issue of checked.error.issues) context.addIssue({ ...issue, code: z.ZodIssueCode.custom });
});

export type { Corpus };
