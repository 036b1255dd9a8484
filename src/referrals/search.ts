import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import { or, sql, type SQL } from "drizzle-orm";
import { referrals } from "../db/schema/index.ts";

/** Where the helpline's reporters live: a local number ("0300 1234567") is read as one of theirs. */
const HOME_COUNTRIES: readonly CountryCode[] = ["PK", "KZ", "KG", "TJ", "UZ"];

/**
 * The reference a search is for: "RSD-P4F" as the reporter was told it, or
 * typed "rsdp4f", " rsd p4f ". Null for anything that cannot be one.
 */
export function referenceIn(q: string): string | null {
  const compact = q.replace(/[\s-]+/g, "").toUpperCase();
  if (!/^[2-9A-HJKMNP-Z]{6}$/.test(compact)) return null;
  return `${compact.slice(0, 3)}-${compact.slice(3)}`;
}

/**
 * The E.164 numbers a search may mean, in the form referrals keep them
 * (`entities.phones[].e164`): "+92 300 1234567", "00923001234567",
 * "923001234567" (a country code without its plus), or a local
 * "0300 1234567" read in each of `countries`. Several candidates are all
 * searched for; a wrong one only matches a number nobody reported.
 */
export function phoneCandidates(q: string, countries: readonly string[]): string[] {
  const typed = q.trim();
  if (!/^\+?[\d\s().-]+$/.test(typed)) return [];
  const digits = typed.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return [];
  const found = new Set<string>();
  const add = (text: string, country?: CountryCode) => {
    const phone = parsePhoneNumberFromString(text, country);
    // isPossible, as the extractor judged the stored numbers: isValid would miss some of them.
    if (phone?.isPossible()) found.add(phone.number);
  };
  if (typed.startsWith("+")) add(`+${digits}`);
  else if (digits.startsWith("00")) add(`+${digits.slice(2)}`);
  else {
    add(`+${digits}`);
    for (const country of countries) add(digits, country as CountryCode);
  }
  return [...found];
}

/** Countries to read a local number in: those asked for, else the caseworker's own, else all the helpline serves. */
export function phoneCountries(filterCountries: readonly string[] | undefined, actorCountries: readonly string[]): readonly string[] {
  if (filterCountries?.length) return filterCountries;
  return actorCountries.length ? actorCountries : HOME_COUNTRIES;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The search box: a referral's reference, a phone number of the advert in
 * any form it is typed, words of the advert (full-text with the `simple`
 * configuration: adverts come in nine languages and four scripts, and no
 * stemmer fits them all), or a literal substring (numbers and handles the
 * tokenizer splits).
 */
export function searchCondition(q: string, countries: readonly string[]): SQL {
  const r = referrals;
  const reference = referenceIn(q);
  const phones = phoneCandidates(q, countries);
  return or(
    reference ? sql`${r.reference} = ${reference}` : undefined,
    ...phones.map((e164) => sql`${r.entities}->'phones' @> ${JSON.stringify([{ e164 }])}::jsonb`),
    sql`to_tsvector('simple', ${r.adText}) @@ websearch_to_tsquery('simple', ${q})`,
    sql`${r.adText} ilike ${`%${escapeLike(q)}%`}`,
  )!;
}
