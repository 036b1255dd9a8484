import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  claimNextResponse,
  feedbackItemResponse,
  feedbackPage,
  importResponse,
  mispResponse,
  noteResponse,
  referralDetailResponse,
  referralPage,
  referralSummaryResponse,
  registrySearchResponse,
  statsResponse,
  userResponse,
} from "../../src/api/schemas/caseworker-responses.ts";
import { referrals } from "../../src/db/schema/index.ts";
import { insertFeedback } from "../../src/referrals/feedback.ts";
import { CSV_COLUMNS } from "../../src/referrals/export-csv.ts";
import { caseworkerTestApp, PASSWORD, type CaseworkerTestApp } from "../helpers/caseworker-api.ts";
import { fileReport } from "../helpers/referrals.ts";

const REPORTER_HASH = "reporter-hash-that-must-not-leave-1";
const ADS = {
  dubai: "Dubai drivers needed, 100% visa, advance fee 50,000 EasyPaisa, WhatsApp 0300-1234567",
  qatar: "Qatar security guards, visit visa, pay 80,000 advance, call 0300 1234567 or see www.gulf-jobs-fast.com",
  saudi: "Saudi welders required, apply at https://gulf-jobs-fast.com/apply, fee 60,000 JazzCash, email hr@gulf-jobs-fast.com",
  poland: "Работа в Польше, виза 100%, предоплата 300$, звоните +7 701 000 0001, пишите @polsha_rabota",
  formula: '=HYPERLINK("http://evil.example","click") Dubai jobs 100% visa advance 30,000',
};

let t: CaseworkerTestApp;
let pk: Awaited<ReturnType<CaseworkerTestApp["login"]>>;
let admin: Awaited<ReturnType<CaseworkerTestApp["login"]>>;
const ids: Record<keyof typeof ADS, string> = { dubai: "", qatar: "", saudi: "", poland: "", formula: "" };

const get = (url: string, who = pk) => t.app.inject({ url, headers: who.bearer });
const post = (url: string, payload?: object, who = pk) => t.app.inject({ method: "POST", url, headers: who.bearer, ...(payload ? { payload } : {}) });
const listIds = async (query: string, who = pk) => {
  const response = await get(`/api/caseworker/referrals?${query}`, who);
  expect(response.statusCode, response.body).toBe(200);
  return referralPage.parse(response.json()).items.map((i) => i.id);
};

beforeAll(async () => {
  t = await caseworkerTestApp("postgres");
  await t.account("pk@ngo.example", "caseworker", ["PK"]);
  await t.account("admin@iom.example", "admin", []);
  pk = await t.login("pk@ngo.example");
  admin = await t.login("admin@iom.example");
  const db = t.services.database.db;
  const file = async (name: keyof typeof ADS, country: string, extra: { urgent?: boolean; channel?: string } = {}) => {
    ids[name] = (
      await fileReport(db, t.services.engine, {
        text: ADS[name],
        country,
        reporterHash: REPORTER_HASH,
        answers: { whereSeen: "Facebook group", amount: "50,000", alreadyPaid: false, comment: "my cousin told me" },
        ...extra,
      })
    ).id;
  };
  await file("dubai", "PK");
  await file("qatar", "PK", { urgent: true });
  await file("saudi", "PK", { channel: "web" });
  await file("poland", "KZ");
  await file("formula", "PK");
  // Dates spread over days, so the date filters and charts have something to tell apart.
  await db.execute(sql`update ${referrals} set created_at = now() - interval '10 days' where id = ${ids.dubai}`);
  await db.execute(sql`update ${referrals} set created_at = now() - interval '3 days' where id = ${ids.qatar}`);
});
afterAll(() => t.close());

