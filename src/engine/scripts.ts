/**
 * Which characters are letters or numbers, Latin or Cyrillic, answered from a
 * table instead of by `\p{…}` expressions run over a whole advert. The table
 * is filled lazily from those same expressions, one character at a time, so
 * it says exactly what they say. Checks here decide whether a costly
 * expression can match at all; the expression itself still does the work.
 */

const LETTER_RE = /^\p{L}$/u;
const NUMBER_RE = /^\p{N}$/u;
const LATIN_RE = /^\p{Script=Latin}$/u;
const CYRILLIC_RE = /^\p{Script=Cyrillic}$/u;
const PICTOGRAPHIC_RE = /^\p{Extended_Pictographic}$/u;
const WORD_CHARACTER_RE = /^[\p{L}\p{M}\p{N}']$/u;
const SEPARATOR_RE = /^[\s\-_]$/u;

/** Bits of a character's class. */
const LETTER = 1;
const NUMBER = 2;
const LN = LETTER | NUMBER;
const LAT = 4;
const CYR = 8;
const PICTOGRAPHIC = 16;
/** What the lexicon scan cuts words from (`[\p{L}\p{M}\p{N}']`), and what only separates them (`[\s\-_]`). */
export const WORD_CHARACTER = 32;
export const SEPARATOR = 64;
const UNKNOWN = 0xff;
/** A class packed with the character's width in code units. */
const ONE = 1 << 8;
const TWO = 2 << 8;

function classify(ch: string): number {
  return (
    (LETTER_RE.test(ch) ? LETTER : 0) |
    (NUMBER_RE.test(ch) ? NUMBER : 0) |
    (LATIN_RE.test(ch) ? LAT : 0) |
    (CYRILLIC_RE.test(ch) ? CYR : 0) |
    (PICTOGRAPHIC_RE.test(ch) ? PICTOGRAPHIC : 0) |
    (WORD_CHARACTER_RE.test(ch) ? WORD_CHARACTER : 0) |
    (SEPARATOR_RE.test(ch) ? SEPARATOR : 0)
  );
}
/** Classes of the Basic Multilingual Plane by code unit; a lone surrogate is none of them. */
const BMP = new Uint8Array(0x10000).fill(UNKNOWN);
const ASTRAL = new Map<number, number>();

function bmpClass(code: number): number {
  const known = BMP[code]!;
  if (known !== UNKNOWN) return known;
  const found = code >= 0xd800 && code <= 0xdfff ? 0 : classify(String.fromCharCode(code));
  BMP[code] = found;
  return found;
}

/** Emoji and the like are few in real adverts; a text made of a million distinct ones must not grow the table. */
const MAX_ASTRAL = 4096;

function astralClass(cp: number): number {
  let found = ASTRAL.get(cp);
  if (found === undefined) {
    found = classify(String.fromCodePoint(cp));
    if (ASTRAL.size < MAX_ASTRAL) ASTRAL.set(cp, found);
  }
  return found;
}

/**
 * The class of the character (code point, as `u` expressions read it) at `i`,
 * and how many code units it takes, packed as class | width << 8.
 */
export function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return astralClass((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) | TWO;
  }
  return bmpClass(code) | ONE;
}

export interface ScriptFacts {
  /** Some character is of the Latin script / of the Cyrillic script. */
  latin: boolean;
  cyrillic: boolean;
  /**
   * `MIXED_WORD` in normalize.ts can match: a Latin and a Cyrillic character
   * with only letters and numbers between them.
   */
  mixedRun: boolean;
}

export function scriptFacts(text: string): ScriptFacts {
  let latin = false;
  let cyrillic = false;
  let mixedRun = false;
  // Scripts seen since the last character that is neither letter nor number (that character included).
  let runLatin = false;
  let runCyrillic = false;
  for (let i = 0; i < text.length; ) {
    const packed = text.charCodeAt(i) < 0x80 ? asciiClass(text.charCodeAt(i)) : classAt(text, i);
    i += packed >> 8;
    const lat = (packed & LAT) !== 0;
    const cyr = (packed & CYR) !== 0;
    if ((lat && runCyrillic) || (cyr && runLatin)) mixedRun = true;
    latin ||= lat;
    cyrillic ||= cyr;
    if (packed & LN) {
      runLatin ||= lat;
      runCyrillic ||= cyr;
    } else {
      runLatin = lat;
      runCyrillic = cyr;
    }
  }
  return { latin, cyrillic, mixedRun };
}

/** No ASCII character is pictographic: © (U+00A9) is the first. */
function asciiClass(code: number): number {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return LETTER | LAT | ONE;
  if (code >= 0x30 && code <= 0x39) return NUMBER | ONE;
  return ONE;
}

/**
 * Where a Latin letter stands right beside a Cyrillic one (either order), as
 * `(?=\p{L})(?:\p{Script=Latin}(?=\p{L})\p{Script=Cyrillic}|…)` finds it: the
 * index of the first letter of the first such pair at or after `from`, or -1.
 */
export function firstMixedPair(text: string, from = 0): number {
  let previous = 0;
  let previousAt = -1;
  for (let i = from; i < text.length; ) {
    const code = text.charCodeAt(i);
    const packed = code < 0x80 ? asciiClass(code) : classAt(text, i);
    // A character has one script: a letter is Latin, Cyrillic or neither.
    const current = packed & LETTER ? packed & (LAT | CYR) : 0;
    if ((previous === LAT && current === CYR) || (previous === CYR && current === LAT)) return previousAt;
    previous = current;
    previousAt = i;
    i += packed >> 8;
  }
  return -1;
}

/** The width in code units of the letter (`\p{L}`, by code point) at `i`, or 0 when none starts there. */
export function letterWidthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const packed = code < 0x80 ? asciiClass(code) : classAt(text, i);
  return packed & LETTER ? packed >> 8 : 0;
}

/** Whether `\p{Extended_Pictographic}` (emoji and the like) occurs in the text. */
export function hasPictographic(text: string): boolean {
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      i++;
      continue;
    }
    const packed = classAt(text, i);
    if (packed & PICTOGRAPHIC) return true;
    i += packed >> 8;
  }
  return false;
}

/** Where the run of letters that ends at `end` starts, stepping back by code point. */
export function letterRunStart(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const low = text.charCodeAt(i - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
    const at = pair ? i - 2 : i - 1;
    if (letterWidthAt(text, at) === 0) break;
    i = at;
  }
  return i;
}

/** Where the run of letters that starts at `start` ends. */
export function letterRunEnd(text: string, start: number): number {
  let i = start;
  for (let w; i < text.length && (w = letterWidthAt(text, i)) > 0; ) i += w;
  return i;
}

/** Whether the code point that ends at `end` is a letter or a number; its width in code units, or 0. */
export function letterOrNumberWidthBefore(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && end >= 2 && text.charCodeAt(end - 2) >= 0xd800 && text.charCodeAt(end - 2) <= 0xdbff;
  const at = pair ? end - 2 : end - 1;
  const code = text.charCodeAt(at);
  const packed = code < 0x80 ? asciiClass(code) : classAt(text, at);
  return packed & LN ? packed >> 8 : 0;
}
