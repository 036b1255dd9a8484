import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { caseworkerSessions, caseworkers } from "../db/schema/index.ts";
import { hashToken, newSessionToken } from "./tokens.ts";
import { dashboardLanguage, type Caseworker, type DashboardLanguage, type Role } from "./types.ts";

/** However active, a session ends this long after login: a stolen token does not live for ever. */
export const DEFAULT_SESSION_MAX_DAYS = 7;

const expiry = (ttlMinutes: number) => sql`now() + ${ttlMinutes} * interval '1 minute'`;

/** Starts a session; returns the token, which is never stored (only its hash). */
export async function createSession(db: Db, caseworkerId: string, ttlMinutes: number, maxDays = DEFAULT_SESSION_MAX_DAYS): Promise<{ token: string; expiresAt: Date }> {
  const token = newSessionToken();
  const [row] = await db
    .insert(caseworkerSessions)
    .values({ tokenHash: hashToken(token), caseworkerId, expiresAt: sql`least(${expiry(ttlMinutes)}, now() + ${maxDays} * interval '1 day')` })
    .returning({ expiresAt: caseworkerSessions.expiresAt });
  return { token, expiresAt: row!.expiresAt };
}

/**
 * The caseworker behind a token, or null when the session is unknown,
 * expired, or its account disabled. A live session's expiry slides forward
 * by the full TTL (people are logged out after TTL of inactivity, not
 * mid-shift), but never past `maxDays` after the login.
 */
export async function resolveSession(
  db: Db,
  token: string,
  ttlMinutes: number,
  maxDays = DEFAULT_SESSION_MAX_DAYS,
): Promise<{ caseworker: Caseworker & { language: DashboardLanguage }; expiresAt: Date } | null> {
  const [row] = await db
    .update(caseworkerSessions)
    .set({ expiresAt: sql`least(${expiry(ttlMinutes)}, ${caseworkerSessions.createdAt} + ${maxDays} * interval '1 day')`, lastSeenAt: sql`now()` })
    .from(caseworkers)
    .where(
      and(
        eq(caseworkerSessions.tokenHash, hashToken(token)),
        gt(caseworkerSessions.expiresAt, sql`now()`),
        sql`${caseworkerSessions.createdAt} + ${maxDays} * interval '1 day' > now()`,
        eq(caseworkers.id, caseworkerSessions.caseworkerId),
        eq(caseworkers.disabled, false),
      ),
    )
    .returning({
      id: caseworkers.id,
      email: caseworkers.email,
      role: caseworkers.role,
      countries: caseworkers.countries,
      language: caseworkers.language,
      expiresAt: caseworkerSessions.expiresAt,
    });
  if (!row) return null;
  const { expiresAt, ...caseworker } = row;
  return { caseworker: { ...caseworker, role: caseworker.role as Role, language: dashboardLanguage(caseworker.language) }, expiresAt };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(caseworkerSessions).where(eq(caseworkerSessions.tokenHash, hashToken(token)));
}

/** Expired sessions are useless; the housekeeping task deletes them so the table stays small. */
export async function purgeExpiredSessions(db: Db): Promise<number> {
  const rows = await db.delete(caseworkerSessions).where(lt(caseworkerSessions.expiresAt, sql`now()`)).returning({ h: caseworkerSessions.tokenHash });
  return rows.length;
}
