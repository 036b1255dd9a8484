import { and, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { referrals, sightings } from "../db/schema/index.ts";
import { MONITOR_CHANNEL } from "../monitor/repository.ts";
import { misusedIdentities } from "../referrals/misused.ts";
import { FEED_KINDS, type FeedDocument } from "./document.ts";

export interface FeedSettings {
  /** How partners name this instance. */
  publisher: string;
  /** Where this instance works (ISO 3166 alpha-2), or null. */
  country: string | null;
  /** Advert texts go out only when the publisher decides so. */
  shareAdvertText: boolean;
}

/** At most this many adverts in one feed (the newest): texts are large. */
const MAX_ADVERTS = 5_000;

/** A key limited to countries hears of those countries' referrals only. */
const inCountries = (countries: readonly string[]): SQL | undefined => (countries.length ? inArray(referrals.country, [...countries]) : undefined);

/** Referrals a partner may hear of: not rejected (not a scam after all), of the key's countries when it has any. */
const shared = (countries: readonly string[]): SQL => and(ne(referrals.status, "rejected"), inCountries(countries))!;

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * The feed as of now: every scammer-side identity of the shared referrals
 * with its count and dates, the real companies and operators that adverts
 * claimed to be, and (when turned on) the adverts. Built from reported
 * sightings only: a mere check names nobody.
 */
export async function publishFeed(db: Db, settings: FeedSettings, countries: readonly string[] = [], now = new Date()): Promise<FeedDocument> {
  // People's reports: the channel watcher's referrals are the engine's own verdicts, and a partner counts these as reports.
  const where = and(shared(countries), eq(sightings.source, "report"), ne(referrals.channel, MONITOR_CHANNEL));
  const indicators = await db
    .select({
      kind: sightings.kind,
      value: sightings.value,
      reports: sql<number>`count(distinct ${referrals.id})::int`,
      first: sql<Date>`min(${referrals.createdAt})`,
      last: sql<Date>`max(${referrals.createdAt})`,
    })
    .from(sightings)
    .innerJoin(referrals, eq(referrals.id, sightings.referralId))
    .where(and(where, inArray(sightings.kind, [...FEED_KINDS])))
    .groupBy(sightings.kind, sightings.value)
    .orderBy(sightings.kind, sightings.value);
  const misused = await misusedIdentities(db, inCountries(countries));
  const adverts = settings.shareAdvertText
    ? await db
        .select({ reference: referrals.reference, country: referrals.country, text: referrals.adText, filedAt: referrals.createdAt })
        .from(referrals)
        .where(shared(countries))
        .orderBy(sql`${referrals.createdAt} desc`)
        .limit(MAX_ADVERTS)
    : undefined;
  return {
    format: "offercheck-feed/1",
    publisher: { name: settings.publisher, country: settings.country },
    generatedAt: now.toISOString(),
    indicators: indicators.map((i) => ({ kind: i.kind as FeedDocument["indicators"][number]["kind"], value: i.value, reports: i.reports, firstSeen: iso(i.first), lastSeen: iso(i.last) })),
    misusedIdentities: misused.map((m) => ({ kind: m.kind, value: m.value, countries: m.countries, reports: m.reports, since: iso(m.since), lastSeen: iso(m.lastSeen) })),
    ...(adverts ? { adverts: adverts.map((a) => ({ ...a, filedAt: iso(a.filedAt) })) } : {}),
  };
}
