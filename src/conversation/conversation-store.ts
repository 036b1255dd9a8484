import { sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { conversationSessions, processedUpdates, reporterNotices, senderRateWindows } from "../db/schema/index.ts";
import type { ReporterNotice } from "../referrals/reporter-notices.ts";
import type { RateLimit } from "./rate-limit.ts";
import type { SessionState } from "./types.ts";

export interface Begun {
  state: SessionState;
  /** The sender's messages in the current rate-limit window, this one included, across all instances; 0 when unknown. */
  hits: number;
  /** News of the sender's reports, handed over with this message (and so never again). */
  notices: ReporterNotice[];
}

/**
 * Where the dialogue keeps what must survive between messages and across
 * app instances: which updates were already answered, each sender's
 * session and rate-limit window (under the keyed hash, never the raw id).
 */
export interface ConversationStore {
  /** Claims the update and counts it; null when it was already processed (a redelivery). */
  begin(senderHash: string, updateKey: string): Promise<Begun | null>;
  save(senderHash: string, state: SessionState): Promise<void>;
}

/**
 * Postgres: the dedupe claim, the rate-limit count, the session read and
 * taking the sender's pending news are one round trip, so any instance can
 * take any update. News is taken only by a message within the rate limit,
 * which is answered.
 */
export function dbConversationStore(db: Db, rateLimit: RateLimit): ConversationStore {
  const windowSeconds = rateLimit.windowMs / 1000;
  return {
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

/**
 * Degrades a database outage to memory instead of failing the conversation:
 * the verdict never depends on the database, and updates seen during the
 * outage are still answered once.
 */
export function resilientConversationStore(primary: ConversationStore, onError: (error: unknown) => void, capacity = 10_000): ConversationStore {
  const sessions = new Map<string, SessionState>();
  const seen = new Set<string>();
  /** Sessions changed while the database was unreachable: newer than its copy until written back. */
  const unsaved = new Set<string>();
  const remember = (key: string, state: SessionState) => {
    sessions.delete(key);
    sessions.set(key, state);
    if (sessions.size > capacity) {
      const oldest = sessions.keys().next().value!;
      sessions.delete(oldest);
      unsaved.delete(oldest);
    }
  };
  return {
    async begin(senderHash, updateKey) {
      // Answered during an outage: a redelivery must not reach the database either, where it would take the
      // sender's news for a message that gets no answer.
      if (seen.has(updateKey)) return null;
      try {
        const begun = await primary.begin(senderHash, updateKey);
        if (begun === null) return null;
        // Back from an outage: the database still holds the session as it was before it.
        const state = (unsaved.has(senderHash) && sessions.get(senderHash)) || begun.state;
        remember(senderHash, state);
        return { state, hits: begun.hits, notices: begun.notices };
      } catch (error) {
        onError(error);
        seen.add(updateKey);
        if (seen.size > capacity * 5) seen.delete(seen.values().next().value!);
        // The shared count is out of reach: the dialogue's own count of this instance's share decides.
        return { state: sessions.get(senderHash) ?? {}, hits: 0, notices: [] };
      }
    },
    async save(senderHash, state) {
      remember(senderHash, state);
      try {
        await primary.save(senderHash, state);
        unsaved.delete(senderHash);
      } catch (error) {
        unsaved.add(senderHash);
        onError(error);
      }
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
