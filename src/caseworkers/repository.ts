import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { caseworkerSessions, caseworkers, type CaseworkerRow } from "../db/schema/index.ts";
import { hashPassword, passwordProblem } from "./passwords.ts";
import { dashboardLanguage, normaliseEmail, parseCountries, type Caseworker, type DashboardLanguage, type Role } from "./types.ts";

export class CaseworkerError extends Error {
  constructor(
    readonly code: "exists" | "not_found" | "weak_password" | "invalid",
    message: string,
  ) {
    super(message);
  }
}

export interface CaseworkerAccount extends Caseworker {
  language: DashboardLanguage;
  disabled: boolean;
  createdAt: Date;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function toAccount(row: CaseworkerRow): CaseworkerAccount {
  return { id: row.id, email: row.email, role: row.role as Role, countries: row.countries, language: dashboardLanguage(row.language), disabled: row.disabled, createdAt: row.createdAt };
}

/** Postgres (node-postgres or PGlite, possibly wrapped by drizzle) unique violation. */
function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (e.code === "23505") return true;
  return false;
}

export async function createCaseworker(
  db: Db,
  input: { email: string; password: string; role: Role; countries: readonly string[]; language?: DashboardLanguage },
): Promise<CaseworkerAccount> {
  const email = normaliseEmail(input.email);
  if (!EMAIL.test(email)) throw new CaseworkerError("invalid", `"${input.email}" is not an e-mail address`);
  const problem = passwordProblem(input.password, email);
  if (problem) throw new CaseworkerError("weak_password", problem);
  let countries: string[];
  try {
    countries = parseCountries(input.countries);
  } catch (error) {
    throw new CaseworkerError("invalid", (error as Error).message);
  }
  if (input.role === "caseworker" && countries.length === 0) {
    throw new CaseworkerError("invalid", "a caseworker needs at least one country (--countries PK,KZ)");
  }
  try {
    const [row] = await db
      .insert(caseworkers)
      .values({ email, passwordHash: await hashPassword(input.password), role: input.role, countries, language: input.language ?? "en" })
      .returning();
    return toAccount(row!);
  } catch (error) {
    if (isUniqueViolation(error)) throw new CaseworkerError("exists", `${email} already has an account`);
    throw error;
  }
}

/** The account and its hash for a login attempt; null when the e-mail is unknown. */
export async function findForLogin(db: Db, email: string): Promise<{ account: CaseworkerAccount; passwordHash: string } | null> {
  const [row] = await db
    .select()
    .from(caseworkers)
    .where(sql`lower(${caseworkers.email}) = ${normaliseEmail(email)}`);
  return row ? { account: toAccount(row), passwordHash: row.passwordHash } : null;
}

export async function listCaseworkers(db: Db): Promise<CaseworkerAccount[]> {
  const rows = await db.select().from(caseworkers).orderBy(asc(caseworkers.email));
  return rows.map(toAccount);
}

/** Whether anyone can log in as an admin yet: on a new database nobody can manage accounts. */
export async function hasActiveAdmin(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ id: caseworkers.id })
    .from(caseworkers)
    .where(and(eq(caseworkers.role, "admin"), eq(caseworkers.disabled, false)))
    .limit(1);
  return row !== undefined;
}

export type AccountRef = { email: string } | { id: string };

const byRef = (ref: AccountRef) => ("id" in ref ? eq(caseworkers.id, ref.id) : sql`lower(${caseworkers.email}) = ${normaliseEmail(ref.email)}`);
const describeRef = (ref: AccountRef) => ("id" in ref ? ref.id : normaliseEmail(ref.email));

/** Disables (or re-enables) an account; disabling also ends its sessions. */
export async function setDisabled(db: Db, ref: AccountRef, disabled: boolean): Promise<CaseworkerAccount> {
  return db.transaction(async (tx) => {
    const [row] = await tx.update(caseworkers).set({ disabled }).where(byRef(ref)).returning();
    if (!row) throw new CaseworkerError("not_found", `no account for ${describeRef(ref)}`);
    if (disabled) await tx.delete(caseworkerSessions).where(eq(caseworkerSessions.caseworkerId, row.id));
    return toAccount(row);
  });
}

/** Sets a new password and ends every session of the account. */
export async function setPassword(db: Db, email: string, password: string): Promise<void> {
  const problem = passwordProblem(password, normaliseEmail(email));
  if (problem) throw new CaseworkerError("weak_password", problem);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(caseworkers)
      .set({ passwordHash })
      .where(sql`lower(${caseworkers.email}) = ${normaliseEmail(email)}`)
      .returning({ id: caseworkers.id });
    if (!row) throw new CaseworkerError("not_found", `no account for ${normaliseEmail(email)}`);
    await tx.delete(caseworkerSessions).where(eq(caseworkerSessions.caseworkerId, row.id));
  });
}

/** The caller's own dashboard language (PATCH /api/auth/me); nothing else of the account changes. */
export async function setLanguage(db: Db, id: string, language: DashboardLanguage): Promise<CaseworkerAccount> {
  const [row] = await db.update(caseworkers).set({ language }).where(eq(caseworkers.id, id)).returning();
  if (!row) throw new CaseworkerError("not_found", `no account for ${id}`);
  return toAccount(row);
}
