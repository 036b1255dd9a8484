import type { Verdict } from "../engine/types.ts";

const BY_LANGUAGE: Record<string, string> = { ur: "PK", "ur-Latn": "PK", kk: "KZ", ky: "KG", tg: "TJ", "uz-Latn": "UZ", "uz-Cyrl": "UZ" };
const HOME = new Set(["PK", "KZ", "KG", "TJ", "UZ"]);

/**
 * The country whose caseworkers should see a referral: the registry that
 * licensed (or should have licensed) the recruiter, else the country of the
 * ad's local phone numbers, else the reporter's language.
 */
export function referralCountry(verdict: Verdict): string | null {
  for (const f of verdict.registry) if ("operator" in f && HOME.has(f.operator.country)) return f.operator.country;
  for (const p of verdict.entities.phones) if (p.country && HOME.has(p.country)) return p.country;
  return BY_LANGUAGE[verdict.language] ?? null;
}
