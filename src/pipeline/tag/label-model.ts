/**
 * One learned label set (themes, objects, instruments, strength or roles):
 * one logistic model over (clause, label) rows, trained from gold examples.
 * Each label weighs the clause features its own way; the label facts
 * (did the rules give this label, does the title point to it…) weigh the
 * same for every label. A multi-label set keeps every label whose probability reaches
 * that label's threshold; the thresholds come from cross-validation over
 * whole documents of the training examples (the F1-best cut of the
 * probabilities each document got from a model that did not see it), not
 * from hand tuning. A single-label set (strength, role) keeps the most
 * probable label among the clause's candidates.
 *
 * A label the training gold hardly knows (fewer than three clauses, or one
 * document only) cannot be learned: leaving its one document out leaves
 * nothing to learn from. There the rules' decision stands, marked as such
 * (`rule: true`): the model neither adds nor removes that label.
 *
 * Example: themes trained on 14 documents → for 宁波 第十五条 `[{id: use, p: 0.91}]`.
 */
import type { Features } from './clause-features.ts';
import {
  defaultL2,
  logit,
  trainLogistic,
  type LogisticModel,
  type LogisticOptions,
  type SparseRow,
} from './logistic.ts';

/** How a label set is decided. */
export type LabelSetKind = 'multi' | 'single';

/** Per label id: features that say something of that label for this clause (`own:rule`: the rules gave it…). */
export type LabelFacts = ReadonlyMap<string, Features>;

/** One gold example: the clause's features, its label facts, its document and its gold labels. */
export interface Example {
  id: string;
  document: string;
  features: Features;
  facts?: LabelFacts;
  labels: readonly string[];
}

/**
 * A trained label set: one logistic model over (clause, label) rows. Each
 * label has its own weight for every clause feature and its own bias; the
 * label facts have one weight shared by every label, so a label with few
 * gold clauses still learns from how far the rules, the title and the rest
 * of the document are right about the others.
 */
export interface LabelSetModel {
  kind: LabelSetKind;
  labels: string[];
  vocabulary: Map<string, number>;
  /** Clause feature names by index, for evidence. */
  names: string[];
  /** Label fact names, each with its shared index after every label's block. */
  facts: Map<string, number>;
  model: LogisticModel;
  /** Per label (multi-label sets only): the probability a label must reach. */
  thresholds: number[];
  /** Per label: whether the training gold had enough of it to learn it (see `learnable`). */
  learned: boolean[];
}
/** The fewest gold clauses, and documents, a label is learned from; below them the rules decide it. */
export const learnable = { clauses: 3, documents: 2 } as const;

/** A label given to a clause, with its probability and the features that weighed most for it. */
export interface Prediction {
  id: string;
  probability: number;
  /** Feature names with their contribution (weight × value), largest first; at most `evidence` of them. */
  signals: Array<{ feature: string; weight: number }>;
  /** True where the model could not learn the label and the rules' decision stands. */
  rule?: boolean;
}

