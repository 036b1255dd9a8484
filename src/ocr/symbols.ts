import type { TesseractWord } from "./tesseract.ts";

/** Packs of the Central Asian alphabets, whose models misread $, € and % as digits ("$500" → "5500", "100%" → "10096"). */
export const LOCAL_CYRILLIC_PACKS: ReadonlySet<string> = new Set(["kaz", "kir", "tgk", "uzb_cyrl"]);

const SYMBOL = /[$€£₽%]/u;
const DIGIT = /\d/u;

function overlap(a: TesseractWord, b: TesseractWord): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  if (width <= 0 || height <= 0) return 0;
  return (width * height) / Math.max(1, Math.min(a.width * a.height, b.width * b.height));
}

/**
 * The words of a local-pack reading, with each number taken from a Russian +
 * English reading of the same picture where that one saw a currency or
 * percent sign at the same place. The local pack reads the local letters; the
 * reference reads the symbols that decide whether an amount is a fee.
 */
export function repairSymbols(words: readonly TesseractWord[], reference: readonly TesseractWord[]): TesseractWord[] {
  const marked = reference.filter((r) => SYMBOL.test(r.text) && DIGIT.test(r.text));
  if (marked.length === 0) return [...words];
  return words.map((w) => {
    // Digits the local pack read, with or without a sign: "5500" for $500, "%2500" for $2500.
    if (!DIGIT.test(w.text)) return w;
    let best: TesseractWord | undefined;
    let bestOverlap = 0.5;
    for (const r of marked) {
      const o = overlap(w, r);
      if (o > bestOverlap) [best, bestOverlap] = [r, o];
    }
    return best ? { ...w, text: best.text } : w;
  });
}
