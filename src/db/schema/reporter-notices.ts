import { bigserial, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { referrals } from "./referrals.ts";

/**
 * What happened to a report, waiting for its reporter to write again. The
 * reporter is known only by the keyed hash, never by an address the helpline
 * could write to, so news is handed over on their next message instead of
 * being pushed.
 */
export const reporterNotices = pgTable(
  "reporter_notices",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    referralId: uuid("referral_id")
      .notNull()
      .references(() => referrals.id, { onDelete: "cascade" }),
    reporterHash: text("reporter_hash").notNull(),
    reference: text("reference").notNull(),
    /** taken_up (first claim), or the outcome: referred, resolved, rejected. */
    event: text("event").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (t) => [
    // Each piece of news once per report, however often it is reopened and closed the same way.
    uniqueIndex("reporter_notices_event_idx").on(t.referralId, t.event),
    index("reporter_notices_pending_idx").on(t.reporterHash).where(sql`${t.deliveredAt} is null`),
    check("reporter_notices_event_check", sql`${t.event} in ('taken_up','referred','resolved','rejected')`),
  ],
);

export type ReporterNoticeRow = typeof reporterNotices.$inferSelect;
