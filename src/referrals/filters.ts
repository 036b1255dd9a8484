import { and, arrayOverlaps, eq, gte, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import type { Caseworker } from "../caseworkers/types.ts";
import { referrals } from "../db/schema/index.ts";
import { scopeCondition } from "./access.ts";
import { phoneCountries, searchCondition } from "./search.ts";
import type { ReferralStatus } from "./status.ts";

/** What the list, the stats and the exports can be narrowed to; every field optional, lists mean "any of". */
export interface ReferralFilter {
  status?: ReferralStatus[];
  urgency?: ("normal" | "urgent")[];
  country?: string[];
  language?: string[];
  /** Signal ids; a referral matches when it carries any of them. */
  flag?: string[];
  channel?: string[];
  risk?: ("high" | "medium" | "low")[];
  crime?: ("fraud" | "smuggling" | "trafficking")[];
  /** A reference ("RSD-P4F"), a phone number of the ad in any form, words of the ad text, or a literal substring. */
  q?: string;
  /** Created at or after. */
  from?: Date;
  /** Created before. */
  to?: Date;
  /** "me", "none" (unclaimed) or a caseworker id. */
  assignee?: string;
  /** These referrals only (an evidence package's referral and its cluster). */
  ids?: string[];
}

/** The WHERE condition for a filter, always including the actor's country scope. */
export function filterCondition(actor: Caseworker, f: ReferralFilter): SQL | undefined {
  const r = referrals;
  const conditions: (SQL | undefined)[] = [scopeCondition(actor)];
  if (f.ids) conditions.push(f.ids.length ? inArray(r.id, f.ids) : sql`false`);
  if (f.status?.length) conditions.push(inArray(r.status, f.status));
  if (f.urgency?.length) conditions.push(inArray(r.urgency, f.urgency));
  if (f.country?.length) conditions.push(inArray(r.country, f.country));
  if (f.language?.length) conditions.push(inArray(r.language, f.language));
  if (f.flag?.length) conditions.push(arrayOverlaps(r.flags, f.flag));
  if (f.channel?.length) conditions.push(inArray(r.channel, f.channel));
  if (f.risk?.length) conditions.push(inArray(r.risk, f.risk));
  if (f.crime?.length) conditions.push(inArray(r.crime, f.crime));
  if (f.q) conditions.push(searchCondition(f.q, phoneCountries(f.country, actor.countries)));
  if (f.from) conditions.push(gte(r.createdAt, f.from));
  if (f.to) conditions.push(lt(r.createdAt, f.to));
  if (f.assignee === "me") conditions.push(eq(r.assigneeId, actor.id));
  else if (f.assignee === "none") conditions.push(isNull(r.assigneeId));
  else if (f.assignee) conditions.push(eq(r.assigneeId, f.assignee));
  return and(...conditions);
}
