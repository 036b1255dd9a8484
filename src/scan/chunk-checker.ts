import type { Engine } from "../engine/engine.ts";
import { scanResult, type ScanResult } from "./scan-result.ts";

/** An advert as the engine needs it: the partner's id and the text. */
export interface AdText {
  id: string | number;
  text: string;
}

/**
 * Checks a chunk's adverts and answers in their order, without `similar`
 * (the memory adds it): the engine on this thread, or engines on worker
 * threads (engine-pool/).
 */
export type ChunkChecker = (ads: readonly AdText[]) => Promise<ScanResult[]>;

/** The engine's answers for the adverts: what every checker runs, here or on a worker thread. */
export function checkAds(engine: Engine, ads: readonly AdText[]): ScanResult[] {
  return ads.map((ad) => scanResult(ad.id, engine.check(ad.text), null));
}

/** The engine on this thread (the offline scan, PGlite, a pool of no threads). */
export function checkInThread(engine: () => Engine): ChunkChecker {
  return async (ads) => checkAds(engine(), ads);
}
