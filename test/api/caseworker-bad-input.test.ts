import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseworkerTestApp, type CaseworkerTestApp } from "../helpers/caseworker-api.ts";
import { fileReport } from "../helpers/referrals.ts";

/**
 * Issue 14, findings 2 and 8: input a caseworker can shape that used to give
 * a 500, a cut-short download or a 113 MB answer gets a 4xx instead.
 */

let t: CaseworkerTestApp;
let pk: Awaited<ReturnType<CaseworkerTestApp["login"]>>;
let id: string;

beforeAll(async () => {
  t = await caseworkerTestApp("postgres");
  await t.account("pk@ngo.example", "caseworker", ["PK"]);
  pk = await t.login("pk@ngo.example");
  ({ id } = await fileReport(t.services.database.db, t.services.engine, { text: "Dubai drivers, 100% visa, advance fee 50,000 EasyPaisa, WhatsApp 0300-1234567", country: "PK" }));
});
afterAll(() => t?.close());

const get = (url: string) => t.app.inject({ url, headers: pk.bearer });
const post = (url: string, payload: object) => t.app.inject({ method: "POST", url, headers: pk.bearer, payload });

describe("a NUL byte in any input", () => {
  it("is a 400 in a search, a note, a status reason and the login e-mail", async () => {
    expect((await get("/api/caseworker/referrals?q=abc%00def")).statusCode).toBe(400);
    expect((await post(`/api/caseworker/referrals/${id}/notes`, { body: "call back\u0000" })).statusCode).toBe(400);
    expect((await post(`/api/caseworker/referrals/${id}/status`, { status: "rejected", reason: "dup\u0000licate" })).statusCode).toBe(400);
    const login = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "pk@ngo.example\u0000", password: "x" } });
    expect(login.statusCode).toBe(400);
  });
});

describe("dates", () => {
  it.each(["from=0000-01-01", "to=9999-12-31", "from=1999-12-31", "to=2101-01-01"])("%s is a 400 in lists, charts and exports", async (range) => {
    for (const path of ["referrals", "stats", "export.csv", "export.misp.json"]) {
      const response = await get(`/api/caseworker/${path}?${range}`);
      expect(response.statusCode, `${path}?${range}: ${response.body}`).toBe(400);
    }
  });

  it("charts at most 400 days: a century is refused at once, not answered with megabytes", async () => {
    const started = Date.now();
    const response = await get("/api/caseworker/stats?from=2000-01-01&to=2100-12-30");
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: "range_too_long" });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((await get("/api/caseworker/stats?from=2026-01-01&to=2026-12-31")).statusCode).toBe(200);
  });
});

describe("a CSV export the database cannot finish", () => {
  it("fails with an error answer before any CSV header is sent", async () => {
    const db = t.services.database.db;
    // A column gone: every read of the export fails, as a database that breaks mid-export would.
    await db.execute("alter table referrals rename column ad_text to ad_text_gone");
    try {
      const response = await get("/api/caseworker/export.csv");
      expect(response.statusCode).toBe(500);
      expect(response.headers["content-type"]).toMatch(/application\/json/);
      expect(response.headers["content-disposition"]).toBeUndefined();
    } finally {
      await db.execute("alter table referrals rename column ad_text_gone to ad_text");
    }
    expect((await get("/api/caseworker/export.csv")).statusCode).toBe(200);
  });
});
