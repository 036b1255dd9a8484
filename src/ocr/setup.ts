import type { OcrConfig } from "../config.ts";
import type { ImageReader } from "../conversation/types.ts";
import { cachedImageReader } from "./cache.ts";
import { createImageReader, type ReaderOptions } from "./reader.ts";
import { installedLanguages } from "./tesseract.ts";

/**
 * The image reader the configuration asks for: none when OCR=off, or when
 * OCR=auto and there is no usable tesseract binary (a warning says so);
 * OCR=on without one stops the start.
 */
export async function setUpOcr(
  config: OcrConfig,
  log: ReaderOptions["log"] & { info: (obj: object, msg: string) => void },
  guessLanguage?: ReaderOptions["guessLanguage"],
): Promise<ImageReader | undefined> {
  if (config.mode === "off") return undefined;
  const packs = (await installedLanguages(config.tesseractPath))?.filter((pack) => pack !== "osd") ?? [];
  if (packs.length === 0) {
    const problem = `no tesseract with language packs at "${config.tesseractPath}": pictures are answered with "send the text" (install tesseract-ocr and its packs, see the README)`;
    if (config.mode === "on") throw new Error(`OCR=on, but ${problem}`);
    log.warn({}, problem);
    return undefined;
  }
  log.info({ packs, concurrency: config.concurrency, queue: config.queue }, "OCR ready: pictures of adverts are read");
  return cachedImageReader(createImageReader({ ...config, installed: new Set(packs), log, ...(guessLanguage ? { guessLanguage } : {}) }));
}
