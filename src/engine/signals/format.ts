import { firstMixedPair, hasPictographic, letterRunEnd, letterRunStart } from "../scripts.ts";
import type { Evidence } from "../types.ts";

const EMOJI = /\p{Extended_Pictographic}/gu;
const SHOUTING = /[\p{Lu}][\p{Lu}\s!]{10,}/u;

function evidenceOf(m: RegExpExecArray | null): Evidence[] {
  return m ? [{ text: m[0].trim(), start: m.index, end: m.index + m[0].trim().length }] : [];
}

/** Per code unit of the BMP: bit 1 a cased letter (lower ≠ upper), bit 2 upper case, bit 4 a case changes its length; 0xff unknown. */
const CASE = new Uint8Array(0x10000).fill(0xff);
const CASED = 1;
const UPPER = 2;
const GROWS = 4;

function caseOf(code: number): number {
  let bits = CASE[code]!;
  if (bits === 0xff) {
    const ch = String.fromCharCode(code);
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    bits = (lower.length !== 1 || upper.length !== 1 ? GROWS : 0) | (lower !== upper ? CASED : 0) | (ch === upper ? UPPER : 0);
    CASE[code] = bits;
  }
  return bits;
}

/**
 * Mostly capitals: counted from a table, without two case-mapped copies of the ad. Case mappings
 * of the BMP are per character but for the final sigma, which only picks between two lower-case
 * letters; a case that lengthens a character makes the whole text change length. An ad with a
 * surrogate (astral letters have cases too) is counted as before.
 */
function shouting(original: string): Evidence[] {
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return shoutingByCopies(original);
    const bits = code < 0x80 ? asciiCase(code) : caseOf(code);
    if (bits & GROWS) return [];
    if (bits & CASED) {
      letters++;
      if (bits & UPPER) capitals++;
    }
  }
  return letters >= 20 && capitals / letters > 0.6 ? evidenceOf(SHOUTING.exec(original)) : [];
}

function asciiCase(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return CASED | UPPER;
  return code >= 0x61 && code <= 0x7a ? CASED : 0;
}

function shoutingByCopies(original: string): Evidence[] {
  const lower = original.toLowerCase();
  const upper = original.toUpperCase();
  if (lower.length !== original.length || upper.length !== original.length) return [];
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < original.length; i++) {
    if (lower[i] === upper[i]) continue;
    letters++;
    if (original[i] === upper[i]) capitals++;
  }
  return letters >= 20 && capitals / letters > 0.6 ? evidenceOf(SHOUTING.exec(original)) : [];
}

/**
 * A foreign name with a case ending of the advert's language ("WhatsAppка", "Telegramда", "Kaspiге",
 * "UKVIга"): Latin letters, then two or more Cyrillic ones. A word dressed up to slip past filters
 * swaps letters inside it ("vizа", "Dubаi"), which this is not.
 */
const NAME_WITH_CASE_ENDING = /^\p{Script=Latin}{2,}\p{Script=Cyrillic}{2,}$/u;
/** A Cyrillic word typed with the Latin "i" for the Kazakh "і", which it looks like ("кутушi"). */
const LATIN_I_FOR_CYRILLIC_I = /^(?:\p{Script=Cyrillic}|[iI])+$/u;

/**
 * Latin and Cyrillic letters side by side in one word: a trick to slip past keyword filters.
 * Letters only: the Cyrillic thousands sign "҂" and other symbols carry a script too.
 * Found by a loop over a table of classes (scripts.ts), not by \p{Script=…} expressions over the whole ad.
 */
function mixedScriptWord(original: string): Evidence[] {
  for (let from = 0; ; ) {
    const at = firstMixedPair(original, from);
    if (at < 0) return [];
    const start = letterRunStart(original, at);
    const end = letterRunEnd(original, at);
    const word = original.slice(start, end);
    if (!NAME_WITH_CASE_ENDING.test(word) && !LATIN_I_FOR_CYRILLIC_I.test(word)) return [{ text: word, start, end }];
    from = end;
  }
}

/** The first "!!!" or "???" (or longer), as /!{3,}|\?{3,}/ finds it. */
function firstRepeatedMark(original: string): Evidence[] {
  const bang = original.indexOf("!!!");
  const query = original.indexOf("???");
  const start = bang < 0 ? query : query < 0 ? bang : Math.min(bang, query);
  if (start < 0) return [];
  const mark = original[start]!;
  let end = start + 3;
  while (original[end] === mark) end++;
  return [{ text: original.slice(start, end), start, end }];
}

/** Mostly capitals, emoji floods, "!!!!", mixed-script words. */
export function formattingAnomalies(original: string): Evidence[] {
  const evidence = shouting(original);
  // Emoji that start a line are list bullets (✅ Salary …, 📞 Contact …), how tidy adverts are laid out too.
  const emojis = hasPictographic(original)
    ? [...original.matchAll(EMOJI)].filter((m) => !/(?:^|\n)[\s\p{Extended_Pictographic}\uFE0F\u200D]*$/u.test(original.slice(Math.max(0, m.index - 12), m.index)))
    : [];
  if (emojis.length >= 5) evidence.push({ text: emojis[0]![0], start: emojis[0]!.index, end: emojis[0]!.index + emojis[0]![0].length });
  evidence.push(...firstRepeatedMark(original));
  evidence.push(...mixedScriptWord(original));
  return evidence;
}
