import { sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { conversationSessions, processedUpdates } from "../db/schema/index.ts";
import type { SessionState } from "./types.ts";

/**
 * Where the dialogue keeps what must survive between messages and across
 * app instances: which updates were already answered, and each sender's
 * session (under the keyed hash, never the raw id).
 */
export interface ConversationStore {
  /** Claims the update; null when it was already processed (a redelivery), else the sender's session. */
  begin(senderHash: string, updateKey: string): Promise<SessionState | null>;
  save(senderHash: string, state: SessionState): Promise<void>;
}

/** Postgres: the dedupe claim and the session read are one round trip. */
export function dbConversationStore(db: Db): ConversationStore {
  return {
    async begin(senderHash, updateKey) {
      const result = (await db.execute(sql`
        with claimed as (
          insert into ${processedUpdates} (key) values (${updateKey}) on conflict do nothing returning key
        )
        select (select count(*) from claimed)::int as fresh,
               (select state from ${conversationSessions} where sender_hash = ${senderHash}) as state`)) as unknown as {
        rows: { fresh: number; state: SessionState | null }[];
      };
      const row = result.rows[0]!;
      return row.fresh === 1 ? (row.state ?? {}) : null;
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
  const remember = (key: string, state: SessionState) => {
    sessions.delete(key);
    sessions.set(key, state);
    if (sessions.size > capacity) sessions.delete(sessions.keys().next().value!);
  };
  return {
    async begin(senderHash, updateKey) {
      try {
        const state = await primary.begin(senderHash, updateKey);
        if (state === null || seen.has(updateKey)) return null;
        remember(senderHash, state);
        return state;
      } catch (error) {
        onError(error);
        if (seen.has(updateKey)) return null;
        seen.add(updateKey);
        if (seen.size > capacity * 5) seen.delete(seen.values().next().value!);
        return sessions.get(senderHash) ?? {};
      }
    },
    async save(senderHash, state) {
      remember(senderHash, state);
      try {
        await primary.save(senderHash, state);
      } catch (error) {
        onError(error);
      }
    },
  };
}

/** Forgets conversations idle for `days`: a session holds the last ad checked, which need not stay forever. */
export async function pruneSessions(db: Db, days = 30): Promise<void> {
  await db.delete(conversationSessions).where(sql`${conversationSessions.updatedAt} < now() - make_interval(days => ${days})`);
}

/** Forgets processed update keys older than `days`; a redelivery never comes that late. */
export async function pruneProcessedUpdates(db: Db, days = 7): Promise<void> {
  await db.delete(processedUpdates).where(sql`${processedUpdates.createdAt} < now() - make_interval(days => ${days})`);
}
