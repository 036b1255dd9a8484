import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { timestamps } from "./_helpers.ts";

/**
 * Partner instances' indicator feeds this instance subscribes to, with the
 * validators of the copy it last merged (a 304 costs nothing) and how the
 * last attempt went.
 */
export const feedSubscriptions = pgTable("feed_subscriptions", {
  /** The configured name, e.g. "kg-bishkek": shown in verdict counts by its country. */
  name: text("name").primaryKey(),
  url: text("url").notNull(),
  etag: text("etag"),
  lastModified: text("last_modified"),
  checkedAt: timestamp("checked_at", { withTimezone: true }),
  mergedAt: timestamp("merged_at", { withTimezone: true }),
  /** Indicators merged from the last good copy. */
  indicators: integer("indicators"),
  lastError: text("last_error"),
  ...timestamps,
});

/**
 * Scammer-side identities reported on another instance, as its feed said at
 * the last good merge. Replaced per source in one transaction: a feed that
 * fails or sends garbage leaves the previous copy as it was.
 */
export const remoteSightings = pgTable(
  "remote_sightings",
  {
    source: text("source")
      .notNull()
      .references(() => feedSubscriptions.name, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    value: text("value").notNull(),
    /** Where the publishing instance works (ISO 3166 alpha-2), for "9 in Kyrgyzstan". */
    country: text("country"),
    reports: integer("reports").notNull(),
    firstSeen: timestamp("first_seen", { withTimezone: true }).notNull(),
    lastSeen: timestamp("last_seen", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.kind, t.value] }), index("remote_sightings_entity_idx").on(t.kind, t.value)],
);

export type FeedSubscriptionRow = typeof feedSubscriptions.$inferSelect;
