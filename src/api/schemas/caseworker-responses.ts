import { z } from "zod";
import { DASHBOARD_LANGUAGES, ROLES } from "../../caseworkers/types.ts";
import { REFERRAL_STATUSES } from "../../referrals/status.ts";

/*
 * What the caseworker API returns, as JSON. Used for the OpenAPI docs and by
 * the tests, which parse real responses with these schemas so the docs
 * cannot drift from the code.
 */

const dateTime = z.iso.datetime({ offset: true });
const person = z.object({ id: z.uuid(), email: z.string() });

export const errorResponse = z.object({
  error: z.string().describe("Stable machine-readable code, e.g. unauthenticated, forbidden, invalid_request."),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export const caseworkerResponse = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(ROLES),
  countries: z.array(z.string()),
  language: z.enum(DASHBOARD_LANGUAGES).describe("The dashboard's language for this account."),
});

export const loginResponse = z.object({
  token: z.string().describe("Bearer token for scripts (Authorization: Bearer …); the browser uses the httpOnly cookie set with it."),
  csrfToken: z.string().describe("Send as the x-csrf-token header with every cookie-authenticated POST/PATCH."),
  expiresAt: dateTime.describe("Sliding: every request moves it forward."),
  caseworker: caseworkerResponse,
});

export const meResponse = z.object({
  caseworker: caseworkerResponse,
  expiresAt: dateTime,
  csrfToken: z.string().nullable().describe("For a cookie session (null with a bearer token)."),
});

export const referralSummaryResponse = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  urgency: z.enum(["normal", "urgent"]),
  country: z.string().nullable(),
  channel: z.string(),
  language: z.string(),
  risk: z.string(),
  score: z.number(),
  crime: z.string().nullable(),
  flags: z.array(z.string()),
  excerpt: z.string().describe("The first 200 characters of the ad."),
  assignee: person.nullable(),
  claimedAt: dateTime.nullable(),
  claimExpiresAt: dateTime.nullable().describe("When the claim lapses unless the assignee changes or notes the referral."),
  closedAt: dateTime.nullable(),
  createdAt: dateTime,
  updatedAt: dateTime,
});

export const referralPage = z.object({ items: z.array(referralSummaryResponse), page: z.number(), pageSize: z.number(), total: z.number() });

export const claimNextResponse = z.object({ referral: referralSummaryResponse.nullable().describe("Null when nothing is left to claim in your countries.") });

export const noteResponse = z.object({ id: z.number(), body: z.string(), createdAt: dateTime, author: person.nullable() });

const sharedValue = z.object({ kind: z.string(), value: z.string() });

export const clusterResponse = z.object({
  size: z.number().describe("Referrals in the cluster, this one included."),
  truncated: z.boolean(),
  members: z.array(
    z.object({
      id: z.uuid().nullable().describe("Null for referrals of countries you do not work."),
      reference: z.string().nullable(),
      visible: z.boolean(),
      status: z.string(),
      country: z.string().nullable(),
      risk: z.string(),
      createdAt: dateTime,
      shared: z.array(sharedValue).describe("Its values that other members also carry."),
    }),
  ),
  links: z.array(sharedValue.extend({ referrals: z.number() })),
});

export const referralDetailResponse = referralSummaryResponse.omit({ excerpt: true }).extend({
  adText: z.string(),
  verdict: z.record(z.string(), z.unknown()).describe("The engine's verdict at filing time."),
  entities: z.record(z.string(), z.unknown()),
  reporterAnswers: z.record(z.string(), z.unknown()),
  notes: z.array(noteResponse),
  events: z.array(
    z.object({
      id: z.number(),
      action: z.string().describe("filed | claimed | status_changed | note_added | claim_expired"),
      fromStatus: z.string().nullable(),
      toStatus: z.string().nullable(),
      note: z.string().nullable(),
      createdAt: dateTime,
      actor: person.nullable(),
    }),
  ),
  cluster: clusterResponse,
  postings: z
    .array(z.object({ link: z.string().nullable().describe("https://t.me/<channel>/<post>; null for a chat without a public username."), chatTitle: z.string(), postedAt: dateTime }))
    .describe("Channel and group posts of this advert and its re-posts the watcher saw (monitor referrals), oldest first."),
});

const bucket = z.array(z.object({ key: z.string(), count: z.number() }));
export const statsResponse = z.object({
  from: dateTime,
  to: dateTime,
  total: z.number(),
  byDay: bucket,
  byWeek: bucket,
  byLanguage: bucket,
  byFlag: bucket,
  byCountry: bucket,
  byChannel: bucket,
  byStatus: bucket,
  byRisk: bucket,
  byCrime: bucket,
  byUrgency: bucket,
});

