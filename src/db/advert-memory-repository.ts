import { createHmac } from "node:crypto";
import { desc, sql } from "drizzle-orm";
import { fingerprintOf as fingerprint, MIN_EQUAL, type Fingerprint } from "../memory/signature.ts";
import { clusterCountry, NOTHING, summed } from "../memory/similar.ts";
import type { AdvertMemory, Sighting } from "../memory/types.ts";
import type { ReferralStatus } from "../referrals/status.ts";
import { rememberChunk } from "./advert-memory-chunk.ts";
import type { Db } from "./client.ts";
import { advertBands, advertClusterReferrals, advertClusters, advertSightingKeys, referrals } from "./schema/index.ts";

/** What the app asks of the memory besides the contract: the referral a report became, for the dashboard's links. */
export interface AdvertMemoryStore extends AdvertMemory {
  /** A report was filed about this advert; with its referral, counted once per referral. */
  markReported(text: string, referralId?: string): Promise<void>;
}

/** A cluster of near-duplicates that matched an advert. */
interface Match {
  id: number;
  sightings: number;
  reported: number;
  firstSeen: string;
  equal: number;
}

type Executor = Pick<Db, "execute" | "select">;

/** A Postgres array literal of integers: one parameter, the same on both drivers. */
const intArray = (values: readonly number[]) => `{${values.join(",")}}`;

/** A text array of one value, or none. */
const textArray = (value: string | null) => (value === null ? sql`'{}'::text[]` : sql`array[${value}::text]`);

/**
 * The clusters whose first advert is a near-duplicate of this one, most
 * similar first: one query, the band index giving the candidates and their
 * equal signature positions deciding. "= any(array(…))": the candidates are
 * gathered first and read by primary key, whatever the planner's statistics
 * say. A named statement on Postgres: planning would cost more than running it.
 */
