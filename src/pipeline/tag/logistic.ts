/**
 * Binary logistic regression on sparse rows, with L2 regularization,
 * trained by stochastic gradient descent in a fixed order (no random
 * numbers), so the same rows always give the same weights, bit for bit.
 *
 * Written here rather than taken from npm: `ml-logistic-regression`, the
 * only maintained package, works on dense `ml-matrix` rows (a few hundred
 * clauses × tens of thousands of word and n-gram features), has no L2
 * penalty and handles one class per row, where a clause has several labels.
 *
 * Example: rows of 质押融资 clauses labelled `use` → weight of `w:质押融资` > 0,
 * and `probability(model, row)` ≈ 0.9 for a new 质押融资 clause.
 */

/** A feature vector: parallel arrays of feature indexes (ascending) and values. */
export interface SparseRow {
  index: Int32Array;
  value: Float64Array;
}

/** A trained model: one weight per feature index, and the bias. */
export interface LogisticModel {
  weights: Float64Array;
  bias: number;
}

/** The L2 penalty λ when none is given. */
export const defaultL2 = 1e-3;

/** Training settings; the defaults suit a few hundred rows of L2-normalized features. */
export interface LogisticOptions {
  /** Passes over the rows. */
  epochs?: number;
  /** L2 penalty λ. */
  l2?: number;
  /** Initial step size η₀; step t is η₀ / (1 + η₀ λ t). */
  rate?: number;
  /** Weight of a positive row relative to a negative one (for rare labels). */
  positiveWeight?: number;
  /** Weight of each row, instead of `positiveWeight` (rows of several labels in one model). */
  rowWeights?: ArrayLike<number>;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** The model's score (log-odds) of one row. */
export function logit(model: LogisticModel, row: SparseRow): number {
  let z = model.bias;
  for (let k = 0; k < row.index.length; k++) {
    const i = row.index[k];
    if (i < model.weights.length) z += model.weights[i] * row.value[k];
  }
  return z;
}

/** The model's probability that the row has the label. */
export function probability(model: LogisticModel, row: SparseRow): number {
  return sigmoid(logit(model, row));
}

/**
 * Trains on `rows` with labels `y` (1 or 0) over `dimensions` features.
 * The L2 penalty is applied lazily through a running scale of the
 * weights, so a step costs the row's length, not the dimension.
 */
export function trainLogistic(
  rows: readonly SparseRow[],
  y: ArrayLike<number>,
  dimensions: number,
  options: LogisticOptions = {},
): LogisticModel {
  const { epochs = 10, l2 = defaultL2, rate = 0.5, positiveWeight = 1, rowWeights } = options;
  const w = new Float64Array(dimensions);
  let scale = 1; // true weights are w × scale
  let bias = 0;
  let t = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const eta = rate / (1 + rate * l2 * t);
      t += 1;
      let z = bias;
      for (let k = 0; k < row.index.length; k++) z += w[row.index[k]] * scale * row.value[k];
      const weight = rowWeights ? rowWeights[r] : y[r] ? positiveWeight : 1;
      const gradient = (sigmoid(z) - y[r]) * weight;
      scale *= 1 - eta * l2;
      if (scale < 1e-9) {
        for (let i = 0; i < dimensions; i++) w[i] *= scale;
        scale = 1;
      }
      const step = (eta * gradient) / scale;
      for (let k = 0; k < row.index.length; k++) w[row.index[k]] -= step * row.value[k];
      bias -= eta * gradient;
    }
  }
  for (let i = 0; i < dimensions; i++) w[i] *= scale;
  return { weights: w, bias };
}
