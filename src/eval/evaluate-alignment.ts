/**
 * Scores an alignment configuration against the hand-made gold sets
 * (`tests/gold/alignment.yaml` for the plans, `alignment-regulations.yaml`
 * for the local regulations): precision@1 of the top counterpart and the
 * separation of gold positives from gold negatives, for all pairs and for
 * the tune and held-out parts, over both genres and for each genre of the
 * querying document.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Corpus } from '../model/types.ts';
import { isLegal } from '../model/document-meta.ts';
import { findCounterparts } from '../pipeline/align/counterparts.ts';
import { peerCorpus, publishedHubness, publishedScoring } from '../pipeline/align/align-corpus.ts';
import type { FormulaOptions } from '../pipeline/align/frequent-formulae.ts';
import { buildIndex, pairScore, type IndexOptions } from '../pipeline/align/inverted-index.ts';
import { alignUnits } from '../pipeline/align/units.ts';

const pair = z.object({ a: z.string(), b: z.string(), split: z.enum(['tune', 'heldout']), note: z.string() });
const goldSchema = z.object({ positives: z.array(pair).min(1), negatives: z.array(pair).min(1) });

/** A gold pair of clause ids. */
export type GoldPair = z.infer<typeof pair>;
/** The gold set. */
export type Gold = z.infer<typeof goldSchema>;

/** The gold files: plan counterparts, then regulation counterparts (issue 26). */
export const alignmentGoldFiles = ['tests/gold/alignment.yaml', 'tests/gold/alignment-regulations.yaml'];

/** Reads and validates each gold file and joins them into one gold set. */
export function loadGold(paths: readonly string[] = alignmentGoldFiles): Gold {
  const gold: Gold = { positives: [], negatives: [] };
  for (const path of paths) {
    const parsed = goldSchema.safeParse(parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(`Invalid ${path}: ${parsed.error.message}`);
    gold.positives.push(...parsed.data.positives);
    gold.negatives.push(...parsed.data.negatives);
  }
  return gold;
}

/**
 * Target of issue 26 for the published configuration, in each genre of
 * querying document (plans, regulations): `npm run eval:align` exits 1
 * when either genre is below it.
 */
export const alignmentTargets = { precisionAt1: 0.85 };

/** Measures for one part of the gold set. */
export interface PartScores {
  /** Share of (clause, other document) queries whose top counterpart is a gold positive. */
  precisionAt1: number;
  queries: number;
  meanPositive: number;
  meanNegative: number;
  /** Probability that a random positive pair scores above a random negative pair (AUC). */
  auc: number;
}

/** A part of the gold set: every pair, or one split. */
export type Split = 'all' | 'tune' | 'heldout';

/** The genre of the querying clause's document: plans and other policy texts, or local regulations. */
export type QueryGenre = 'plans' | 'regulations';

/** Measures for all pairs and each split. */
export type SplitScores = Record<Split, PartScores>;

/** Measures over both genres (`all`, `tune`, `heldout`) and for each genre of querying document. */
export type EvalScores = SplitScores & Record<QueryGenre, SplitScores>;

const splits: readonly Split[] = ['all', 'tune', 'heldout'];

/** A configuration to evaluate: any part of the index, formula and hubness options, the rest as published. */
export type EvalConfig = Partial<IndexOptions> & FormulaOptions & { hubness?: number };

const mean = (xs: number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

/** Evaluates one configuration on the corpus; throws if the gold set names an unknown clause. */
export function evaluateAlignment(corpus: Corpus, gold: Gold, config: EvalConfig = {}): EvalScores {
  // As published: the local documents with each other, the national layer left out.
  const units = alignUnits(peerCorpus(corpus), config);
  const at = new Map(units.map((u, i) => [u.clause.id, i]));
  const unit = (id: string): number => {
    const i = at.get(id);
    if (i === undefined) throw new Error(`Gold set names unknown clause ${id}: fix ${alignmentGoldFiles.join(' or ')}`);
    return i;
  };
  const legal = new Set(corpus.documents.filter((doc) => isLegal(doc.meta)).map((doc) => doc.meta.id));
  const genreOf = (p: GoldPair): QueryGenre => (legal.has(units[unit(p.a)].docId) ? 'regulations' : 'plans');
  const { hubness = publishedHubness, ...scoring } = config;
  const index = buildIndex(units, { ...publishedScoring, ...scoring });
  // As published: three per document, ordered with the hubness correction; the first is the one measured.
  const { hits } = findCounterparts(index, {
    minScore: 0,
    perDocument: 3,
    hubness,
    maxDocuments: Infinity,
    fullDocuments: Infinity,
  });
  const part = (split: Split, genre?: QueryGenre): PartScores => {
    const pick = (pairs: GoldPair[]): GoldPair[] =>
      pairs.filter((p) => (split === 'all' || p.split === split) && (!genre || genreOf(p) === genre));
    const positives = pick(gold.positives);
    const negatives = pick(gold.negatives);
    // One query per (clause, other document): right when the top counterpart there is any gold positive.
    const queries = new Map<string, { a: number; group: number; right: Set<number> }>();
    for (const p of positives) {
      const a = unit(p.a);
      const b = unit(p.b);
      const key = `${a}:${index.groupOf[b]}`;
      const query = queries.get(key) ?? { a, group: index.groupOf[b], right: new Set<number>() };
      query.right.add(b);
      queries.set(key, query);
    }
    let correct = 0;
    for (const q of queries.values()) {
      const top = hits[q.a].find((h) => h.group === q.group)?.items[0];
      if (top && q.right.has(top.unit)) correct++;
    }
    const pos = positives.map((p) => pairScore(index, unit(p.a), unit(p.b)));
    const neg = negatives.map((p) => pairScore(index, unit(p.a), unit(p.b)));
    let wins = 0;
    for (const x of pos) for (const y of neg) wins += x > y ? 1 : x === y ? 0.5 : 0;
    return {
      precisionAt1: queries.size ? correct / queries.size : 0,
      queries: queries.size,
      meanPositive: mean(pos),
      meanNegative: mean(neg),
      auc: pos.length && neg.length ? wins / (pos.length * neg.length) : 0,
    };
  };
  const bySplit = (genre?: QueryGenre): SplitScores =>
    Object.fromEntries(splits.map((split) => [split, part(split, genre)])) as SplitScores;
  return { ...bySplit(), plans: bySplit('plans'), regulations: bySplit('regulations') };
}
