import { and, eq, ne, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { referrals, registryOperators, sightings } from "../db/schema/index.ts";

/** A real company, brand or licensed operator that adverts claimed to be. */
export interface MisusedIdentity {
  /** "brand": a famous employer named with someone else's contact; "licence": a real licence cited under another name. */
  kind: "brand" | "licence";
  value: string;
  /** The registry's name for a licence, when the registry knows it. */
  holder: string | null;
  countries: string[];
  reports: number;
  since: Date;
  lastSeen: Date;
}

/** At most this many identities in one answer: the most misused first. */
const LIMIT = 500;

/**
 * Which real companies and operators adverts impersonated, where and how
 * often: brands named in reported scams, and real licence numbers cited
 * under another company's name. Rejected referrals (not a scam) do not
 * count. `where` narrows the referrals (a caseworker's countries, a
 * partner key's).
 */
export async function misusedIdentities(db: Db, where: SQL | undefined): Promise<MisusedIdentity[]> {
  const rows = await db
    .select({
      kind: sightings.kind,
      value: sightings.value,
      holder: sql<string | null>`(select ${registryOperators.name} from ${registryOperators} where lower(${registryOperators.licenceNo}) = ${sightings.value} limit 1)`,
      countries: sql<string[]>`array_remove(array_agg(distinct ${referrals.country}), null)`,
      reports: sql<number>`count(distinct ${referrals.id})::int`,
      since: sql<string>`min(${referrals.createdAt})`,
      lastSeen: sql<string>`max(${referrals.createdAt})`,
    })
    .from(sightings)
    .innerJoin(referrals, eq(referrals.id, sightings.referralId))
    .where(
      and(
        where,
        ne(referrals.status, "rejected"),
        eq(sightings.source, "report"),
        sql`(${sightings.kind} = 'brand' or (${sightings.kind} = 'licence' and 'licence_name_mismatch' = any(${referrals.flags})))`,
      ),
    )
    .groupBy(sightings.kind, sightings.value)
    .orderBy(sql`count(distinct ${referrals.id}) desc`, sightings.value)
    .limit(LIMIT);
  // Licences are kept lower-cased to match however they were typed; they are shown as registries write them.
  return rows.map((r) => ({ ...r, value: r.kind === "licence" ? r.value.toUpperCase() : r.value, kind: r.kind as MisusedIdentity["kind"], countries: [...r.countries].sort(), since: new Date(r.since), lastSeen: new Date(r.lastSeen) }));
}
