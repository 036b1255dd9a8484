import { xxh32 } from "@node-rs/xxhash";
import { shinglesOf } from "./shingles.ts";

/**
 * MinHash signatures of adverts and their LSH bands.
 *
 * Each shingle is hashed once (xxHash32); the i-th of HASHES permutations
 * of that hash is MurmurHash3's 32-bit finaliser of (hash XOR seed i), a
 * bijection of the 32-bit values, and the signature keeps each
 * permutation's minimum. The share of equal positions of two signatures
 * estimates the Jaccard similarity of their shingle sets.
 *
 * Bands: the first BANDS × ROWS positions in BANDS bands of ROWS. Two
 * adverts share a band with probability 1 − (1 − J^ROWS)^BANDS: 0.9998 at
 * J = 0.8, 0.999 at 0.75, 0.64 at 0.5, 0.12 at 0.3, so near-duplicates are
 * found and the rest are few candidates, which are then kept only when
 * their estimated Jaccard over all HASHES positions reaches MIN_SIMILARITY.
 */

export const HASHES = 128;
export const BANDS = 16;
export const ROWS = 4;
/** Estimated Jaccard a candidate must reach. Below 0.8: with 128 positions the estimate of a true 0.8 has a standard deviation of 0.035, and a pair at 0.8 must not be lost to it. */
export const MIN_SIMILARITY = 0.75;
/** Equal positions a candidate needs. */
export const MIN_EQUAL = Math.ceil(MIN_SIMILARITY * HASHES);

const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => xxh32(`offercheck-minhash-${i}`, 0));

/** MurmurHash3's finaliser: every input bit changes about half the output bits. */
function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The MinHash of a set of shingles; null for an empty set (nothing to compare). */
export function minhashOf(shingles: Iterable<string>): Uint32Array | null {
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  let empty = true;
  for (const shingle of shingles) {
    empty = false;
    const h = xxh32(shingle, 0);
    for (let i = 0; i < HASHES; i++) {
      const v = fmix32((h ^ SEEDS[i]!) >>> 0);
      if (v < signature[i]!) signature[i] = v;
    }
  }
  return empty ? null : signature;
}

/** An advert's signature: the MinHash of its shingles (see shingles.ts); null when it has no words. */
export function signatureOf(text: string): Uint32Array | null {
  return minhashOf(shinglesOf(text));
}

/** One key per band: a hash of its rows, seeded with the band's number so equal rows in two bands differ. As signed 32-bit integers (a Postgres integer). */
export function bandKeys(signature: Uint32Array): number[] {
  const bytes = Buffer.from(signature.buffer, signature.byteOffset, BANDS * ROWS * 4);
  return Array.from({ length: BANDS }, (_, band) => xxh32(bytes.subarray(band * ROWS * 4, (band + 1) * ROWS * 4), band) | 0);
}

/** The share of equal positions: an estimate of the Jaccard similarity of the two adverts' shingles. */
export function estimatedJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return equalPositions(a, b) / HASHES;
}

/** Positions where two signatures agree: a candidate is a near-duplicate at MIN_EQUAL. */
export function equalPositions(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let equal = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) equal++;
  return equal;
}

/** The signature as Postgres integers (signed 32-bit), how it is stored and compared in SQL. */
export function asInt32(signature: Uint32Array): number[] {
  return Array.from(new Int32Array(signature.buffer, signature.byteOffset, signature.length));
}

/** An advert as the memory compares and stores it: its signature and band keys as Postgres integers. */
export interface Fingerprint {
  signature: number[];
  bands: number[];
}

/** The advert's fingerprint, or null when it has no words (nothing to compare, nothing remembered). */
export function fingerprintOf(text: string): Fingerprint | null {
  const signature = signatureOf(text);
  return signature ? { signature: asInt32(signature), bands: bandKeys(signature) } : null;
}
