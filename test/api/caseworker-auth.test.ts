import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { caseworkerSessions, caseworkers } from "../../src/db/schema/index.ts";
import { insertFeedback } from "../../src/referrals/feedback.ts";
import { errorResponse, loginResponse, meResponse } from "../../src/api/schemas/caseworker-responses.ts";
import { caseworkerTestApp, PASSWORD, type CaseworkerTestApp } from "../helpers/caseworker-api.ts";
import { fileReport } from "../helpers/referrals.ts";
import { dumpAllTables } from "../helpers/scan-tables.ts";

const REGISTRY_CSV = "country,registry,licence_no,name,status,city,website,phone,valid_until,source_url\nPK,BEOE,7001/LHR,Test Overseas,active,Lahore,,,2030-01-01,test\n";

let t: CaseworkerTestApp;
let pkReferral: string;
let feedbackId: number;
let pk: Awaited<ReturnType<CaseworkerTestApp["login"]>>;
let kz: Awaited<ReturnType<CaseworkerTestApp["login"]>>;
let noCountry: Awaited<ReturnType<CaseworkerTestApp["login"]>>;
let adminId: string;

beforeAll(async () => {
  t = await caseworkerTestApp("postgres");
  const db = t.services.database.db;
  await t.account("pk@ngo.example", "caseworker", ["PK"]);
  await t.account("kz@ngo.example", "caseworker", ["KZ"]);
  await t.account("empty@ngo.example", "caseworker", ["TJ"]);
  adminId = (await t.account("admin@ngo.example", "admin", [])).id;
  // Accounts cannot be created without countries; one that lost them (edited by hand) must still see nothing.
  await db.update(caseworkers).set({ countries: [] }).where(sql`${caseworkers.email} = 'empty@ngo.example'`);
  pk = await t.login("pk@ngo.example");
  kz = await t.login("kz@ngo.example");
  noCountry = await t.login("empty@ngo.example");
  pkReferral = (await fileReport(db, t.services.engine, { text: "Dubai drivers needed, 100% visa, advance fee 50,000 EasyPaisa, WhatsApp 0300-1234567", country: "PK" })).id;
  const adText = "Welders for Saudi Arabia, licensed OEP 2291/RWP, salary 1,800 SAR";
  feedbackId = await insertFeedback(db, { channel: "telegram", language: "en", adText, verdict: t.services.engine.check(adText), reporterHash: null });
});
afterAll(() => t.close());

interface RouteCase {
  method: "GET" | "POST" | "PATCH";
  /** As the OpenAPI document writes it; {id} is filled in per route. */
  path: string;
  id?: () => string | number;
  query?: string;
  body?: () => unknown;
  contentType?: string;
  /** How a logged-in caseworker gets 403 here: the wrong role, or a country they do not work. */
  forbidden?: { as: () => Record<string, string>; query?: string; error: string };
}

