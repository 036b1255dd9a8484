import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { timestamps } from "./_helpers.ts";

/**
 * Keys of platforms that send adverts to POST /api/v1/scan. Only the SHA-256
 * of a key is kept: the key has 256 random bits, so no slow hash is needed,
 * and a copy of the table lets nobody call the API.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The partner, as the operator named it (`apikey add --name`). */
    name: text("name").notNull(),
    keyHash: text("key_hash").notNull(),
    /** ISO countries the partner's adverts may be attributed to. */
    countries: text("countries").array().notNull().default(sql`'{}'::text[]`),
    /** Requests per minute, across all instances. */
    ratePerMinute: integer("rate_per_minute").notNull().default(60),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("api_keys_key_hash_idx").on(t.keyHash),
    // A revoked partner may be given a new key under the same name.
    uniqueIndex("api_keys_active_name_idx").on(sql`lower(${t.name})`).where(sql`${t.revokedAt} is null`),
    check("api_keys_rate_check", sql`${t.ratePerMinute} > 0`),
  ],
);

/** Each key's current rate-limit window, in the database so the limit holds across instances. */
export const apiKeyRateWindows = pgTable("api_key_rate_windows", {
  apiKeyId: uuid("api_key_id")
    .primaryKey()
    .references(() => apiKeys.id, { onDelete: "cascade" }),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull().defaultNow(),
  hits: integer("hits").notNull().default(0),
});

/** A JSONL upload of up to 100,000 adverts, scanned in chunks by whichever instances are up. */
export const scanBatches = pgTable(
  "scan_batches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    apiKeyId: uuid("api_key_id")
      .notNull()
      .references(() => apiKeys.id, { onDelete: "cascade" }),
    /** receiving: the upload is being read; running: chunks are queued; done: every item has a result. */
    status: text("status").notNull().default("receiving"),
    total: integer("total").notNull().default(0),
    /** Items with a result; raised in the transaction that stores them, so never counted twice. */
    done: integer("done").notNull().default(0),
    errors: integer("errors").notNull().default(0),
    callbackUrl: text("callback_url"),
    /** Derived from the partner's key at upload (the key itself is never stored); erased once the callback is sent. */
    callbackSecret: text("callback_secret"),
    /** pending, sent or failed; null without a callback. */
    callbackState: text("callback_state"),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index("scan_batches_key_idx").on(t.apiKeyId),
    check("scan_batches_status_check", sql`${t.status} in ('receiving','running','done')`),
    check("scan_batches_callback_check", sql`${t.callbackState} is null or ${t.callbackState} in ('pending','sent','failed')`),
  ],
);

/**
 * One advert of a batch. `input` ({id, text, country}) is held only until the
 * advert is scanned: the same statement that stores `result` erases it.
 */
export const scanBatchItems = pgTable(
  "scan_batch_items",
  {
    batchId: uuid("batch_id")
      .notNull()
      .references(() => scanBatches.id, { onDelete: "cascade" }),
    idx: integer("idx").notNull(),
    input: jsonb("input"),
    result: jsonb("result"),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.idx] }), check("scan_batch_items_state_check", sql`(${t.input} is null) <> (${t.result} is null)`)],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type ScanBatchRow = typeof scanBatches.$inferSelect;
