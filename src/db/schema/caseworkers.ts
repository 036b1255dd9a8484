import { boolean, check, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { timestamps } from "./_helpers.ts";

/** Staff of IOM, NGOs and hotlines who work the referral queue. */
export const caseworkers = pgTable(
  "caseworkers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role").notNull().default("caseworker"),
    /** ISO country codes whose referrals this caseworker may see. */
    countries: text("countries").array().notNull().default(sql`'{}'::text[]`),
    disabled: boolean("disabled").notNull().default(false),
    /** The dashboard's language for this person; they switch it themselves (PATCH /api/auth/me). */
    language: text("language").notNull().default("en"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("caseworkers_email_idx").on(sql`lower(${t.email})`),
    check("caseworkers_role_check", sql`${t.role} in ('caseworker','admin')`),
    check("caseworkers_language_check", sql`${t.language} in ('en','ru','ur')`),
  ],
);

export type CaseworkerRow = typeof caseworkers.$inferSelect;
