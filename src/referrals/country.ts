import { countryOfLanguage } from "../engine/home-country.ts";
import type { Verdict } from "../engine/types.ts";

/** The countries whose jobseekers the helpline serves and whose caseworkers take referrals. */
export const HOME_COUNTRIES: readonly string[] = ["PK", "KZ", "KG", "TJ", "UZ"];

/**
 * The country whose caseworkers should see a referral: the registry that
 * licensed (or should have licensed) the recruiter, else the country of the
 * ad's local phone numbers, else the reporter's language.
 */
export function referralCountry(verdict: Verdict): string | null {
  for (const f of verdict.registry) if ("operator" in f && HOME_COUNTRIES.includes(f.operator.country)) return f.operator.country;
  for (const p of verdict.entities.phones) if (p.country && HOME_COUNTRIES.includes(p.country)) return p.country;
  return countryOfLanguage(verdict.language);
}