describe("GET /api/caseworker/referrals", () => {
  it("lists the caseworker's countries only, newest first, paginated", async () => {
    const response = await get("/api/caseworker/referrals?pageSize=2");
    const page = referralPage.parse(response.json());
    expect(page).toMatchObject({ page: 1, pageSize: 2, total: 4 });
    expect(page.items.map((i) => i.id)).toEqual([ids.formula, ids.saudi]);
    expect(await listIds("pageSize=2&page=2")).toEqual([ids.qatar, ids.dubai]);
    expect(JSON.stringify(response.json())).not.toContain(REPORTER_HASH);
    expect((await listIds("", admin)).sort()).toEqual(Object.values(ids).sort());
  });

  it("filters by status, urgency, country, language, flag, channel, risk, text and dates, and sorts urgent first", async () => {
    expect(await listIds("urgency=urgent")).toEqual([ids.qatar]);
    expect(await listIds("sort=urgent")).toEqual([ids.qatar, ids.dubai, ids.saudi, ids.formula]);
    expect(await listIds("sort=oldest&pageSize=1")).toEqual([ids.dubai]);
    expect(await listIds("channel=web")).toEqual([ids.saudi]);
    expect(await listIds("country=KZ", admin)).toEqual([ids.poland]);
    expect(await listIds("language=ru", admin)).toEqual([ids.poland]);
    expect(await listIds("language=ru")).toEqual([]);
    // Any of the flags: the Dubai and formula ads promise a visa, the Saudi ad names a payment channel.
    expect((await listIds("flag=guaranteed_visa&flag=payment_channel")).sort()).toEqual([ids.dubai, ids.saudi, ids.formula].sort());
    expect(await listIds("flag=wrong_visa_type")).toEqual([ids.qatar]);
    // Which adverts are medium follows the calibrated thresholds; the filter must return exactly those of PK.
    const stored = await t.services.database.db.select({ id: referrals.id, risk: referrals.risk, country: referrals.country }).from(referrals);
    const medium = stored.filter((r) => r.risk === "medium" && r.country === "PK").map((r) => r.id);
    expect(medium.length).toBeGreaterThan(0);
    expect((await listIds("risk=medium")).sort()).toEqual(medium.sort());
    expect(await listIds("risk=low")).toEqual(stored.filter((r) => r.risk === "low" && r.country === "PK").map((r) => r.id));
    expect(await listIds("q=welders")).toEqual([ids.saudi]);
    // One number written two ways ("0300-1234567", "0300 1234567"): both adverts carry +923001234567.
    expect((await listIds("q=0300 1234567")).sort()).toEqual([ids.dubai, ids.qatar].sort());
    expect(await listIds("q=Польше", admin)).toEqual([ids.poland]);
    expect(await listIds("q=100%25")).not.toContain(ids.saudi);
    const fourDaysAgo = new Date(Date.now() - 4 * 86_400_000).toISOString();
    expect(await listIds(`from=${encodeURIComponent(fourDaysAgo)}&sort=oldest`)).toEqual([ids.qatar, ids.saudi, ids.formula]);
    expect(await listIds(`to=${encodeURIComponent(fourDaysAgo)}`)).toEqual([ids.dubai]);
    expect(await listIds(`to=${new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10)}`)).toEqual([ids.dubai]);
    expect(await listIds("status=new,claimed")).toHaveLength(4);
    expect(await listIds("status=resolved")).toEqual([]);
  });

  it("refuses invalid filters with the problems listed", async () => {
    const response = await get("/api/caseworker/referrals?status=done&pageSize=500&from=yesterday");
    expect(response.statusCode).toBe(400);
    expect(response.json().issues.map((i: { path: string }) => i.path.split(".")[0]).sort()).toEqual(["from", "pageSize", "status"]);
  });
});

describe("working a referral over HTTP", () => {
  it("claims, reviews, notes and closes with the audit trail in the detail", async () => {
    const claim = await post("/api/caseworker/referrals/claim-next");
    expect(claim.statusCode).toBe(200);
    const claimed = claimNextResponse.parse(claim.json()).referral!;
    expect(claimed).toMatchObject({ id: ids.qatar, status: "claimed", assignee: { email: "pk@ngo.example" } });

    const review = await post(`/api/caseworker/referrals/${ids.qatar}/status`, { status: "in_review" });
    expect(referralSummaryResponse.parse(review.json()).status).toBe("in_review");
    const note = await post(`/api/caseworker/referrals/${ids.qatar}/notes`, { body: "Same number as an older report." });
    expect(note.statusCode).toBe(201);
    expect(noteResponse.parse(note.json())).toMatchObject({ body: "Same number as an older report.", author: { email: "pk@ngo.example" } });

    const noReason = await post(`/api/caseworker/referrals/${ids.qatar}/status`, { status: "referred" });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({ error: "reason_required" });
    const referred = await post(`/api/caseworker/referrals/${ids.qatar}/status`, { status: "referred", reason: "Passed to the FIA anti-human-trafficking circle" });
    expect(referred.json()).toMatchObject({ status: "referred" });
    const again = await post(`/api/caseworker/referrals/${ids.qatar}/status`, { status: "in_review" });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: "invalid_transition" });

    const detail = referralDetailResponse.parse((await get(`/api/caseworker/referrals/${ids.qatar}`)).json());
    expect(detail.adText).toBe(ADS.qatar);
    expect(detail.reporterAnswers).toMatchObject({ whereSeen: "Facebook group" });
    expect(detail.notes.map((n) => n.body)).toEqual(["Same number as an older report."]);
    expect(detail.events.map((e) => `${e.action}:${e.toStatus}`)).toEqual(["filed:new", "claimed:claimed", "status_changed:in_review", "note_added:in_review", "status_changed:referred"]);
    expect(detail.events.at(-1)).toMatchObject({ note: "Passed to the FIA anti-human-trafficking circle", actor: { email: "pk@ngo.example" } });
    // Linked: the Dubai ad by phone, the Saudi ad by domain.
    expect(detail.cluster.size).toBe(3);
    expect(detail.cluster.members.map((m) => m.id).sort()).toEqual([ids.dubai, ids.saudi].sort());
    expect(JSON.stringify(detail)).not.toContain(REPORTER_HASH);
  });

  it("answers 404 for an unknown referral and 400 for a malformed id", async () => {
    expect((await get("/api/caseworker/referrals/00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
    const malformed = await get("/api/caseworker/referrals/not-a-uuid");
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ error: "invalid_request" });
  });
});

