import { check, date, index, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { timestamps } from "./_helpers.ts";

/** Licensed (or formerly licensed) recruiters, as the official registries list them. */
export const registryOperators = pgTable(
  "registry_operators",
  {
    id: serial("id").primaryKey(),
    /** registry + canonical licence (or registry + core name when a registry gives no number): the upsert key. */
    key: text("key").notNull(),
    country: text("country").notNull(),
    registry: text("registry").notNull(),
    licenceNo: text("licence_no"),
    licenceCanonical: text("licence_canonical"),
    name: text("name").notNull(),
    nameNormalized: text("name_normalized").notNull(),
    status: text("status").notNull(),
    city: text("city"),
    website: text("website"),
    phones: text("phones").array().notNull().default(sql`'{}'::text[]`),
    validUntil: date("valid_until", { mode: "string" }),
    sourceUrl: text("source_url"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("registry_operators_key_idx").on(t.key),
    index("registry_operators_licence_idx").on(t.licenceCanonical),
    index("registry_operators_name_idx").on(t.nameNormalized),
    check(
      "registry_operators_status_check",
      sql`${t.status} in ('active','cancelled','expired','surrendered','suspended','invalid')`,
    ),
  ],
);

export type RegistryOperatorRow = typeof registryOperators.$inferSelect;
export type NewRegistryOperatorRow = typeof registryOperators.$inferInsert;

/**
 * Registry lists fetched on a schedule (REGISTRY_SOURCES): the digest of the
 * last import, so an unchanged list is not read again, and what each run found.
 */
export const registrySources = pgTable("registry_sources", {
  /** The file path or URL, as configured. */
  source: text("source").primaryKey(),
  sha256: text("sha256"),
  checkedAt: timestamp("checked_at", { withTimezone: true }),
  importedAt: timestamp("imported_at", { withTimezone: true }),
  /** Rows, inserted, updated, unchanged, skipped of the last import. */
  lastSummary: jsonb("last_summary"),
  lastError: text("last_error"),
  /** The server's validators for the copy behind `sha256`: the next check asks "changed since?", and a 304 saves the download. */
  etag: text("etag"),
  lastModified: text("last_modified"),
  ...timestamps,
});

export type RegistrySourceRow = typeof registrySources.$inferSelect;
