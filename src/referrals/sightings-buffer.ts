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
 * otherwise cost a write. One write at a time; while it waits on a slow or
 * unreachable database, new sightings wait in the buffer, which keeps the
 * newest `maxBuffered`. A crash or a long outage loses some of these
 * counts, never a report (reports are written at once, or journaled).
 */
export function createSightingsBuffer(
  db: Db,
  onError: (error: unknown) => void,
  options: { everyMs?: number; maxRows?: number; maxBuffered?: number } = {},
): SightingsBuffer {
  const maxRows = options.maxRows ?? 500;
  const maxBuffered = options.maxBuffered ?? 20_000;
  let rows: { kind: string; value: string; risk: string }[] = [];
  let writing: Promise<void> | undefined;

  const flush = (): Promise<void> => {
    if (writing) return writing;
    if (rows.length === 0) return Promise.resolve();
    const batch = rows;
    rows = [];
    writing = recordCheckSightings(db, batch)
      .catch(onError)
      .finally(() => {
        writing = undefined;
      });
    return writing;
  };
  const timer = setInterval(() => void flush(), options.everyMs ?? 1_000);
  timer.unref();

  return {
    add(seen, risk) {
      for (const s of seen) rows.push({ kind: s.kind, value: s.value, risk });
      if (rows.length > maxBuffered) rows.splice(0, rows.length - maxBuffered);
      if (rows.length >= maxRows) void flush();
    },
    flush,
    async stop() {
      clearInterval(timer);
      // What came in while the last write was under way follows it.
      await flush();
      await flush();
    },
  };
}