describe("GET /api/caseworker/stats", () => {
  it("counts by day, week and every chart dimension, within the caseworker's countries", async () => {
    const stats = statsResponse.parse((await get("/api/caseworker/stats")).json());
    expect(stats.total).toBe(4);
    expect(stats.byDay).toHaveLength(90);
    expect(stats.byDay.reduce((n, d) => n + d.count, 0)).toBe(4);
    expect(stats.byDay.at(-1)).toMatchObject({ key: new Date().toISOString().slice(0, 10), count: 2 });
    expect(stats.byWeek.reduce((n, d) => n + d.count, 0)).toBe(4);
    expect(stats.byCountry).toEqual([{ key: "PK", count: 4 }]);
    expect(stats.byChannel).toEqual([
      { key: "telegram", count: 3 },
      { key: "web", count: 1 },
    ]);
    expect(stats.byStatus).toEqual(expect.arrayContaining([{ key: "referred", count: 1 }]));
    expect(stats.byFlag.find((f) => f.key === "guaranteed_visa")?.count).toBe(2);
    expect(stats.byLanguage).toEqual([{ key: "en", count: 4 }]);
    // Within the 400 days one request may cover (a longer range is refused, see the limits test).
    const longAgo = new Date(Date.now() - 300 * 86_400_000).toISOString().slice(0, 10);
    const all = statsResponse.parse((await get(`/api/caseworker/stats?from=${longAgo}`, admin)).json());
    expect(all.total).toBe(5);
    expect(all.byCountry).toEqual([
      { key: "PK", count: 4 },
      { key: "KZ", count: 1 },
    ]);
  });
});

