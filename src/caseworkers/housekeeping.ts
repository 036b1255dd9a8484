import type { Logger } from "pino";
import type { Db } from "../db/client.ts";
import { purgeStaleFailures, type LoginThrottleSettings } from "./login-throttle.ts";
import { purgeExpiredSessions } from "./sessions.ts";

/**
 * Deletes expired sessions and login-failure counters that can no longer
 * lock anyone out, every `everyMs`: a password spray from many addresses
 * must not grow the table for ever. Returns a function that stops it.
 */
export function startAuthHousekeeping(db: Db, throttle: LoginThrottleSettings, log: Pick<Logger, "warn">, everyMs = 10 * 60_000): () => void {
  const timer = setInterval(() => {
    Promise.all([purgeExpiredSessions(db), purgeStaleFailures(db, throttle)]).catch((error: unknown) => log.warn({ err: error }, "auth housekeeping failed"));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