async function nearDuplicates(db: Executor, print: Fingerprint): Promise<Match[]> {
  const same = db
    .select({ equal: sql<number>`count(*)::int`.as("equal") })
    .from(sql`unnest(${advertClusters.signature}, ${sql.placeholder("signature")}::int4[]) as pair(a, b)`)
    .where(sql`a = b`)
    .as("same");
  const rows = await db
    .select({
      id: advertClusters.id,
      sightings: advertClusters.sightings,
      reported: advertClusters.reported,
      firstSeen: sql<string>`to_char(${advertClusters.firstSeen} at time zone 'UTC', 'YYYY-MM-DD')`,
      equal: same.equal,
    })
    .from(advertClusters)
    .crossJoinLateral(same)
    .where(sql`${advertClusters.id} = any(array(select cluster_id from ${advertBands} where key = any(${sql.placeholder("bands")}::int4[]))) and ${same.equal} >= ${MIN_EQUAL}`)
    .orderBy(desc(same.equal), advertClusters.id)
    .prepare("advert_near_duplicates")
    .execute({ signature: intArray(print.signature), bands: intArray(print.bands) });
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** A new cluster for an advert like no other: its row and its bands. */
async function newCluster(db: Executor, print: Fingerprint, counts: { sightings: number; reported: number; country: string | null; source: string | null }): Promise<Match> {
  const result = (await db.execute(sql`
    insert into ${advertClusters} (signature, bands, sightings, reported, countries, sources)
    values (${intArray(print.signature)}::int4[], ${intArray(print.bands)}::int4[], ${counts.sightings}, ${counts.reported},
            ${textArray(counts.country)}, ${textArray(counts.source)})
    returning id, sightings, reported, to_char(first_seen at time zone 'UTC', 'YYYY-MM-DD') as "firstSeen"`)) as unknown as { rows: Omit<Match, "equal">[] };
  const row = result.rows[0]!;
  const id = Number(row.id);
  await db.execute(sql`insert into ${advertBands} (key, cluster_id) select distinct k, ${id}::bigint from unnest(${intArray(print.bands)}::int4[]) as k on conflict do nothing`);
  return { ...row, id, equal: print.signature.length };
}

/**
 * The advert memory in Postgres (or PGlite). Sightings are counted once per
 * idempotency key, of which only a keyed hash is kept; clusters keep only
 * signatures, counts, dates, countries and sources.
 */
export function dbAdvertMemory(db: Db, secret: string): AdvertMemoryStore {
  const keyHash = (key: string) => createHmac("sha256", secret).update(key).digest("base64url");

  return {
    async remember(sighting: Sighting) {
      const print = fingerprint(sighting.text);
      if (!print) return NOTHING;
      const country = clusterCountry(sighting.country);
      return db.transaction(async (tx) => {
        const fresh = await tx.insert(advertSightingKeys).values({ keyHash: keyHash(sighting.key) }).onConflictDoNothing().returning({ keyHash: advertSightingKeys.keyHash });
        const matches = await nearDuplicates(tx, print);
        if (fresh.length === 0) return summed(matches);
        const best = matches[0];
        if (!best) return summed([await newCluster(tx, print, { sightings: 1, reported: 0, country, source: sighting.source })]);
        await tx.execute(sql`
          update ${advertClusters} set
            sightings = sightings + 1,
            last_seen = now(),
            countries = case when ${country}::text is null or ${country}::text = any(countries) then countries else countries || ${country}::text end,
            sources = case when ${sighting.source}::text = any(sources) then sources else sources || ${sighting.source}::text end
          where id = ${best.id}`);
        return summed(matches.map((m) => (m === best ? { ...m, sightings: m.sightings + 1 } : m)));
      });
    },

    rememberMany: (sightings) => rememberChunk(db, keyHash, sightings),

    async recall(text: string) {
      const print = fingerprint(text);
      return print ? summed(await nearDuplicates(db, print)) : NOTHING;
    },

    async markReported(text: string, referralId?: string) {
      await db.transaction((tx) => markReportedIn(tx, text, referralId));
    },
  };
}

/**
 * markReported inside a transaction the caller holds (and may hold a lock
 * in): the closest cluster (or a new one) counts the report once per referral.
 */
export async function markReportedIn(tx: Pick<Db, "execute" | "insert" | "select">, text: string, referralId?: string): Promise<void> {
  const print = fingerprint(text);
  if (!print) return;
  const best = (await nearDuplicates(tx, print))[0] ?? (await newCluster(tx, print, { sightings: 0, reported: 0, country: null, source: null }));
  if (referralId) {
    const linked = await tx.insert(advertClusterReferrals).values({ clusterId: best.id, referralId }).onConflictDoNothing().returning({ id: advertClusterReferrals.clusterId });
    if (linked.length === 0) return;
  }
  await tx.execute(sql`update ${advertClusters} set reported = reported + 1 where id = ${best.id}`);
}

/** The referrals filed through `channel` about near-duplicates of this advert, with their status, oldest first. */
export async function referralsOfNearDuplicates(db: Executor, text: string, channel: string): Promise<{ id: string; status: ReferralStatus }[]> {
  const print = fingerprint(text);
  if (!print) return [];
  const clusters = (await nearDuplicates(db, print)).map((m) => m.id);
  if (clusters.length === 0) return [];
  const result = (await db.execute(sql`
    select r.id, r.status from ${advertClusterReferrals} l join ${referrals} r on r.id = l.referral_id
    where l.cluster_id = any(${intArray(clusters)}::int8[]) and r.channel = ${channel}
    order by r.created_at, r.id`)) as unknown as { rows: { id: string; status: ReferralStatus }[] };
  return result.rows;
}

/**
 * Forgets clusters not seen for `days`, with their bands and links, and
 * idempotency keys older than that. Returns the clusters forgotten.
 */
export async function purgeAdvertMemory(db: Db, days: number): Promise<number> {
  return db.transaction(async (tx) => {
    const gone = (await tx.execute(sql`
      with expired as (
        delete from ${advertClusters} where last_seen < now() - make_interval(days => ${days}) returning id, bands
      ), bands as (
        delete from ${advertBands} b using (select id, unnest(bands) as key from expired) e
        where b.key = e.key and b.cluster_id = e.id
      )
      select count(*)::int as n from expired`)) as unknown as { rows: { n: number }[] };
    await tx.delete(advertSightingKeys).where(sql`${advertSightingKeys.seenAt} < now() - make_interval(days => ${days})`);
    return gone.rows[0]!.n;
  });
}
