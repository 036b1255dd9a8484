import { fnv1a } from "./fnv1a.ts";
import { sigmoid } from "./score.ts";

/**
 * How an advert is worded, read as character n-grams of its words: a fresh
 * scam's telling detail is worded too many ways for phrase lists, but the
 * pieces of its words ("предоплат", "advance", "پیشگی") recur. The model is a
 * logistic regression over hashed n-grams fitted on the dev corpus
 * (`npm run fit:wording`, data/wording.json says how). The score (score.ts)
 * adds its lean, weighted as `npm run fit` found it, to the signs' log-odds.
 */

export interface WordingShape {
  /** Hash buckets (2^bits) the n-grams fall into. */
  bits: number;
  minN: number;
  maxN: number;
}

export interface WordingModel extends WordingShape {
  bias: number;
  /** One weight per bucket. */
  weights: readonly number[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const DIGIT = /\p{Nd}/gu;

/**
 * The distinct buckets of an advert's n-grams: each word (digits read as 0, so
 * amounts and phone numbers of one shape are alike) framed by spaces, cut into
 * pieces of minN..maxN characters.
 */
export function wordingBuckets(normalized: string, bits: number, minN: number, maxN: number): number[] {
  const mask = (1 << bits) - 1;
  const out = new Set<number>();
  for (const m of normalized.matchAll(WORD)) {
    const word = ` ${m[0].replace(DIGIT, "0")} `;
    for (let n = minN; n <= maxN; n++) {
      for (let i = 0; i + n <= word.length; i++) out.add(fnv1a(word, i, i + n) & mask);
    }
  }
  return [...out];
}

/**
 * The log-odds of a scam from an advert's buckets. A long advert has many
 * buckets: their sum is scaled by the root of their number, in the fit as here.
 */
export function wordingLogit(bias: number, weights: ArrayLike<number>, buckets: readonly number[]): number {
  const scale = 1 / Math.sqrt(Math.max(1, buckets.length));
  let z = bias;
  for (const b of buckets) z += weights[b]! * scale;
  return z;
}

/** The probability, as the wording alone tells it, that the advert is a scam. */
export function wordingProbability(model: WordingModel, normalized: string): number {
  return sigmoid(wordingLogit(model.bias, model.weights, wordingBuckets(normalized, model.bits, model.minN, model.maxN)));
}

/**
 * How far the wording leans to a scam (+) or an honest advert (−), in log-odds, held within ±LEAN_LIMIT: a
 * model that is all but certain says no more than one that is very sure. The score adds it, weighted
 * (score.ts); the fit reads the same lean from probabilities (src/eval/fit-score.ts).
 */
export function wordingLean(probability: number): number {
  const z = Math.log(probability / (1 - probability));
  return Math.max(-LEAN_LIMIT, Math.min(LEAN_LIMIT, Number.isNaN(z) ? 0 : z));
}
const LEAN_LIMIT = 9;
