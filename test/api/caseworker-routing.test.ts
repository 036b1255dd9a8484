import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referralPage } from "../../src/api/schemas/caseworker-responses.ts";
import { caseworkerTestApp, type CaseworkerTestApp } from "../helpers/caseworker-api.ts";
import { fixtureAd } from "../helpers/fixture-ads.ts";

/**
 * Issue 15: most Central Asian reports are written in Russian. Whose
 * caseworkers see one is decided by where the person said they are, not by
 * the language: a Russian-language report from Kazakhstan reaches KZ, not PK.
 */

let t: CaseworkerTestApp;
let update = 0;

beforeAll(async () => {
  t = await caseworkerTestApp("pglite");
  await t.account("kz@ngo.example", "caseworker", ["KZ"]);
  await t.account("pk@ngo.example", "caseworker", ["PK"]);
});
afterAll(() => t.close());

const say = (data: { kind: "text"; text: string } | { kind: "button"; data: string }) =>
  t.services.dialogue.handle({ channel: "test", senderId: "ru-reader", updateId: `routing-${++update}`, message: data });

describe("routing a report to its country's caseworkers", () => {
  it("sends a Russian-language urgent report from Kazakhstan to KZ caseworkers and not to PK ones", async () => {
    await say({ kind: "text", text: fixtureAd("ru-scam-01").text });
    await say({ kind: "button", data: "help" });
    await say({ kind: "button", data: "country:KZ" });
    const [filed] = await say({ kind: "button", data: "urgent:yes" });
    const reference = /[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}/.exec(filed!.text)?.[0];
    expect(reference).toBeDefined();

    const listed = async (email: string) => {
      const who = await t.login(email);
      const response = await t.app.inject({ url: "/api/caseworker/referrals", headers: who.bearer });
      expect(response.statusCode).toBe(200);
      return referralPage.parse(response.json()).items.map((i) => i.reference);
    };
    expect(await listed("kz@ngo.example")).toContain(reference);
    expect(await listed("pk@ngo.example")).not.toContain(reference);
  });
});
