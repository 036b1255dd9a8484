import { bigserial, check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { referrals } from "./referrals.ts";

/**
 * Scammer-side identities seen in ads (phone, handle, e-mail, domain, licence,
 * impersonated brand), so that reports sharing one are linked into a cluster
 * and a verdict can say "this number was reported N times".
 */
export const sightings = pgTable(
  "sightings",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind").notNull(),
    /** Normalised: E.164 phone, lower-case e-mail/domain/handle, canonical licence, brand id. */
    value: text("value").notNull(),
    referralId: uuid("referral_id").references(() => referrals.id, { onDelete: "cascade" }),
    /** `report` when filed by a jobseeker, `check` when only checked. */
    source: text("source").notNull(),
    risk: text("risk").notNull(),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sightings_entity_idx").on(t.kind, t.value),
    index("sightings_referral_idx").on(t.referralId),
    check(
      "sightings_kind_check",
      sql`${t.kind} in ('phone','handle','email','email_domain','url_domain','licence','brand')`,
    ),
  ],
);

export type SightingRow = typeof sightings.$inferSelect;