/** Settings: inner folds for the thresholds, and the logistic regression's (epochs, L2 penalty…). */
export interface TrainOptions {
  folds?: number;
  logistic?: LogisticOptions;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

type Layout = Pick<LabelSetModel, 'labels' | 'vocabulary' | 'facts'>;

/** The row of one clause for label `l`: its features in that label's block, the label's bias, the label's facts. */
function toRow(layout: Layout, features: Features, facts: LabelFacts | undefined, l: number): SparseRow {
  const size = layout.vocabulary.size + 1;
  const pairs: Array<[number, number]> = [[l * size + size - 1, 1]];
  for (const [name, value] of features) {
    const index = layout.vocabulary.get(name);
    if (index !== undefined) pairs.push([l * size + index, value]);
  }
  for (const [name, value] of facts?.get(layout.labels[l]) ?? []) {
    const index = layout.facts.get(name);
    if (index !== undefined) pairs.push([layout.labels.length * size + index, value]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { index: Int32Array.from(pairs, (p) => p[0]), value: Float64Array.from(pairs, (p) => p[1]) };
}

/** Fits the joint model on the examples, without thresholds. */
function fit(
  kind: LabelSetKind,
  labels: readonly string[],
  examples: readonly Example[],
  logistic: LogisticOptions = {},
): Omit<LabelSetModel, 'thresholds' | 'learned'> {
  const names = [...new Set(examples.flatMap((e) => [...e.features.keys()]))].sort();
  const factNames = [
    ...new Set(examples.flatMap((e) => [...(e.facts?.values() ?? [])].flatMap((f) => [...f.keys()]))),
  ].sort();
  const layout: Layout = {
    labels: [...labels],
    vocabulary: new Map(names.map((name, i) => [name, i])),
    facts: new Map(factNames.map((name, i) => [name, i])),
  };
  // Rare labels weigh more per positive row, up to 4×, so the model still learns them from a few clauses.
  const positiveWeight = labels.map((label) => {
    const positives = examples.filter((e) => e.labels.includes(label)).length;
    return positives === 0 ? 1 : Math.min(4, Math.max(1, Math.sqrt((examples.length - positives) / positives)));
  });
  const rows: SparseRow[] = [];
  const y: number[] = [];
  const weights: number[] = [];
  for (const example of examples)
    labels.forEach((label, l) => {
      const positive = example.labels.includes(label);
      rows.push(toRow(layout, example.features, example.facts, l));
      y.push(positive ? 1 : 0);
      weights.push(positive ? positiveWeight[l] : 1);
    });
  const dimensions = labels.length * (names.length + 1) + factNames.length;
  // A pass sees each clause once per label: the penalty per step is divided by the labels, so a pass
  // shrinks the weights (and slows the steps) as much as one model per label would.
  const l2 = (logistic.l2 ?? defaultL2) / labels.length;
  const model = trainLogistic(rows, y, dimensions, { ...logistic, l2, rowWeights: weights });
  return { kind, ...layout, names, model };
}

/** The probability of every label of one clause. */
function probabilities(model: Omit<LabelSetModel, 'thresholds' | 'learned'>, features: Features, facts?: LabelFacts) {
  return model.labels.map((_, l) => {
    const row = toRow(model, features, facts, l);
    return { row, p: sigmoid(logit(model.model, row)) };
  });
}

/** The threshold in 0.1…0.9 with the best F1 on (probability, gold) pairs; 0.5 when the label is too rare to tell. */
export function bestThreshold(scored: ReadonlyArray<[number, boolean]>): number {
  if (scored.filter(([, gold]) => gold).length < 3) return 0.5;
  let best = 0.5;
  let bestF1 = -1;
  for (let step = 2; step <= 18; step++) {
    const cut = step / 20;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [p, gold] of scored) {
      if (p >= cut && gold) tp += 1;
      else if (p >= cut) fp += 1;
      else if (gold) fn += 1;
    }
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    if (f1 > bestF1 + 1e-12 || (Math.abs(f1 - bestF1) <= 1e-12 && Math.abs(cut - 0.5) < Math.abs(best - 0.5))) {
      best = cut;
      bestF1 = f1;
    }
  }
  return best;
}

/** Documents of the examples split into `folds` groups, round robin in sorted order. */
function documentFolds(examples: readonly Example[], folds: number): string[][] {
  const documents = [...new Set(examples.map((e) => e.document))].sort();
  const groups: string[][] = Array.from({ length: Math.min(folds, documents.length) }, () => []);
  documents.forEach((d, i) => groups[i % groups.length].push(d));
  return groups;
}

/** Trains a label set; multi-label thresholds come from `folds`-fold cross-validation by document. */
export function trainLabelSet(
  kind: LabelSetKind,
  labels: readonly string[],
  examples: readonly Example[],
  { folds = 3, logistic }: TrainOptions = {},
): LabelSetModel {
  const model = {
    ...fit(kind, labels, examples, logistic),
    learned: labels.map((label) => {
      const holding = examples.filter((e) => e.labels.includes(label));
      return holding.length >= learnable.clauses && new Set(holding.map((e) => e.document)).size >= learnable.documents;
    }),
  };
  if (kind === 'single') return { ...model, thresholds: labels.map(() => 0.5) };
  const scored: Array<Array<[number, boolean]>> = labels.map(() => []);
  for (const held of documentFolds(examples, folds)) {
    const train = examples.filter((e) => !held.includes(e.document));
    const test = examples.filter((e) => held.includes(e.document));
    if (train.length === 0 || test.length === 0) continue;
    const inner = fit(kind, labels, train, logistic);
    for (const example of test)
      probabilities(inner, example.features, example.facts).forEach(({ p }, l) =>
        scored[l].push([p, example.labels.includes(labels[l])]),
      );
  }
  return { ...model, thresholds: scored.map(bestThreshold) };
}

/** The strongest positive contributions to one label's score, by feature or label fact name. */
function signals(model: LabelSetModel, row: SparseRow, limit: number): Prediction['signals'] {
  const size = model.names.length + 1;
  const shared = model.labels.length * size;
  const factNames = [...model.facts.keys()];
  const out: Prediction['signals'] = [];
  for (let k = 0; k < row.index.length; k++) {
    const i = row.index[k];
    const weight = model.model.weights[i] * row.value[k];
    if (weight <= 0 || (i < shared && i % size === size - 1)) continue;
    out.push({ feature: i >= shared ? factNames[i - shared] : model.names[i % size], weight });
  }
  return out.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1)).slice(0, limit);
}

/**
 * The labels of one clause: for a multi-label set every learned label at
 * or above its threshold, most probable first, then the unlearned labels
 * among `rules` (the rules' labels of the clause); for a single-label set
 * the rules' label when it is unlearned, otherwise the most probable
 * learned label of `candidates` (default: all labels), its probability
 * normalized over the candidates.
 */
export function predictLabels(
  model: LabelSetModel,
  features: Features,
  {
    facts,
    candidates,
    rules = [],
    evidence = 4,
  }: { facts?: LabelFacts; candidates?: readonly string[]; rules?: readonly string[]; evidence?: number } = {},
): Prediction[] {
  const scored = probabilities(model, features, facts);
  const p = scored.map((s) => s.p);
  const order = model.labels.map((_, i) => i).sort((a, b) => p[b] - p[a] || a - b);
  const allowed = order.filter((i) => !candidates || candidates.includes(model.labels[i]));
  const ruled = allowed
    .filter((i) => !model.learned[i] && rules.includes(model.labels[i]))
    .map((i): Prediction => ({ id: model.labels[i], probability: p[i], signals: [], rule: true }));
  if (model.kind === 'single') {
    if (ruled.length > 0) return ruled.slice(0, 1);
    const learned = allowed.filter((i) => model.learned[i]);
    const pool = learned.length > 0 ? learned : allowed;
    if (pool.length === 0) return [];
    const total = pool.reduce((sum, i) => sum + p[i], 0);
    const best = pool[0];
    return [
      {
        id: model.labels[best],
        probability: total > 0 ? p[best] / total : 0,
        signals: signals(model, scored[best].row, evidence),
      },
    ];
  }
  return [
    ...order
      .filter((i) => model.learned[i] && p[i] >= model.thresholds[i])
      .map((i) => ({ id: model.labels[i], probability: p[i], signals: signals(model, scored[i].row, evidence) })),
    ...ruled,
  ];
}
