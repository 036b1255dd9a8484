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

/** When the pair may try again, or null when it is not locked out. */
export async function lockedUntil(db: Db, key: string): Promise<Date | null> {
  const [row] = await db
    .select({ until: loginFailures.lockedUntil })
    .from(loginFailures)
    .where(sql`${loginFailures.key} = ${key} and ${loginFailures.lockedUntil} > now()`);
  return row?.until ?? null;
}

/** Counts a failure in one atomic upsert (concurrent guesses all count); returns the lockout end if this one locked. */
export async function recordFailure(db: Db, key: string, s: LoginThrottleSettings): Promise<Date | null> {
  const t = loginFailures;
  const windowOver = sql`${t.windowStartedAt} < now() - ${s.windowMinutes} * interval '1 minute'`;
  const failures = sql`case when ${windowOver} then 1 else ${t.failures} + 1 end`;
  const [row] = await db
    .insert(t)
    .values({
      key,
      failures: 1,
      windowStartedAt: sql`now()`,
      lockedUntil: s.maxFailures <= 1 ? sql`now() + ${s.lockoutMinutes} * interval '1 minute'` : null,
    })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        failures,
        windowStartedAt: sql`case when ${windowOver} then now() else ${t.windowStartedAt} end`,
        lockedUntil: sql`case when ${failures} >= ${s.maxFailures} then now() + ${s.lockoutMinutes} * interval '1 minute' else ${t.lockedUntil} end`,
      },
    })
    .returning({ failures: t.failures, lockedUntil: t.lockedUntil });
  return row && row.failures >= s.maxFailures ? row.lockedUntil : null;
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
