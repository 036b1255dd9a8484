import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { caseworkers } from "./caseworkers.ts";

/**
 * Logged-in caseworker sessions. Only a SHA-256 hash of the session token is
 * stored, so a copy of the database does not let anyone act as a caseworker.
 * `expires_at` slides forward while the session is used.
 */
export const caseworkerSessions = pgTable(
  "caseworker_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    caseworkerId: uuid("caseworker_id")
      .notNull()
      .references(() => caseworkers.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("caseworker_sessions_caseworker_idx").on(t.caseworkerId), index("caseworker_sessions_expires_idx").on(t.expiresAt)],
);

export type CaseworkerSessionRow = typeof caseworkerSessions.$inferSelect;
