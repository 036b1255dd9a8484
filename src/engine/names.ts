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

const GENERIC_WORDS: ReadonlySet<string> = new Set([...companyWords.generic, ...companyWords.genericAsSpelled]);
const RECRUITER_WORDS = new RegExp(companyWords.recruiter, "iu");
const OTHER_TRADES = new RegExp(companyWords.otherTrades, "iu");
const LEGAL_FORMS: ReadonlySet<string> = new Set(companyWords.legalForms);
const EMPLOYER_LABEL = new RegExp(`(?:^|[^\\p{L}])(?:${companyWords.employerLabels.map(escapeRegExp).join("|")})\\s*[:\\-–—]?\\s*$`, "iu");

/** Arabic script (Urdu), which writes no short vowels. */
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

const FINAL_HE = /(?<=[\u0620-\u064A\u0671-\u06D3])[\u0647\u06C1](?![\u0620-\u064A\u0671-\u06D3])/g;

/** Letters Urdu says as z (ذ ض ظ: "حافظ" Hafiz, "رمضان" Ramzan) or s (ث: "ثاقب" Saqib), which any-ascii spells as Arabic says them. */
const URDU_Z = /[\u0630\u0636\u0638]/g;
const URDU_S = /\u062B/g;

/**
 * Ё is "yo" in the Latin spellings of Central Asian names (Tajik and Uzbek Latin write "Sayyod" for «Сайёд»,
 * "Yoqut" for «Ёқут»); any-ascii gives the "e" of a Russian passport.
 */
const CYRILLIC_YO = /[ёЁ]/g;

export function toLatin(text: string): string {
  // Arabic-script vowel marks (the izafat zer of "باغِ جناح") are written or left out at will: they would add a letter.
  // A word-final ہ is a vowel ("برکہ" Barakah), and after ک it would read as the "kh" of خ.
  return anyAscii(text.replace(/[\u064B-\u065F\u0670]/g, "").replace(FINAL_HE, "").replace(URDU_Z, "\u0632").replace(URDU_S, "\u0633").replace(CYRILLIC_YO, "yo"))
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
    // English "wh" is the w that Cyrillic writes у and Urdu و: "White" is Уайт, "Whitesail" Уайтсейл.
    .replace(/^wh/, "w")
    .replace(/dge/g, "j")
    // Ғ comes out of transliteration as "gh", and Uzbek Latin writes it g'.
    .replace(/gh/g, "g")
    // Urdu ف is spelled "ph" in Latin names as often as "f" ("Phalsa" فالسہ). Not ph → f: transliteration spells
    // پہاڑ "phar", which is Latin "Pahar".
    .replace(/f/g, "ph")
    // A word-final й comes out of transliteration as "y"; Latin spellings write "i" ("Чүй" Chui, "Алтай" Altai).
    .replace(/(?<=[aeiou])y$/, "i")
    // English x is the ks that Urdu and Cyrillic spell out ("Taxila" ٹیکسلا, "Express" Экспресс), Uzbek x the kh of
    // "Xorazm"/"Khorazm": all three fold alike ("ksh" is k and sh: "Kokshetau").
    .replace(/ks(?!h)|kh|x/g, "h")
    .replace(/ch/g, "k")
    .replace(/zh|dzh|dj/g, "j")
    // English c before e, i, y is /s/: "Resource" is ریسورس, "Services" سروسز.
    .replace(/c(?=[eiy])/g, "s")
    .replace(/ck|q|c(?=[^h])/g, "k");
}

/**
 * A word as it sounds, without vowels or v/w: the same for "Work" and "Ворк",
 * "Qadam" and "Кадам", "Xorazm" and "Khorazm", "Sohil" and "Сохил".
 */
export function phoneticKey(word: string): string {
  return keyOfFolded(foldConsonants(word));
}

