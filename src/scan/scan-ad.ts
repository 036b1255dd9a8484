import { createHash } from "node:crypto";
import { z } from "zod";
import type { AdvertMemory, Sighting } from "../memory/types.ts";
import type { ChunkChecker } from "./chunk-checker.ts";
import type { ScanOutcome } from "./scan-result.ts";

/** Longest advert text accepted; the engine itself reads the first 8,000 characters. */
export const MAX_AD_TEXT = 20_000;

/** Postgres text and jsonb hold neither U+0000 nor half a surrogate pair, and no advert needs them. */
const storable = (s: string) => !/\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

export const adInput = z.object({
  id: z.union([z.string().min(1).max(200).refine(storable, "must not contain U+0000 or lone surrogates"), z.number().int().safe()]),
  text: z.string().trim().min(1).max(MAX_AD_TEXT).refine(storable, "must not contain U+0000 or lone surrogates"),
  /** Where the advert was posted (ISO alpha-2): one of the key's countries. */
  country: z.string().regex(/^[A-Za-z]{2}$/).transform((c) => c.toUpperCase()).optional(),
});
export type AdInput = z.infer<typeof adInput>;

/** Who sends the adverts: the partner's key (its id and countries). */
export interface Sender {
  keyId: string;
  countries: readonly string[];
}

/** The id a bad item is answered under: the one it sent, when it sent a usable one. */
function echoedId(raw: unknown): string | number | null {
  const id = (raw as { id?: unknown } | null)?.id;
  return (typeof id === "string" && id.length <= 200 && storable(id)) || (typeof id === "number" && Number.isSafeInteger(id)) ? id : null;
}

function problem(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "item"}: ${i.message}`).join("; ");
}

/** Validates one item; a bad one becomes its error answer. Without a sender (offline) any country goes. */
export function parseAd(raw: unknown, sender: Sender | null): AdInput | { id: string | number | null; error: string } {
  const parsed = adInput.safeParse(raw);
  if (!parsed.success) return { id: echoedId(raw), error: problem(parsed.error) };
  const country = parsed.data.country;
  if (country && sender && !sender.countries.includes(country)) return { id: parsed.data.id, error: `country: this key may send adverts from ${sender.countries.join(", ")}` };
  return parsed.data;
}

/**
 * The memory's idempotency key: the same advert (key, partner's id, text)
 * sent again — in a retry, a resubmitted batch, or a chunk redone after a
 * crash — is counted once.
 */
export function sightingKey(keyId: string, ad: Pick<AdInput, "id" | "text">): string {
  return createHash("sha256").update(JSON.stringify([keyId, ad.id, ad.text])).digest("hex");
}

/** The sighting's country: the one sent, else the key's only one. */
function countryOf(ad: AdInput, sender: Sender): string | null {
  return ad.country ?? (sender.countries.length === 1 ? sender.countries[0]! : null);
}

/** The advert as the memory counts it: once per (key, partner's id, text). */
function sightingOf(ad: AdInput, sender: Sender): Sighting {
  return { text: ad.text, source: "partner", country: countryOf(ad, sender), key: sightingKey(sender.keyId, ad) };
}

/**
 * Scans adverts in order: the checker checks them all, then the memory
 * counts them all at once (one transaction for the lot, answering as one
 * by one would).
 */
export async function scanMany(check: ChunkChecker, memory: AdvertMemory | null, ads: readonly AdInput[], sender: Sender | null): Promise<ScanOutcome[]> {
  const results = await check(ads);
  if (!memory || !sender) return results;
  const similar = await memory.rememberMany(ads.map((ad) => sightingOf(ad, sender)));
  return results.map((result, i) => ({ ...result, similar: similar[i]! }));
}
