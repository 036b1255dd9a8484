/**
 * Counts work that pg-boss started and may not have finished when its
 * stop() resolves: a fetch issued just before stop returns jobs afterwards,
 * their handler runs, and pg-boss marks them done or failed without
 * awaiting it. Closing the database under such a query rejects where
 * nobody catches it, so the runner waits for the count to reach zero.
 */
export interface InFlight {
  /** Runs `work` (a query), counted until it settles. */
  track<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Runs a job's handler, counted; once `close` was called it throws
   * instead, so pg-boss fails the job and another instance retries it.
   */
  handle<T>(work: () => Promise<T>): Promise<T>;
  /** Refuses handlers from now on. */
  close(): void;
  /**
   * Resolves once nothing is counted across two turns of the event loop
   * (pg-boss issues its completion query in the turn after a handler ends),
   * or after `deadlineMs` so that a hung handler cannot hold a shutdown.
   */
  settled(deadlineMs: number): Promise<void>;
}

const POLL_MS = 20;

export function inFlight(): InFlight {
  let count = 0;
  let closed = false;
  const turn = () => new Promise((resolve) => setTimeout(resolve, POLL_MS));
  return {
    async track(work) {
      count++;
      try {
        return await work();
      } finally {
        count--;
      }
    },
    async handle(work) {
      if (closed) throw new Error("this instance is stopping; the job is retried");
      return this.track(work);
    },
    close() {
      closed = true;
    },
    async settled(deadlineMs) {
      const deadline = Date.now() + deadlineMs;
      let quietTurns = 0;
      while (quietTurns < 2 && Date.now() < deadline) {
        await turn();
        quietTurns = count === 0 ? quietTurns + 1 : 0;
      }
    },
  };
}
