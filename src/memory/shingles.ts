import { cleanInput, normalizeForMatch } from "../engine/normalize.ts";
import { MAX_AD_LENGTH } from "../engine/engine.ts";

/**
 * What of an advert is compared with other adverts: its words, line by
 * line, without what a copier changes from one posting to the next. Phone
 * numbers, prices and dates become "#", links, e-mails and handles go, and
 * so do emoji and punctuation; letters are folded as the engine folds them
 * (case, look-alikes, keyboard twins), so "Dubai" typed with a Cyrillic "а"
 * is the same word.
 */

/** Words per shingle: three words keep a changed word to three of an advert's shingles. */
export const SHINGLE_WORDS = 3;

/** A link, an e-mail, a handle, a domain: who to contact, which changes from one copy to the next. */
const CONTACT = /[@]|:\/\/|^www\.|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?:\/|$)/u;
const DIGITS = /\p{N}+/gu;
/** Anything that is no letter, mark or "#": emoji, punctuation, symbols. */
const NOT_WORD = /[^\p{L}\p{M}#]+/gu;

/** Letters and marks only: most tokens, which are a word as they are. */
const PLAIN_WORD = /^[\p{L}\p{M}]+$/u;

/** Only a token with "@", "." or "://" can be a contact: the test that spares most tokens the CONTACT pattern. */
const mayBeContact = (token: string) => token.includes("@") || token.includes(".") || token.includes("://");

/** A line's words: contacts left out, numbers as "#" (one for "+7 700 000 00 77"), no emoji or punctuation. */
function lineWords(line: string): string[] {
  const words: string[] = [];
  for (const token of line.split(/\s+/)) {
    if (token === "" || (mayBeContact(token) && CONTACT.test(token))) continue;
    if (PLAIN_WORD.test(token)) {
      words.push(token);
      continue;
    }
    for (const word of token.replace(DIGITS, "#").replace(NOT_WORD, " ").split(" ")) {
      if (word === "" || (word === "#" && words.at(-1) === "#")) continue;
      words.push(/^#+$/.test(word) ? "#" : word);
    }
  }
  return words;
}

/** The advert's lines as words, contacts and numbers masked; lines without a word are left out. */
export function canonicalLines(text: string): string[][] {
  const unified = normalizeForMatch(cleanInput(text, MAX_AD_LENGTH));
  return unified
    .split(/[\r\n]+/)
    .map(lineWords)
    .filter((words) => words.some((w) => w !== "#"));
}

/** The advert as one string of masked words: equal for copies that differ only in contacts, numbers, emoji or spacing. */
export function canonicalText(text: string): string {
  return canonicalLines(text)
    .map((line) => line.join(" "))
    .join("\n");
}

/**
 * Word shingles within each line, so that lines put in another order give
 * the same set; a line shorter than a shingle is one shingle.
 */
export function shinglesOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const words of canonicalLines(text)) {
    if (words.length <= SHINGLE_WORDS) {
      out.add(words.join(" "));
      continue;
    }
    for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(words.slice(i, i + SHINGLE_WORDS).join(" "));
  }
  return out;
}
