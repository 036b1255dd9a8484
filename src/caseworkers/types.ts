export const ROLES = ["caseworker", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** The languages the dashboard is written in (src/dashboard/locales); each account keeps its own. */
export const DASHBOARD_LANGUAGES = ["en", "ru", "ur"] as const;
export type DashboardLanguage = (typeof DASHBOARD_LANGUAGES)[number];

/** A stored value outside the list (the database allows only these) falls back to English. */
export const dashboardLanguage = (value: string | null | undefined): DashboardLanguage =>
  (DASHBOARD_LANGUAGES as readonly string[]).includes(value ?? "") ? (value as DashboardLanguage) : "en";

/** A signed-in member of staff, as the queue code sees them: never with the password hash. */
export interface Caseworker {
  id: string;
  email: string;
  role: Role;
  /** ISO 3166 alpha-2 codes whose referrals they work; admins see every country whatever this says. */
  countries: string[];
}

export const COUNTRY_CODE = /^[A-Z]{2}$/;

/** "pk, KZ ,kz" → ["KZ", "PK"]; throws on anything that is not a two-letter code. */
export function parseCountries(list: string | readonly string[]): string[] {
  const items = (typeof list === "string" ? list.split(",") : list).map((c) => c.trim().toUpperCase()).filter((c) => c !== "");
  const bad = items.filter((c) => !COUNTRY_CODE.test(c));
  if (bad.length) throw new Error(`not ISO 3166 alpha-2 country codes: ${bad.join(", ")}`);
  return [...new Set(items)].sort();
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
