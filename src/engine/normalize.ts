/**
 * One normalisation for ad text and for lexicon entries, so phrases written
 * the way people type them match however the ad was typed. Offsets matter:
 * evidence is quoted from the original text, so every step here maps one
 * input code unit to exactly one output code unit (deletions become spaces).
 */

import { scriptFacts } from "./scripts.ts";

const CHAR_MAP: Record<string, string> = {
  // Arabic-script variants people mix when typing Urdu on Arabic keyboards.
  "ي": "ی",
  "ى": "ی",
  "ك": "ک",
  "ه": "ہ",
  "ة": "ہ",
  "ۀ": "ہ",
  // Every apostrophe-like mark Uzbek Latin writers use for oʻ and gʻ.
  "ʻ": "'",
  "ʼ": "'",
  "‘": "'",
  "’": "'",
  "`": "'",
  "´": "'",
  "ʹ": "'",
  "ё": "е",
  "Ё": "е",
  // Dashes and the no-break space scammers paste from templates.
  "–": "-",
  "—": "-",
  "‐": "-",
  "‑": "-",
  "\u00a0": " ",
  "\u202f": " ",
};

function mapChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Arabic-Indic and Extended Arabic-Indic digits → ASCII, so "۲۵۰۰۰" is money.
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  // Harakat, superscript alef and tatweel carry no meaning for matching.
  if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640) return " ";
  // Zero-width characters are used to break keyword filters.
  // So are emoji variation selectors: "‼️МЕСТ" must read as a word after a symbol.
  if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff || code === 0xfe0e || code === 0xfe0f) return " ";
  return CHAR_MAP[ch] ?? ch;
}

/**
 * mapChar by code unit, 0 where it keeps the character. Every character it
 * changes is in the Basic Multilingual Plane and becomes one unit. Read from
 * this table, a text is unified in one plain pass: an expression over the
 * same characters ran a costly class test at every character of an advert.
 */
const UNIFIED = Uint16Array.from({ length: 0x10000 }, (_, u) => {
  const ch = String.fromCharCode(u);
  const mapped = mapChar(ch);
  return mapped === ch ? 0 : mapped.charCodeAt(0);
});

/**
 * Lower-case and unify the text, keeping its length so that indices into the
 * result are indices into the original. Letters stay those of their alphabet,
 * which is what language detection needs.
 */
export function unifyText(text: string): string {
  const lower = text.toLowerCase();
  // Fast path: lower-casing kept every offset (true unless the text has a character like İ).
  if (lower.length === text.length) return mapUnits(lower, UNIFIED);
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const mapped = mapChar(ch);
    if (mapped !== ch) {
      out += mapped;
      continue;
    }
    const lowered = ch.toLowerCase();
    out += lowered.length === 1 ? lowered : ch;
  }
  return out;
}

/** `text` with each code unit that `table` maps (0: kept) replaced, in one pass. */
function mapUnits(text: string, table: Uint16Array): string {
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0, length = text.length; i < length; i++) {
    const mapped = table[text.charCodeAt(i)]!;
    if (mapped === 0) continue;
    pieces.push(text.slice(from, i), String.fromCharCode(mapped));
    from = i + 1;
  }
  if (from === 0) return text;
  pieces.push(text.slice(from));
  // Joined, not concatenated: every later pass reads this text, and a flat string is what they were tuned on.
  return pieces.join("");
}

/**
 * Digits that "copy text from image" reads as letters: O for 0, l or I for 1
 * ("1OO% КАФОЛАТ", "3O кунда", "+998 9l 555"). In a run of digits and such
 * letters, standing on its own and holding a real digit, they are digits.
 * Runs on unified (lower-cased) text; one unit for one.
 */
const MISREAD_NUMBER = /(?<![\p{L}\p{N}])(?=[\doоli]*\d)[\doоli]*[oоli][\doоli]*(?![\p{L}\p{N}])/gu;
const MISREAD_HINT = /\d[oоli]|[oоli]\d/;
const MISREAD_DIGIT: Record<string, string> = { o: "0", "о": "0", l: "1", i: "1" };

export function readMisreadDigits(unified: string): string {
  if (!MISREAD_HINT.test(unified)) return unified;
  return unified.replace(MISREAD_NUMBER, (run) => run.replace(/[oоli]/g, (ch) => MISREAD_DIGIT[ch]!));
}

/** A surrogate without its pair: not a character, and Postgres refuses it in jsonb. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Prepare raw user input: Unicode NFKC, no control characters, lone
 * surrogates as U+FFFD (one code unit for one, so offsets hold), bounded
 * length. Evidence is quoted from this text and stored as jsonb.
 */
export function cleanInput(text: string, maxLength: number): string {
  const nfkc = text.normalize("NFKC");
  const clean = nfkc.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, " ").replace(LONE_SURROGATE, "\ufffd");
  // Never cut a surrogate pair in two.
  const end = clean.length > maxLength && /[\ud800-\udbff]/.test(clean[maxLength - 1]!) ? maxLength - 1 : maxLength;
  return clean.length > maxLength ? clean.slice(0, end) : clean;
}

/**
 * Kazakh, Kyrgyz, Tajik and Uzbek typed on a Russian keyboard: each letter of
 * their own becomes the nearest Russian one (ә→а, қ→к, ө→о, ү/ұ→у, ң→н, ғ→г,
 * і→и, ҳ/һ→х, ҷ→ч, ӣ→и, ӯ/ў→у). Folding both the ad and the lexicon entries
 * lets one entry match either way of typing.
 */
