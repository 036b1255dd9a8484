import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { loginFailures } from "../db/schema/index.ts";
import { normaliseEmail } from "./types.ts";

export interface LoginThrottleSettings {
  /** Failures within the window that lock the pair out. */
  maxFailures: number;
  windowMinutes: number;
  lockoutMinutes: number;
}

/**
 * Per e-mail + client address: a password guesser is stopped, while the real
 * person, logging in from elsewhere, is not locked out by someone else's guesses.
 */
export function throttleKey(email: string, ip: string): string {
  return createHash("sha256").update(`${normaliseEmail(email)}\u0000${ip}`).digest("hex");
}

export interface Attempt {
  /** Refused before the password is looked at: the pair is locked out, or this attempt is past the limit. */
  refused: boolean;
  /** When the pair may try again, if this attempt or an earlier one locked it. */
  lockedUntil: Date | null;
}

/**
 * Counts a login attempt as a failure before the password is checked, in one
 * atomic upsert: of any number of concurrent attempts only `maxFailures` reach
 * the password check, and a right password among the rest is refused like a
 * wrong one. A success clears the count (clearFailures).
 */
export async function countAttempt(db: Db, key: string, s: LoginThrottleSettings): Promise<Attempt> {
  const t = loginFailures;
  const windowOver = sql`${t.windowStartedAt} < now() - ${s.windowMinutes} * interval '1 minute'`;
  const failures = sql`case when ${windowOver} then 1 else ${t.failures} + 1 end`;
  const lockEnd = sql`now() + ${s.lockoutMinutes} * interval '1 minute'`;
  const [row] = await db
    .insert(t)
    .values({ key, failures: 1, windowStartedAt: sql`now()`, lockedUntil: s.maxFailures <= 1 ? lockEnd : null })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        failures,
        windowStartedAt: sql`case when ${windowOver} then now() else ${t.windowStartedAt} end`,
        lockedUntil: sql`case when ${t.lockedUntil} > now() then ${t.lockedUntil} when ${failures} >= ${s.maxFailures} then ${lockEnd} else ${t.lockedUntil} end`,
      },
    })
    .returning({ failures: t.failures, lockedUntil: t.lockedUntil, active: sql<boolean>`${t.lockedUntil} > now()` });
  if (!row) return { refused: false, lockedUntil: null };
  const lockedUntil = row.active ? row.lockedUntil : null;
  // The attempt that reached the limit is still checked (and may succeed); every later one is refused.
  return { refused: lockedUntil !== null && row.failures !== s.maxFailures, lockedUntil };
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.key, key));
}

/** Counters whose window and lockout are both over: they can never matter again. */
export async function purgeStaleFailures(db: Db, s: LoginThrottleSettings): Promise<number> {
  const t = loginFailures;
  const rows = await db
    .delete(t)
    .where(sql`${t.windowStartedAt} < now() - ${s.windowMinutes} * interval '1 minute' and (${t.lockedUntil} is null or ${t.lockedUntil} < now())`)
    .returning({ key: t.key });
  return rows.length;
}
