import { distance } from "fastest-levenshtein";

/**
 * Company names appear in ads in Latin, Arabic (Urdu) and Cyrillic script,
 * while registries list them in one. We compare them on a Latin
 * transliteration and on its consonant skeleton, because Urdu script drops
 * short vowels and Latin spellings of the same name vary in vowels
 * ("Noor"/"Nur", "Saher"/"Sahar").
 */

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "sh",
  ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", ә: "a", ғ: "gh", қ: "q", ң: "ng", ө: "o", ұ: "u", ү: "u",
  һ: "h", і: "i", ӣ: "i", ӯ: "u", ҳ: "h", ҷ: "j", ў: "o",
};

const ARABIC_TO_LATIN: Record<string, string> = {
  "ا": "a", "آ": "a", "أ": "a", "إ": "i", "ب": "b", "پ": "p", "ت": "t", "ٹ": "t", "ث": "s", "ج": "j", "چ": "ch",
  "ح": "h", "خ": "kh", "د": "d", "ڈ": "d", "ذ": "z", "ر": "r", "ڑ": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh",
  "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ک": "k", "ك": "k", "گ": "g",
  "ل": "l", "م": "m", "ن": "n", "ں": "n", "و": "o", "ہ": "h", "ه": "h", "ھ": "h", "ۃ": "h", "ة": "h", "ی": "i",
  "ي": "i", "ے": "e", "ئ": "i", "ؤ": "o", "ء": "",
};

/** Words every recruiter's name carries; they say nothing about which recruiter it is. */
const GENERIC_WORDS = new Set([
  "overseas", "ovrsiz", "oversiz", "employment", "emplaiment", "implaiment", "promoters", "promoter", "promotrz",
  "manpower", "mainpavar", "mainpawar", "mainpaor", "recruiting", "recruitment", "agency", "agencies", "services",
  "service", "consultants", "consultant", "consultancy", "bureau", "solutions", "placement", "pvt", "private",
  "ltd", "limited", "llc", "inc", "co", "company", "group", "international", "travel", "travels", "tours",
  "trade", "links", "the", "and", "of", "xususiy", "khususiy", "bandlik", "agentligi", "agentlik", "agentstvo",
  "ooo", "too", "osoo", "ip", "mchj", "jdmm", "kadrovoe", "kadr", "servis",
  // The same words in Urdu and Cyrillic script, dropped before transliteration.
  "اوورسیز", "اوورسیزز", "ایمپلائمنٹ", "امپلائمنٹ", "پروموٹرز", "پروموٹر", "مین", "پاور", "مینپاور", "ریکروٹنگ",
  "ایجنسی", "کنسلٹنٹس", "کنسلٹنٹ", "سروسز", "پرائیویٹ", "لمیٹڈ", "ٹریول", "ٹریولز", "اینڈ", "ٹورز", "بیورو",
  "ооо", "тоо", "осоо", "ип", "мчж", "ҷдмм", "агентство", "агентлиги", "агенттиги", "агенттігі", "агентии",
  "кадровое", "рекрутинговое", "хусусий", "бандлик", "оверсиз",
]);

export function toLatin(text: string): string {
  let out = "";
  for (const ch of text.toLowerCase()) out += CYRILLIC_TO_LATIN[ch] ?? ARABIC_TO_LATIN[ch] ?? ch;
  return out
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The distinctive part of a company name, in Latin letters: "Sabz Pahar Overseas (Pvt) Ltd" → "sabz pahar". */
export function coreName(name: string): string {
  const distinctive = name
    .toLowerCase()
    .split(/[\s\p{P}]+/u)
    .filter((w) => w && !GENERIC_WORDS.has(w))
    .join(" ");
  return toLatin(distinctive)
    .split(" ")
    .filter((w) => w && !GENERIC_WORDS.has(w))
    .join(" ");
}

function skeleton(latin: string): string {
  return latin
    .replace(/[aeiouyw]/g, "")
    .replace(/(.)\1+/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

function ratio(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : 1 - distance(a, b) / longest;
}

/** 0..1: how likely two spellings name the same company. */
export function nameSimilarity(a: string, b: string): number {
  const ca = coreName(a);
  const cb = coreName(b);
  if (!ca || !cb) return 0;
  const latin = ratio(ca, cb);
  const sa = skeleton(ca);
  const sb = skeleton(cb);
  const consonants = sa.replace(/ /g, "").length >= 4 && sb.replace(/ /g, "").length >= 4 ? ratio(sa, sb) : 0;
  return Math.max(latin, consonants);
}

/** Threshold above which two names are taken as the same company. */
export const SAME_NAME = 0.8;

/** Words that make a name a recruiter's (whose licence we can check), not an employer's. */
const RECRUITER_WORDS =
  /overseas|manpower|recruit|employment|placement|promoter|agency|agencies|اوورسیز|مین\s*پاور|پروموٹر|ریکروٹ|ایجنسی|агентств|агентлиг|агенттиг|агенттіг|агентии|кадров|рекрут|трудоустр|bandlik|agentlig/iu;

export function looksLikeRecruiter(name: string): boolean {
  return RECRUITER_WORDS.test(name);
}
