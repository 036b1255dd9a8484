import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncScanResponse } from "../../src/api/schemas/partner.ts";
import { hashApiKey, revokeApiKey } from "../../src/partners/api-keys.ts";
import { fixtureAd } from "../helpers/fixture-ads.ts";
import { partnerTestApp, type PartnerTestApp } from "../helpers/partner-api.ts";
import { dumpAllTables } from "../helpers/scan-tables.ts";

let t: PartnerTestApp;
beforeAll(async () => {
  t = await partnerTestApp();
}, 60_000);
afterAll(() => t.close());

const SCAM = fixtureAd("en-scam-01").text;
const REVOKED_LICENCE = fixtureAd("en-scam-13").text;
const today = () => new Date().toISOString().slice(0, 10);

function scan(headers: Record<string, string>, payload: unknown) {
  return t.app.inject({ method: "POST", url: "/api/v1/scan", headers, payload: payload as object });
}

describe("POST /api/v1/scan", () => {
  it("keeps only the key's hash, and refuses a missing, unknown or revoked key", async () => {
    const { id, key, auth } = await t.key("olx-kz");
    const dump = await dumpAllTables(t.services.database.db);
    expect(dump).not.toContain(key);
    expect(dump).toContain(hashApiKey(key));

    const ads = { ads: [{ id: "1", text: SCAM }] };
    expect((await scan({}, ads)).statusCode).toBe(401);
    expect((await scan({ authorization: `Bearer ${key}x` }, ads)).json()).toMatchObject({ error: "invalid_key" });
    expect((await scan(auth, ads)).statusCode).toBe(200);
    await revokeApiKey(t.services.database.db, id);
    const revoked = await scan(auth, ads);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json()).toMatchObject({ error: "invalid_key" });
  });

  it("answers every advert in the order sent, bad ones with an error in their place", async () => {
    const { auth } = await t.key("kolesa", ["KZ", "KG"]);
    const response = await scan(auth, {
      ads: [
        { id: "scam", text: SCAM },
        { id: "no-text" },
        "not an object",
        { id: 42, text: REVOKED_LICENCE, country: "kg" },
        { id: "wrong-country", text: SCAM, country: "PK" },
        { id: "nul", text: "a\u0000b" },
        { id: "blank", text: "   " },
      ],
    });
    expect(response.statusCode).toBe(200);
    const { results } = syncScanResponse.parse(response.json());
    expect(results.map((r) => r.id)).toEqual(["scam", "no-text", null, 42, "wrong-country", "nul", "blank"]);
    expect(results[0]).toMatchObject({ risk: "high", crime: "fraud", isJobAd: true, language: "en", licence: { status: "none" } });
    expect((results[0] as { flags: { id: string; evidence: string[] }[] }).flags.find((f) => f.id === "guaranteed_visa")?.evidence.length).toBeGreaterThan(0);
    expect(results[1]).toMatchObject({ error: expect.stringMatching(/^text:/) });
    expect(results[2]).toMatchObject({ error: expect.any(String) });
    expect(results[3]).toMatchObject({ licence: { status: "cancelled", number: expect.any(String), holder: expect.any(String) } });
    expect(results[4]).toMatchObject({ error: expect.stringMatching(/^country:/) });
    expect(results[5]).toMatchObject({ error: expect.stringMatching(/U\+0000/) });
    expect(results[6]).toMatchObject({ error: expect.stringMatching(/^text:/) });
  });

  it("counts an advert sent again under the same id and text once, and the same text under another id again", async () => {
    const { auth } = await t.key("telegram-monitor");
    const text = `${SCAM}\nRef. partner idempotency`;
    const first = (await scan(auth, { ads: [{ id: "ad-1", text }] })).json().results[0];
    expect(first.similar).toMatchObject({ firstSeen: today(), reported: 0 });
    const before = first.similar.count as number;
    const again = (await scan(auth, { ads: [{ id: "ad-1", text }] })).json().results[0];
    expect(again.similar.count).toBe(before);
    const other = (await scan(auth, { ads: [{ id: "ad-2", text }] })).json().results[0];
    expect(other.similar.count).toBe(before + 1);
  });

  it("refuses more than 100 adverts, and holds each key to its own rate", async () => {
    const { auth } = await t.key("slow", ["KZ"], 3);
    const many = { ads: Array.from({ length: 101 }, (_, i) => ({ id: String(i), text: "x" })) };
    expect((await scan(auth, many)).statusCode).toBe(400);
    for (let i = 0; i < 2; i++) expect((await scan(auth, { ads: [{ id: "a", text: "hello" }] })).statusCode).toBe(200);
    const limited = await scan(auth, { ads: [{ id: "a", text: "hello" }] });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    const other = await t.key("fast", ["KZ"], 100);
    expect((await scan(other.auth, { ads: [{ id: "a", text: "hello" }] })).statusCode).toBe(200);
  });

  it("opens nothing but the scanning API, which the OpenAPI document describes", async () => {
    const { auth } = await t.key("curious");
    expect((await t.app.inject({ url: "/api/caseworker/referrals", headers: auth })).statusCode).toBe(401);
    expect((await t.app.inject({ url: "/api/caseworker/export.csv", headers: auth })).statusCode).toBe(401);
    const doc = (await t.app.inject({ url: "/docs/json" })).json() as { paths: Record<string, Record<string, { security?: unknown }>> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/scan", "/api/v1/scan/batches", "/api/v1/scan/batches/{id}", "/api/v1/scan/batches/{id}/results"]));
    expect(doc.paths["/api/v1/scan"]!.post!.security).toEqual([{ partnerKey: [] }]);
  });
});
