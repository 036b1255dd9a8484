import { and, eq, sql } from "drizzle-orm";
import { markReportedIn, referralsOfNearDuplicates } from "../db/advert-memory-repository.ts";
import type { Db } from "../db/client.ts";
import { monitorDaily, monitorSightings, monitorSources, sightings } from "../db/schema/index.ts";
import { sightingsOf, type SightingFilter } from "../engine/sightings.ts";
import { insertReport } from "../referrals/repository.ts";
import { OPEN, type ReferralStatus } from "../referrals/status.ts";
import type { NewReport } from "../referrals/types.ts";
import type { WatchedChat, WatchedPost } from "./types.ts";

/** The channel (and advert memory source) of referrals the watcher files. */
export const MONITOR_CHANNEL = "monitor";

/**
 * Filings of risky posts wait for each other (on every instance): the same
 * advert posted in 40 groups at once must find the referral the first post
 * became, not file 40.
 */
const FILING_LOCK = 0x6f63_6d6f; // "ocmo"

/** The chat's row as it is now, and whether it wants replies. */
export interface SourceSeen {
  sourceId: number;
  reply: boolean;
}

const row = (chat: WatchedChat, country: string | null) => sql`(${chat.id}, ${chat.kind}, ${chat.username ?? null}, ${chat.title}, ${country})`;

/**
 * One round trip per post: the chat's row (its title and username as they
 * are now, its configured country) and, when `count` and the post is not an
 * edit, one more post checked on its day. A risky post is counted where it
 * is filed instead, once however often its filing is replayed.
 */
export async function countPost(db: Db, post: WatchedPost, day: string, configuredCountry: string | null, count: boolean): Promise<SourceSeen> {
  const result = (await db.execute(sql`
    with s as (
      insert into ${monitorSources} (chat_id, kind, username, title, country) values ${row(post.chat, configuredCountry)}
      on conflict (chat_id) do update set kind = excluded.kind, username = excluded.username, title = excluded.title,
        country = coalesce(${configuredCountry}::text, ${monitorSources}.country), updated_at = now()
      returning id, reply
    ), d as (
      insert into ${monitorDaily} (source_id, day, checked, risky) select id, ${day}::date, 1, 0 from s where ${count && !post.edited}
      on conflict (source_id, day) do update set checked = ${monitorDaily}.checked + 1
    )
    select id, reply from s`)) as unknown as { rows: { id: number | string; reply: boolean }[] };
  const seen = result.rows[0]!;
  return { sourceId: Number(seen.id), reply: seen.reply };
}

/** A group admin's /watch reply on|off. */
export async function setReply(db: Db, chat: WatchedChat, reply: boolean): Promise<void> {
  await db.execute(sql`
    insert into ${monitorSources} (chat_id, kind, username, title, reply) values (${chat.id}, ${chat.kind}, ${chat.username ?? null}, ${chat.title}, ${reply})
    on conflict (chat_id) do update set reply = excluded.reply, updated_at = now()`);
}

export interface FiledPost {
  referralId: string;
  /** A post not seen before (an edit or a redelivery is not). */
  fresh: boolean;
}

export interface RiskyPost {
  sourceId: number;
  post: WatchedPost;
  link: string | null;
  day: string;
  /** The referral this post becomes when no near-duplicate was filed before. */
  report: NewReport;
}

/** A re-post's own contacts (another phone, another handle) are evidence of the same case: kept once each. */
async function addContacts(tx: Db, referralId: string, report: NewReport, filter: SightingFilter): Promise<void> {
  const seen = sightingsOf(report.verdict.entities, filter);
  if (seen.length === 0) return;
  const known = await tx.select({ kind: sightings.kind, value: sightings.value }).from(sightings).where(eq(sightings.referralId, referralId));
  const have = new Set(known.map((k) => `${k.kind}\u0000${k.value}`));
  const fresh = seen.filter((s) => !have.has(`${s.kind}\u0000${s.value}`));
  if (fresh.length === 0) return;
  await tx.insert(sightings).values(fresh.map((s) => ({ kind: s.kind, value: s.value, referralId, source: "report", risk: report.verdict.risk })));
}

/**
 * The referral a re-post belongs to: the oldest one still open; else the
 * oldest a caseworker rejected (a re-post of what they judged harmless stays
 * quiet); none when every earlier one was referred or resolved, so that new
 * posting after the case was closed is a new case in the queue.
 */
function caseFor(earlier: readonly { id: string; status: ReferralStatus }[]): string | undefined {
  return (earlier.find((r) => OPEN.includes(r.status)) ?? earlier.find((r) => r.status === "rejected"))?.id;
}

/**
 * A risky post: a sighting of the referral a near-duplicate became, or a
 * new referral, linked to the advert's cluster. A post already seen (an
 * edit) changes nothing.
 */
export async function fileRiskyPost(db: Db, risky: RiskyPost, filter: SightingFilter): Promise<FiledPost> {
  const { sourceId, post, report } = risky;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${FILING_LOCK})`);
    const [seen] = await tx
      .select({ referralId: monitorSightings.referralId })
      .from(monitorSightings)
      .where(and(eq(monitorSightings.sourceId, sourceId), eq(monitorSightings.messageId, post.messageId)));
    if (seen) return { referralId: seen.referralId, fresh: false };
    let referralId = caseFor(await referralsOfNearDuplicates(tx, report.adText, MONITOR_CHANNEL));
    if (!referralId) {
      referralId = (await insertReport(tx, report, filter)).id;
      await markReportedIn(tx, report.adText, referralId);
    } else {
      await addContacts(tx, referralId, report, filter);
    }
    await tx.insert(monitorSightings).values({ referralId, sourceId, messageId: post.messageId, link: risky.link, chatTitle: post.chat.title, postedAt: post.postedAt });
    const checked = post.edited ? 0 : 1;
    await tx.execute(sql`
      insert into ${monitorDaily} (source_id, day, checked, risky) values (${sourceId}, ${risky.day}::date, ${checked}, 1)
      on conflict (source_id, day) do update set checked = ${monitorDaily}.checked + ${checked}, risky = ${monitorDaily}.risky + 1`);
    if (report.country) await tx.update(monitorSources).set({ country: sql`coalesce(${monitorSources.country}, ${report.country})` }).where(eq(monitorSources.id, sourceId));
    return { referralId, fresh: true };
  });
}
