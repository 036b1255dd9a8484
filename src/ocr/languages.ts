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

/**
 * Names the Arabic-script model goes by: Debian bookworm's
 * tesseract-ocr-script-arab installs it at the top of tessdata ("Arabic"),
 * later layouts (and tessdata's own) under script/, which `--list-langs`
 * shows as "script/Arabic". Either is taken; without this the model would be
 * dropped silently as "not installed" on the other layout.
 */
const ARABIC_SCRIPT = ["Arabic", "script/Arabic"];

/**
 * The alphabets each pack reads. The Arabic-script model also reads Latin
 * letters (English adverts at confidence 92–96 in bench:ocr's trials), so an
 * English pass after it finds nothing new; urd alone reads English as Urdu.
 */
const ALPHABETS: Record<string, readonly string[]> = {
  urd: ["arab"],
  Arabic: ["arab", "latn"],
  eng: ["latn"],
  uzb: ["latn"],
  rus: ["cyrl"],
  kaz: ["cyrl"],
  kir: ["cyrl"],
  tgk: ["cyrl"],
  uzb_cyrl: ["cyrl"],
};

function installedName(pack: string, installed: ReadonlySet<string>): string | undefined {
  const names = pack === "Arabic" ? ARABIC_SCRIPT : [pack];
  return names.find((name) => installed.has(name));
}

/**
 * Passes whose alphabets an earlier pass already reads are left out: a
 * Nastaliq picture read poorly in urd+Arabic used to be read again in English,
 * which never won (confidence 25–40 against 50–65) and cost about half a second.
 */
function withoutRepeats(passes: string[][]): string[][] {
  const read = new Set<string>();
  return passes.filter((pass, i) => {
    const alphabets = pass.flatMap((pack) => ALPHABETS[pack.replace(/^script\//, "")] ?? [pack]);
    const adds = alphabets.some((a) => !read.has(a));
    alphabets.forEach((a) => read.add(a));
    return i === 0 || adds;
  });
}

/** The passes for `language`, keeping only installed packs (English, or any pack, when none of them is). */
export function passesFor(language: Language | undefined, installed: ReadonlySet<string>): string[][] {
  const passes = PASSES[language ?? "unknown"]
    .map((pass) => pass.map((pack) => installedName(pack, installed)).filter((pack): pack is string => pack !== undefined))
    .filter((pass) => pass.length > 0);
  if (passes.length) return withoutRepeats(passes);
  const fallback = installed.has("eng") ? "eng" : [...installed].find((pack) => pack !== "osd");
  return fallback ? [[fallback]] : [];
}
