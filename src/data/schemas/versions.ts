/**
 * Schema of the published comparison of one work's versions
 * (`versions/<work>.json`): consecutive versions, oldest first, each pair
 * as article rows marked 未变 / 修改 / 移动 / 新增 / 删除.
 *
 * Example: `{work: 'patent-rules', versions: ['ningbo-patent-2012', 'ningbo-patent-2021'], pairs: [{counts: {修改: 12, …}, rows: […]}]}`.
 */
import { z } from 'zod';

/** What happened to an article between two versions. */
export const versionStatusSchema = z.enum(['未变', '修改', '移动', '新增', '删除']);

/** What happened to an article between two versions. */
export type VersionStatus = z.infer<typeof versionStatusSchema>;

/** One row of the comparison: an article pair, or an article on one side only. */
export const versionRowSchema = z
  .object({
    status: versionStatusSchema,
    /** Clause id in the older version; null for 新增. */
    old: z.string().nullable(),
    /** Clause id in the newer version; null for 删除. */
    new: z.string().nullable(),
    /** Similarity of the pair (0–1, 3 decimals); null for one side only. */
    score: z.number().nullable(),
    /** Chapter heading the row stands under (the newer version's; a deleted article's neighbour's). */
    chapter: z.string(),
  })
  .strict();

/** One row of the comparison. */
export type VersionRow = z.infer<typeof versionRowSchema>;

/** One older → newer comparison. */
export const versionPairSchema = z
  .object({
    older: z.string(),
    newer: z.string(),
    counts: z
      .object({ 未变: z.number(), 修改: z.number(), 移动: z.number(), 新增: z.number(), 删除: z.number() })
      .strict(),
    rows: z.array(versionRowSchema),
  })
  .strict();

/** One older → newer comparison. */
export type VersionPair = z.infer<typeof versionPairSchema>;

/** The published comparison of one work: document ids oldest first, and each consecutive pair. */
export const workVersionsSchema = z
  .object({
    schema: z.literal(1),
    work: z.string(),
    versions: z.array(z.string()).min(2),
    pairs: z.array(versionPairSchema),
  })
  .strict();

/** The published comparison of one work. */
export type WorkVersions = z.infer<typeof workVersionsSchema>;
