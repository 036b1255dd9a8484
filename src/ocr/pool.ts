export const BUSY = Symbol("busy");

/**
 * At most `slots` tasks at once and at most `queue` waiting for a slot; a
 * task that finds both full is turned away at once (BUSY) instead of
 * waiting behind a burst it cannot see the end of.
 */
export class BoundedPool {
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(
    readonly slots: number,
    readonly queue: number,
  ) {
    if (!(slots >= 1)) throw new Error("a pool needs at least one slot");
  }

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T | typeof BUSY> {
    if (this.#running >= this.slots) {
      if (this.#waiting.length >= this.queue) return BUSY;
      // The slot is handed over by the task that frees it: #running stays counted.
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#running++;
    }
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running--;
    }
  }
}
