/**
 * Precision, recall and F1 of predicted labels against the gold set, per
 * label, micro (pooled counts) and macro (mean of per-label F1), for one
 * split of the gold clauses; plus the clauses with the most mistakes.
 *
 * Example: gold {protection}, predicted {protection, talent} → protection tp 1, talent fp 1.
 */
import { isLegal, isNational } from '../model/document-meta.ts';
import type { DocumentMeta } from '../model/types.ts';

/** Split names reported. */
export const splits = ['all', 'tune', 'held-out'] as const;

/** A split of the gold set. */
export type Split = (typeof splits)[number];

/** Genre families reported separately: plans and policy papers, local regulations, then national laws, regulations and judicial interpretations. */
export const genres = ['政策文件', '地方法规', '国家法律法规'] as const;

/** A genre family. */
export type GenreFamily = (typeof genres)[number];

/**
 * Genres whose rule targets are enforced. National texts are scored and
 * reported, not held to the targets: the rules were written on plans and
 * local regulations, and the national gold was coded after them.
 */
export const enforcedGenres: readonly GenreFamily[] = ['政策文件', '地方法规'];

/** How failures name the enforced genres taken together. */
export const enforcedScope = 'plans and local regulations';

/** The genre family a document's clauses are scored in, e.g. a 司法解释 → 国家法律法规. */
export function evalGenre(meta: Pick<DocumentMeta, 'genre' | 'jurisdiction'>): GenreFamily {
  if (!isLegal(meta)) return '政策文件';
  return isNational(meta) ? '国家法律法规' : '地方法规';
}

/** Counts and scores for one label or a pool of labels. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Gold and predicted label ids of one clause. */
export interface Pair {
  id: string;
  gold: readonly string[];
  predicted: readonly string[];
}

/** Scores of one label set (themes or objects) on one split. */
export interface Report {
  clauses: number;
  perLabel: Map<string, Score>;
  micro: Score;
  macro: number;
}

const score = (tp: number, fp: number, fn: number): Score => {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
};

/** Evaluates predictions against gold for the given label ids (in report order). */
export function evaluate(pairs: readonly Pair[], labelIds: readonly string[]): Report {
  const counts = new Map(labelIds.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  for (const { gold, predicted } of pairs) {
    for (const id of labelIds) {
      const g = gold.includes(id);
      const p = predicted.includes(id);
      const c = counts.get(id)!;
      if (g && p) c.tp += 1;
      else if (p) c.fp += 1;
      else if (g) c.fn += 1;
    }
  }
  const perLabel = new Map([...counts].map(([id, c]) => [id, score(c.tp, c.fp, c.fn)]));
  const total = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  const present = [...perLabel.values()].filter((s) => s.tp + s.fp + s.fn > 0);
  const macro = present.length === 0 ? 1 : present.reduce((sum, s) => sum + s.f1, 0) / present.length;
  return { clauses: pairs.length, perLabel, micro: score(total.tp, total.fp, total.fn), macro };
}

/** One clause's mistakes: labels missed and labels added. */
export interface Mistake {
  id: string;
  missed: string[];
  extra: string[];
}

/** The clauses with the most mistakes, worst first (ties by id). */
export function worstMistakes(pairs: readonly Pair[], limit: number): Mistake[] {
  return pairs
    .map(({ id, gold, predicted }) => ({
      id,
      missed: gold.filter((g) => !predicted.includes(g)),
      extra: predicted.filter((p) => !gold.includes(p)),
    }))
    .filter((m) => m.missed.length + m.extra.length > 0)
    .sort((a, b) => b.missed.length + b.extra.length - (a.missed.length + a.extra.length) || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}
