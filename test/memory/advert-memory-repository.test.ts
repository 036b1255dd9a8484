import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbAdvertMemory, purgeAdvertMemory, type AdvertMemoryStore } from "../../src/db/advert-memory-repository.ts";
import { advertBands, advertClusters, advertSightingKeys } from "../../src/db/schema/index.ts";
import { migratedDatabase } from "../helpers/database.ts";
import { fileReport } from "../helpers/referrals.ts";
import { shippedEngine } from "../helpers/engine.ts";
import { EDITS, fixtureAdverts, ORIGINAL } from "./adverts.ts";

const today = () => new Date().toISOString().slice(0, 10);
const sighting = (text: string, key: string, country: string | null = "KZ", source = "telegram") => ({ text, key, country, source });

describe.each(["postgres", "pglite"] as const)("the advert memory on %s", (kind) => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  let memory: AdvertMemoryStore;

  beforeAll(async () => {
    database = await migratedDatabase(kind);
    memory = dbAdvertMemory(database.db, "test-secret-".padEnd(40, "x"));
  });
  afterAll(() => database.dispose());

  it("counts a sighting once per key, and answers for the adverts almost the same as one", async () => {
    expect(await memory.recall(ORIGINAL)).toEqual({ count: 0, firstSeen: null, reported: 0 });
    expect(await memory.remember(sighting(ORIGINAL, "a"))).toEqual({ count: 1, firstSeen: today(), reported: 0 });
    // A redelivery, or the same person sending it again.
    expect(await memory.remember(sighting(ORIGINAL, "a"))).toEqual({ count: 1, firstSeen: today(), reported: 0 });
    expect(await memory.remember(sighting(ORIGINAL, "b", "KG", "whatsapp"))).toMatchObject({ count: 2 });
    expect(await memory.recall(ORIGINAL)).toMatchObject({ count: 2 });
  });

  it("finds the copies edited as copiers edit them, in one cluster", async () => {
    let count = 2;
    for (const [edit, copy] of Object.entries(EDITS)) {
      expect(await memory.recall(copy), edit).toMatchObject({ count });
      expect(await memory.remember(sighting(copy, `copy ${edit}`)), edit).toMatchObject({ count: ++count });
    }
    const [cluster] = await database.db.select().from(advertClusters);
    expect(cluster).toMatchObject({ sightings: count, countries: ["KZ", "KG"], sources: ["telegram", "whatsapp"] });
  });

  it("keeps the different adverts of the corpus apart, each in its own cluster", async () => {
    const ads = fixtureAdverts().filter((ad) => ad.kind !== "not_ad");
    for (const ad of ads) await memory.remember(sighting(ad.text, `fixture ${ad.id}`));
    for (const ad of ads) expect(await memory.recall(ad.text), ad.id).toMatchObject({ count: 1 });
    expect(await database.db.$count(advertClusters)).toBe(ads.length + 1);
  });

  it("keeps no advert text and no key, only a keyed hash of each key", async () => {
    const dump = JSON.stringify([
      await database.db.select().from(advertClusters),
      await database.db.select().from(advertSightingKeys),
      await database.db.select().from(advertBands).limit(50),
    ]);
    expect(dump).not.toMatch(/корее|kaspi|fixture|copy/i);
    const keys = await database.db.select().from(advertSightingKeys);
    expect(keys.every((k) => /^[A-Za-z0-9_-]{43}$/.test(k.keyHash))).toBe(true);
  });

  it("counts reports: once per referral, and of adverts never checked too", async () => {
    const engine = await shippedEngine();
    const referral = await fileReport(database.db, engine, { text: ORIGINAL, country: "KZ" });
    await memory.markReported(EDITS["a few words changed"]!, referral.id);
    await memory.markReported(ORIGINAL, referral.id);
    expect(await memory.recall(ORIGINAL)).toMatchObject({ reported: 1 });
    await memory.markReported(ORIGINAL);
    expect(await memory.recall(ORIGINAL)).toMatchObject({ reported: 2 });
    const unseen = "Требуются сварщики в Катар, зарплата 1800$, жильё бесплатно\nОплата визы 900$ заранее";
    await memory.markReported(unseen);
    expect(await memory.recall(unseen)).toMatchObject({ count: 0, reported: 1, firstSeen: today() });
  });

  it("forgets clusters not seen within the retention, with their bands, and old keys", async () => {
    const old = "Работа в Японии, уборка офисов, 3000$ в месяц\nВиза за 10 дней, оплата 500$ на карту\nПишите @japan_job_fast";
    await memory.remember(sighting(old, "old"));
    await database.db.execute(sql`update ${advertClusters} set last_seen = now() - interval '400 days' where id = (select max(id) from ${advertClusters})`);
    await database.db.execute(sql`update ${advertSightingKeys} set seen_at = now() - interval '400 days'`);
    const bandsBefore = (await database.db.select().from(advertBands)).length;
    expect(await purgeAdvertMemory(database.db, 365)).toBe(1);
    expect(await memory.recall(old)).toMatchObject({ count: 0 });
    expect((await database.db.select().from(advertBands)).length).toBe(bandsBefore - 16);
    expect(await database.db.select().from(advertSightingKeys)).toEqual([]);
    expect(await memory.recall(ORIGINAL)).toMatchObject({ count: 8 });
    // A key forgotten counts again.
    expect(await memory.remember(sighting(ORIGINAL, "a"))).toMatchObject({ count: 9 });
  });
});