const ROUTES: RouteCase[] = [
  { method: "GET", path: "/api/auth/me" },
  { method: "PATCH", path: "/api/auth/me", body: () => ({ language: "ru" }) },
  { method: "POST", path: "/api/auth/logout" },
  { method: "GET", path: "/api/caseworker/referrals", forbidden: { as: () => kz.bearer, query: "country=PK", error: "forbidden_country" } },
  { method: "POST", path: "/api/caseworker/referrals/claim-next", forbidden: { as: () => noCountry.bearer, error: "no_countries" } },
  { method: "GET", path: "/api/caseworker/referrals/{id}", id: () => pkReferral, forbidden: { as: () => kz.bearer, error: "forbidden" } },
  {
    method: "POST",
    path: "/api/caseworker/referrals/{id}/status",
    id: () => pkReferral,
    body: () => ({ status: "claimed" }),
    forbidden: { as: () => kz.bearer, error: "forbidden" },
  },
  {
    method: "POST",
    path: "/api/caseworker/referrals/{id}/notes",
    id: () => pkReferral,
    body: () => ({ body: "a note" }),
    forbidden: { as: () => kz.bearer, error: "forbidden" },
  },
  { method: "GET", path: "/api/caseworker/referrals/{id}/evidence.zip", id: () => pkReferral, forbidden: { as: () => kz.bearer, error: "forbidden" } },
  { method: "GET", path: "/api/caseworker/stats", forbidden: { as: () => kz.bearer, query: "country=PK", error: "forbidden_country" } },
  { method: "GET", path: "/api/caseworker/export.csv", forbidden: { as: () => kz.bearer, query: "country=PK,KZ", error: "forbidden_country" } },
  { method: "GET", path: "/api/caseworker/export.misp.json", forbidden: { as: () => kz.bearer, query: "country=PK", error: "forbidden_country" } },
  { method: "GET", path: "/api/caseworker/registry/search", query: "q=2291/RWP", forbidden: { as: () => noCountry.bearer, error: "no_countries" } },
  {
    method: "POST",
    path: "/api/caseworker/registry/import",
    body: () => REGISTRY_CSV,
    contentType: "text/csv",
    forbidden: { as: () => pk.bearer, error: "forbidden" },
  },
  { method: "GET", path: "/api/caseworker/feedback", forbidden: { as: () => noCountry.bearer, error: "no_countries" } },
  { method: "GET", path: "/api/caseworker/misused-identities", forbidden: { as: () => noCountry.bearer, error: "no_countries" } },
  { method: "GET", path: "/api/caseworker/advert-clusters", forbidden: { as: () => noCountry.bearer, error: "no_countries" } },
  { method: "POST", path: "/api/caseworker/feedback/{id}/review", id: () => feedbackId, forbidden: { as: () => kz.bearer, error: "forbidden" } },
  { method: "GET", path: "/api/caseworker/users", forbidden: { as: () => pk.bearer, error: "forbidden" } },
  {
    method: "POST",
    path: "/api/caseworker/users",
    body: () => ({ email: "new@ngo.example", password: PASSWORD, role: "caseworker", countries: ["PK"] }),
    forbidden: { as: () => pk.bearer, error: "forbidden" },
  },
  { method: "PATCH", path: "/api/caseworker/users/{id}", id: () => adminId, body: () => ({ disabled: true }), forbidden: { as: () => kz.bearer, error: "forbidden" } },
  { method: "GET", path: "/api/caseworker/whatsapp", forbidden: { as: () => pk.bearer, error: "forbidden" } },
  { method: "GET", path: "/api/caseworker/sources", forbidden: { as: () => noCountry.bearer, error: "no_countries" } },
];

const request = (route: RouteCase, headers: Record<string, string>, query = route.query) => {
  const url = route.path.replace("{id}", String(route.id?.() ?? ""));
  return t.app.inject({
    method: route.method,
    url: query ? `${url}?${query}` : url,
    headers: { ...headers, ...(route.contentType ? { "content-type": route.contentType } : {}) },
    ...(route.body ? { payload: route.body() as string } : {}),
  });
};

describe("every caseworker route", () => {
  it("is in this table (the OpenAPI document lists no other)", async () => {
    const doc = (await t.app.inject({ url: "/docs/json" })).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith("/api/caseworker") || (path.startsWith("/api/auth") && path !== "/api/auth/login"))
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual(documented);
  });

  it.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))("answers 401 without a session: %s", async (_name, route) => {
    const response = await request(route, {});
    expect(response.statusCode).toBe(401);
    expect(errorResponse.parse(response.json())).toMatchObject({ error: "unauthenticated" });
    const forged = await request(route, { authorization: "Bearer not-a-real-token" });
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({ error: "session_expired" });
  });

  it.each(ROUTES.filter((r) => r.forbidden).map((r) => [`${r.method} ${r.path}`, r] as const))("answers 403 for the wrong role or country: %s", async (_name, route) => {
    const f = route.forbidden!;
    const response = await request(route, f.as(), f.query ?? route.query);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: f.error });
  });
});

