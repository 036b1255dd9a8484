import { bigint, bigserial, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { referrals } from "./referrals.ts";

/**
 * The advert memory (src/memory): adverts checked on any channel, as
 * clusters of near-duplicates. No advert text is kept: a cluster is the
 * MinHash signature of its first advert and what was counted since.
 */
export const advertClusters = pgTable(
  "advert_clusters",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** MinHash of the first advert, as signed 32-bit integers. */
    signature: integer("signature").array().notNull(),
    /** Its LSH band keys, as in advert_bands: what deleting the cluster's bands looks up. */
    bands: integer("bands").array().notNull(),
    /** Sightings counted (once per idempotency key). */
    sightings: integer("sightings").notNull().default(0),
    reported: integer("reported").notNull().default(0),
    /** ISO 3166 alpha-2 codes of where it was seen, when known. */
    countries: text("countries").array().notNull().default(sql`'{}'::text[]`),
    /** Where it came from: channels, "partner", "monitor". */
    sources: text("sources").array().notNull().default(sql`'{}'::text[]`),
    firstSeen: timestamp("first_seen", { withTimezone: true }).notNull().defaultNow(),
    lastSeen: timestamp("last_seen", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Retention deletes by it.
    index("advert_clusters_last_seen_idx").on(t.lastSeen),
    // The dashboard lists the most seen first.
    index("advert_clusters_sightings_idx").on(t.sightings.desc(), t.id),
  ],
);

/**
 * One row per band of a cluster's signature: a near-duplicate shares a band
 * key with it. No foreign key: checking one for each of a million clusters'
 * sixteen rows costs more than it guards, and retention deletes a cluster's
 * bands by the keys the cluster keeps.
 */
export const advertBands = pgTable(
  "advert_bands",
  {
    key: integer("key").notNull(),
    clusterId: bigint("cluster_id", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ name: "advert_bands_pkey", columns: [t.key, t.clusterId] })],
);

/**
 * Idempotency of sightings: a keyed HMAC of each key counted (never the
 * key, which may hold a sender's hash and the advert's words).
 */
export const advertSightingKeys = pgTable(
  "advert_sighting_keys",
  {
    keyHash: text("key_hash").primaryKey(),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("advert_sighting_keys_seen_idx").on(t.seenAt)],
);

/** The referrals filed about a cluster's adverts, for the dashboard's links. */
export const advertClusterReferrals = pgTable(
  "advert_cluster_referrals",
  {
    clusterId: bigint("cluster_id", { mode: "number" })
      .notNull()
      .references(() => advertClusters.id, { onDelete: "cascade" }),
    referralId: uuid("referral_id")
      .notNull()
      .references(() => referrals.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ name: "advert_cluster_referrals_pkey", columns: [t.clusterId, t.referralId] }), index("advert_cluster_referrals_referral_idx").on(t.referralId)],
);
