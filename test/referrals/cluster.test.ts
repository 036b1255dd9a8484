import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caseworker } from "../../src/caseworkers/types.ts";
import { recordCheckSightings } from "../../src/referrals/repository.ts";
import { clusterOf } from "../../src/referrals/cluster.ts";
import { migratedDatabase } from "../helpers/database.ts";
import { shippedEngine } from "../helpers/engine.ts";
import { fileReport } from "../helpers/referrals.ts";

// Not real accounts: clusterOf only reads the actor's role and countries.
const pkWorker: Caseworker = { id: "00000000-0000-4000-8000-000000000001", email: "pk@ngo.example", role: "caseworker", countries: ["PK"] };
const admin: Caseworker = { id: "00000000-0000-4000-8000-000000000002", email: "admin@ngo.example", role: "admin", countries: [] };

describe.each(["postgres", "pglite"] as const)("referral clusters on %s", (kind) => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await migratedDatabase(kind);
    const engine = await shippedEngine();
    const file = async (name: string, text: string, country: string) => {
      ids[name] = (await fileReport(database.db, engine, { text, country })).id;
    };
    await file("first", "Dubai drivers needed, 100% visa, advance fee 50,000 EasyPaisa, WhatsApp 0300-1234567", "PK");
    // Shares the phone with the first, and a domain with the third.
    await file("second", "Qatar security guards, visit visa, pay 80,000 advance, call 0300 1234567 or see www.gulf-jobs-fast.com", "PK");
    await file("third", "Saudi welders required, apply at https://gulf-jobs-fast.com/apply, fee 60,000 JazzCash", "KZ");
    await file("unrelated", "Malaysia factory workers, contact 0333-7654321, salary 2000 USD, ticket free", "PK");
    // A Pakistani referral sharing a phone with a Kazakh one, which shares a handle with another Kazakh one.
    await file("pkA", "Poland factory jobs, 100% visa, advance 90,000 JazzCash, call +7 701 000 0042", "PK");
    await file("kzA", "Польша, виза 100%, предоплата 300$, звоните +7 701 000 0042, пишите @polsha_vizy_kz", "KZ");
    await file("kzB", "Чехия, работа на складе, предоплата 500$, пишите @polsha_vizy_kz", "KZ");
    // A mere check of an ad with the unrelated number links nothing: only reports do.
    await recordCheckSightings(database.db, [
      { kind: "phone", value: "+923337654321", risk: "high" },
      { kind: "phone", value: "+923001234567", risk: "high" },
    ]);
  });
  afterAll(() => database.dispose());

  it("links referrals sharing a phone, and transitively one sharing a domain with the second, into one cluster of three", async () => {
    const cluster = await clusterOf(database.db, admin, ids.first!);
    expect(cluster.size).toBe(3);
    expect(cluster.truncated).toBe(false);
    expect(cluster.members.map((m) => m.id)).toEqual([ids.second, ids.third]);
    expect(cluster.members[0]!.shared).toEqual(expect.arrayContaining([{ kind: "phone", value: "+923001234567" }, { kind: "url_domain", value: "gulf-jobs-fast.com" }]));
    expect(cluster.members[1]!.shared).toEqual([{ kind: "url_domain", value: "gulf-jobs-fast.com" }]);
    expect(cluster.links).toEqual(
      expect.arrayContaining([
        { kind: "phone", value: "+923001234567", referrals: 2 },
        { kind: "url_domain", value: "gulf-jobs-fast.com", referrals: 2 },
      ]),
    );
    // The same cluster from the other end.
    expect((await clusterOf(database.db, admin, ids.third!)).size).toBe(3);
  });

  it("leaves a referral with nothing in common alone", async () => {
    expect(await clusterOf(database.db, admin, ids.unrelated!)).toEqual({ size: 1, truncated: false, members: [], links: [] });
  });

  it("shows members of other countries without their id or reference", async () => {
    const cluster = await clusterOf(database.db, pkWorker, ids.first!);
    expect(cluster.members[1]).toMatchObject({ id: null, reference: null, visible: false, country: "KZ", shared: [{ kind: "url_domain", value: "gulf-jobs-fast.com" }] });
    expect(cluster.members[0]).toMatchObject({ id: ids.second, visible: true });
  });

  it("never shows a link that runs only between referrals of countries the caseworker does not work", async () => {
    const cluster = await clusterOf(database.db, pkWorker, ids.pkA!);
    expect(cluster.links.map((l) => l.value)).toEqual(["+77010000042"]);
    // The Kazakh referral that ties to theirs is shown (without id); the one reached only through the Kazakh handle is not.
    expect(cluster.members).toHaveLength(1);
    expect(cluster.members[0]).toMatchObject({ visible: false, id: null, country: "KZ", shared: [{ kind: "phone", value: "+77010000042" }] });
    const admins = await clusterOf(database.db, admin, ids.pkA!);
    expect(admins.links.map((l) => l.value)).toEqual(expect.arrayContaining(["+77010000042", "@polsha_vizy_kz"]));
    expect(admins.members).toHaveLength(2);
  });

  it("stops at the limit and says so", async () => {
    const cluster = await clusterOf(database.db, admin, ids.first!, 2);
    expect(cluster).toMatchObject({ size: 2, truncated: true });
  });
});
