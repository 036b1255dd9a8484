import type { Db } from "../db/client.ts";
import { recordCheckSightings } from "./repository.ts";

type Sighting = { kind: string; value: string };

export interface SightingsBuffer {
  add(seen: readonly Sighting[], risk: string): void;
  /** Writes what is buffered; the timer calls it, and so does shutdown. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The contacts seen in checked adverts, written in one insert per interval
 * instead of one per advert: during a viral campaign every check would
 * otherwise cost a write. A crash loses at most one interval of these
 * counts, never a report (reports are written at once, or journaled).
 */
export function createSightingsBuffer(db: Db, onError: (error: unknown) => void, options: { everyMs?: number; maxRows?: number } = {}): SightingsBuffer {
  const maxRows = options.maxRows ?? 500;
  let rows: { kind: string; value: string; risk: string }[] = [];
  let writing: Promise<void> = Promise.resolve();

  const flush = () => {
    if (rows.length === 0) return writing;
    const batch = rows;
    rows = [];
    // One write at a time, so a slow database sees batches, not a pile of inserts.
    writing = writing.then(() => recordCheckSightings(db, batch)).catch(onError);
    return writing;
  };
  const timer = setInterval(() => void flush(), options.everyMs ?? 1_000);
  timer.unref();

  return {
    add(seen, risk) {
      for (const s of seen) rows.push({ kind: s.kind, value: s.value, risk });
      if (rows.length >= maxRows) void flush();
    },
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
