import { inArray, sql, type Column, type SQL } from "drizzle-orm";
import type { Caseworker } from "../caseworkers/types.ts";
import { referrals } from "../db/schema/index.ts";

/**
 * Caseworkers work the referrals of their countries; admins see every
 * referral, including those whose country could not be told (country null).
 */
export function canSeeCountry(actor: Caseworker, country: string | null): boolean {
  return actor.role === "admin" || (country !== null && actor.countries.includes(country));
}

/** The same rule as a WHERE condition on a country column (a referral's by default); undefined means "no restriction". */
export function scopeCondition(actor: Caseworker, country: Column = referrals.country): SQL | undefined {
  if (actor.role === "admin") return undefined;
  if (actor.countries.length === 0) return sql`false`;
  return inArray(country, actor.countries);
}