describe("exports", () => {
  it("CSV: the filtered referrals, no reporter hash or comment, formulas neutralised", async () => {
    const response = await get("/api/caseworker/export.csv?sort=newest");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="offercheck-referrals-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = parse(response.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(Object.keys(rows[0]!).some((c) => /reporter|hash/i.test(c))).toBe(false);
    expect(response.body).not.toContain(REPORTER_HASH);
    expect(response.body).not.toContain("my cousin told me");
    expect(rows).toHaveLength(4);
    const qatar = rows.find((r) => r.ad_text === ADS.qatar)!;
    expect(qatar).toMatchObject({ status: "referred", urgency: "urgent", phones: "+923001234567", where_seen: "Facebook group", already_paid: "no", assignee: "pk@ngo.example" });
    expect(qatar.urls).toContain("gulf-jobs-fast.com");
    expect(rows.find((r) => r.ad_text?.includes("HYPERLINK"))!.ad_text).toBe(`'${ADS.formula}`);
    const filtered = parse((await get("/api/caseworker/export.csv?channel=web")).body, { columns: true, bom: true });
    expect(filtered).toHaveLength(1);
  });

  it("CSV: streams more than one batch without losing or repeating rows", async () => {
    const db = t.services.database.db;
    for (let i = 0; i < 520; i++) await fileReport(db, t.services.engine, { text: `${ADS.dubai} #${i}`, country: "TJ", channel: "bulk" });
    const rows = parse((await get("/api/caseworker/export.csv?channel=bulk", admin)).body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(520);
    expect(new Set(rows.map((r) => r.reference)).size).toBe(520);
    await db.execute(sql`delete from ${referrals} where channel = 'bulk'`);
  });

  it("MISP: one event with the scammer-side indicators as typed attributes, tagged by crime", async () => {
    const response = await get("/api/caseworker/export.misp.json");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toMatch(/offercheck-misp-.*\.json/);
    const { Event } = mispResponse.parse(response.json());
    expect(Event).toMatchObject({ distribution: "0", published: false });
    expect(Event.Tag.map((tag) => tag.name)).toEqual(expect.arrayContaining(["tlp:amber", 'offercheck:crime="recruitment-fraud"']));
    const byValue = new Map(Event.Attribute.map((a) => [a.value, a]));
    expect(byValue.get("+923001234567")).toMatchObject({ type: "phone-number", category: "Financial fraud", to_ids: false, comment: expect.stringContaining("2 referrals") });
    expect(byValue.get("gulf-jobs-fast.com")).toMatchObject({ type: "domain", to_ids: true });
    expect(byValue.get("hr@gulf-jobs-fast.com")).toMatchObject({ type: "email-src" });
    expect(byValue.get("https://gulf-jobs-fast.com/apply")).toMatchObject({ type: "url" });
    // KZ is not this caseworker's country.
    expect(byValue.has("+77010000001")).toBe(false);
    expect(JSON.stringify(Event)).not.toContain(REPORTER_HASH);
    const kz = mispResponse.parse((await get("/api/caseworker/export.misp.json?country=KZ", admin)).json()).Event;
    expect(kz.Attribute.map((a) => [a.type, a.value]).sort()).toEqual([
      ["phone-number", "+77010000001"],
      ["text", "@polsha_rabota"],
    ]);
  });

  it("MISP: leaves rejected referrals out unless asked for", async () => {
    const db = t.services.database.db;
    await db.execute(sql`update ${referrals} set status = 'rejected' where id = ${ids.poland}`);
    expect(mispResponse.parse((await get("/api/caseworker/export.misp.json?country=KZ", admin)).json()).Event.Attribute).toEqual([]);
    expect(mispResponse.parse((await get("/api/caseworker/export.misp.json?country=KZ&status=rejected", admin)).json()).Event.Attribute).toHaveLength(2);
    await db.execute(sql`update ${referrals} set status = 'new' where id = ${ids.poland}`);
  });
});

describe("registry", () => {
  it("finds recruiters by licence, name or phone", async () => {
    const byLicence = registrySearchResponse.parse((await get(`/api/caseworker/registry/search?q=${encodeURIComponent("OEP 2291/RWP")}`)).json());
    expect(byLicence.hits[0]).toMatchObject({ match: "licence", operator: { licenceNo: "2291/RWP", status: "cancelled" } });
    expect(byLicence.registrySize).toBeGreaterThan(50);
    const name = byLicence.hits[0]!.operator.name;
    const byName = registrySearchResponse.parse((await get(`/api/caseworker/registry/search?q=${encodeURIComponent(name)}`)).json());
    expect(byName.hits.map((h) => h.operator.licenceNo)).toContain("2291/RWP");
    expect((await get("/api/caseworker/registry/search?q=x")).statusCode).toBe(400);
  });

  it("imports a CSV body (admins) and searches the new rows at once", async () => {
    const csv = [
      "country,registry,licence_no,name,status,city,website,phone,valid_until,source_url",
      "PK,BEOE,7001/LHR,Zarghoon Test Overseas,active,Lahore,,042-35761234,2030-01-01,test",
      "PK,BEOE,7002/LHR,Bad Status Overseas,revoked,Lahore,,,,test",
    ].join("\n");
    const response = await t.app.inject({ method: "POST", url: "/api/caseworker/registry/import", headers: { ...admin.bearer, "content-type": "text/csv" }, payload: csv });
    expect(response.statusCode, response.body).toBe(200);
    expect(importResponse.parse(response.json())).toMatchObject({ rows: 2, inserted: 1, skipped: 1, errors: [{ line: 3 }] });
    const hits = registrySearchResponse.parse((await get(`/api/caseworker/registry/search?q=${encodeURIComponent("OEP 7001/LHR")}`)).json()).hits;
    expect(hits[0]?.operator.name).toBe("Zarghoon Test Overseas");
    const byPhone = registrySearchResponse.parse((await get(`/api/caseworker/registry/search?q=${encodeURIComponent("042 3576 1234")}`)).json()).hits;
    expect(byPhone[0]).toMatchObject({ match: "phone", operator: { licenceNo: "7001/LHR" } });
    const noHeader = await t.app.inject({ method: "POST", url: "/api/caseworker/registry/import", headers: { ...admin.bearer, "content-type": "text/csv" }, payload: "a,b\n1,2\n" });
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.json()).toMatchObject({ error: "invalid_csv", message: expect.stringContaining("missing columns") });
    expect(noHeader.body).not.toMatch(/offercheck-registry-/);
    const json = await t.app.inject({ method: "POST", url: "/api/caseworker/registry/import", headers: admin.bearer, payload: { csv } });
    expect(json.statusCode).toBe(400);
  });
});

