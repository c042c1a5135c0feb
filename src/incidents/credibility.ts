// A learned credibility score an editor can read: logistic regression over the features Tally
// computes for an article (article-features.ts). Features are standardised with the training set's
// mean and spread, so each weight says how much one spread of that feature moves the log-odds of
// "credible", and every score is the sum of its intercept and per-feature contributions.
// Training is plain full-batch gradient descent with L2 shrinkage, a fixed number of steps from
// zero weights: the same data always gives the same model.

export interface Model {
  names: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export interface TrainOptions {
  iterations?: number;
  rate?: number;
  /** L2 penalty on the weights (not the bias), per example. */
  l2?: number;
}

export interface Contribution {
  name: string;
  value: number;
  /** Its share of the logit: weight × standardised value. */
  contribution: number;
}

/** Trains on rows of feature values (one per name) and 0/1 labels (1 = credible). */
export function train(
  names: readonly string[],
  rows: ReadonlyArray<readonly number[]>,
  labels: ReadonlyArray<0 | 1>,
  { iterations = 2000, rate = 0.3, l2 = 0.01 }: TrainOptions = {},
): Model {
  const d = names.length;
  const n = rows.length;
  if (n === 0 || labels.length !== n) throw new Error("train: need as many labels as rows, and some");
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + (r[j] ?? 0), 0) / n);
  const scale = mean.map((m, j) => {
    const sd = Math.sqrt(rows.reduce((s, r) => s + ((r[j] ?? 0) - m) ** 2, 0) / n);
    // A feature that never varies is left at weight 0 (its standardised value is always 0).
    return sd > 1e-12 ? sd : 1;
  });
  const x = rows.map((r) => r.map((v, j) => (v - (mean[j] as number)) / (scale[j] as number)));
  const w = new Array<number>(d).fill(0);
  let bias = 0;
  const grad = new Array<number>(d);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    let gBias = 0;
    for (let i = 0; i < n; i++) {
      const xi = x[i] as number[];
      let z = bias;
      for (let j = 0; j < d; j++) z += (w[j] as number) * (xi[j] as number);
      const err = sigmoid(z) - (labels[i] as number);
      gBias += err;
      for (let j = 0; j < d; j++) grad[j] = (grad[j] as number) + err * (xi[j] as number);
    }
    for (let j = 0; j < d; j++)
      w[j] = (w[j] as number) - rate * ((grad[j] as number) / n + l2 * (w[j] as number));
    bias -= (rate * gBias) / n;
  }
  return { names: [...names], mean, scale, weights: w, bias };
}

/** Each feature's share of the article's logit; with the intercept they sum to logit(). */
export function contributions(
  model: Model,
  row: readonly number[],
): { intercept: number; features: Contribution[] } {
  return {
    intercept: model.bias,
    features: model.names.map((name, j) => {
      const value = row[j] ?? 0;
      return {
        name,
        value,
        contribution:
          (model.weights[j] as number) * ((value - (model.mean[j] as number)) / (model.scale[j] as number)),
      };
    }),
  };
}

/** The log-odds that the article is credible. */
export function logit(model: Model, row: readonly number[]): number {
  const { intercept, features } = contributions(model, row);
  return features.reduce((s, f) => s + f.contribution, intercept);
}

/** The probability that the article is credible. */
export function probability(model: Model, row: readonly number[]): number {
  return sigmoid(logit(model, row));
}

/** The features by the size of their weight, largest first. */
export function topWeights(model: Model, k = model.names.length): Array<{ name: string; weight: number }> {
  return model.names
    .map((name, j) => ({ name, weight: model.weights[j] as number }))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.name.localeCompare(b.name))
    .slice(0, k);
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
