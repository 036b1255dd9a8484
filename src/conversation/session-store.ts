import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { conversationSessions } from "../db/schema/index.ts";
import type { SessionState } from "./types.ts";

export interface SessionStore {
  get(senderHash: string): Promise<SessionState>;
  set(senderHash: string, state: SessionState): Promise<void>;
}

/** Sessions in Postgres, so any app instance can answer a sender's next message. */
export function dbSessionStore(db: Db): SessionStore {
  return {
    async get(senderHash) {
      const [row] = await db.select().from(conversationSessions).where(eq(conversationSessions.senderHash, senderHash));
      return (row?.state as SessionState | undefined) ?? {};
    },
    async set(senderHash, state) {
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
 * Wraps a store so a database outage degrades to memory instead of failing
 * the conversation: the verdict never depends on the database.
 */
export function resilientSessionStore(primary: SessionStore, onError: (error: unknown) => void, capacity = 10_000): SessionStore {
  const memory = new Map<string, SessionState>();
  const remember = (key: string, state: SessionState) => {
    memory.delete(key);
    memory.set(key, state);
    if (memory.size > capacity) memory.delete(memory.keys().next().value!);
  };
  return {
    async get(senderHash) {
      try {
        const state = await primary.get(senderHash);
        remember(senderHash, state);
        return state;
      } catch (error) {
        onError(error);
        return memory.get(senderHash) ?? {};
      }
    },
    async set(senderHash, state) {
      remember(senderHash, state);
      try {
        await primary.set(senderHash, state);
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
