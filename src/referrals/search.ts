import { or, sql, type SQL } from "drizzle-orm";
import { referrals } from "../db/schema/index.ts";
import { phoneCandidates } from "../search/typed-phone.ts";

/** Where the helpline's reporters live: a local number ("0300 1234567") is read as one of theirs. */
const HOME_COUNTRIES: readonly string[] = ["PK", "KZ", "KG", "TJ", "UZ"];

/**
 * The reference a search is for: "RSD-P4F" as the reporter was told it, or
 * typed "rsdp4f", " rsd p4f ". Null for anything that cannot be one.
 */
export function referenceIn(q: string): string | null {
  const compact = q.replace(/[\s-]+/g, "").toUpperCase();
  if (!/^[2-9A-HJKMNP-Z]{6}$/.test(compact)) return null;
  return `${compact.slice(0, 3)}-${compact.slice(3)}`;
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