const KEYBOARD_TWINS: Record<string, string> = {
  "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
  "ӣ": "и", "ӯ": "у", "ҳ": "х", "ҷ": "ч", "ў": "у",
};
/** KEYBOARD_TWINS by code unit (every twin is one unit of the Basic Multilingual Plane), 0 for the rest: folded in one pass, as unifyText does. */
const TWIN_FOLD = new Uint16Array(0x10000);
for (const [twin, russian] of Object.entries(KEYBOARD_TWINS)) TWIN_FOLD[twin.charCodeAt(0)] = russian.charCodeAt(0);

/** Latin and Cyrillic letters that look alike, used to slip "gmаil" or "Е-9" past a filter. */
const CYRILLIC_LOOKALIKE: Record<string, string> = {
  "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "к": "k", "м": "m", "т": "t", "и": "i",
  "в": "b", "н": "h", "ј": "j", "ѕ": "s",
};
const LATIN_LOOKALIKE: Record<string, string> = Object.fromEntries(
  Object.entries(CYRILLIC_LOOKALIKE).filter(([, latin]) => !"bh".includes(latin)).map(([cyr, latin]) => [latin, cyr]),
);
// Matches begin where a word does; saying so lets the search reject every other place at once.
const MIXED_WORD = /(?<![\p{L}\p{N}])[\p{L}\p{N}]*(?:\p{Script=Latin}[\p{L}\p{N}]*\p{Script=Cyrillic}|\p{Script=Cyrillic}[\p{L}\p{N}]*\p{Script=Latin})[\p{L}\p{N}]*/gu;
/** A visa or permit code typed with a Cyrillic letter: "Е-9", "Н-2". */
const CYRILLIC_CODE = /(?<![\p{L}\p{N}])[аевкмнорстх]{1,2}(?=-?\d)/gu;

/** Keyboard twins folded in a lexicon's regular expression, which is matched on folded text. */
export function foldTwins(text: string): string {
  return mapUnits(text, TWIN_FOLD);
}

/**
 * The letters of CHAR_MAP (ё, Arabic-script variants, apostrophe-like marks),
 * not its dashes and spaces: a dash mapped inside a character class could
 * make a range of it.
 */
const PATTERN_LETTERS = new RegExp(`[${Object.keys(CHAR_MAP).filter((ch) => !"- ".includes(CHAR_MAP[ch]!)).join("")}]`, "gu");

/**
 * A lexicon `re:` expression in the terms of the text it is matched on: the
 * text has ё as е, Arabic-script variants unified and keyboard twins folded,
 * so an expression written with "ё" or "ي" must say the same, or it never
 * matches.
 */
export function foldPattern(source: string): string {
  return foldTwins(source.replace(PATTERN_LETTERS, (ch) => CHAR_MAP[ch]!));
}

const LATIN = /\p{Script=Latin}/u;
const SCRIPT_RUN = /\p{Script=Latin}+|\p{Script=Cyrillic}+/gu;

function foldMixedWord(word: string): string {
  const runs = word.match(SCRIPT_RUN) ?? [];
  // "WhatsAppка", "Kaspiге": a Latin name with a Cyrillic suffix is how these languages inflect, not a trick.
  if (runs.length === 2 && runs.every((r) => r.length > 1)) return word;
  let latin = 0;
  let cyrillic = 0;
  for (const run of runs) {
    if (LATIN.test(run)) latin += run.length;
    else cyrillic += run.length;
  }
  // The minority script's look-alikes join the majority; a tie reads as Latin (addresses, brands).
  const table = latin >= cyrillic ? CYRILLIC_LOOKALIKE : LATIN_LOOKALIKE;
  return word.replace(/./gu, (ch) => table[ch] ?? ch);
}

/**
 * What the lexicons, brands, addresses and codes are matched on: the unified
 * text with keyboard twins and look-alike letters folded. Same length as the input.
 */
export function normalizeForMatch(text: string): string {
  return foldForMatch(unifyText(text));
}

/** A visa code's letters can only be typed in Cyrillic where one of them stands before a digit; checked without `u`, which is costly. */
const CYRILLIC_CODE_HINT = /[аевкмнорстх]-?\d/;

/** normalizeForMatch of text that unifyText already unified. */
export function foldForMatch(unified: string): string {
  // Every step below is about Cyrillic letters; an advert without any is done.
  // One pass over a table says which expressions can match, so the others are not run over the whole ad.
  const facts = scriptFacts(unified);
  if (!facts.cyrillic) return unified;
  let folded = facts.latin && facts.mixedRun ? unified.replace(MIXED_WORD, foldMixedWord) : unified;
  if (CYRILLIC_CODE_HINT.test(folded)) folded = folded.replace(CYRILLIC_CODE, (code) => code.replace(/./gu, (ch) => CYRILLIC_LOOKALIKE[ch] ?? ch));
  return foldTwins(folded);
}

/** The three forms of an advert the engine reads: as written (quoted back), unified, and folded for matching. */
export function readAdvertText(text: string, maxLength: number): { original: string; unified: string; normalized: string } {
  const original = cleanInput(text, maxLength);
  const unified = readMisreadDigits(unifyText(original));
  return { original, unified, normalized: foldForMatch(unified) };
}
