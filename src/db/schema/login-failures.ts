import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Failed caseworker logins per e-mail + client address, for the lockout. The
 * key is a SHA-256 of the pair: the table needs to count, not to know who
 * mistyped which address from where. Kept in the database so every app
 * instance sees the same count.
 */
export const loginFailures = pgTable("login_failures", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});
