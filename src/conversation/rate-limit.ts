/**
 * A fixed window per sender (by keyed hash): a flood from one sender is
 * answered once with "slow down" and then ignored until the window ends.
 * It sits in the dialogue rather than in grammY's ratelimiter plugin because
 * every channel (WhatsApp, the web page) needs the same limit, and the
 * "slow down" answer must be in the user's language.
 */
export class RateLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #windows = new Map<string, { start: number; count: number }>();
  readonly #now: () => number;

  constructor(limit: number, windowMs: number, now: () => number = Date.now) {
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** "ok", "limited" the first time the limit is passed in a window, then "silent". */
  hit(key: string): "ok" | "limited" | "silent" {
    const now = this.#now();
    let w = this.#windows.get(key);
    if (!w || now - w.start >= this.#windowMs) {
      w = { start: now, count: 0 };
      this.#windows.delete(key);
      this.#windows.set(key, w);
      this.#evict(now);
    }
    w.count++;
    if (w.count <= this.#limit) return "ok";
    return w.count === this.#limit + 1 ? "limited" : "silent";
  }

  #evict(now: number) {
    // Insertion order is start order: drop windows that have ended.
    for (const [key, w] of this.#windows) {
      if (now - w.start < this.#windowMs) break;
      this.#windows.delete(key);
    }
  }
}