describe("feedback", () => {
  it("lists disputed verdicts without the reporter hash and records who reviewed them", async () => {
    const db = t.services.database.db;
    const adText = "Welders for Saudi Arabia, licensed OEP 2291/RWP, salary 1,800 SAR";
    const verdict = t.services.engine.check(adText);
    const id = await insertFeedback(db, { channel: "telegram", language: "en", adText, verdict, reporterHash: REPORTER_HASH, comment: "this agency is real" });
    const page = feedbackPage.parse((await get("/api/caseworker/feedback?reviewed=false")).json());
    expect(page.items.map((i) => i.id)).toContain(id);
    expect(page.items.find((i) => i.id === id)).toMatchObject({ country: "PK", comment: "this agency is real", verdict: { risk: verdict.risk }, reviewer: null });
    expect(JSON.stringify(page)).not.toContain(REPORTER_HASH);

    const reviewed = await post(`/api/caseworker/feedback/${id}/review`);
    expect(feedbackItemResponse.parse(reviewed.json())).toMatchObject({ reviewer: { email: "pk@ngo.example" } });
    expect((await post(`/api/caseworker/feedback/${id}/review`)).statusCode).toBe(409);
    expect((await post("/api/caseworker/feedback/999999/review")).statusCode).toBe(404);
    const done = feedbackPage.parse((await get("/api/caseworker/feedback?reviewed=true")).json());
    expect(done.items.map((i) => i.id)).toEqual([id]);
  });

  it("goes to the caseworkers of the advert's country; feedback no country can be told of is for admins", async () => {
    const db = t.services.database.db;
    const file = (adText: string) => insertFeedback(db, { channel: "whatsapp", language: "en", adText, verdict: t.services.engine.check(adText), reporterHash: null });
    const kyrgyz = await file("Drivers for Dubai, visa guaranteed, pay the fee first, call +996 555 123 456");
    const unknown = await file("Drivers for Dubai, visa guaranteed, pay the fee first");
    const pkSees = feedbackPage.parse((await get("/api/caseworker/feedback?reviewed=false")).json()).items.map((i) => i.id);
    expect(pkSees).not.toContain(kyrgyz);
    expect(pkSees).not.toContain(unknown);
    const adminSees = feedbackPage.parse((await get("/api/caseworker/feedback?reviewed=false", admin)).json()).items;
    expect(adminSees.filter((i) => i.id === kyrgyz || i.id === unknown).map((i) => i.country)).toEqual([null, "KG"]);

    const refused = await post(`/api/caseworker/feedback/${kyrgyz}/review`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: "forbidden" });
    expect((await post(`/api/caseworker/feedback/${unknown}/review`, undefined, admin)).statusCode).toBe(200);
  });
});

describe("users (admins)", () => {
  it("creates accounts with the same rules as the command line", async () => {
    const created = await post("/api/caseworker/users", { email: "New@NGO.example", password: PASSWORD, role: "caseworker", countries: ["kg"] }, admin);
    expect(created.statusCode).toBe(201);
    expect(userResponse.parse(created.json())).toMatchObject({ email: "new@ngo.example", countries: ["KG"], disabled: false });
    expect((await post("/api/caseworker/users", { email: "new@ngo.example", password: PASSWORD, role: "caseworker", countries: ["KG"] }, admin)).statusCode).toBe(409);
    const weak = await post("/api/caseworker/users", { email: "weak@ngo.example", password: "short", role: "caseworker", countries: ["KG"] }, admin);
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ error: "weak_password" });
    expect((await t.login("new@ngo.example")).token).toBeTruthy();
  });
});
