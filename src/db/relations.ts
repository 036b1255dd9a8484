import { relations } from "drizzle-orm";
import { caseworkers, referralEvents, referralNotes, referrals, sightings } from "./schema/index.ts";

export const referralsRelations = relations(referrals, ({ one, many }) => ({
  assignee: one(caseworkers, { fields: [referrals.assigneeId], references: [caseworkers.id] }),
  events: many(referralEvents),
  notes: many(referralNotes),
  sightings: many(sightings),
}));

export const referralEventsRelations = relations(referralEvents, ({ one }) => ({
  referral: one(referrals, { fields: [referralEvents.referralId], references: [referrals.id] }),
  actor: one(caseworkers, { fields: [referralEvents.actorId], references: [caseworkers.id] }),
}));

export const referralNotesRelations = relations(referralNotes, ({ one }) => ({
  referral: one(referrals, { fields: [referralNotes.referralId], references: [referrals.id] }),
  author: one(caseworkers, { fields: [referralNotes.authorId], references: [caseworkers.id] }),
}));

export const sightingsRelations = relations(sightings, ({ one }) => ({
  referral: one(referrals, { fields: [sightings.referralId], references: [referrals.id] }),
}));
