import { sql } from "drizzle-orm";
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * Forwards being gathered: the pieces of one forward (a picture and its text,
 * an album, a text in parts) wait here for a few seconds, so that any
 * instance can answer them once, also after a restart. A row lives until its
 * forward is answered: the pieces are the advert as the session would keep it
 * (the sender's own details scrubbed) and the sender is known by the keyed
 * hash only. Where to answer is not kept here: a raw chat id may not be
 * stored, so only the instance that heard the sender can write to them.
 */
export const forwardBundles = pgTable(
  "forward_bundles",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    senderHash: text("sender_hash").notNull(),
    /** The dialogue's channel ("telegram", "whatsapp"), part of its keys. */
    channel: text("channel").notNull(),
    /** Which channel adapter writes the answer ("whatsapp-web", "whatsapp-cloud"…). */
    via: text("via").notNull(),
    /** The update of the first piece: the advert's key for its buttons and its report. */
    updateId: text("update_id").notNull(),
    languageHint: text("language_hint"),
    /** Telegram's media_group_id: the pictures of one album are one forward, another album is another. */
    album: text("album"),
    pieces: jsonb("pieces").notNull().default([]),
    /** Pictures of this forward still being read: it waits for them. */
    reading: integer("reading").notNull().default(0),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    /** Set while an instance answers it; a lease that lapses (the instance died) lets another take it. */
    takenUntil: timestamp("taken_until", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One forward gathering per sender; the one being answered stands beside it.
    uniqueIndex("forward_bundles_open_idx").on(t.senderHash).where(sql`${t.takenUntil} is null`),
    index("forward_bundles_due_idx").on(t.dueAt),
  ],
);
