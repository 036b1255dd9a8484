import { FNV_OFFSET, FNV_PRIME } from "./fnv1a.ts";
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

const OTHER = 0;
const WORD = 1;
const DIGIT = 2;

/** What a character is to the n-grams: part of a word (\p{L}, \p{M}, \p{N}), a digit of one (\p{Nd}, read as 0), or a break. */
function classOf(character: string): number {
  return /\p{Nd}/u.test(character) ? DIGIT : /[\p{L}\p{M}\p{N}]/u.test(character) ? WORD : OTHER;
}

/**
 * classOf each unit of the Basic Multilingual Plane (surrogates are read in pairs, by classOf). Built when the
 * module loads, so in every process that checks: two replacements over the plane, not a match object per letter
 * (about 35 ms, against 65).
 */
const UNIT_CLASS = (() => {
  const units = new Uint16Array(0x10000).map((_, u) => (u >= 0xd800 && u <= 0xdfff ? 0x20 : u));
  let bmp = "";
  for (let i = 0; i < units.length; i += 4096) bmp += String.fromCharCode(...units.subarray(i, i + 4096));
  const word = bmp.replace(/[^\p{L}\p{M}\p{N}]/gu, "\0");
  const digit = bmp.replace(/\P{Nd}/gu, "\0");
  const classes = new Uint8Array(0x10000);
  for (let u = 0; u < classes.length; u++) classes[u] = digit.charCodeAt(u) !== 0 ? DIGIT : word.charCodeAt(u) !== 0 ? WORD : OTHER;
  return classes;
})();

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * The distinct buckets of an advert's n-grams, in the order first met: each
 * word (digits read as 0, so amounts and phone numbers of one shape are
 * alike) framed by spaces, cut into pieces of minN..maxN code units. Reused
 * scratch tables, not a Set and a string per word: a check spent a tenth of
 * its time here.
 */
export class WordingBuckets {
  readonly #shape: WordingShape;
  /**
   * The buckets met in this call, as a small open-addressing set (slot: bucket + 1; `#stamps` says which
   * call wrote a slot), sized for the text: a table of every bucket (2^bits) was read at random once per n-gram,
   * a cache miss each time.
   */
  #slots = new Int32Array(1024);
  #stamps = new Int32Array(1024);
  #call = 0;
  readonly #found: Int32Array;
  #count = 0;
  /** The word being read, framed by spaces, as code units. */
  #word: number[] = [];

  constructor(shape: WordingShape) {
    this.#shape = shape;
    this.#found = new Int32Array(1 << shape.bits);
  }

  /** The buckets of `normalized`; the array is this reader's, overwritten by its next call. */
  of(normalized: string): Int32Array {
    // A word of L units, framed by spaces, has at most L + 2 n-grams of each length: the set stays at most half full.
    const most = Math.min(1 << this.#shape.bits, (this.#shape.maxN - this.#shape.minN + 1) * 3 * (normalized.length + 1));
    if (this.#slots.length < 2 * most) {
      let size = this.#slots.length;
      while (size < 2 * most) size *= 2;
      this.#slots = new Int32Array(size);
      this.#stamps = new Int32Array(size);
      this.#call = 0;
    }
    if (++this.#call === 0x7fffffff) {
      this.#stamps.fill(0);
      this.#call = 1;
    }
    this.#count = 0;
    const word = this.#word;
    let length = 0;
    word[length++] = 0x20;
    for (let i = 0; i <= normalized.length; ) {
      const unit = i < normalized.length ? normalized.charCodeAt(i) : 0x20;
      const pair = isHigh(unit) && i + 1 < normalized.length && isLow(normalized.charCodeAt(i + 1));
      const kind = pair ? classOf(String.fromCodePoint(normalized.codePointAt(i)!)) : UNIT_CLASS[unit]!;
      if (kind === DIGIT) word[length++] = 0x30;
      else if (kind === WORD) {
        word[length++] = unit;
        if (pair) word[length++] = normalized.charCodeAt(i + 1);
      } else if (length > 1) {
        word[length++] = 0x20;
        this.#cut(word, length);
        length = 1;
      }
      i += pair ? 2 : 1;
    }
    return this.#found.subarray(0, this.#count);
  }

  #cut(word: readonly number[], length: number): void {
    const { bits, minN, maxN } = this.#shape;
    const mask = (1 << bits) - 1;
    const slots = this.#slots;
    const stamps = this.#stamps;
    const slotMask = slots.length - 1;
    const call = this.#call;
    // Each start's n-grams in one pass, shortest first: the hash of a piece one unit longer goes on from the last.
    for (let i = 0; i + minN <= length; i++) {
      let hash = FNV_OFFSET;
      for (let k = i; k < i + maxN && k < length; k++) {
        hash = Math.imul(hash ^ word[k]!, FNV_PRIME);
        if (k - i + 1 < minN) continue;
        const bucket = hash & mask;
        let slot = Math.imul(bucket, 0x9e3779b1) & slotMask;
        while (stamps[slot] === call && slots[slot] !== bucket + 1) slot = (slot + 1) & slotMask;
        if (stamps[slot] === call) continue;
        stamps[slot] = call;
        slots[slot] = bucket + 1;
        this.#found[this.#count++] = bucket;
      }
    }
  }
}

/** The distinct buckets of an advert's n-grams (see WordingBuckets), as an array of its own. */
export function wordingBuckets(normalized: string, bits: number, minN: number, maxN: number): number[] {
  return Array.from(new WordingBuckets({ bits, minN, maxN }).of(normalized));
}

/**
 * The log-odds of a scam from an advert's buckets. A long advert has many
 * buckets: their sum is scaled by the root of their number, in the fit as here.
 */
export function wordingLogit(bias: number, weights: ArrayLike<number>, buckets: ArrayLike<number>): number {
  const scale = 1 / Math.sqrt(Math.max(1, buckets.length));
  let z = bias;
  for (let i = 0; i < buckets.length; i++) z += weights[buckets[i]!]! * scale;
  return z;
}

/** The probability, as the wording alone tells it, that an advert is a scam: a model with its own scratch tables. */
export class WordingReader {
  readonly #bias: number;
  /**
   * The weights in single precision: read at random once per n-gram, a table half the size (256 KB for
   * 2^16 buckets) stays in the core's cache. The fitted weights have four decimals, which a float holds.
   */
  readonly #weights: Float32Array;
  readonly #buckets: WordingBuckets;

  constructor(model: WordingModel) {
    this.#bias = model.bias;
    this.#weights = Float32Array.from(model.weights);
    this.#buckets = new WordingBuckets(model);
  }

  probability(normalized: string): number {
    return sigmoid(wordingLogit(this.#bias, this.#weights, this.#buckets.of(normalized)));
  }
}

/** The probability, as the wording alone tells it, that the advert is a scam. */
export function wordingProbability(model: WordingModel, normalized: string): number {
  return new WordingReader(model).probability(normalized);
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
