import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "../../caseworkers/passwords.ts";
import { DASHBOARD_LANGUAGES, ROLES } from "../../caseworkers/types.ts";
import { SORTS } from "../../referrals/listing.ts";
import { REFERRAL_STATUSES } from "../../referrals/status.ts";

/*
 * Inputs of the caseworker API. zod validates; the route options carry the
 * JSON Schema of the same definitions (z.toJSONSchema) for the OpenAPI docs.
 */

/** A query parameter given once, repeated (?status=new&status=claimed) or comma-separated (?status=new,claimed). */
function multi<const T extends readonly [string, ...string[]]>(values: T, description: string) {
  return z
    .union([z.enum(values), z.array(z.enum(values)), z.string()])
    .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter((s) => s !== ""))
    .pipe(z.array(z.enum(values)).max(50))
    .optional()
    .describe(`${description} Repeat the parameter or separate values with commas: any of them matches.`);
}

function multiText(pattern: RegExp, description: string) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter((s) => s !== ""))
    .pipe(z.array(z.string().regex(pattern)).max(50))
    .optional()
    .describe(`${description} Repeat the parameter or separate values with commas: any of them matches.`);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** Dates outside these years are typing errors, and Postgres or Date cannot take every one of them (0000, 9999-12-31 + 1 day). */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
function date(description: string, endOfDay: boolean) {
  return z
    .union([z.iso.date(), z.iso.datetime({ offset: true })])
    .refine((v) => Number(v.slice(0, 4)) >= FIRST_YEAR && Number(v.slice(0, 4)) <= LAST_YEAR, `a year from ${FIRST_YEAR} to ${LAST_YEAR}`)
    .transform((v) => {
      const d = new Date(DATE_ONLY.test(v) ? `${v}T00:00:00Z` : v);
      // A bare date as the end of a range means "up to and including that day".
      return endOfDay && DATE_ONLY.test(v) ? new Date(d.getTime() + 86_400_000) : d;
    })
    .optional()
    .describe(description);
}

export const referralFilterQuery = z.object({
  status: multi(REFERRAL_STATUSES, "Workflow status."),
  urgency: multi(["normal", "urgent"], "Urgency."),
  country: multiText(/^[A-Za-z]{2}$/, "ISO 3166 alpha-2 country of the referral.").transform((v) => v?.map((c) => c.toUpperCase())),
  language: multiText(/^[A-Za-z-]{2,8}$/, "Language of the ad (ur, ur-Latn, ru, uz-Latn, uz-Cyrl, tg, ky, kk, en, und)."),
  flag: multiText(/^[a-z_]{2,40}$/, "Signal id (upfront_fee, guaranteed_visa, …)."),
  channel: multiText(/^[a-z_]{2,20}$/, "Channel the report came from (telegram, web, …)."),
  risk: multi(["high", "medium", "low"], "Risk of the verdict."),
  crime: multi(["fraud", "smuggling", "trafficking"], "Crime type of the verdict."),
  q: z.string().trim().min(1).max(200).optional().describe(
      'A reference ("RSD-P4F", any case, hyphen optional), a phone number of the ad in any form ("+92 300 1234567", "923001234567", or a local "0300 1234567" read in the `country` asked for, else your countries), words of the ad text (full-text, any script) or a literal substring.',
    ),
  from: date("Created at or after (YYYY-MM-DD or ISO date-time).", false),
  to: date("Created before (ISO date-time), or up to and including the day (YYYY-MM-DD).", true),
  assignee: z
    .union([z.enum(["me", "none"]), z.uuid()])
    .optional()
    .describe('"me", "none" (unassigned) or a caseworker id.'),
});

export const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe("1-based page number."),
  pageSize: z.coerce.number().int().min(1).max(100).default(25).describe("Items per page (at most 100)."),
};

export const listReferralsQuery = referralFilterQuery.extend({
  ...paging,
  sort: z.enum(SORTS).default("newest").describe("newest | oldest | urgent (urgent first, then oldest: the order claim-next serves)."),
});

export const referralIdParams = z.object({ id: z.uuid().describe("Referral id.") });

export const statusBody = z.object({
  status: z.enum(REFERRAL_STATUSES).describe("The new status; claimed takes the referral like claim-next."),
  reason: z.string().trim().min(3).max(2000).optional().describe("Required for referred, resolved, rejected and for reopening a closed referral."),
});

export const noteBody = z.object({ body: z.string().trim().min(1).max(10_000).describe("The note.") });

export const loginBody = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export const registrySearchQuery = z.object({ q: z.string().trim().min(2).max(200).describe("Licence number, name (any script) or phone.") });

export const feedbackQuery = z.object({
  reviewed: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional()
    .describe("Only reviewed (true) or unreviewed (false) feedback."),
  language: multiText(/^[A-Za-z-]{2,8}$/, "Language of the ad."),
  ...paging,
});

export const feedbackIdParams = z.object({ id: z.coerce.number().int().positive().describe("Feedback id.") });

export const newUserBody = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH).describe("At least 12 characters."),
  role: z.enum(ROLES),
  countries: z.array(z.string().regex(/^[A-Za-z]{2}$/)).max(250).default([]),
  language: z.enum(DASHBOARD_LANGUAGES).optional().describe("The dashboard's language; English unless given."),
});

export const userIdParams = z.object({ id: z.uuid() });
export const userPatchBody = z.object({ disabled: z.boolean() });

/** PATCH /api/auth/me: what a caseworker may change about their own account. */
export const mePatchBody = z.object({ language: z.enum(DASHBOARD_LANGUAGES).describe("The dashboard's language.") }).strict();

export const advertClustersQuery = z.object({ ...paging });

export const sourcesQuery = z.object({ weeks: z.coerce.number().int().min(1).max(26).default(8).describe("Weeks counted back from this one (1–26).") });
