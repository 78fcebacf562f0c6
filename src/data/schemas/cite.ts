/**
 * Schema of a published 引证码 lookup shard (`cite/<c>.json`, one per
 * first character of the code): code → clause id and document id.
 *
 * Example: `cite/K.json` → `{schema: 1, codes: {K7Q2M9X0: {clause: 'ningbo-patent-a3', doc: 'ningbo-patent'}}}`.
 */
import { z } from 'zod';

/** A lookup shard: code → clause id and document id. */
export const codeShardSchema = z
  .object({ schema: z.literal(1), codes: z.record(z.object({ clause: z.string(), doc: z.string() }).strict()) })
  .strict();

/** A lookup shard. */
export type CodeShard = z.infer<typeof codeShardSchema>;

/** The shard that holds a code: its first character. */
export function shardOf(code: string): string {
  return code[0];
}
