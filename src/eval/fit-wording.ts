/**
 * Fitting the wording model (npm run fit:wording): a logistic regression over
 * the hashed character n-grams of the dev adverts, by stochastic gradient with
 * per-weight step sizes (AdaGrad) and a small L2 penalty. Seeded, so the same
 * corpus gives the same weights.
 */
import { sigmoid } from "../engine/score.ts";
import { MAX_AD_LENGTH } from "../engine/engine.ts";
import { readAdvertText } from "../engine/normalize.ts";
import { WordingBuckets, wordingLogit, type WordingShape } from "../engine/wording.ts";
import type { EvalAd } from "./corpus.ts";
import { roundOf } from "./first-looks.ts";

export interface WordingExample {
  buckets: readonly number[];
  scam: boolean;
}

export interface WordingFitOptions extends WordingShape {
  lambda: number;
  epochs: number;
  seed: number;
}

const STEP = 0.5;

/** The settings data/wording.json is fitted with (npm run fit:wording), and the leave-round-out models of npm run fit. */
export const WORDING_FIT: WordingFitOptions = { bits: 16, minN: 3, maxN: 5, lambda: 1e-5, epochs: 12, seed: 7 };

/** An advert's example, its buckets read by `reader` (one reader for a corpus: it keeps its tables between adverts). */
export function wordingExample(normalized: string, reader: WordingBuckets, scam: boolean): WordingExample {
  return { buckets: Array.from(reader.of(normalized)), scam };
}

/** The dev adverts as the wording is fitted on them, and each one's writing round (ids "…-r21-…", "…-r8a-…"; the first adverts are one group). */
export function devWordingExamples(dev: readonly EvalAd[], shape: WordingShape = WORDING_FIT): { examples: WordingExample[]; rounds: string[] } {
  const reader = new WordingBuckets(shape);
  return {
    examples: dev.map((ad) => wordingExample(readAdvertText(ad.text, MAX_AD_LENGTH).normalized, reader, ad.kind === "scam")),
    rounds: dev.map((ad) => String(roundOf(ad.id) ?? "first")),
  };
}

/** A small linear congruential generator: reproducible shuffles without a dependency. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

export function fitWording(examples: readonly WordingExample[], options: WordingFitOptions): { bias: number; weights: Float64Array } {
  const weights = new Float64Array(1 << options.bits);
  const squares = new Float64Array(1 << options.bits);
  let bias = 0;
  let biasSquares = 0;
  const random = seeded(options.seed);
  const order = [...examples];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const { buckets, scam } of order) {
      const p = sigmoid(wordingLogit(bias, weights, buckets));
      const error = p - (scam ? 1 : 0);
      biasSquares += error * error;
      bias -= (STEP * error) / Math.sqrt(biasSquares + 1e-8);
      const scale = 1 / Math.sqrt(Math.max(1, buckets.length));
      for (const b of buckets) {
        const gradient = error * scale + options.lambda * weights[b]!;
        const sum = squares[b]! + gradient * gradient;
        squares[b] = sum;
        weights[b] = weights[b]! - (STEP * gradient) / Math.sqrt(sum + 1e-8);
      }
    }
  }
  return { bias, weights };
}

/** Each group's probabilities from a model fitted without it: how the model does on writers it never saw. */
export function leaveGroupOut(examples: readonly WordingExample[], groups: readonly string[], options: WordingFitOptions): number[] {
  const out = new Array<number>(examples.length).fill(Number.NaN);
  for (const group of new Set(groups)) {
    const model = fitWording(examples.filter((_, i) => groups[i] !== group), options);
    examples.forEach((e, i) => {
      if (groups[i] === group) out[i] = sigmoid(wordingLogit(model.bias, model.weights, e.buckets));
    });
  }
  return out;
}
