import { performance } from "node:perf_hooks";

/**
 * The naive filter the engine is compared with (issue 17): a few scam words
 * and a phone number, one regular expression each. Measured in the same run
 * as the engine, its rate says how fast the machine is at that moment, so
 * the ratio between the two moves less than either figure on a shared
 * machine whose speed swings by a fifth within the hour.
 */
const WORDS = /\b(visa|fee|urgent|guarantee|whatsapp|advance|salary|виза|оплата|срочно|гарантия)\b/iu;
const PHONE = /\+?\d[\d\s-]{8,}\d/;

/** How many of the adverts the naive filter flags. */
export function plainScan(corpus: readonly string[]): number {
  let hits = 0;
  for (const text of corpus) if (WORDS.test(text) || PHONE.test(text)) hits++;
  return hits;
}

/** Adverts per second of one naive pass over `corpus`. */
export function plainScanRate(corpus: readonly string[]): number {
  const start = performance.now();
  plainScan(corpus);
  return corpus.length / ((performance.now() - start) / 1000);
}
