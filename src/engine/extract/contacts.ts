import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js";
import { parsePhoneNumberFromString as parseFully } from "libphonenumber-js/max";
import type { CompiledData } from "../compile.ts";
import { letterOrNumberWidthBefore } from "../scripts.ts";
import type { DetectedLanguage, Entities, Evidence } from "../types.ts";

/** Numbers written without a country code are read as local to the ad's language. */
const HOME_COUNTRY: Record<DetectedLanguage, CountryCode> = {
  ur: "PK",
  "ur-Latn": "PK",
  en: "PK",
  ru: "KZ",
  kk: "KZ",
  ky: "KG",
  tg: "TJ",
  "uz-Latn": "UZ",
  "uz-Cyrl": "UZ",
  und: "PK",
};

function span(original: string, start: number, end: number): Evidence {
  return { text: original.slice(start, end), start, end };
}

/**
 * Whether a number written without a country code, and read as the language's country by
 * default, is really a number of one of `countries`: no valid number at home by the full
 * numbering plan ("01795 555 014", "0800 432 0804" are not Pakistani), a valid one there.
 * A Pakistani mobile ("0345 0000712") stays Pakistani though the UK has 0345 numbers too.
 */
export function writtenLocallyIn(written: string, language: DetectedLanguage, countries: Iterable<string>): boolean {
  if (/^\s*(?:\+|00)/.test(written) || parseFully(written, HOME_COUNTRY[language])?.isValid()) return false;
  return validIn(written, countries) !== undefined;
}

/** The number as it is dialled in the first of `countries` where it is a valid one, by the full numbering plan. */
function validIn(written: string, countries: Iterable<string>): PhoneNumber | undefined {
  for (const country of countries) {
    const phone = parseFully(written, country as CountryCode);
    if (phone?.isValid()) return phone;
  }
  return undefined;
}

/**
 * Digit runs that could be a phone number: +, digits, and the spaces, dots, dashes and brackets people put between
 * them, on one line: a number at a line's end must not take the "2️⃣" that numbers the next line.
 */
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+])\+?\(?\d[\d \t().\-]{5,20}\d(?![\p{N}])/gu;

/**
 * Finds candidates with one cheap expression and lets libphonenumber-js judge
 * each; its own text scanner is several times slower on long ads.
 */
/** "1 400 – 1 900", "38 000-46 000": a range of amounts written in thousands, not a phone number. */
const AMOUNT_RANGE = /^\d{1,3}(?:[ .,]\d{3})+\s*-\s*\d{1,3}(?:[ .,]\d{3})+$/;
/** "born 2000-2007": a span of years, not a phone number. */
const YEAR_RANGE = /^(?:19|20)\d{2}\s*-\s*(?:19|20)\d{2}$/;

/**
 * A number that is none at home as written may be one as it is dialled in a country the advert names:
 * "8 777 555 0264" in a Kyrgyz post about a harvest in Kazakhstan is a Kazakh mobile, not a sum of money.
 */
function dialledIn(raw: string, countries: readonly string[]): PhoneNumber | undefined {
  // Ten digits at least, as a mobile with its trunk prefix has: eight ("2023–2025") are a Latvian number, and a span of years.
  if (/^(?:\+|00)/.test(raw) || raw.replace(/\D/g, "").length < 10) return undefined;
  const phone = validIn(raw, countries);
  // E.164 holds fifteen digits at most: Germany's plan takes a run of seventeen ("2026 0322-0000159") as valid.
  return phone && phone.number.length <= 16 ? phone : undefined;
}

/**
 * At most this many numbers are tried as dialled in a named country, in at most this many of the countries named
 * first: an advert has a few of each, and a text of hundreds of digit runs beside every country's name made one
 * check parse numbers tens of thousands of times (seconds, where a check takes a millisecond).
 */
const MAX_DIALLED_TRIES = 8;
const MAX_DIALLED_COUNTRIES = 6;

export function extractPhones(
  normalized: string,
  original: string,
  language: DetectedLanguage,
  data?: Pick<CompiledData, "currencyAfter" | "currencyBefore">,
  /** The countries the advert names, where a number may be written as it is dialled there. */
  named: readonly string[] = [],
): Entities["phones"] {
  const seen = new Set<string>();
  const phones: Entities["phones"] = [];
  const parsed = new Map<string, PhoneNumber | null>();
  const dialCountries = named.slice(0, MAX_DIALLED_COUNTRIES);
  let dialTries = 0;
  for (const m of normalized.matchAll(PHONE_CANDIDATE)) {
    const raw = m[0].replace(/[\s(.\-]+$/, "");
    const digits = raw.replace(/\D/g, "");
    if (digits.length < 7 || digits.length > 15) continue;
    // Money beside it ("1 400 – 1 900 €", "$ 2 500 000") makes it an amount; such phantom phones made ads look Pakistani.
    if (AMOUNT_RANGE.test(raw.trim()) || YEAR_RANGE.test(raw.trim())) continue;
    if (data && (data.currencyAfter.test(normalized.slice(m.index + raw.length, m.index + raw.length + 12)) || data.currencyBefore.test(normalized.slice(Math.max(0, m.index - 6), m.index)))) continue;
    // "00" is the international prefix in Pakistan and Central Asia alike.
    // An ad often repeats its number (header and footer): each distinct one is parsed once.
    let phone = parsed.get(raw);
    if (phone === undefined) {
      phone = parsePhoneNumberFromString(raw.startsWith("00") ? `+${raw.slice(2)}` : raw, HOME_COUNTRY[language]) ?? null;
      if (!phone?.isPossible() && dialCountries.length > 0 && dialTries++ < MAX_DIALLED_TRIES) phone = dialledIn(raw, dialCountries) ?? phone;
      parsed.set(raw, phone);
    }
    if (!phone?.isPossible() || seen.has(phone.number)) continue;
    seen.add(phone.number);
    phones.push({ e164: phone.number, country: phone.country, evidence: span(original, m.index, m.index + raw.length) });
  }
  return phones;
}

/** An address: its local part, "@", its domain; tried only where an "@" is (see emailMatches). */
const EMAIL = /[\p{L}\p{N}._%+-]+@((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})/uy;

/** The ASCII characters an address's local part may hold besides letters and digits. */
function localMark(code: number): boolean {
  return code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2b || code === 0x2d;
}

/**
 * What `text.matchAll(/…/gu)` of EMAIL finds, without trying the expression at every character:
 * every address holds one "@", and the leftmost start of a match for it is where the run of
 * local-part characters before it begins (a later start would reach the same "@" and fail alike).
 */
function emailMatches(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > from) {
      const code = text.charCodeAt(start - 1);
      const width = code < 0x80 ? (localMark(code) ? 1 : letterOrNumberWidthBefore(text, start)) : letterOrNumberWidthBefore(text, start);
      if (width === 0) break;
      start -= width;
    }
    if (start === at) continue;
    EMAIL.lastIndex = start;
    const m = EMAIL.exec(text);
    if (m) {
      found.push(m);
      from = EMAIL.lastIndex;
    }
  }
  return found;
}

