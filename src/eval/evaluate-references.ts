/**
 * Reference quality on the hand-checked sample `tests/gold/references.yaml`:
 * extraction precision and recall (a reference is found when the clause
 * has one with the same linked text, each gold mention matched once) and
 * resolution accuracy (of the references found, the share with the gold
 * target and status), for the whole sample, the tune and held-out parts,
 * and per genre family (plans, local regulations, national texts).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { isNational } from '../model/document-meta.ts';
import type { Corpus } from '../model/types.ts';
import { resolveCitations, type Citation } from '../pipeline/references/resolve.ts';

const goldSchema = z.array(
  z.object({
    clause: z.string(),
    split: z.enum(['tune', 'held-out']).default('tune'),
    refs: z.array(
      z.tuple([
        z.string(),
        z.string(),
        z.enum(['已解析', '本文件内', '版本不在语料中', '文件不在语料中', '条文未找到']),
      ]),
    ),
  }),
);

/** The gold sample, validated. */
export type ReferenceGold = z.infer<typeof goldSchema>;

/** Reads the gold file. */
export function loadReferenceGold(file = 'tests/gold/references.yaml'): ReferenceGold {
  return goldSchema.parse(parse(readFileSync(file, 'utf8')));
}

/** Figures of one part of the sample. */
export interface ReferenceScores {
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  /** Of the matched references, the share resolved to the gold target with the gold status. */
  resolution: number;
  /** What went wrong, for reading: `clause: text (expected → got)`. */
  errors: string[];
}

const family = (corpus: Corpus, docId: string): string => {
  const doc = corpus.documents.find((d) => d.meta.id === docId)!;
  return isNational(doc.meta)
    ? '国家法律法规'
    : doc.meta.genre === '条例' || doc.meta.genre === '规定'
      ? '地方法规'
      : '规划与政策文件';
};

/** Scores by part: 全部, tune, held-out and each genre family. */
export function evaluateReferences(
  corpus: Corpus,
  gold: ReferenceGold,
  citations: readonly Citation[] = resolveCitations(corpus),
): Record<string, ReferenceScores> {
  const parts: Record<string, ReferenceScores> = {};
  const part = (name: string): ReferenceScores =>
    (parts[name] ??= { gold: 0, found: 0, matched: 0, precision: 0, recall: 0, resolution: 0, errors: [] });
  const byClause = new Map<string, Citation[]>();
  for (const c of citations) byClause.set(c.clauseId, [...(byClause.get(c.clauseId) ?? []), c]);
  for (const entry of gold) {
    const docId =
      byClause.get(entry.clause)?.[0]?.docId ?? entry.clause.replace(/-(?:a\d+|p\d+|box\d+-\d+|\d+(?:-\d+)*)$/, '');
    const names = ['全部', entry.split, family(corpus, docId)];
    // A list's further articles repeat a range's span: count each span once, as written.
    const found = [...new Map((byClause.get(entry.clause) ?? []).map((c) => [`${c.start}:${c.end}`, c])).values()];
    const left = [...found];
    let matched = 0;
    let resolved = 0;
    const errors: string[] = [];
    for (const [text, target, status] of entry.refs) {
      const at = left.findIndex((c) => c.text === text);
      if (at === -1) {
        errors.push(`${entry.clause}: 未找到 ${text}`);
        continue;
      }
      const [c] = left.splice(at, 1);
      matched += 1;
      const got = c.targetClause ?? c.targetDoc ?? '';
      if (got === target && c.status === status) resolved += 1;
      else errors.push(`${entry.clause}: ${text}（应为 ${target || '—'} ${status}，得到 ${got || '—'} ${c.status}）`);
    }
    for (const c of left) errors.push(`${entry.clause}: 多出 ${c.text}`);
    for (const name of names) {
      const p = part(name);
      p.gold += entry.refs.length;
      p.found += found.length;
      p.matched += matched;
      p.resolution += resolved;
      p.errors.push(...errors);
    }
  }
  for (const p of Object.values(parts)) {
    p.precision = p.found ? p.matched / p.found : 1;
    p.recall = p.gold ? p.matched / p.gold : 1;
    p.resolution = p.matched ? p.resolution / p.matched : 1;
  }
  return parts;
}