describe("login", () => {
  it("sets an httpOnly SameSite=Strict session cookie and returns a bearer token and a CSRF token", async () => {
    const response = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "PK@ngo.example ", password: PASSWORD }, remoteAddress: "10.0.1.1" });
    expect(response.statusCode).toBe(200);
    const body = loginResponse.parse(response.json());
    expect(body.caseworker).toMatchObject({ email: "pk@ngo.example", role: "caseworker", countries: ["PK"] });
    const session = response.cookies.find((c) => c.name === "oc_session")!;
    expect(session).toMatchObject({ value: body.token, httpOnly: true, sameSite: "Strict", path: "/api" });
    expect(response.cookies.find((c) => c.name === "oc_csrf")).toMatchObject({ value: body.csrfToken, sameSite: "Strict" });
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(Date.parse(body.expiresAt) - Date.now()).toBeGreaterThan(7.9 * 3600_000);

    const viaCookie = await t.app.inject({ url: "/api/auth/me", headers: { cookie: `oc_session=${body.token}` } });
    expect(meResponse.parse(viaCookie.json())).toMatchObject({ caseworker: { email: "pk@ngo.example" }, csrfToken: body.csrfToken });
    const viaBearer = await t.app.inject({ url: "/api/auth/me", headers: { authorization: `Bearer ${body.token}` } });
    expect(viaBearer.json()).toMatchObject({ csrfToken: null });
  });

  it("answers a wrong password and an unknown e-mail alike", async () => {
    const wrong = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "pk@ngo.example", password: "not the password" }, remoteAddress: "10.0.2.1" });
    const unknown = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "nobody@ngo.example", password: "not the password" }, remoteAddress: "10.0.2.1" });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    const invalid = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "pk@ngo.example" }, remoteAddress: "10.0.2.1" });
    expect(invalid.statusCode).toBe(400);
    expect(errorResponse.parse(invalid.json()).issues?.[0]?.path).toBe("password");
  });

  it("locks an e-mail out from an address after 5 failures, even with the right password, but not from elsewhere", async () => {
    const attempt = (password: string, remoteAddress: string) =>
      t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "kz@ngo.example", password }, remoteAddress });
    for (let i = 1; i <= 4; i++) expect((await attempt(`guess number ${i}`, "10.0.3.1")).statusCode).toBe(401);
    const fifth = await attempt("guess number 5", "10.0.3.1");
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json()).toMatchObject({ error: "locked_out" });
    expect(Number(fifth.headers["retry-after"])).toBeGreaterThan(14 * 60);
    expect((await attempt(PASSWORD, "10.0.3.1")).json()).toMatchObject({ error: "locked_out" });
    expect((await attempt(PASSWORD, "10.0.3.2")).statusCode).toBe(200);
    // A lockout that ran out lets the person in, and a success clears the count.
    await t.services.database.db.execute(sql`update login_failures set locked_until = now() - interval '1 second', window_started_at = now() - interval '1 hour'`);
    expect((await attempt(PASSWORD, "10.0.3.1")).statusCode).toBe(200);
  });

  it("lets no more guesses reach the password check than the limit, however many arrive at once", async () => {
    const attempt = (password: string) =>
      t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "kz@ngo.example", password }, remoteAddress: "10.0.5.1" });
    // 24 guesses at once, and the right password while they are still being checked.
    const guesses = Array.from({ length: 24 }, (_, i) => attempt(`concurrent guess ${i}`));
    await new Promise((r) => setTimeout(r, 20));
    const right = await attempt(PASSWORD);
    const codes = (await Promise.all(guesses)).map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(4);
    expect(right.statusCode).toBe(429);
  });

  it("rate-limits one address trying many accounts", async () => {
    const codes = [];
    for (let i = 0; i < 31; i++) {
      const r = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: `spray${i}@ngo.example`, password: "password spray" }, remoteAddress: "10.0.4.1" });
      codes.push(r.statusCode);
    }
    expect(codes.slice(0, 30)).toEqual(Array(30).fill(401));
    expect(codes[30]).toBe(429);
  });
});

