/**
 * Scores the article line-up of two versions against hand-checked pairs
 * (`tests/gold/versions.yaml`): the share of gold articles lined up with the
 * right counterpart (or with none, for 新增 and 删除) and the share given the
 * right status.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { VersionPair } from '../data/schemas/versions.ts';

const status = z.enum(['未变', '修改', '移动', '新增', '删除']);
const goldSchema = z
  .object({
    older: z.string(),
    newer: z.string(),
    pairs: z
      .array(
        z
          .object({ old: z.string().nullable(), new: z.string().nullable(), status, note: z.string().optional() })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type VersionGold = z.infer<typeof goldSchema>;

/** Reads and validates the gold pairs. */
export function loadVersionGold(path = 'tests/gold/versions.yaml'): VersionGold {
  const parsed = goldSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`Invalid ${path}: ${parsed.error.message}`);
  return parsed.data;
}

/** Mapping accuracy (right counterpart or rightly none) and status accuracy, with the gold pairs that failed. */
export function evaluateVersions(
  pair: VersionPair,
  gold: VersionGold,
): { pairs: number; mapping: number; status: number; wrong: string[] } {
  const byOld = new Map(pair.rows.filter((r) => r.old).map((r) => [r.old!, r]));
  const byNew = new Map(pair.rows.filter((r) => r.new).map((r) => [r.new!, r]));
  let mapped = 0;
  let labelled = 0;
  const wrong: string[] = [];
  for (const g of gold.pairs) {
    const row = g.old ? byOld.get(g.old) : byNew.get(g.new!);
    if (!row)
      throw new Error(
        `tests/gold/versions.yaml names ${g.old ?? g.new}, which is no article of ${g.old ? gold.older : gold.newer}`,
      );
    const rightPair = row.old === g.old && row.new === g.new;
    if (rightPair) mapped++;
    if (row.status === g.status) labelled++;
    if (!rightPair || row.status !== g.status)
      wrong.push(
        `${g.old ?? '—'} → ${g.new ?? '—'} ${g.status}: got ${row.old ?? '—'} → ${row.new ?? '—'} ${row.status}`,
      );
  }
  return { pairs: gold.pairs.length, mapping: mapped / gold.pairs.length, status: labelled / gold.pairs.length, wrong };
}
