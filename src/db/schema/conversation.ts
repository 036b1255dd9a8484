import { integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Per-sender dialogue state (chosen language, the last ad checked, a report
 * in progress), keyed by the keyed hash of the sender — never the raw id —
 * so any app instance can answer the next message.
 */
export const conversationSessions = pgTable("conversation_sessions", {
  senderHash: text("sender_hash").primaryKey(),
  language: text("language"),
  state: jsonb("state").notNull().default({}),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Updates already answered (channel + update id), so a redelivered update is processed once. */
export const processedUpdates = pgTable("processed_updates", {
  key: text("key").primaryKey(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type ConversationSessionRow = typeof conversationSessions.$inferSelect;

/**
 * Each sender's current rate-limit window (keyed hash), in the database so
 * the limit holds across app instances rather than per instance.
 */
export const senderRateWindows = pgTable("sender_rate_windows", {
  senderHash: text("sender_hash").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull().defaultNow(),
  hits: integer("hits").notNull().default(0),
});
