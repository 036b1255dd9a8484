import { z } from "zod";
import { LANGUAGES, LICENCE_STATUSES, SIGNAL_IDS } from "../../engine/types.ts";
import { MAX_AD_TEXT } from "../../scan/scan-ad.ts";

/*
 * The partner scanning API. Items are validated one by one in the handler
 * (a bad advert gets an error in its place), so the request schema only
 * bounds the list; the response schemas document what is sent.
 */

/** Adverts per POST /api/v1/scan. */
export const MAX_SYNC_ADS = 100;
/** Adverts per batch upload. */
export const MAX_BATCH_ADS = 100_000;
/** 100 adverts of the longest text, in UTF-8, with room for JSON. */
export const MAX_SYNC_BODY_BYTES = MAX_SYNC_ADS * MAX_AD_TEXT * 4 + 64 * 1024;
/** A batch upload: 100,000 adverts of 2 KB on average, which real exports stay well under. */
export const MAX_BATCH_BODY_BYTES = 256 * 1024 * 1024;

const adDoc = z.object({
  id: z.union([z.string(), z.number().int()]).describe("Your id of the advert; answers carry it back."),
  text: z.string().max(MAX_AD_TEXT).describe("The advert's text."),
  country: z.string().length(2).optional().describe("Where it was posted (ISO 3166 alpha-2), one of the key's countries; by default the key's only country."),
});

export const syncScanRequest = z.object({
  ads: z.array(z.unknown()).min(1).max(MAX_SYNC_ADS),
});

export const syncScanDoc = z.object({ ads: z.array(adDoc).min(1).max(MAX_SYNC_ADS) });

const scanResultDoc = z.object({
  id: z.union([z.string(), z.number()]),
  risk: z.enum(["high", "medium", "low"]),
  score: z.number().describe("0–1: how strongly the signs point to a fraudulent or criminal advert."),
  language: z.enum([...LANGUAGES, "und"]),
  crime: z.enum(["fraud", "smuggling", "trafficking"]).nullable(),
  isJobAd: z.boolean(),
  flags: z.array(z.object({ id: z.enum(SIGNAL_IDS), evidence: z.array(z.string()).describe("The words of the advert the sign rests on.") })),
  licence: z.object({
    status: z.enum(["none", "not_found", ...LICENCE_STATUSES]).describe("none: the advert quotes no licence; not_found: no registry lists it."),
    number: z.string().nullable(),
    holder: z.string().nullable(),
    registry: z.string().nullable(),
    country: z.string().nullable(),
    nameMatches: z.boolean().nullable(),
  }),
  similar: z
    .object({
      count: z.number().int().describe("Sightings of near-identical adverts (Jaccard ≥ 0.8), this one included, counted once per (key, id, text)."),
      firstSeen: z.string().nullable().describe("YYYY-MM-DD of the first sighting."),
      reported: z.number().int().describe("Reports jobseekers filed about them."),
    })
    .nullable(),
});
const scanErrorDoc = z.object({ id: z.union([z.string(), z.number()]).nullable(), error: z.string() });

export const syncScanResponse = z.object({ results: z.array(z.union([scanResultDoc, scanErrorDoc])).describe("One per advert, in the order sent.") });

export const batchQuery = z.object({
  callback: z.string().max(2000).optional().describe("https URL that gets a signed POST when the batch is done."),
});

export const batchParams = z.object({ id: z.uuid() });

export const batchProgressResponse = z.object({
  id: z.uuid(),
  status: z.enum(["receiving", "running", "done"]),
  total: z.number().int(),
  done: z.number().int().describe("Adverts with a result, errors included."),
  errors: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
  callback: z.enum(["pending", "sent", "failed"]).nullable(),
});

export const batchCreatedResponse = batchProgressResponse.pick({ id: true, status: true, total: true });
