import { z } from "zod";

/** The scammer-side kinds a feed carries: what links reports across borders. */
export const FEED_KINDS = ["phone", "handle", "email", "email_domain", "url_domain", "licence"] as const;

const day = z.iso.datetime({ offset: true });

/** One scammer-side identity, with how often the publisher's reports named it. */
export const feedIndicator = z.object({
  kind: z.enum(FEED_KINDS),
  value: z.string().min(1).max(300),
  reports: z.number().int().positive(),
  firstSeen: day,
  lastSeen: day,
});

/** A real company, brand or licensed operator that adverts claimed to be. */
export const misusedIdentity = z.object({
  /** "brand": a famous employer named with someone else's contact; "licence": a real licence under another name. */
  kind: z.enum(["brand", "licence"]),
  value: z.string().min(1).max(300),
  /** Where the reports came from (ISO 3166 alpha-2). */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)).max(300),
  reports: z.number().int().positive(),
  since: day,
  lastSeen: day,
});

/**
 * What one instance publishes for partner instances and agencies
 * (GET /api/v1/feed.json). No reporter data ever; advert texts only when the
 * publisher turned on FEED_SHARE_ADVERT_TEXT.
 */
export const feedDocument = z.object({
  format: z.literal("offercheck-feed/1"),
  publisher: z.object({ name: z.string().min(1).max(100), country: z.string().regex(/^[A-Z]{2}$/).nullable() }),
  generatedAt: day,
  indicators: z.array(feedIndicator).max(1_000_000),
  misusedIdentities: z.array(misusedIdentity).max(100_000),
  adverts: z.array(z.object({ reference: z.string(), country: z.string().nullable(), text: z.string().max(8000), filedAt: day })).max(100_000).optional(),
});

export type FeedDocument = z.infer<typeof feedDocument>;
export type FeedIndicator = z.infer<typeof feedIndicator>;
export type MisusedIdentity = z.infer<typeof misusedIdentity>;
