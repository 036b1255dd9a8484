/**
 * A fixed window per sender (by keyed hash): a flood from one sender is
 * answered once with "slow down" and then ignored until the window ends.
 * It sits in the dialogue rather than in grammY's ratelimiter plugin because
 * every channel (WhatsApp, the web page) needs the same limit, and the
 * "slow down" answer must be in the user's language. The count that decides
 * is the store's (in Postgres, shared by all instances); `WindowCounter`
 * counts one instance's share, for when the database is down and as a
 * pre-filter that drops a flood without a database round trip.
 */
export type RateDecision = "ok" | "limited" | "silent";

export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** "ok" up to the limit, "limited" the first time it is passed in a window, then "silent". */
export function rateDecision(hits: number, limit: number): RateDecision {
  if (hits <= limit) return "ok";
  return hits === limit + 1 ? "limited" : "silent";
}

/** Hits per key in its current fixed window, in memory. */
export class WindowCounter {
  readonly #windowMs: number;
  readonly #windows = new Map<string, { start: number; count: number }>();
  readonly #now: () => number;

  constructor(windowMs: number, now: () => number = Date.now) {
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** Counts a hit; returns the hits in the key's window so far, this one included. */
  hit(key: string): number {
    const now = this.#now();
    let w = this.#windows.get(key);
    if (!w || now - w.start >= this.#windowMs) {
      w = { start: now, count: 0 };
      this.#windows.delete(key);
      this.#windows.set(key, w);
      this.#evict(now);
    }
    return ++w.count;
  }

  #evict(now: number) {
    // Insertion order is start order: drop windows that have ended.
    for (const [key, w] of this.#windows) {
      if (now - w.start < this.#windowMs) break;
      this.#windows.delete(key);
    }
  }
}
