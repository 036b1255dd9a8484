import type { Language } from "../engine/types.ts";

/**
 * Tesseract packs to try for a sender, best guess first; chosen by how many
 * fraud flags of the test adverts survive (see BENCHMARKS.md). Cyrillic packs
 * come with English for the WhatsApp, Humo and @handles in Central Asian
 * adverts; Tajik and Uzbek Cyrillic also with Russian, whose letters (ы, щ)
 * they lack. Urdu goes with Tesseract's Arabic-script model (Debian's
 * tesseract-ocr-script-arab), which reads some Nastaliq and Naskh words the
 * Urdu model misses, but never with English: beside it, Nastaliq comes out as
 * Latin garbage. A second pass (the other alphabet) runs only when the first
 * reads poorly, and only where that alphabet is plausible: Pakistani senders
 * forward English adverts too, and an unknown sender may be either.
 */
const PASSES: Record<Language | "unknown", readonly (readonly string[])[]> = {
  ur: [["urd", "Arabic"], ["eng"]],
  "ur-Latn": [["eng"], ["urd", "Arabic"]],
  en: [["rus", "eng"], ["urd", "Arabic"]],
  unknown: [["rus", "eng"], ["urd", "Arabic"]],
  ru: [["rus", "eng"]],
  kk: [["kaz", "eng"]],
  ky: [["kir", "eng"]],
  tg: [["tgk", "rus", "eng"]],
  "uz-Cyrl": [["uzb_cyrl", "rus", "eng"]],
  "uz-Latn": [["uzb", "rus"]],
};

/** The passes for `language`, keeping only installed packs (English, or any pack, when none of them is). */
export function passesFor(language: Language | undefined, installed: ReadonlySet<string>): string[][] {
  const passes = PASSES[language ?? "unknown"]
    .map((pass) => pass.filter((pack) => installed.has(pack)))
    .filter((pass) => pass.length > 0);
  if (passes.length) return passes;
  const fallback = installed.has("eng") ? "eng" : [...installed].find((pack) => pack !== "osd");
  return fallback ? [[fallback]] : [];
}