describe("sessions", () => {
  it("need the CSRF header for cookie-authenticated changes, not for bearer tokens or reads", async () => {
    const s = await t.login("pk@ngo.example");
    const claim = (headers: Record<string, string>) => t.app.inject({ method: "POST", url: "/api/caseworker/referrals/claim-next", headers });
    expect((await t.app.inject({ url: "/api/caseworker/referrals", headers: { cookie: s.cookie } })).statusCode).toBe(200);
    const missing = await claim({ cookie: s.cookie });
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({ error: "csrf_token_invalid" });
    expect((await claim({ cookie: s.cookie, "x-csrf-token": kz.csrfToken })).statusCode).toBe(403);
    expect((await claim({ cookie: s.cookie, "x-csrf-token": s.csrfToken })).statusCode).toBe(200);
    expect((await claim(s.bearer)).statusCode).toBe(200);
    const logout = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie: s.cookie } });
    expect(logout.statusCode).toBe(403);
  });

  it("slide forward while used, expire when idle, and end at logout", async () => {
    const s = await t.login("pk@ngo.example");
    const expiry = async () => (await t.app.inject({ url: "/api/auth/me", headers: s.bearer })).json().expiresAt as string;
    const first = await expiry();
    await new Promise((r) => setTimeout(r, 20));
    expect(Date.parse(await expiry())).toBeGreaterThan(Date.parse(first));

    const logout = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie: s.cookie, "x-csrf-token": s.csrfToken } });
    expect(logout.statusCode).toBe(204);
    expect(logout.cookies.find((c) => c.name === "oc_session")?.value).toBe("");
    expect((await t.app.inject({ url: "/api/auth/me", headers: s.bearer })).statusCode).toBe(401);

    const idle = await t.login("pk@ngo.example");
    await t.services.database.db.update(caseworkerSessions).set({ expiresAt: sql`now() - interval '1 second'` });
    const expired = await t.app.inject({ url: "/api/auth/me", headers: idle.bearer });
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ error: "session_expired" });
    pk = await t.login("pk@ngo.example");
    kz = await t.login("kz@ngo.example");
    noCountry = await t.login("empty@ngo.example");
  });

  it("end when an admin disables the account", async () => {
    await t.account("leaver@ngo.example", "caseworker", ["PK"]);
    const leaver = await t.login("leaver@ngo.example");
    const admin = await t.login("admin@ngo.example");
    const users = (await t.app.inject({ url: "/api/caseworker/users", headers: admin.bearer })).json().users as { id: string; email: string }[];
    const id = users.find((u) => u.email === "leaver@ngo.example")!.id;
    const disabled = await t.app.inject({ method: "PATCH", url: `/api/caseworker/users/${id}`, headers: admin.bearer, payload: { disabled: true } });
    expect(disabled.json()).toMatchObject({ disabled: true });
    expect((await t.app.inject({ url: "/api/auth/me", headers: leaver.bearer })).statusCode).toBe(401);
    const again = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "leaver@ngo.example", password: PASSWORD }, remoteAddress: "10.0.5.1" });
    expect(again.statusCode).toBe(401);
    const self = await t.app.inject({ method: "PATCH", url: `/api/caseworker/users/${adminId}`, headers: admin.bearer, payload: { disabled: true } });
    expect(self.statusCode).toBe(400);
  });
});

