import anyAscii from "any-ascii";
import { distance } from "fastest-levenshtein";
import { escapeRegExp } from "./escape-regexp.ts";
import companyWords from "../../data/company-words.json" with { type: "json" };

/**
 * Company names appear in ads in Latin, Arabic (Urdu) and Cyrillic script,
 * while registries list them in one. We compare them on a Latin
 * transliteration (any-ascii) and on a phonetic key of each word, because
 * Urdu script drops short vowels, Cyrillic spells English words by sound
 * ("Ворк Эброуд" for Work Abroad) and Latin spellings vary ("Noor"/"Nur",
 * "Qadam"/"Kadam", "Vakhsh"/"Vaxsh").
 */

const GENERIC_WORDS: ReadonlySet<string> = new Set(companyWords.generic);
const RECRUITER_WORDS = new RegExp(companyWords.recruiter, "iu");
const LEGAL_FORMS: ReadonlySet<string> = new Set(companyWords.legalForms);
const EMPLOYER_LABEL = new RegExp(`(?:^|[^\\p{L}])(?:${companyWords.employerLabels.map(escapeRegExp).join("|")})\\s*[:\\-–—]?\\s*$`, "iu");

export function toLatin(text: string): string {
  return anyAscii(text)
    .toLowerCase()
    // Hamza and the like come out as apostrophes: inside a word ("اسکائی" → "ska'i"), not between two.
    .replace(/'/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A word with its consonants spelled one way across scripts: "zhar" and "jar", "Khorazm" and "Xorazm". */
function foldConsonants(word: string): string {
  return word
    // "ch" is /k/ in English loans ("Anchor", Urdu اینکر) and /tʃ/ elsewhere; both sides fold alike.
    // English spellings as Urdu and Cyrillic write them by ear: "Heights" هائٹس, "Bridge" برج.
    .replace(/igh/g, "i")
    .replace(/dge/g, "j")
    // Ғ comes out of transliteration as "gh", and Uzbek Latin writes it g'.
    .replace(/gh/g, "g")
    .replace(/kh|x/g, "h")
    .replace(/ch/g, "k")
    .replace(/zh|dzh|dj/g, "j")
    .replace(/ck|q|c(?=[^h])/g, "k");
}

/**
 * A word as it sounds, without vowels or v/w: the same for "Work" and "Ворк",
 * "Qadam" and "Кадам", "Xorazm" and "Khorazm", "Sohil" and "Сохил".
 */
export function phoneticKey(word: string): string {
  return (
    foldConsonants(word)
      // v/w are vowels in Urdu spelled in Latin (نور → "nwr") and vanish in Cyrillic spellings of English ("Ворк").
      .replace(/[aeiouyvw']/g, "")
      .replace(/(.)\1+/g, "$1")
      // A final ہ (he) is a vowel in Urdu ("راجہ" raja), spelled "h" by transliteration.
      .replace(/(?<=[^aeiou])h$/, "")
  );
}

// Short keys ("srk") would swallow distinctive words ("Saryarka"); those generic words must match as spelled.
const GENERIC_KEYS: ReadonlySet<string> = new Set([...GENERIC_WORDS].map((w) => phoneticKey(toLatin(w))).filter((k) => k.length >= 4));

function distinctive(words: readonly string[]): string[] {
  // A word without a letter ("2️⃣" numbering a list) names nobody.
  return words.filter((w) => /\p{L}/u.test(w) && !GENERIC_WORDS.has(w) && !GENERIC_KEYS.has(phoneticKey(w)));
}

/** The distinctive part of a company name, in Latin letters: "Sabz Pahar Overseas (Pvt) Ltd" → "sabz pahar". */
export function coreName(name: string): string {
  // An apostrophe is part of an Uzbek letter (g', o'), not a break between words.
  const words = distinctive(name.toLowerCase().split(/(?:(?!['ʻʼ‘’])[\s\p{P}\p{S}])+/u));
  return distinctive(toLatin(words.join(" ")).split(" ")).join(" ");
}

function ratio(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : 1 - distance(a, b) / longest;
}

/**
 * Word by word: each word of the shorter name against its best match in the
 * longer one, on phonetic keys; a name is only as similar as its weakest
 * distinctive word allows on average.
 */
function wordSimilarity(a: string[], b: string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const keys = long.map(phoneticKey);
  let total = 0;
  for (const w of short) {
    const k = phoneticKey(w);
    // Keys of one or two consonants ("kr", "lr") are too alike to compare: such words are compared as spelled.
    total += Math.max(...keys.map((l, j) => (k.length >= 3 && l.length >= 3 ? ratio(k, l) : ratio(foldConsonants(w), foldConsonants(long[j]!)))));
  }
  // Extra distinctive words on the longer side count against it, a little.
  return (total / short.length) * (1 - 0.1 * Math.min(2, long.length - short.length));
}

/**
 * 0..1: how likely the name an advert gives (`advertised`) and a registered
 * name are the same company. In scripts without capitals the name read
 * before a suffix can start with the sentence's own words ("کاغذی کارروائی
 * پوٹھوہار اسکائی لائن اوورسیز": "the paperwork, Potohar Skyline Overseas"),
 * so the advertised name's trailing words are also tried on their own, each
 * dropped word costing as an extra word does, while the registered name
 * keeps two distinctive words to compare.
 */
export function nameSimilarity(advertised: string, registered: string): number {
  const ca = coreName(advertised);
  const cb = coreName(registered);
  if (!ca || !cb) return 0;
  const words = ca.split(" ");
  const wanted = cb.split(" ").length;
  let best = coreSimilarity(ca, cb);
  if (wanted < 2) return best;
  for (let drop = 1; words.length - drop >= wanted; drop++) {
    best = Math.max(best, coreSimilarity(words.slice(drop).join(" "), cb) * (1 - 0.1 * Math.min(2, drop)));
  }
  return best;
}

/** Whether the advertised name's last distinctive words are the registered name's, whatever words come before them. */
export function endsWithName(advertised: string, registered: string): boolean {
  const ca = coreName(advertised).split(" ");
  const cb = coreName(registered);
  const wanted = cb.split(" ").length;
  return cb !== "" && wanted >= 2 && ca.length > wanted && coreSimilarity(ca.slice(-wanted).join(" "), cb) >= SAME_NAME;
}

function coreSimilarity(ca: string, cb: string): number {
  const whole = ratio(ca, cb);
  const skeleton = ratio(ca.split(" ").map(phoneticKey).join(" "), cb.split(" ").map(phoneticKey).join(" "));
  const keyed = ca.replace(/ /g, "").length >= 4 && cb.replace(/ /g, "").length >= 4 ? skeleton : 0;
  // Urdu and Cyrillic split compounds where they are spoken apart: حیات آباد پاتھ وے for Hayatabad Pathway.
  const [ja, jb] = [phoneticKey(ca.replace(/ /g, "")), phoneticKey(cb.replace(/ /g, ""))];
  const joined = ja.length >= 4 && jb.length >= 4 ? ratio(ja, jb) : 0;
  return Math.max(whole, keyed, joined, wordSimilarity(ca.split(" "), cb.split(" ")));
}

/** Threshold above which two names are taken as the same company. */
export const SAME_NAME = 0.8;

/** Words that make a name a recruiter's (whose licence we can check), not an employer's. */
export function looksLikeRecruiter(name: string): boolean {
  return RECRUITER_WORDS.test(name);
}

/** Whether a name carries a registered legal form (ООО «…», «…» ЖШС, … Ltd): a company on a register, not just a brand. */
export function namesLegalEntity(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .some((w) => LEGAL_FORMS.has(w));
}

/** Whether the text right before a name introduces it as the employer ("Работодатель: ООО «…»", "Employer:"). */
export function introducedAsEmployer(before: string): boolean {
  return EMPLOYER_LABEL.test(before);
}
