/**
 * Fitting the score's weights (npm run fit): a logistic regression over the
 * signs the engine finds, pulled towards the expert's prior weights (a
 * Gaussian prior, so a sign the dev corpus rarely shows keeps the expert's
 * weight) and kept on its side: a red flag never counts for an advert, and
 * evidence of a lawful advert never against it.
 */

import { sigmoid } from "../engine/score.ts";

export interface Example {
  features: readonly string[];
  /** Features with a value, not only present or absent (the wording's lean): the weight times the value. */
  values?: Readonly<Record<string, number>>;
  scam: boolean;
}

export interface Model {
  bias: number;
  weights: Record<string, number>;
}

export interface Prior extends Model {
  /** −1: may only lower the score; +1: may only raise it. */
  sign: Record<string, 1 | -1>;
  /** The score a red flag must give on its own at the least (policy floors from data/signals.json). */
  alone: Record<string, number>;
}

export function predict(model: Model, example: Pick<Example, "features" | "values">): number {
  let z = model.bias;
  for (const f of example.features) z += model.weights[f] ?? 0;
  for (const [f, v] of Object.entries(example.values ?? {})) z += (model.weights[f] ?? 0) * v;
  return sigmoid(z);
}

/** Mean log-loss of a model on examples. */
export function logLoss(model: Model, examples: readonly Example[]): number {
  const eps = 1e-9;
  let total = 0;
  for (const e of examples) {
    const p = predict(model, e);
    total -= e.scam ? Math.log(p + eps) : Math.log(1 - p + eps);
  }
  return total / Math.max(1, examples.length);
}

/**
 * Maximum a posteriori weights by projected gradient descent: mean log-loss
 * plus `lambda`·Σ(w − prior)², each weight clipped to its allowed sign.
 */
export function fitLogistic(examples: readonly Example[], prior: Prior, lambda: number, iterations = 4000): Model {
  const names = Object.keys(prior.weights);
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => ({
    ids: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    valued: Object.entries(e.values ?? {}).flatMap(([f, v]) => (index.has(f) ? [[index.get(f)!, v] as const] : [])),
    y: e.scam ? 1 : 0,
  }));
  const w = names.map((n) => prior.weights[n]!);
  const p0 = [...w];
  let b = prior.bias;
  const n = Math.max(1, rows.length);
  const rate = 0.5;
  for (let it = 0; it < iterations; it++) {
    const grad = w.map((wi, i) => 2 * lambda * (wi - p0[i]!));
    let gb = 2 * lambda * (b - prior.bias);
    for (const { ids, valued, y } of rows) {
      let z = b;
      for (const i of ids) z += w[i]!;
      for (const [i, v] of valued) z += w[i]! * v;
      const r = (sigmoid(z) - y) / n;
      gb += r;
      for (const i of ids) grad[i]! += r;
      for (const [i, v] of valued) grad[i]! += r * v;
    }
    b -= rate * gb;
    for (let i = 0; i < w.length; i++) {
      const next = w[i]! - rate * grad[i]!;
      const name = names[i]!;
      const floor = prior.alone[name] === undefined ? 0 : Math.log(prior.alone[name]! / (1 - prior.alone[name]!)) - b;
      w[i] = prior.sign[name] === 1 ? Math.max(floor, 0, next) : Math.min(0, next);
    }
  }
  return { bias: b, weights: Object.fromEntries(names.map((nm, i) => [nm, w[i]!])) };
}
