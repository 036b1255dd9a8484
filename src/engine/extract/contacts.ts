import { findPhoneNumbersInText, type CountryCode } from "libphonenumber-js";
import type { CompiledData } from "../compile.ts";
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

export function extractPhones(normalized: string, original: string, language: DetectedLanguage): Entities["phones"] {
  // Cheap guard: the phone finder is the costliest extractor and most messages have no number.
  if (!/\d[\d\s().-]{5,}\d/.test(normalized)) return [];
  const seen = new Set<string>();
  const phones: Entities["phones"] = [];
  for (const found of findPhoneNumbersInText(normalized, HOME_COUNTRY[language])) {
    const e164 = found.number.number;
    if (seen.has(e164)) continue;
    seen.add(e164);
    phones.push({ e164, country: found.number.country, evidence: span(original, found.startsAt, found.endsAt) });
  }
  return phones;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})/gu;

export function extractEmails(normalized: string, original: string, data: CompiledData): Entities["emails"] {
  const free = new Set(data.common.freeMailDomains);
  return [...normalized.matchAll(EMAIL)].map((m) => {
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

export function extractUrls(normalized: string, original: string, data: CompiledData): Entities["urls"] {
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