/** phoneticKey of a word whose consonants foldConsonants already folded. */
function keyOfFolded(folded: string): string {
  return (
    folded
      // v/w are vowels in Urdu spelled in Latin (نور → "nwr") and vanish in Cyrillic spellings of English ("Ворк").
      .replace(/[aeiouyvw']/g, "")
      .replace(/(.)\1+/g, "$1")
      // A final ہ (he) is a vowel in Urdu ("راجہ" raja), spelled "h" by transliteration.
      .replace(/(?<=[^aeiou])h$/, "")
  );
}

// Short keys ("srk") would swallow distinctive words ("Saryarka"); those generic words must match as spelled, and so
// must those whose sound is also a name's (genericAsSpelled).
const GENERIC_KEYS: ReadonlySet<string> = new Set(companyWords.generic.map((w) => phoneticKey(toLatin(w))).filter((k) => k.length >= 4));

/** The izafat of Persian and Urdu names spelled in Latin ("Bagh-e-Jinnah", "Noor-i-Saher"): a link, not a word. */
const IZAFAT: ReadonlySet<string> = new Set(["e", "i"]);

function distinctive(words: readonly string[]): string[] {
  // A word without a letter ("2️⃣" numbering a list) names nobody.
  return words.filter((w) => /\p{L}/u.test(w) && !IZAFAT.has(w) && !GENERIC_WORDS.has(w) && !GENERIC_KEYS.has(phoneticKey(w)));
}

/** "M/S" (Messrs), with which Pakistan's BEOE list opens every name: two letters once split, no part of the name. */
const MESSRS = /^\s*(?:m\/s\.?|messrs\.?|میسرز)\s+/iu;

/** The distinctive part of a company name, in Latin letters: "Sabz Pahar Overseas (Pvt) Ltd" → "sabz pahar". */
export function coreName(name: string): string {
  // An apostrophe is part of an Uzbek letter (g', o'), not a break between words.
  const words = distinctive(name.replace(MESSRS, "").toLowerCase().split(/(?:(?!['ʻʼ‘’])[\s\p{P}\p{S}])+/u));
  return distinctive(toLatin(words.join(" ")).split(" "))
    .join(" ")
    // Arabic script writes the article with its noun (الفاتح); Latin spellings apart ("Al-Fateh", "El Noor").
    .replace(/(?<![a-z0-9])(?:al|el) (?=[a-z])/g, "al");
}

const TRANSLATIONS: ReadonlyMap<string, string> = new Map(Object.entries(companyWords.translations));

/**
 * The ways a name is compared with a registry's: as written, and with its trade words in English when it
 * has any, as registries write them («Жер-Эне Сезонная Работа» is Jer-Ene Seasonal Work; the registry may
 * also write a word as it sounds, so the name as written is kept).
 */
export function readingsOf(name: string): string[] {
  let translated = false;
  const english = name.replace(/\p{L}[\p{L}\p{M}]*/gu, (word) => {
    const said = TRANSLATIONS.get(word.toLowerCase());
    if (said === undefined) return word;
    translated = true;
    return said;
  });
  return translated ? [name, english] : [name];
}

function ratio(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : 1 - distance(a, b) / longest;
}

/** A core name as the comparisons read it, worked out once: its words, their phonetic keys and consonant spellings. */
interface Core {
  text: string;
  words: string[];
  keys: string[];
  folds: string[];
  /** The words' keys, space-separated, and the key of the words written together. */
  skeleton: string;
  joinedKey: string;
  /** Letters and digits without the spaces. */
  compactLength: number;
  /** Read from Arabic script, which leaves short vowels unwritten. */
  unvowelled: boolean;
}

function readCore(words: string[], keys: string[], folds: string[], unvowelled: boolean): Core {
  const text = words.join(" ");
  const compact = text.replace(/ /g, "");
  return { text, words, keys, folds, skeleton: keys.join(" "), joinedKey: phoneticKey(compact), compactLength: compact.length, unvowelled };
}

/**
 * A name ready to compare: its core and, for a name an advert gives, the
 * core without its first words (see nameSimilarity). A registry row's name
 * is compared with every company an advert names, so callers that see the
 * same names again keep this instead of reading the name each time.
 */
export interface NameKey {
  /** Null when the name has no distinctive word. */
  core: Core | null;
  /** tails[d - 1]: the core without its first d words. */
  tails: Core[];
}

export function nameKey(name: string): NameKey {
  const core = coreName(name);
  if (!core) return { core: null, tails: [] };
  const words = core.split(" ");
  const folds = words.map(foldConsonants);
  const keys = folds.map(keyOfFolded);
  const unvowelled = ARABIC_SCRIPT.test(name);
  // A word's key and spelling do not depend on its neighbours: a tail reuses them.
  const tails = words.slice(1).map((_, d) => readCore(words.slice(d + 1), keys.slice(d + 1), folds.slice(d + 1), unvowelled));
  return { core: readCore(words, keys, folds, unvowelled), tails };
}

/**
 * Word by word: each word of the shorter name against its best match in the
 * longer one, on phonetic keys; a name is only as similar as its weakest
 * distinctive word allows on average.
 */
function wordSimilarity(a: Core, b: Core): number {
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  let total = 0;
  for (let i = 0; i < short.words.length; i++) {
    const k = short.keys[i]!;
    // Keys of one or two consonants ("kr", "lr") are too alike to compare: such words are compared as spelled.
    total += Math.max(...long.keys.map((l, j) => (k.length >= 3 && l.length >= 3 ? ratio(k, l) : ratio(short.folds[i]!, long.folds[j]!))));
  }
  // Extra distinctive words on the longer side count against it, a little.
  return (total / short.words.length) * (1 - 0.1 * Math.min(2, long.words.length - short.words.length));
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
  return keySimilarity(nameKey(advertised), nameKey(registered));
}

/** nameSimilarity of two names read by nameKey. */
export function keySimilarity(advertised: NameKey, registered: NameKey): number {
  const ca = advertised.core;
  const cb = registered.core;
  if (!ca || !cb) return 0;
  const wanted = cb.words.length;
  let best = coreSimilarity(ca, cb);
  if (wanted < 2) return best;
  for (let drop = 1; ca.words.length - drop >= wanted; drop++) {
    best = Math.max(best, coreSimilarity(advertised.tails[drop - 1]!, cb) * (1 - 0.1 * Math.min(2, drop)));
  }
  return best;
}

/** Whether the advertised name's last distinctive words are the registered name's, whatever words come before them. */
export function endsWithName(advertised: NameKey, registered: NameKey): boolean {
  const ca = advertised.core;
  const cb = registered.core;
  if (!ca || !cb) return false;
  const drop = ca.words.length - cb.words.length;
  return cb.words.length >= 2 && drop > 0 && coreSimilarity(advertised.tails[drop - 1]!, cb) >= SAME_NAME;
}

function coreSimilarity(ca: Core, cb: Core): number {
  const whole = ratio(ca.text, cb.text);
  const skeleton = ratio(ca.skeleton, cb.skeleton);
  const keyed = ca.compactLength >= 4 && cb.compactLength >= 4 ? skeleton : 0;
  // Urdu and Cyrillic split compounds where they are spoken apart: حیات آباد پاتھ وے for Hayatabad Pathway.
  const [ja, jb] = [ca.joinedKey, cb.joinedKey];
  const joined = ja.length >= 4 && jb.length >= 4 ? ratio(ja, jb) : 0;
  // Without its vowels a short name is only its consonants ("لکی" l-k is Lakki, "Lkky" nothing else): the same
  // consonants, two at least, are the same name where one side is written in Arabic script.
  const unwritten = (ca.unvowelled || cb.unvowelled) && ca.skeleton === cb.skeleton && ca.skeleton.replace(/ /g, "").length >= 2 ? 1 : 0;
  return Math.max(whole, keyed, joined, unwritten, wordSimilarity(ca, cb));
}

/**
 * A registered name without the words that spell its city ("Toshkent Nihol Care Staffing", city Tashkent →
 * "Nihol Care Staffing"): registries put the city in the name, adverts give it apart or not at all. Null when
 * the name has no such word, or nothing distinctive is left without it.
 */
export function withoutCity(name: string, city: string | null): string | null {
  if (!city) return null;
  const cityKey = phoneticKey(toLatin(city).replace(/ /g, ""));
  if (cityKey.length < 3) return null;
  const words = name.split(/\s+/);
  // "Jalal-Abad" is one word of the name and two of toLatin's.
  const kept = words.filter((w) => phoneticKey(toLatin(w).replace(/ /g, "")) !== cityKey);
  return kept.length < words.length && coreName(kept.join(" ")) ? kept.join(" ") : null;
}

/**
 * Whether two words are one word spelled two ways: alike as spelled, or of one
 * sound and not unlike as spelled ("Noor"/"Nur", "Ворк"/"Work"). A key alone
 * is too coarse: "Euro" and "Ravi" both keep only an r, "Akzhaiyk" and
 * "Kokzhiek" the same k-j-k. In Arabic script, where short vowels are not
 * written, one sound is enough.
 */
function sameWord(a: Core, i: number, b: Core, j: number, arabic: boolean): boolean {
  const spelled = ratio(a.folds[i]!, b.folds[j]!);
  if (spelled >= 0.75) return true;
  const [ka, kb] = [a.keys[i]!, b.keys[j]!];
  return ka.length >= 3 && ka === kb && (arabic || spelled >= 0.5);
}

/** Whether every word of `x` is one of `y`'s (sameWord). */
function covers(x: Core, y: Core, arabic: boolean): boolean {
  return x.words.every((_, i) => y.words.some((__, j) => sameWord(x, i, y, j, arabic)));
}

/**
 * Whether a name an advert gives without a licence number is the registered
 * name: every distinctive word of the registered name is one of the
 * advert's (or both, written together, are one compound: "EuroStar" for
 * "Euro Star", or in Arabic script one sound), the advert adds no word of
 * its own unless two words agree ("Алтын Көпір Еуропа" for Altyn Kopir
 * Recruitment), and the registered name has a word that is not one of the
 * registry's `common` words. Found by name alone, a shared "Euro", "Bridge"
 * or city is no company: a registry holds dozens of rows with each.
 */
export function namesAgree(advertised: NameKey, registered: NameKey, common: ReadonlySet<string>): boolean {
  const [ca, cb] = [advertised.core, registered.core];
  if (!ca || !cb || cb.words.every((w) => common.has(w))) return false;
  const arabic = ca.unvowelled;
  if (ratio(ca.folds.join(""), cb.folds.join("")) >= 0.85) return true;
  // Arabic script spells a Latin name by ear, word breaks and all: "پرو فورس" is Pro-Force.
  if (arabic && ca.joinedKey.length >= 5 && ratio(ca.joinedKey, cb.joinedKey) >= 0.8) return true;
  return covers(cb, ca, arabic) && (cb.words.length >= 2 || covers(ca, cb, arabic));
}

/**
 * Whether the advertised name is the registered one without some of its words: «Чүй Береке» ЖЧК for
 * Chui Bereke Job Abroad LLC, where the registry keeps an English trade phrase the advert leaves out.
 * Two distinctive words at least, each one of the registered name's, so that one shared word ("Euro",
 * a city) is no match.
 */
export function shortensName(advertised: NameKey, registered: NameKey): boolean {
  const [ca, cb] = [advertised.core, registered.core];
  if (!ca || !cb || ca.words.length < 2 || ca.words.length >= cb.words.length) return false;
  return covers(ca, cb, false);
}

/** Threshold above which two names are taken as the same company. */
export const SAME_NAME = 0.8;

/** Words that make a name a recruiter's (whose licence we can check), not an employer's. */
export function looksLikeRecruiter(name: string): boolean {
  return RECRUITER_WORDS.test(name);
}

/** A firm of another trade, named as such: «Жол Сапар Логистик» ЖШС hauls freight; it recruits for no one. */
export function namesOtherTrade(name: string): boolean {
  return OTHER_TRADES.test(name) && !RECRUITER_WORDS.test(name);
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

/**
 * One to four capitalised words in quotation marks: a business's name as a
 * café, a workshop or a shop gives it without a legal form («Aqua Drive»,
 * "Ece Tekstil", “Buxoro”). Quoted speech runs on in lower case («виза 100%,
 * без собеседования»), so it is not taken for a name.
 */
const QUOTED_PROPER_NAME = /[«"“„]\s*(?:[\p{Lu}\d][\p{L}\p{N}'’&.-]*(?:\s+|(?=[»"”“]))){1,4}[»"”“]/u;

export function quotesProperName(text: string): boolean {
  return QUOTED_PROPER_NAME.test(text);
}
