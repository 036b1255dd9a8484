import Fastify, { type FastifyInstance } from "fastify";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedSubscriptions, referrals, remoteSightings } from "../../src/db/schema/index.ts";
import { feedDocument } from "../../src/feeds/document.ts";
import { feedCsv, feedStix } from "../../src/feeds/formats.ts";
import { publishFeed } from "../../src/feeds/publish.ts";
import { syncFeeds } from "../../src/feeds/subscribe.ts";
import { createI18n } from "../../src/i18n/index.ts";
import { renderVerdict } from "../../src/i18n/render-verdict.ts";
import { SightingHistory } from "../../src/referrals/history.ts";
import { migratedDatabase } from "../helpers/database.ts";
import { listenOnLoopback } from "../helpers/listen.ts";
import { partnerTestApp, type PartnerTestApp } from "../helpers/partner-api.ts";
import { fileReport } from "../helpers/referrals.ts";
import { shippedEngineWith } from "../helpers/engine.ts";

const publish = { publisher: "offercheck Bishkek", country: "KG", shareAdvertText: false };

describe("indicator feeds between two instances on two Postgres databases", () => {
  // Instance A: the real app with its partner API; B: another database that subscribes to A's feed with a key A issued.
  let a: PartnerTestApp;
  let b: Awaited<ReturnType<typeof migratedDatabase>>;
  let base = "";
  let auth: { authorization: string };
  let garbage: FastifyInstance;
  let garbageBase = "";
  let garbageBody = "";

  beforeAll(async () => {
    [a, b] = await Promise.all([partnerTestApp(publish), migratedDatabase("postgres")]);
    const db = a.services.database.db;
    const engine = a.services.engine;
    await fileReport(db, engine, { text: "Корея, завод, виза 100%, предоплата 700$ на карту, звоните +996 555 000 812, @korea_job_kg", country: "KG" });
    await fileReport(db, engine, { text: "Польша склад, предоплата 400$, звоните +996 555 000 812", country: "KG" });
    const rejected = await fileReport(db, engine, { text: "Дубай, водители, предоплата 300$, пишите @not_a_scam_after_all", country: "KG" });
    await db.update(referrals).set({ status: "rejected" }).where(eq(referrals.id, rejected.id));
    await fileReport(db, engine, { text: "Qatar drivers, 100% visa, advance 80,000 JazzCash, call 0300 0000417", country: "PK" });
    // Filed by the channel watcher, not by a person: evidence here, not a report to share.
    await fileReport(db, engine, { text: "Германия клубника, виза 100%, предоплата 350€, пишите @watched_only_kg", country: "KG", channel: "monitor", reporterHash: null });
    base = `${await listenOnLoopback(a.app)}/api/v1`;
    auth = (await a.key("kg-instance", ["KG"])).auth;
    garbage = Fastify();
    garbage.get("/feed.json", async (_request, reply) => reply.header("content-type", "application/json").send(garbageBody));
    garbageBase = await listenOnLoopback(garbage);
  });
  afterAll(async () => {
    await garbage?.close();
    await Promise.all([a?.close(), b?.dispose()]);
  });

  it("publishes each reported identity once with its count, never rejected referrals or other countries, and no advert text", async () => {
    const feed = feedDocument.parse(await publishFeed(a.services.database.db, publish, ["KG"]));
    expect(feed.indicators).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "phone", value: "+996555000812", reports: 2 })]));
    const values = feed.indicators.map((i) => i.value);
    expect(values).not.toContain("@not_a_scam_after_all");
    expect(values).not.toContain("@watched_only_kg");
    expect(values).not.toContain("+923000000417");
    expect(feed.adverts).toBeUndefined();
    expect(JSON.stringify(feed)).not.toContain("test-reporter-hash");
    // Unlimited: every country.
    expect((await publishFeed(a.services.database.db, publish, [])).indicators.map((i) => i.value)).toContain("+923000000417");
    // Shared advert texts include the watcher's public posts: they are adverts, whoever found them.
    expect((await publishFeed(a.services.database.db, { ...publish, shareAdvertText: true }, ["KG"])).adverts).toHaveLength(3);
  });

  it("writes the same feed as CSV and as a STIX 2.1 bundle with stable ids", async () => {
    const feed = await publishFeed(a.services.database.db, publish, ["KG"]);
    expect(feedCsv(feed).split("\n")[0]).toBe("kind,value,reports,first_seen,last_seen,countries,section");
    expect(feedCsv(feed)).toContain("phone,+996555000812,2,");
    const bundle = feedStix(feed) as { type: string; objects: { type: string; id: string; pattern?: string; spec_version: string }[] };
    expect(bundle.type).toBe("bundle");
    const phone = bundle.objects.find((o) => o.pattern === "[x-offercheck-phone:value = '+996555000812']");
    expect(phone?.id).toMatch(/^indicator--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(bundle.objects.every((o) => o.spec_version === "2.1")).toBe(true);
    // Another instance publishing the same phone names it with the same id, so bundles merge.
    const again = feedStix({ ...feed, generatedAt: new Date(0).toISOString() }) as typeof bundle;
    expect(again.objects.find((o) => o.pattern === phone?.pattern)?.id).toBe(phone?.id);
  });

  it("answers only with the key, and 304 while nothing changed", async () => {
    expect((await fetch(`${base}/feed.json`)).status).toBe(401);
    expect((await fetch(`${base}/feed.json`, { headers: { authorization: "Bearer oc_live_not-a-key" } })).status).toBe(401);
    const first = await fetch(`${base}/feed.json`, { headers: auth });
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect((await fetch(`${base}/feed.json`, { headers: { ...auth, "if-none-match": etag } })).status).toBe(304);
    for (const format of ["feed.csv", "feed.stix.json", "feed.misp.json"]) {
      const response = await fetch(`${base}/${format}`, { headers: auth });
      expect(response.status, format).toBe(200);
      expect((await fetch(`${base}/${format}`, { headers: { ...auth, "if-none-match": response.headers.get("etag")! } })).status, format).toBe(304);
    }
  });

  it("lets instance B say a phone reported on A was reported before, by country", async () => {
    const sub = { name: "kg", url: `${base}/feed.json`, key: auth.authorization.slice("Bearer ".length) };
    expect(await syncFeeds(b.db, [sub])).toEqual([{ name: "kg", status: "merged", indicators: expect.any(Number) }]);
    // Asked again: the ETag says nothing changed.
    expect(await syncFeeds(b.db, [sub])).toEqual([{ name: "kg", status: "unchanged" }]);
    const history = new SightingHistory();
    await history.refresh(b.db);
    expect(history.reports("phone", "+996555000812")).toBe(2);
    const engine = shippedEngineWith(undefined, history);
    const verdict = engine.check("Работа в Корее без экзамена, предоплата 500$, звоните +996 555 000 812");
    expect(verdict.flags.map((f) => f.id)).toContain("reported_before");
    expect(verdict.history).toEqual([{ kind: "phone", value: "+996555000812", reports: 2, elsewhere: [{ country: "KG", reports: 2 }] }]);
    const t = (await createI18n()).getFixedT("ru");
    expect(renderVerdict(t, verdict)).toContain("На +996555000812 уже поступило 2 жалобы. (Кыргызстан: 2)");
  });

  it("skips a feed that fails or sends garbage, and keeps what it had", async () => {
    const before = await b.db.select().from(remoteSightings);
    expect(before.length).toBeGreaterThan(0);
    const bad = { name: "kg", url: `${garbageBase}/feed.json`, key: "any-key-0123456789" };
    for (const body of ["<html>oops</html>", JSON.stringify({ format: "offercheck-feed/1", indicators: [{ kind: "phone", value: "" }] }), JSON.stringify({ ...(await publishFeed(a.services.database.db, publish)), indicators: [{ kind: "sql", value: "x'; drop table referrals; --", reports: 1 }] })]) {
      garbageBody = body;
      const [outcome] = await syncFeeds(b.db, [bad]);
      expect(outcome?.status, body.slice(0, 40)).toBe("failed");
      expect(await b.db.select().from(remoteSightings)).toEqual(before);
    }
    const [down] = await syncFeeds(b.db, [{ ...bad, url: "http://127.0.0.1:9/feed.json" }]);
    expect(down?.status).toBe("failed");
    expect(await b.db.select().from(remoteSightings)).toEqual(before);
    const [row] = await b.db.select().from(feedSubscriptions).where(eq(feedSubscriptions.name, "kg"));
    expect(row?.lastError).toContain("kg:");
    // Local data untouched.
    expect(((await b.db.execute(sql`select count(*)::int as n from referrals`)) as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });
});
