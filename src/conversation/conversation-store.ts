import type { ReporterNotice } from "../referrals/reporter-notices.ts";
import type { ForwardStore } from "./forward-store.ts";
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
 * session and rate-limit window (under the keyed hash, never the raw id),
 * and the forwards being gathered.
 */
export interface ConversationStore extends ForwardStore {
  /** Claims the update and counts it; null when it was already processed (a redelivery). */
  begin(senderHash: string, updateKey: string): Promise<Begun | null>;
  save(senderHash: string, state: SessionState): Promise<void>;
}

/**
 * Degrades a database outage to memory instead of failing the conversation:
 * the verdict never depends on the database, and updates seen during the
 * outage are still answered once. Forwards are not gathered in memory: their
 * failures reach the dialogue, which then answers each message on its own.
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
    addToForward: (...args) => primary.addToForward(...args),
    takeForward: (...args) => primary.takeForward(...args),
    dueForwardSenders: (...args) => primary.dueForwardSenders(...args),
    takeDueForwards: (...args) => primary.takeDueForwards(...args),
    forwardAnswered: (...args) => primary.forwardAnswered(...args),
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
