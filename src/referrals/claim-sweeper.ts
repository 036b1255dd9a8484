import type { Logger } from "pino";
import type { Db } from "../db/client.ts";
import { releaseExpiredClaims } from "./workflow.ts";

/**
 * Releases lapsed claims every `everyMs` so the queue's lists and stats show
 * them as new. Safe with several instances: rows are taken with SKIP LOCKED.
 * Returns a function that stops it.
 */
export function startClaimSweeper(db: Db, log: Pick<Logger, "info" | "warn">, everyMs = 60_000): () => void {
  const timer = setInterval(() => {
    releaseExpiredClaims(db).then(
      (released) => {
        if (released) log.info({ released }, "expired claims released");
      },
      (error: unknown) => log.warn({ err: error }, "expired claims not released"),
    );
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