describe("the dashboard language", () => {
  it("is English for a new account, and each caseworker sets their own with PATCH /api/auth/me", async () => {
    await t.account("lang-kz@ngo.example", "caseworker", ["KZ"]);
    const s = await t.login("lang-kz@ngo.example");
    const me = async (headers: Record<string, string>) => meResponse.parse((await t.app.inject({ url: "/api/auth/me", headers })).json()).caseworker;
    expect((await me(s.bearer)).language).toBe("en");
    const patch = (headers: Record<string, string>, payload: unknown) => t.app.inject({ method: "PATCH", url: "/api/auth/me", headers, payload: payload as object });

    // A cookie session needs its CSRF token, as for every change.
    expect((await patch({ cookie: s.cookie }, { language: "ru" })).statusCode).toBe(403);
    const set = await patch({ cookie: s.cookie, "x-csrf-token": s.csrfToken }, { language: "ru" });
    expect(set.statusCode).toBe(200);
    expect(meResponse.parse(set.json())).toMatchObject({ caseworker: { email: "lang-kz@ngo.example", language: "ru", role: "caseworker", countries: ["KZ"] }, csrfToken: s.csrfToken });
    expect((await me(s.bearer)).language).toBe("ru");
    // Kept on the account: the next login says so.
    const again = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "lang-kz@ngo.example", password: PASSWORD }, remoteAddress: "10.0.9.1" });
    expect(loginResponse.parse(again.json()).caseworker.language).toBe("ru");
    // Nobody else's changes.
    expect((await me(kz.bearer)).language).toBe("en");
    expect((await patch(s.bearer, { language: "en" })).json()).toMatchObject({ caseworker: { language: "en" } });
  });

  it("takes only the languages the dashboard has, and nothing else about the account", async () => {
    const s = await t.login("pk@ngo.example");
    const patch = (payload: unknown) => t.app.inject({ method: "PATCH", url: "/api/auth/me", headers: s.bearer, payload: payload as object });
    for (const payload of [{ language: "de" }, { language: "RU" }, { language: "ur-Latn" }, {}, { language: "ru", role: "admin" }, { language: "ru", countries: ["PK", "KZ"] }]) {
      const response = await patch(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(errorResponse.parse(response.json()).error).toBe("invalid_request");
    }
    expect((await t.app.inject({ url: "/api/auth/me", headers: s.bearer })).json().caseworker).toMatchObject({ role: "caseworker", countries: ["PK"], language: "en" });
    // Urdu, the dashboard's third language (right to left).
    expect((await patch({ language: "ur" })).json()).toMatchObject({ caseworker: { language: "ur" } });
    expect((await t.app.inject({ url: "/api/auth/me", headers: s.bearer })).json().caseworker).toMatchObject({ language: "ur" });
  });

  it("can be given by an admin who creates the account", async () => {
    const admin = await t.login("admin@ngo.example");
    const created = await t.app.inject({
      method: "POST",
      url: "/api/caseworker/users",
      headers: admin.bearer,
      payload: { email: "almaty@ngo.example", password: PASSWORD, role: "caseworker", countries: ["KZ"], language: "ru" },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: "almaty@ngo.example", language: "ru" });
  });
});

describe("security", () => {
  it("sends a strict CSP and the other security headers", async () => {
    for (const url of ["/api/caseworker/referrals", "/docs", "/healthz"]) {
      const response = await t.app.inject({ url, headers: pk.bearer });
      const csp = String(response.headers["content-security-policy"]);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).not.toContain("unsafe-eval");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
      expect(response.headers["referrer-policy"]).toBe("no-referrer");
    }
  });

  it("keeps no caseworker password, and no session token, in clear in any table", async () => {
    const wrong = "a wrong password typed by mistake";
    await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "pk@ngo.example", password: wrong }, remoteAddress: "10.0.6.1" });
    const s = await t.login("admin@ngo.example");
    const dump = await dumpAllTables(t.services.database.db);
    expect(dump).toContain("caseworkers:");
    expect(dump).toContain("caseworker_sessions:");
    for (const secret of [PASSWORD, wrong, s.token, pk.token, s.csrfToken]) expect(dump).not.toContain(secret);
    const hashes = (await t.services.database.db.select({ h: caseworkers.passwordHash }).from(caseworkers)).map((r) => r.h);
    for (const h of hashes) expect(h).toMatch(/^\$argon2id\$/);
    // Failed logins are counted under a hash, not the e-mail and address.
    expect(dump).not.toMatch(/login_failures:.*(ngo\.example|10\.0\.)/);
  });

  it("sets the Secure cookie flag when the public address is https", () => {
    expect(loadConfig({ PUBLIC_URL: "https://helpline.example.org" }).caseworkerApi.cookieSecure).toBe(true);
    expect(loadConfig({}).caseworkerApi.cookieSecure).toBe(false);
    expect(loadConfig({ COOKIE_SECURE: "on" }).caseworkerApi.cookieSecure).toBe(true);
    expect(loadConfig({ CLAIM_TTL_MINUTES: "45", SESSION_TTL_HOURS: "2" }).caseworkerApi).toMatchObject({ claimTtlMinutes: 45, sessionTtlMinutes: 120 });
  });
});
