import { performance } from "node:perf_hooks";
import type { Language } from "../engine/types.ts";
import { ImageTooLargeError } from "../conversation/image-too-large.ts";
import type { ImageReader, ImageReading, ImageSource } from "../conversation/types.ts";
import { passesFor } from "./languages.ts";
import { BoundedPool, BUSY } from "./pool.ts";
import { prepareImage } from "./preprocess.ts";
import { runTesseract, type TesseractResult } from "./tesseract.ts";

export interface ReaderOptions {
  tesseractPath: string;
  /** Packs the binary has (`tesseract --list-langs`). */
  installed: ReadonlySet<string>;
  concurrency: number;
  queue: number;
  /** For one picture, from the moment it gets a slot: download, preparation and every pass. */
  timeoutMs: number;
  maxBytes: number;
  maxPixels: number;
  log: { debug: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void };
}

/**
 * Mean word confidence of a pass that needs no second opinion, and below
 * which the answer warns that words may be missing. Measured: the right
 * packs read clean or grainy print at 85–95, Nastaliq calligraphy at 50–65;
 * packs of the wrong alphabet read anything at 25–50 (English on Cyrillic ~70).
 */
const CONFIDENT = 75;
/** Below this nothing was read: a picture without writing gives 20–35 (random strokes taken for letters). */
const READABLE = 45;
/**
 * Tesseract's page segmentation 6, one block of text. In trials the automatic
 * layout (3) lost whole grainy photos, taking the grain for an illustration,
 * where 6 read them; on clean pictures the two read alike (BENCHMARKS.md).
 */
const PSM_SINGLE_BLOCK = 6;

/** `promise`, or a rejection once `ms` have passed (a hung download must not hold a slot). */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not done in ${Math.round(ms)} ms`)), Math.max(0, ms));
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/**
 * OCR of the pictures users send: a bounded pool of slots (so a burst of
 * photos cannot starve text checks), then download, preparation and
 * Tesseract passes for the sender's alphabets. Never logs what it read.
 */
export function createImageReader(options: ReaderOptions): ImageReader {
  const { log, maxBytes } = options;
  const pool = new BoundedPool(options.concurrency, options.queue);

  async function readNow(image: ImageSource, language: Language | undefined): Promise<ImageReading> {
    const started = performance.now();
    const remaining = () => options.timeoutMs - (performance.now() - started);
    let bytes: Uint8Array;
    try {
      bytes = await within(image.load(maxBytes), remaining());
    } catch (error) {
      if (error instanceof ImageTooLargeError) return { failure: "too_large" };
      // A vanished or forged file id is the sender's business, not an operator's alarm; and the
      // channel's error may carry its request, so only the message is kept.
      log.debug({ reason: error instanceof Error ? error.message : String(error) }, "image not downloaded");
      return { failure: "failed" };
    }
    if (bytes.byteLength > maxBytes) return { failure: "too_large" };
    const prepared = await prepareImage(bytes, options.maxPixels);
    if ("failure" in prepared) return prepared;

    let best: TesseractResult | undefined;
    const tried: string[] = [];
    for (const languages of passesFor(language, options.installed)) {
      if (remaining() <= 0) break;
      try {
        const result = await runTesseract(options.tesseractPath, prepared.image, { languages, psm: PSM_SINGLE_BLOCK, timeoutMs: remaining() });
        tried.push(`${languages.join("+")}:${Math.round(result.confidence)}`);
        if (!best || result.confidence > best.confidence) best = result;
        if (result.confidence >= CONFIDENT) break;
      } catch (error) {
        log.warn({ err: error, packs: languages.join("+") }, "tesseract failed");
        break;
      }
    }
    const ms = Math.round(performance.now() - started);
    // Sizes and scores only: what the picture says is never logged.
    log.debug({ ms, bytes: bytes.byteLength, passes: tried, characters: best?.text.length ?? 0 }, "image read");
    if (!best) return { failure: "failed" };
    if (best.confidence < READABLE || !/\p{L}/u.test(best.text)) return { failure: "unreadable" };
    return { text: best.text, partial: best.confidence < CONFIDENT };
  }

  return {
    maxBytes,
    async read(image, language) {
      // Known too large: refused before it takes a slot or a byte of download.
      if (image.size !== undefined && image.size > maxBytes) return { failure: "too_large" };
      const reading = await pool.run(() => readNow(image, language));
      return reading === BUSY ? { failure: "busy" } : reading;
    },
  };
}
