import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPasswordChecker, hashPassword, passwordProblem } from "../../src/caseworkers/passwords.ts";
import { CaseworkerError, createCaseworker, findForLogin, setDisabled, setLanguage, setPassword } from "../../src/caseworkers/repository.ts";
import { purgeStaleFailures, countAttempt, throttleKey } from "../../src/caseworkers/login-throttle.ts";
import { createSession, resolveSession } from "../../src/caseworkers/sessions.ts";
import { parseCountries } from "../../src/caseworkers/types.ts";
import { migratedDatabase } from "../helpers/database.ts";

const PASSWORD = "kettle-orchard-1987-blue";
const THROTTLE = { maxFailures: 3, windowMinutes: 15, lockoutMinutes: 15 };

it("refuses weak passwords and malformed countries", () => {
  expect(passwordProblem("short")).toMatch(/at least 12/);
  expect(passwordProblem("aaaaaaaaaaaaaaaa")).toMatch(/different characters/);
  expect(passwordProblem("amina-2024-password", "amina@ngo.example")).toMatch(/e-mail name/);
  expect(passwordProblem(PASSWORD, "amina@ngo.example")).toBeNull();
  expect(parseCountries("kz, PK,pk")).toEqual(["KZ", "PK"]);
  expect(() => parseCountries("PAK")).toThrow(/PAK/);
});

it("verifies against a dummy hash for unknown accounts, and never says yes for them", async () => {
  const checker = createPasswordChecker();
  const hash = await hashPassword(PASSWORD);
  expect(hash).toMatch(/^\$argon2id\$/);
  expect(await checker.check(hash, PASSWORD)).toBe(true);
  expect(await checker.check(hash, "something else entirely")).toBe(false);
  expect(await checker.check(null, PASSWORD)).toBe(false);
  expect(await checker.check("not a hash", PASSWORD)).toBe(false);
});

describe.each(["postgres", "pglite"] as const)("accounts and sessions on %s", (kind) => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  beforeAll(async () => {
    database = await migratedDatabase(kind);
  });
  afterAll(() => database.dispose());

  it("creates accounts with a normalised e-mail, once, and caseworkers only with countries", async () => {
    const account = await createCaseworker(database.db, { email: " Amina@NGO.example ", password: PASSWORD, role: "caseworker", countries: ["pk"] });
    expect(account).toMatchObject({ email: "amina@ngo.example", role: "caseworker", countries: ["PK"], language: "en", disabled: false });
    const code = (p: Promise<unknown>) => p.then(() => "created", (e: unknown) => (e instanceof CaseworkerError ? e.code : String(e)));
    expect(await code(createCaseworker(database.db, { email: "AMINA@ngo.example", password: PASSWORD, role: "admin", countries: [] }))).toBe("exists");
    expect(await code(createCaseworker(database.db, { email: "b@ngo.example", password: PASSWORD, role: "caseworker", countries: [] }))).toBe("invalid");
    expect(await code(createCaseworker(database.db, { email: "not-an-email", password: PASSWORD, role: "admin", countries: [] }))).toBe("invalid");
    expect(await code(createCaseworker(database.db, { email: "c@ngo.example", password: "short", role: "admin", countries: [] }))).toBe("weak_password");
    expect((await findForLogin(database.db, "AMINA@ngo.example"))?.account.id).toBe(account.id);
  });

  it("keeps a session alive while used, and ends it when the account is disabled or its password changes", async () => {
    const account = await createCaseworker(database.db, { email: "s@ngo.example", password: PASSWORD, role: "admin", countries: [] });
    const { token, expiresAt } = await createSession(database.db, account.id, 60);
    const resolved = await resolveSession(database.db, token, 120);
    expect(resolved?.caseworker).toEqual({ id: account.id, email: "s@ngo.example", role: "admin", countries: [], language: "en" });
    expect(resolved!.expiresAt.getTime()).toBeGreaterThan(expiresAt.getTime() + 59 * 60_000);
    expect(await resolveSession(database.db, `${token}x`, 60)).toBeNull();

    await setDisabled(database.db, { email: "s@ngo.example" }, true);
    expect(await resolveSession(database.db, token, 60)).toBeNull();
    await setDisabled(database.db, { email: "s@ngo.example" }, false);
    const second = await createSession(database.db, account.id, 60);
    await setPassword(database.db, "s@ngo.example", "another-long-password-7");
    expect(await resolveSession(database.db, second.token, 60)).toBeNull();
  });

  it("keeps each account's dashboard language: English by default, Russian when set, nothing else in the database", async () => {
    const account = await createCaseworker(database.db, { email: "lang@ngo.example", password: PASSWORD, role: "caseworker", countries: ["KZ"] });
    expect(account.language).toBe("en");
    const russian = await createCaseworker(database.db, { email: "ru@ngo.example", password: PASSWORD, role: "caseworker", countries: ["KZ"], language: "ru" });
    expect(russian.language).toBe("ru");
    expect((await setLanguage(database.db, account.id, "ru")).language).toBe("ru");
    const { token } = await createSession(database.db, account.id, 60);
    expect((await resolveSession(database.db, token, 60))?.caseworker.language).toBe("ru");
    // The check constraint of the migration, whatever the code above it lets through.
    await expect(database.db.execute(sql`update caseworkers set language = 'de' where email = 'lang@ngo.example'`)).rejects.toThrow();
    expect((await findForLogin(database.db, "lang@ngo.example"))?.account.language).toBe("ru");
  });

  it("ends a session a week after login however busy it is: the sliding expiry never passes that", async () => {
    const account = await createCaseworker(database.db, { email: "w@ngo.example", password: PASSWORD, role: "admin", countries: [] });
    const { token } = await createSession(database.db, account.id, 8 * 60);
    await database.db.execute(sql`update caseworker_sessions set created_at = now() - interval '6 days 23 hours'`);
    const lastHour = await resolveSession(database.db, token, 8 * 60);
    expect(lastHour!.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 61 * 60_000);
    await database.db.execute(sql`update caseworker_sessions set created_at = now() - interval '7 days 1 minute'`);
    expect(await resolveSession(database.db, token, 8 * 60)).toBeNull();
  });

  it("counts attempts per e-mail and address, locks at the limit, refuses the rest, and forgets stale counters", async () => {
    const key = throttleKey("Amina@ngo.example", "10.1.1.1");
    expect(key).toBe(throttleKey("amina@ngo.example ", "10.1.1.1"));
    expect(key).not.toBe(throttleKey("amina@ngo.example", "10.1.1.2"));
    expect(await countAttempt(database.db, key, THROTTLE)).toEqual({ refused: false, lockedUntil: null });
    expect(await countAttempt(database.db, key, THROTTLE)).toEqual({ refused: false, lockedUntil: null });
    // The attempt that reaches the limit is still checked; it sets the lock.
    const third = await countAttempt(database.db, key, THROTTLE);
    expect(third.refused).toBe(false);
    expect(third.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(await countAttempt(database.db, key, THROTTLE)).toEqual({ refused: true, lockedUntil: third.lockedUntil });
    expect(await purgeStaleFailures(database.db, THROTTLE)).toBe(0);

    await database.db.execute(sql`update login_failures set window_started_at = now() - interval '20 minutes', locked_until = now() - interval '1 minute'`);
    // A new attempt after the window and the lockout starts counting from one again.
    expect(await countAttempt(database.db, key, THROTTLE)).toEqual({ refused: false, lockedUntil: null });
    await database.db.execute(sql`update login_failures set window_started_at = now() - interval '20 minutes', locked_until = null`);
    expect(await purgeStaleFailures(database.db, THROTTLE)).toBe(1);
  });
});
