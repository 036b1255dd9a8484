import { and, desc, gte, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Caseworker } from "../caseworkers/types.ts";
import type { Db } from "../db/client.ts";
import { advertClusterReferrals, advertClusters, referrals } from "../db/schema/index.ts";
import { canSeeCountry } from "./access.ts";
import type { Page } from "./listing.ts";

/** Referrals listed per cluster; the rest are counted. */
export const CLUSTER_REFERRALS_SHOWN = 20;

/** A cluster of near-identical adverts (the advert memory), as the dashboard lists it: counts, dates, places, no text. */
export interface AdvertClusterItem {
  id: number;
  sightings: number;
  reported: number;
  firstSeen: Date;
  lastSeen: Date;
  countries: string[];
  sources: string[];
  /** Referrals filed about its adverts that the caseworker may open, oldest first. */
  referrals: { id: string; reference: string; status: string; risk: string; country: string | null; createdAt: Date }[];
  /** Referrals about it beyond those: of other countries, or past the first CLUSTER_REFERRALS_SHOWN. */
  otherReferrals: number;
}

/**
 * Clusters seen where the caseworker works (any country seen overlapping
 * theirs; admins see every one, also those whose country is unknown), of
 * adverts checked twice or more or reported, the most seen first.
 */
export async function listAdvertClusters(db: Db, actor: Caseworker, page: { page: number; pageSize: number }): Promise<Page<AdvertClusterItem>> {
  const conditions: (SQL | undefined)[] = [or(gte(advertClusters.sightings, 2), gte(advertClusters.reported, 1))];
  if (actor.role !== "admin") conditions.push(actor.countries.length ? sql`${advertClusters.countries} && ${`{${actor.countries.join(",")}}`}::text[]` : sql`false`);
  const where = and(...conditions);
  const rows = await db
    .select({
      id: advertClusters.id,
      sightings: advertClusters.sightings,
      reported: advertClusters.reported,
      firstSeen: advertClusters.firstSeen,
      lastSeen: advertClusters.lastSeen,
      countries: advertClusters.countries,
      sources: advertClusters.sources,
    })
    .from(advertClusters)
    .where(where)
    .orderBy(desc(advertClusters.sightings), advertClusters.id)
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(advertClusters).where(where);
  const linked = rows.length
    ? await db
        .select({ clusterId: advertClusterReferrals.clusterId, id: referrals.id, reference: referrals.reference, status: referrals.status, risk: referrals.risk, country: referrals.country, createdAt: referrals.createdAt })
        .from(advertClusterReferrals)
        .innerJoin(referrals, sql`${referrals.id} = ${advertClusterReferrals.referralId}`)
        .where(inArray(advertClusterReferrals.clusterId, rows.map((r) => r.id)))
        .orderBy(referrals.createdAt)
    : [];
  const items = rows.map((row): AdvertClusterItem => {
    const mine = linked.filter((l) => l.clusterId === row.id);
    const visible = mine.filter((l) => canSeeCountry(actor, l.country)).map(({ clusterId: _, ...referral }) => referral);
    return { ...row, referrals: visible.slice(0, CLUSTER_REFERRALS_SHOWN), otherReferrals: mine.length - Math.min(visible.length, CLUSTER_REFERRALS_SHOWN) };
  });
  return { items, page: page.page, pageSize: page.pageSize, total: count?.n ?? 0 };
}
