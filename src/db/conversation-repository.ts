import { sql } from "drizzle-orm";
import type { ConversationStore } from "../conversation/conversation-store.ts";
import type { RateLimit } from "../conversation/rate-limit.ts";
import type { SessionState } from "../conversation/types.ts";
import type { ReporterNotice } from "../referrals/reporter-notices.ts";
import type { Db } from "./client.ts";
import { dbForwardStore } from "./forward-repository.ts";
import { conversationSessions, processedUpdates, reporterNotices, senderRateWindows } from "./schema/index.ts";

/**
 * Postgres: the dedupe claim, the rate-limit count, the session read and
 * taking the sender's pending news are one round trip, so any instance can
 * take any update. News is taken only by a message within the rate limit,
 * which is answered.
 */
export function dbConversationStore(db: Db, rateLimit: RateLimit): ConversationStore {
  const windowSeconds = rateLimit.windowMs / 1000;
  return {
    ...dbForwardStore(db),
    async begin(senderHash, updateKey) {
      const result = (await db.execute(sql`
        with claimed as (
          insert into ${processedUpdates} (key) values (${updateKey}) on conflict do nothing returning key
        ), hit as (
          insert into ${senderRateWindows} as w (sender_hash, window_start, hits)
          select ${senderHash}, now(), 1 where exists (select 1 from claimed)
          on conflict (sender_hash) do update set
            window_start = case when w.window_start <= now() - make_interval(secs => ${windowSeconds}) then now() else w.window_start end,
            hits = case when w.window_start <= now() - make_interval(secs => ${windowSeconds}) then 1 else w.hits + 1 end
          returning hits
        ), news as (
          update ${reporterNotices} set delivered_at = now()
          where reporter_hash = ${senderHash} and delivered_at is null and exists (select 1 from hit where hits <= ${rateLimit.limit})
          returning reference, event, created_at
        )
        select (select count(*) from claimed)::int as fresh,
               (select hits from hit) as hits,
               (select state from ${conversationSessions} where sender_hash = ${senderHash}) as state,
               (select coalesce(json_agg(json_build_object('reference', reference, 'event', event) order by created_at), '[]'::json) from news) as notices`)) as unknown as {
        rows: { fresh: number; hits: number | null; state: SessionState | null; notices: ReporterNotice[] }[];
      };
      const row = result.rows[0]!;
      return row.fresh === 1 ? { state: row.state ?? {}, hits: row.hits ?? 0, notices: row.notices } : null;
    },
    async save(senderHash, state) {
      await db
        .insert(conversationSessions)
        .values({ senderHash, language: state.language ?? null, state, updatedAt: new Date() })
        .onConflictDoUpdate({
          target: conversationSessions.senderHash,
          set: { language: state.language ?? null, state, updatedAt: sql`now()` },
        });
    },
  };
}

/** Forgets conversations idle for `days`: a session holds the last ad checked, which need not stay forever. */
export async function pruneSessions(db: Db, days = 30): Promise<void> {
  await db.delete(conversationSessions).where(sql`${conversationSessions.updatedAt} < now() - make_interval(days => ${days})`);
}

/** Forgets rate-limit windows that ended over a day ago. */
export async function pruneRateWindows(db: Db): Promise<void> {
  await db.delete(senderRateWindows).where(sql`${senderRateWindows.windowStart} < now() - interval '1 day'`);
}

/** Forgets processed update keys older than `days`; a redelivery never comes that late. */
export async function pruneProcessedUpdates(db: Db, days = 7): Promise<void> {
  await db.delete(processedUpdates).where(sql`${processedUpdates.createdAt} < now() - make_interval(days => ${days})`);
}
