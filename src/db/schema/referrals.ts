import { bigserial, check, index, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { timestamps } from "./_helpers.ts";
import { caseworkers } from "./caseworkers.ts";

/**
 * Anonymous reports of job ads, queued for caseworkers. Nothing here
 * identifies the reporter: no chat id, phone number or name, only a keyed
 * HMAC of the sender (rate limiting, linking one reporter's reports).
 */
export const referrals = pgTable(
  "referrals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Short code the reporter is given, e.g. "K7Q-4M2". */
    reference: text("reference").notNull(),
    /** Set by the channel from the update id, so a redelivered report is filed once. */
    idempotencyKey: text("idempotency_key").notNull(),
    status: text("status").notNull().default("new"),
    urgency: text("urgency").notNull().default("normal"),
    country: text("country"),
    channel: text("channel").notNull(),
    language: text("language").notNull(),
    /** The ad with the reporter's own contact details redacted. */
    adText: text("ad_text").notNull(),
    risk: text("risk").notNull(),
    score: real("score").notNull(),
    crime: text("crime"),
    flags: text("flags").array().notNull().default(sql`'{}'::text[]`),
    verdict: jsonb("verdict").notNull(),
    entities: jsonb("entities").notNull(),
    /** Where seen, amount asked or paid, already paid: what the reporter chose to add. */
    reporterAnswers: jsonb("reporter_answers").notNull().default(sql`'{}'::jsonb`),
    reporterHash: text("reporter_hash"),
    assigneeId: uuid("assignee_id").references(() => caseworkers.id, { onDelete: "set null" }),
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    claimExpiresAt: timestamp("claim_expires_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("referrals_reference_idx").on(t.reference),
    uniqueIndex("referrals_idempotency_idx").on(t.idempotencyKey),
    index("referrals_queue_idx").on(t.status, t.urgency, t.createdAt),
    // The open queue in the order claim-next serves it (urgent first, then oldest): the claim reads
    // it from the front and stops at the first free row instead of sorting every referral per claim.
    index("referrals_claimable_idx")
      .on(t.urgency.desc().nullsFirst(), t.createdAt, t.id)
      .where(sql`${t.status} in ('new','claimed','in_review')`),
    index("referrals_reporter_idx").on(t.reporterHash),
    check(
      "referrals_status_check",
      sql`${t.status} in ('new','claimed','in_review','referred','resolved','rejected')`,
    ),
    check("referrals_urgency_check", sql`${t.urgency} in ('normal','urgent')`),
  ],
);

/** Append-only audit trail: every status change, claim and note. */
export const referralEvents = pgTable(
  "referral_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    referralId: uuid("referral_id")
      .notNull()
      .references(() => referrals.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => caseworkers.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("referral_events_referral_idx").on(t.referralId, t.createdAt)],
);

export const referralNotes = pgTable(
  "referral_notes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    referralId: uuid("referral_id")
      .notNull()
      .references(() => referrals.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => caseworkers.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("referral_notes_referral_idx").on(t.referralId)],
);

/** "This verdict is wrong": kept for review, with the verdict it disputes. */
export const verdictFeedback = pgTable("verdict_feedback", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  channel: text("channel").notNull(),
  language: text("language").notNull(),
  adText: text("ad_text").notNull(),
  verdict: jsonb("verdict").notNull(),
  comment: text("comment"),
  reporterHash: text("reporter_hash"),
  /** Whose caseworkers review it: the country a referral of this advert would go to (null: admins only). */
  country: text("country"),
  reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
  reviewerId: uuid("reviewer_id").references(() => caseworkers.id, { onDelete: "set null" }),
  ...timestamps,
});

export type ReferralRow = typeof referrals.$inferSelect;
export type NewReferralRow = typeof referrals.$inferInsert;
export type ReferralEventRow = typeof referralEvents.$inferSelect;
