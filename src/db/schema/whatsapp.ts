import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The WhatsApp Web session's state and login QR code, written by the one
 * instance that runs the session, so the dashboard shows them whichever
 * instance the admin's browser reaches. One row; `updatedAt` is its heartbeat.
 */
export const whatsappWebStatus = pgTable("whatsapp_web_status", {
  id: text("id").primaryKey(),
  state: text("state").notNull(),
  qr: text("qr"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
