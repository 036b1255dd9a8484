import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { advertClustersPage } from "../../src/api/schemas/caseworker-responses.ts";
import { caseworkerTestApp, type CaseworkerTestApp } from "../helpers/caseworker-api.ts";
import { fixtureAd } from "../helpers/fixture-ads.ts";
import { EDITS, ORIGINAL } from "../memory/adverts.ts";

let t: CaseworkerTestApp;
let update = 0;

const say = (sender: string, message: string | { kind: "button"; data: string }) =>
  t.services.dialogue.handle({ channel: "telegram", senderId: sender, updateId: `adverts-${++update}`, message: typeof message === "string" ? { kind: "text", text: message } : message });

beforeAll(async () => {
  t = await caseworkerTestApp("postgres");
  await t.account("kz@ngo.example", "caseworker", ["KZ"]);
  await t.account("pk@ngo.example", "caseworker", ["PK"]);
  await t.account("admin@ngo.example", "admin", []);
  // A Kazakh advert checked by three people, one of whom reports it; a Pakistani one checked twice; one checked once.
  await say("a", ORIGINAL);
  await say("b", EDITS["a changed phone number, handle and price"]!);
  await say("c", EDITS["its lines in another order"]!);
  for (const data of ["report", "consent:yes", "skip", "skip", "skip"]) await say("c", { kind: "button", data });
  const pakistani = fixtureAd("en-scam-01").text;
  await say("d", pakistani);
  await say("e", `${pakistani}\n🔥🔥`);
  await say("f", fixtureAd("ru-scam-03").text);
});
afterAll(() => t.close());

async function clusters(email: string, query = "") {
  const who = await t.login(email);
  const response = await t.app.inject({ url: `/api/caseworker/advert-clusters${query}`, headers: who.bearer });
  return { status: response.statusCode, body: response.statusCode === 200 ? advertClustersPage.parse(response.json()) : response.json() };
}

describe("GET /api/caseworker/advert-clusters", () => {
  it("lists a caseworker the clusters seen in their countries, most seen first, with the referrals about them", async () => {
    const { status, body } = await clusters("kz@ngo.example");
    expect(status).toBe(200);
    const page = advertClustersPage.parse(body);
    expect(page.total).toBe(1);
    const [cluster] = page.items;
    expect(cluster).toMatchObject({ sightings: 3, reported: 1, countries: ["KZ"], sources: ["telegram"], otherReferrals: 0 });
    expect(cluster!.referrals).toHaveLength(1);
    expect(cluster!.referrals[0]).toMatchObject({ country: "KZ", status: "new" });
    expect(JSON.stringify(body)).not.toMatch(/корее|kaspi/i);
  });

  it("shows another country's caseworker only their own clusters, and an admin all", async () => {
    const pk = advertClustersPage.parse((await clusters("pk@ngo.example")).body);
    expect(pk.items.map((c) => [c.sightings, c.countries])).toEqual([[2, ["PK"]]]);
    const admin = advertClustersPage.parse((await clusters("admin@ngo.example")).body);
    expect(admin.items.map((c) => c.sightings)).toEqual([3, 2]);
  });

  it("refuses a bad page with 400 and a stranger with 401", async () => {
    expect((await clusters("kz@ngo.example", "?pageSize=1000")).status).toBe(400);
    expect((await t.app.inject({ url: "/api/caseworker/advert-clusters" })).statusCode).toBe(401);
  });
});
