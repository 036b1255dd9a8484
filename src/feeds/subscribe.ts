import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { feedSubscriptions, remoteSightings } from "../db/schema/index.ts";
import { feedDocument } from "./document.ts";

/** A partner instance's feed this instance reads. */
export interface FeedSubscription {
  /** Short and stable ("kg"): its rows are kept under this name. */
  name: string;
  /** The partner's GET /api/v1/feed.json. */
  url: string;
  /** The partner API key it issued to this instance. */
  key: string;
  /** Where that instance works, when its feed does not say. */
  country?: string;
}

export type SubscriptionOutcome =
  | { name: string; status: "merged"; indicators: number }
  | { name: string; status: "unchanged" }
  | { name: string; status: "failed"; error: string };

export interface FeedLimits {
  maxBytes: number;
  timeoutMs: number;
}

/** A national instance's feed runs to a few MB; the caps stop a wrong address from filling memory or hanging the job. */
export const DEFAULT_FEED_LIMITS: FeedLimits = { maxBytes: 64 * 1024 * 1024, timeoutMs: 60_000 };

async function download(sub: FeedSubscription, known: { etag: string | null; lastModified: string | null } | undefined, limits: FeedLimits) {
  const headers: Record<string, string> = { authorization: `Bearer ${sub.key}`, accept: "application/json" };
  if (known?.etag) headers["if-none-match"] = known.etag;
  if (known?.lastModified) headers["if-modified-since"] = known.lastModified;
  // No redirects: the key must not be sent on to another address.
  const response = await fetch(sub.url, { headers, redirect: "error", signal: AbortSignal.timeout(limits.timeoutMs) });
  if (response.status === 304 && known) return "not modified" as const;
  if (!response.ok) throw new Error(`answered HTTP ${response.status}`);
  const body = await response.arrayBuffer();
  if (body.byteLength > limits.maxBytes) throw new Error(`sent more than ${limits.maxBytes} bytes`);
  return { body: Buffer.from(body).toString("utf8"), etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified") };
}

function parse(body: string) {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new Error("sent something that is not JSON");
  }
  const parsed = feedDocument.safeParse(json);
  if (!parsed.success) throw new Error(`sent something that is not an offercheck feed (${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message})`);
  return parsed.data;
}

/** Rows per INSERT: well under Postgres's 65,535 parameters. */
const CHUNK = 5_000;

async function syncOne(db: Db, sub: FeedSubscription, limits: FeedLimits): Promise<SubscriptionOutcome> {
  const now = new Date();
  const record = (values: Partial<typeof feedSubscriptions.$inferInsert>) =>
    db
      .insert(feedSubscriptions)
      .values({ name: sub.name, url: sub.url, checkedAt: now, ...values })
      .onConflictDoUpdate({ target: feedSubscriptions.name, set: { url: sub.url, checkedAt: now, ...values } });
  try {
    const [known] = await db.select({ etag: feedSubscriptions.etag, lastModified: feedSubscriptions.lastModified, url: feedSubscriptions.url, mergedAt: feedSubscriptions.mergedAt }).from(feedSubscriptions).where(eq(feedSubscriptions.name, sub.name));
    // Validators belong to a merged copy from this very address.
    const fetched = await download(sub, known?.mergedAt && known.url === sub.url ? known : undefined, limits);
    if (fetched === "not modified") {
      await record({ lastError: null });
      return { name: sub.name, status: "unchanged" };
    }
    const feed = parse(fetched.body);
    const country = feed.publisher.country ?? sub.country ?? null;
    await record({});
    // All or nothing: the previous copy stays until the new one is in whole.
    await db.transaction(async (tx) => {
      await tx.delete(remoteSightings).where(eq(remoteSightings.source, sub.name));
      const rows = feed.indicators.map((i) => ({ source: sub.name, kind: i.kind, value: i.value, country, reports: i.reports, firstSeen: new Date(i.firstSeen), lastSeen: new Date(i.lastSeen) }));
      for (let i = 0; i < rows.length; i += CHUNK) {
        // A feed listing one identity twice is the publisher's slip, not a reason to drop the rest.
        await tx.insert(remoteSightings).values(rows.slice(i, i + CHUNK)).onConflictDoUpdate({
          target: [remoteSightings.source, remoteSightings.kind, remoteSightings.value],
          set: { reports: sql`greatest(${remoteSightings.reports}, excluded.reports)` },
        });
      }
    });
    await record({ etag: fetched.etag, lastModified: fetched.lastModified, mergedAt: now, indicators: feed.indicators.length, lastError: null });
    return { name: sub.name, status: "merged", indicators: feed.indicators.length };
  } catch (error) {
    const message = `${sub.name}: ${error instanceof Error ? error.message : String(error)}`;
    await record({ lastError: message }).catch(() => undefined);
    return { name: sub.name, status: "failed", error: message };
  }
}

/**
 * Reads each partner feed that changed since its last merge and replaces that
 * partner's sightings with it. A feed that fails, is not JSON or does not fit
 * the format is reported and skipped: the local data and the partner's last
 * good copy stay as they were.
 */
export async function syncFeeds(db: Db, subscriptions: readonly FeedSubscription[], limits: FeedLimits = DEFAULT_FEED_LIMITS): Promise<SubscriptionOutcome[]> {
  const outcomes: SubscriptionOutcome[] = [];
  for (const sub of subscriptions) outcomes.push(await syncOne(db, sub, limits));
  return outcomes;
}
