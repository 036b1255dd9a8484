import { createHash, randomBytes } from "node:crypto";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { apiKeys, type ApiKeyRow } from "../db/schema/index.ts";

/** Requests per minute of a key made without --rate. */
export const DEFAULT_RATE_PER_MINUTE = 60;
const KEY_PREFIX = "oc_live_";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ApiKey {
  id: string;
  name: string;
  countries: string[];
  ratePerMinute: number;
  createdAt: Date;
  revokedAt: Date | null;
}

export class ApiKeyError extends Error {}

/** SHA-256 of the key: enough for 256 random bits, which no dictionary holds. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

function toApiKey(row: ApiKeyRow): ApiKey {
  return { id: row.id, name: row.name, countries: row.countries, ratePerMinute: row.ratePerMinute, createdAt: row.createdAt, revokedAt: row.revokedAt };
}

/** Makes a key and stores its hash; the key itself is returned once and kept nowhere. */
export async function createApiKey(db: Db, input: { name: string; countries: string[]; ratePerMinute?: number }): Promise<{ key: string; apiKey: ApiKey }> {
  const name = input.name.trim();
  if (name === "") throw new ApiKeyError("--name must not be empty.");
  const key = `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  const rows = await db
    .insert(apiKeys)
    .values({ name, keyHash: hashApiKey(key), countries: input.countries, ratePerMinute: input.ratePerMinute ?? DEFAULT_RATE_PER_MINUTE })
    .onConflictDoNothing()
    .returning();
  if (!rows[0]) throw new ApiKeyError(`"${name}" already has a key; revoke it first (apikey revoke ${name}).`);
  return { key, apiKey: toApiKey(rows[0]) };
}

export async function listApiKeys(db: Db): Promise<ApiKey[]> {
  return (await db.select().from(apiKeys).orderBy(asc(apiKeys.createdAt))).map(toApiKey);
}

/** Revokes the key with this id, or the live key with this name. */
export async function revokeApiKey(db: Db, idOrName: string): Promise<ApiKey> {
  const which = UUID.test(idOrName) ? eq(apiKeys.id, idOrName) : sql`lower(${apiKeys.name}) = lower(${idOrName.trim()})`;
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: sql`now()` })
    .where(and(which, isNull(apiKeys.revokedAt)))
    .returning();
  if (!rows[0]) throw new ApiKeyError(`No live key "${idOrName}" (apikey list shows them).`);
  return toApiKey(rows[0]);
}

/** The live key a bearer token is, or null (unknown or revoked). */
export async function resolveApiKey(db: Db, key: string): Promise<ApiKey | null> {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)));
  return row ? toApiKey(row) : null;
}
