/**
 * The learned decision on every clause of a rule-tagged corpus: trains
 * the labeller from the gold (`tests/gold/`) on this corpus, then replaces
 * each clause's themes, objects, instruments, strength and role by the
 * model's, each with its probability (`confidence`) and the features that
 * weighed most (`signals`). The rules' own evidence stays on a label they
 * also gave (their matched words and rules); a label the rules did not
 * give has score 0 and no rule evidence. A label set with fewer than
 * `minimumExamples` gold clauses in the corpus (a corpus without the gold
 * texts) keeps the rules' labels, and the result says so.
 *
 * Example: 宁波 第十五条 → themes `[{id: use, score: 6, evidence: [质押融资…], confidence: 0.93, signals: [w:质押融资…]}]`.
 */
import type { Clause, ClauseRole, Corpus, Label, Strength, TableRowLabels } from '../../model/types.ts';
import { clausesOf, tablesOf } from '../../model/walk.ts';
import { labelSets, loadGoldSets, type GoldSets, type LabelSetName } from './gold-sets.ts';
import type { Prediction } from './label-model.ts';
import { clauseSources, examplesOf, labelSpace, labelsOf, trainLabeller, type LabelSpace } from './learned-labeller.ts';

/** What the step did: sets decided by the model, sets left to the rules, training time. */
export interface LabelRun {
  learned: LabelSetName[];
  rulesOnly: LabelSetName[];
  /** Milliseconds spent training (features and models), reported apart from the rest of the build. */
  trainingMs: number;
}

/** Settings: gold folder, label space, the fewest gold clauses a set learns from. */
export interface LabelOptions {
  goldDir?: string;
  gold?: GoldSets;
  space?: LabelSpace;
  minimumExamples?: number;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;
/** A label the model gave has its probability and signals; one the rules decided (`rule`) has neither. */
const confidenceOf = (p: Prediction): Pick<Label, 'confidence' | 'signals'> =>
  p.rule
    ? {}
    : {
        confidence: round(p.probability),
        signals: p.signals.map((s) => ({ feature: s.feature, weight: round(s.weight) })),
      };

/** The model's labels of one multi-label set, keeping the rules' score and evidence where they agree. */
const merge = (predicted: readonly Prediction[], rules: readonly Label[]): Label[] =>
  predicted.map((p) => {
    const rule = rules.find((l) => l.id === p.id);
    return { id: p.id, score: rule?.score ?? 0, evidence: rule?.evidence ?? [], ...confidenceOf(p) };
  });

function strengthOf(p: Prediction | undefined, rule: Strength | null): Strength | null {
  if (!p || p.id === 'none') return null;
  return { id: p.id as Strength['id'], evidence: rule?.id === p.id ? rule.evidence : '', ...confidenceOf(p) };
}

function roleOf(p: Prediction | undefined, rule: ClauseRole | undefined): ClauseRole | undefined {
  if (!p) return rule;
  return rule?.id === p.id
    ? { ...rule, ...confidenceOf(p) }
    : { id: p.id, rule: 'learned', evidence: '', ...confidenceOf(p) };
}

/** Trains on the corpus's gold clauses and gives every clause the learned labels, in place. */
export function labelCorpus(
  corpus: Corpus,
  { goldDir, gold = loadGoldSets(goldDir), space = labelSpace(), minimumExamples = 30 }: LabelOptions = {},
): LabelRun {
  const start = performance.now();
  const sources = clauseSources(corpus);
  const learned = labelSets.filter((set) => examplesOf(sources, gold, set).length >= minimumExamples);
  const rulesOnly = labelSets.filter((set) => !learned.includes(set));
  if (learned.length === 0) return { learned, rulesOnly, trainingMs: performance.now() - start };
  const labeller = trainLabeller(sources, gold, space);
  const trainingMs = performance.now() - start;
  const byId = new Map(corpus.documents.flatMap((d) => clausesOf(d.body)).map((c): [string, Clause] => [c.id, c]));
  const rows = new Map(
    corpus.documents
      .flatMap((d) => tablesOf(d.body))
      .flatMap((t) => t.rowLabels ?? [])
      .map((r): [string, TableRowLabels] => [r.id, r]),
  );
  for (const source of sources) {
    const labels = labelsOf(labeller, source);
    if (source.unit === 'row') {
      const row = rows.get(source.id)!;
      if (learned.includes('themes')) row.themes = merge(labels.themes, row.themes);
      if (learned.includes('objects')) row.objects = merge(labels.objects, row.objects);
      continue;
    }
    const clause = byId.get(source.id)!;
    if (learned.includes('themes')) clause.themes = merge(labels.themes, clause.themes);
    if (learned.includes('objects')) clause.objects = merge(labels.objects, clause.objects);
    if (learned.includes('instruments')) clause.instruments = merge(labels.instruments, clause.instruments);
    if (learned.includes('strength')) clause.strength = strengthOf(labels.strength[0], clause.strength);
    if (learned.includes('roles')) clause.role = roleOf(labels.roles[0], clause.role);
  }
  return { learned, rulesOnly, trainingMs };
}
