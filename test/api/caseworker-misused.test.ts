import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseworkerTestApp, type CaseworkerTestApp } from "../helpers/caseworker-api.ts";
import { fileReport } from "../helpers/referrals.ts";

interface Item {
  kind: string;
  value: string;
  holder: string | null;
  countries: string[];
  reports: number;
}

describe("misused identities (GET /api/caseworker/misused-identities) on Postgres", () => {
  let t: CaseworkerTestApp;
  const list = async (who: { bearer: Record<string, string> }) => {
    const response = await t.app.inject({ url: "/api/caseworker/misused-identities", headers: who.bearer });
    expect(response.statusCode).toBe(200);
    return (response.json() as { items: Item[] }).items;
  };

  beforeAll(async () => {
    t = await caseworkerTestApp("postgres");
    const db = t.services.database.db;
    const engine = t.services.engine;
    await t.account("misused-pk@ngo.example", "caseworker", ["PK"]);
    await t.account("misused-kz@ngo.example", "caseworker", ["KZ"]);
    await t.account("misused-admin@ngo.example", "admin", []);
    await fileReport(db, engine, { text: "Emirates Airline cabin crew jobs in Dubai, visa fee 300$ advance, contact emirates.hr.jobs@gmail.com", country: "KZ" });
    await fileReport(db, engine, { text: "Emirates airline ground staff, Dubai, 100% visa, pay 500$ first, write emirates.careers.dxb@gmail.com", country: "PK" });
    // A real licence number under another company's name.
    await fileReport(db, engine, { text: "Saudi jobs by Blue Star Overseas licence 2291/RWP, fee 2 lakh advance JazzCash 0300 0000123", country: "PK" });
    // A licence cited under its own holder's name is not a misuse.
    await fileReport(db, engine, { text: "Margalla Crest Recruiting Agency 2291/RWP, Riyadh drivers, fee 3 lakh advance, 0300 0000999", country: "PK" });
  });
  afterAll(() => t.close());

  it("names the impersonated employer and the real licence holder, with countries and counts", async () => {
    const items = await list(await t.login("misused-admin@ngo.example"));
    const brand = items.find((i) => i.kind === "brand");
    expect(brand).toMatchObject({ reports: 2, countries: ["KZ", "PK"] });
    expect(items.filter((i) => i.kind === "licence")).toEqual([
      expect.objectContaining({ value: "2291/RWP", holder: "Margalla Crest Recruiting Agency", reports: 1, countries: ["PK"] }),
    ]);
  });

  it("counts only the caseworker's countries' referrals", async () => {
    const kz = await list(await t.login("misused-kz@ngo.example"));
    expect(kz.map((i) => [i.kind, i.reports, i.countries])).toEqual([["brand", 1, ["KZ"]]]);
    const pk = await list(await t.login("misused-pk@ngo.example"));
    expect(pk.map((i) => i.kind).sort()).toEqual(["brand", "licence"]);
  });

  it("is refused without a session", async () => {
    expect((await t.app.inject({ url: "/api/caseworker/misused-identities" })).statusCode).toBe(401);
  });
});
