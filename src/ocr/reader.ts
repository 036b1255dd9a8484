import { performance } from "node:perf_hooks";
import type { Language } from "../engine/types.ts";
import { ImageTooLargeError } from "../conversation/image-too-large.ts";
import type { ImageReader, ImageReading, ImageSource } from "../conversation/types.ts";
import { passesFor } from "./languages.ts";
import { BoundedPool, BUSY } from "./pool.ts";
import { prepareImage } from "./preprocess.ts";
import { secondLook } from "./second-look.ts";
import { LOCAL_CYRILLIC_PACKS, repairSymbols } from "./symbols.ts";
import { resultOf, runTesseract, type TesseractResult } from "./tesseract.ts";

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
  /**
   * The language of a reading, when the sender's is unknown: a first pass in
   * Russian and English reads any Cyrillic well enough to tell Kazakh from
   * Tajik, and the right pack then reads it again.
   */
  guessLanguage?: (text: string) => Language | "und";
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

/** A pass's reading with the packs that read it. */
type TesseractReading = TesseractResult & { packs: string[] };

/** Packs of the Arabic script (the Arabic-script model under either of its names). */
const ARABIC_SCRIPT_PACKS: ReadonlySet<string> = new Set(["urd", "Arabic", "script/Arabic"]);

/** More Arabic-script letters than others: a Latin or Cyrillic picture read by the wrong packs comes out mixed. */
function mostlyArabicLetters(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.filter((letter) => /\p{Script=Arabic}/u.test(letter)).length > letters.length / 2;
}

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
  const referencePacks = ["rus", "eng"].filter((pack) => options.installed.has(pack));

  /**
   * The sender's packs, best guess first, until one reads confidently. A local
   * Cyrillic pack's numbers get their $ and % back from a Russian + English
   * reading; an unknown sender's first reading picks the pack for the next.
   */
  async function readPasses(image: Buffer, language: Language | undefined, remaining: () => number) {
    let best: TesseractReading | undefined;
    const tried: string[] = [];
    const passes = passesFor(language, options.installed);
    for (let i = 0; i < passes.length && remaining() > 0; i++) {
      const languages = passes[i]!;
      let result: TesseractResult;
      try {
        result = await runTesseract(options.tesseractPath, image, { languages, psm: PSM_SINGLE_BLOCK, timeoutMs: remaining() });
        tried.push(`${languages.join("+")}:${Math.round(result.confidence)}`);
        if (languages.some((pack) => LOCAL_CYRILLIC_PACKS.has(pack)) && referencePacks.length && result.words.some((w) => /\d/.test(w.text))) {
          const reference = await runTesseract(options.tesseractPath, image, { languages: referencePacks, psm: PSM_SINGLE_BLOCK, timeoutMs: remaining() });
          result = { ...resultOf(repairSymbols(result.words, reference.words)), confidence: result.confidence };
        }
      } catch (error) {
        log.warn({ err: error, packs: languages.join("+") }, "tesseract failed");
        break;
      }
      if (!best || result.confidence > best.confidence) best = { ...result, packs: languages };
      if (language === undefined && i === 0 && options.guessLanguage) {
        const guessed = options.guessLanguage(result.text);
        const next = guessed === "und" ? undefined : passesFor(guessed, options.installed)[0];
        if (next && next.join("+") !== languages.join("+")) passes.splice(1, 0, next);
        else if (result.confidence >= CONFIDENT) break;
        continue;
      }
      if (result.confidence >= CONFIDENT) break;
    }
    return { best, tried };
  }

  /**
   * A low-confidence reading mostly in Arabic letters is, in practice,
   * Nastaliq (clean Naskh reads at 85–95): the picture is read once more,
   * prepared differently (secondLook), and the more confident reading kept.
   * Measured on the bench's Nastaliq pictures and on held-out adverts; other
   * scripts never get here, so their readings and times are unchanged.
   */
  async function secondLookIfCalligraphy(image: Buffer, first: TesseractReading, tried: string[], remaining: () => number): Promise<TesseractReading> {
    const arabicScript = first.packs.some((pack) => ARABIC_SCRIPT_PACKS.has(pack));
    if (!arabicScript || first.confidence >= CONFIDENT || first.confidence < READABLE || !mostlyArabicLetters(first.text) || remaining() <= 0) return first;
    try {
      const again = await runTesseract(options.tesseractPath, await secondLook(image), { languages: first.packs, psm: PSM_SINGLE_BLOCK, timeoutMs: remaining() });
      tried.push(`second look ${first.packs.join("+")}:${Math.round(again.confidence)}`);
      return again.confidence > first.confidence ? { ...again, packs: first.packs } : first;
    } catch (error) {
      log.warn({ err: error }, "tesseract failed on the second look");
      return first;
    }
  }

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
      log.debug({ err: error }, "image not downloaded");
      return { failure: "failed" };
    }
    if (bytes.byteLength > maxBytes) return { failure: "too_large" };
    const prepared = await prepareImage(bytes, options.maxPixels);
    if ("failure" in prepared) return prepared;

    const { best: first, tried } = await readPasses(prepared.image, language, remaining);
    const best = first && (await secondLookIfCalligraphy(prepared.image, first, tried, remaining));
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
