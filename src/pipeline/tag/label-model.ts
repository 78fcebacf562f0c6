/**
 * One learned label set (themes, objects, instruments, strength or roles):
 * a logistic model per label over the clause features, trained from gold
 * examples. A multi-label set keeps every label whose probability reaches
 * that label's threshold; the thresholds come from cross-validation over
 * whole documents of the training examples (the F1-best cut of the
 * probabilities each document got from a model that did not see it), not
 * from hand tuning. A single-label set (strength, role) keeps the most
 * probable label among the clause's candidates.
 *
 * Example: themes trained on 14 documents → for 宁波 第十五条 `[{id: use, p: 0.91}]`.
 */
import type { Features } from './clause-features.ts';
import { logit, trainLogistic, type LogisticModel, type LogisticOptions, type SparseRow } from './logistic.ts';

/** How a label set is decided. */
export type LabelSetKind = 'multi' | 'single';

/** One gold example: the clause's features, its document and its gold labels. */
export interface Example {
  id: string;
  document: string;
  features: Features;
  labels: readonly string[];
}

/** A trained label set. */
export interface LabelSetModel {
  kind: LabelSetKind;
  labels: string[];
  vocabulary: Map<string, number>;
  /** Feature names by index, for evidence. */
  names: string[];
  models: LogisticModel[];
  /** Per label (multi-label sets only): the probability a label must reach. */
  thresholds: number[];
}

/** A label given to a clause, with its probability and the features that weighed most for it. */
export interface Prediction {
  id: string;
  probability: number;
  /** Feature names with their contribution (weight × value), largest first; at most `evidence` of them. */
  signals: Array<{ feature: string; weight: number }>;
}

/** Settings: inner folds for the thresholds, and the logistic regression's (epochs, L2 penalty…). */
export interface TrainOptions {
  folds?: number;
  logistic?: LogisticOptions;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Rows of `examples` over `vocabulary` (features outside it are dropped). */
function rowsOf(examples: readonly Example[], vocabulary: Map<string, number>): SparseRow[] {
  return examples.map(({ features }) => toRow(features, vocabulary));
}

function toRow(features: Features, vocabulary: Map<string, number>): SparseRow {
  const pairs: Array<[number, number]> = [];
  for (const [name, value] of features) {
    const index = vocabulary.get(name);
    if (index !== undefined) pairs.push([index, value]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { index: Int32Array.from(pairs, (p) => p[0]), value: Float64Array.from(pairs, (p) => p[1]) };
}

/** Fits one model per label on the examples, without thresholds. */
function fit(
  kind: LabelSetKind,
  labels: readonly string[],
  examples: readonly Example[],
  logistic: LogisticOptions = {},
): Omit<LabelSetModel, 'thresholds'> {
  const names = [...new Set(examples.flatMap((e) => [...e.features.keys()]))].sort();
  const vocabulary = new Map(names.map((name, i) => [name, i]));
  const rows = rowsOf(examples, vocabulary);
  const models = labels.map((label) => {
    const y = Uint8Array.from(examples, (e) => (e.labels.includes(label) ? 1 : 0));
    const positives = y.reduce((n, v) => n + v, 0);
    // Rare labels weigh more per positive row, up to 4×, so a model still learns them from a few clauses.
    const positiveWeight =
      positives === 0 ? 1 : Math.min(4, Math.max(1, Math.sqrt((y.length - positives) / positives)));
    return trainLogistic(rows, y, names.length, { ...logistic, positiveWeight });
  });
  return { kind, labels: [...labels], vocabulary, names, models };
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
  const model = fit(kind, labels, examples, logistic);
  if (kind === 'single') return { ...model, thresholds: labels.map(() => 0.5) };
  const scored: Array<Array<[number, boolean]>> = labels.map(() => []);
  for (const held of documentFolds(examples, folds)) {
    const train = examples.filter((e) => !held.includes(e.document));
    const test = examples.filter((e) => held.includes(e.document));
    if (train.length === 0 || test.length === 0) continue;
    const inner = fit(kind, labels, train, logistic);
    for (const row of rowsOf(test, inner.vocabulary).map((r, i) => [r, test[i]] as const)) {
      labels.forEach((label, l) =>
        scored[l].push([sigmoid(logit(inner.models[l], row[0])), row[1].labels.includes(label)]),
      );
    }
  }
  return { ...model, thresholds: scored.map(bestThreshold) };
}

/** The strongest positive contributions to one label's score. */
function signals(model: LabelSetModel, label: number, row: SparseRow, limit: number): Prediction['signals'] {
  const out: Prediction['signals'] = [];
  const weights = model.models[label].weights;
  for (let k = 0; k < row.index.length; k++) {
    const weight = weights[row.index[k]] * row.value[k];
    if (weight > 0) out.push({ feature: model.names[row.index[k]], weight });
  }
  return out.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1)).slice(0, limit);
}

/**
 * The labels of one clause: for a multi-label set every label at or above
 * its threshold, most probable first; for a single-label set the most
 * probable of `candidates` (default: all labels), its probability
 * normalized over the candidates.
 */
export function predictLabels(
  model: LabelSetModel,
  features: Features,
  { candidates, evidence = 4 }: { candidates?: readonly string[]; evidence?: number } = {},
): Prediction[] {
  const row = toRow(features, model.vocabulary);
  const p = model.models.map((m) => sigmoid(logit(m, row)));
  const order = model.labels.map((_, i) => i).sort((a, b) => p[b] - p[a] || a - b);
  if (model.kind === 'single') {
    const allowed = order.filter((i) => !candidates || candidates.includes(model.labels[i]));
    if (allowed.length === 0) return [];
    const total = allowed.reduce((sum, i) => sum + p[i], 0);
    const best = allowed[0];
    return [
      {
        id: model.labels[best],
        probability: total > 0 ? p[best] / total : 0,
        signals: signals(model, best, row, evidence),
      },
    ];
  }
  return order
    .filter((i) => p[i] >= model.thresholds[i])
    .map((i) => ({ id: model.labels[i], probability: p[i], signals: signals(model, i, row, evidence) }));
}