export const mispResponse = z.object({
  Event: z.object({
    uuid: z.uuid(),
    info: z.string(),
    date: z.iso.date(),
    timestamp: z.string(),
    published: z.boolean(),
    distribution: z.string(),
    threat_level_id: z.string(),
    analysis: z.string(),
    Tag: z.array(z.object({ name: z.string() })),
    Attribute: z.array(
      z.object({
        uuid: z.uuid(),
        type: z.enum(["phone-number", "email-src", "domain", "url", "text"]),
        category: z.string(),
        value: z.string(),
        to_ids: z.boolean(),
        distribution: z.string(),
        comment: z.string(),
        first_seen: dateTime,
        last_seen: dateTime,
      }),
    ),
  }),
});

const operator = z.object({
  country: z.string(),
  registry: z.string(),
  licenceNo: z.string().nullable(),
  name: z.string(),
  status: z.string(),
  city: z.string().nullable(),
  website: z.string().nullable(),
  phones: z.array(z.string()),
  validUntil: z.string().nullable(),
  sourceUrl: z.string().nullable(),
});
export const registrySearchResponse = z.object({
  hits: z.array(
    z.object({
      operator,
      match: z.enum(["licence", "phone", "name"]),
      similarity: z.number().optional(),
      nameMatch: z
        .enum(["words", "transliterated", "prefix", "similar"])
        .optional()
        .describe("For a name: every word typed is in the name (words), the same in Latin letters (transliterated), begins its words (prefix), or a near spelling (similar)."),
    }),
  ),
  registrySize: z.number(),
});

export const importResponse = z.object({
  rows: z.number(),
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  skipped: z.number(),
  errors: z.array(z.object({ line: z.number(), message: z.string() })),
});

export const feedbackItemResponse = z.object({
  id: z.number(),
  channel: z.string(),
  language: z.string(),
  country: z.string().nullable(),
  adText: z.string(),
  verdict: z.object({ risk: z.string(), score: z.number(), crime: z.string().nullable(), flags: z.array(z.string()) }),
  comment: z.string().nullable(),
  createdAt: dateTime,
  reviewedAt: dateTime.nullable(),
  reviewer: person.nullable(),
});
export const advertClusterResponse = z.object({
  id: z.number(),
  sightings: z.number().describe("Checks of its adverts, each person and advert counted once."),
  reported: z.number().describe("Reports filed about its adverts."),
  firstSeen: dateTime,
  lastSeen: dateTime,
  countries: z.array(z.string()).describe("ISO 3166 alpha-2 codes of where it was seen."),
  sources: z.array(z.string()).describe("Channels (telegram, whatsapp, web…), partner, monitor."),
  referrals: z
    .array(z.object({ id: z.uuid(), reference: z.string(), status: z.string(), risk: z.string(), country: z.string().nullable(), createdAt: dateTime }))
    .describe("Referrals about its adverts that you may open, oldest first."),
  otherReferrals: z.number().describe("Referrals about it of countries you do not work, or past the first 20."),
});
export const advertClustersPage = z.object({ items: z.array(advertClusterResponse), page: z.number(), pageSize: z.number(), total: z.number() });

const day = z.iso.date();
export const sourcesResponse = z.object({
  from: day.describe("Monday of the first week counted."),
  to: day,
  weeks: z.number(),
  items: z.array(
    z.object({
      id: z.number(),
      kind: z.enum(["channel", "group", "supergroup"]),
      title: z.string(),
      username: z.string().nullable(),
      link: z.string().nullable().describe("https://t.me/<username>; null for a chat without a public username."),
      country: z.string().nullable(),
      checked: z.number().describe("Posts checked (edits not counted again)."),
      risky: z.number().describe("Posts at or above the watch's risk threshold."),
      share: z.number().describe("risky / checked, 0–1."),
      trend: z.array(z.object({ week: day.describe("Monday (UTC)."), checked: z.number(), risky: z.number() })).describe("Oldest week first."),
    }),
  ),
});

export const feedbackPage = z.object({ items: z.array(feedbackItemResponse), page: z.number(), pageSize: z.number(), total: z.number() });

export const userResponse = caseworkerResponse.extend({ disabled: z.boolean(), createdAt: dateTime });
export const usersResponse = z.object({ users: z.array(userResponse) });

export const misusedIdentitiesResponse = z.object({
  items: z.array(
    z.object({
      kind: z.enum(["brand", "licence"]).describe("brand: a famous employer named with someone else's contact; licence: a real licence cited under another name"),
      value: z.string().describe("The brand's id or the licence number."),
      holder: z.string().nullable().describe("The registry's name for the licence, when known."),
      countries: z.array(z.string()),
      reports: z.number().int(),
      since: dateTime,
      lastSeen: dateTime,
    }),
  ),
});
