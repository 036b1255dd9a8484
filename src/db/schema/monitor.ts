import { bigint, bigserial, boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { timestamps } from "./_helpers.ts";
import { referrals } from "./referrals.ts";

/**
 * Public channels and groups the watcher reads (TELEGRAM_WATCH). A chat is
 * a place, not a person: its id, title and public @username are kept; the
 * authors of its messages never are.
 */
export const monitorSources = pgTable(
  "monitor_sources",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** Telegram's id of the channel or group (negative). */
    chatId: bigint("chat_id", { mode: "number" }).notNull(),
    kind: text("kind").notNull(),
    /** Public @username without the "@": what its posts' links are made of; null for a chat without one. */
    username: text("username"),
    title: text("title").notNull(),
    /** Configured for it, else that of its first risky post: whose caseworkers see it on the Sources page. */
    country: text("country"),
    /** A group admin asked for a short reply under risky posts (/watch reply on). */
    reply: boolean("reply").notNull().default(false),
    ...timestamps,
  },
  (t) => [uniqueIndex("monitor_sources_chat_idx").on(t.chatId), check("monitor_sources_kind_check", sql`${t.kind} in ('channel','group','supergroup')`)],
);

/**
 * Each risky post, under the one referral its advert and every near-duplicate
 * of it became: a post counted once however often it is edited.
 */
export const monitorSightings = pgTable(
  "monitor_sightings",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    referralId: uuid("referral_id")
      .notNull()
      .references(() => referrals.id, { onDelete: "cascade" }),
    sourceId: bigint("source_id", { mode: "number" })
      .notNull()
      .references(() => monitorSources.id, { onDelete: "cascade" }),
    messageId: bigint("message_id", { mode: "number" }).notNull(),
    /** https://t.me/<username>/<message_id>; null when the chat has no public username. */
    link: text("link"),
    /** The chat's title when the post was seen (titles change). */
    chatTitle: text("chat_title").notNull(),
    postedAt: timestamp("posted_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("monitor_sightings_post_idx").on(t.sourceId, t.messageId), index("monitor_sightings_referral_idx").on(t.referralId, t.postedAt)],
);

/** Per chat and day (UTC): posts checked and risky ones, for the Sources page's ranking and trend. */
export const monitorDaily = pgTable(
  "monitor_daily",
  {
    sourceId: bigint("source_id", { mode: "number" })
      .notNull()
      .references(() => monitorSources.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    checked: integer("checked").notNull().default(0),
    risky: integer("risky").notNull().default(0),
  },
  (t) => [primaryKey({ name: "monitor_daily_pkey", columns: [t.sourceId, t.day] }), index("monitor_daily_day_idx").on(t.day)],
);

export type MonitorSourceRow = typeof monitorSources.$inferSelect;