export function extractEmails(normalized: string, original: string, data: CompiledData): Entities["emails"] {
  if (!normalized.includes("@")) return [];
  const free = new Set(data.common.freeMailDomains);
  return emailMatches(normalized).map((m) => {
    const domain = m[1]!.toLowerCase();
    return {
      address: m[0].toLowerCase(),
      domain,
      freeMail: free.has(domain),
      evidence: span(original, m.index, m.index + m[0].length),
    };
  });
}

const TLDS = "com|net|org|info|biz|online|site|xyz|top|club|live|shop|work|jobs|pk|ru|kz|kg|uz|tj|uk|co|me|io|ly|gl|cc|in|ae|sa|qa|eu|pl|de|im|su|gd|to|at|id|ee|st|link";
const URL = new RegExp(
  `(?:https?:\\/\\/|www\\.)[^\\s<>"'«»()]+|(?<![@\\p{L}\\p{N}.\\-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${TLDS})(?![\\p{L}\\p{N}@-])(?:\\/[^\\s<>"'«»()]*)?`,
  "giu",
);

export function hostOf(url: string): string {
  const withoutScheme = url.replace(/^https?:\/\//i, "");
  return withoutScheme.split(/[/?#:]/)[0]!.toLowerCase().replace(/^www\./, "").replace(/\.$/, "");
}

/**
 * Every address holds "://" or "www." or a dot before its top-level domain's first letter (`iu` lets
 * "ſ" and the Kelvin sign "K" stand for s and k): an ad with none of them has no address, and the
 * costly expression is not run over it.
 */
const URL_HINT = /:\/\/|www\.|\.[a-z\u017f\u212a]/i;

export function extractUrls(normalized: string, original: string, data: CompiledData): Entities["urls"] {
  if (!URL_HINT.test(normalized)) return [];
  const shorteners = new Set(data.common.shorteners);
  const urls: Entities["urls"] = [];
  for (const m of normalized.matchAll(URL)) {
    const text = m[0].replace(/[.,;:!?]+$/, "");
    const domain = hostOf(text);
    if (!domain.includes(".")) continue;
    urls.push({ url: text, domain, shortener: shorteners.has(domain), evidence: span(original, m.index, m.index + text.length) });
  }
  return urls;
}

const HANDLE = /(?<![\p{L}\p{N}._@])@[a-z][a-z0-9_]{3,31}(?![\p{L}\p{N}@.])/gu;

export function extractHandles(normalized: string, original: string): Entities["handles"] {
  if (!normalized.includes("@")) return [];
  return [...normalized.matchAll(HANDLE)].map((m) => ({ handle: m[0], evidence: span(original, m.index, m.index + m[0].length) }));
}
