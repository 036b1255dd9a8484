import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.ts";
import { sightings } from "../../src/db/schema/index.ts";
import { createSightingsBuffer } from "../../src/referrals/sightings-buffer.ts";

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ memory: true });
  await database.migrate();
});
afterAll(() => database.close());

const count = async () => (await database.db.select().from(sightings)).length;

describe("sightings of checked adverts", () => {
  it("are written in batches: on the timer, when the batch is full, and on stop", async () => {
    const errors: unknown[] = [];
    const buffer = createSightingsBuffer(database.db, (e) => errors.push(e), { everyMs: 60_000, maxRows: 4 });
    buffer.add([{ kind: "phone", value: "+923001111111" }], "high");
    buffer.add([{ kind: "url_domain", value: "jobs-fast.example" }], "medium");
    expect(await count()).toBe(0);
    buffer.add([{ kind: "phone", value: "+923002222222" }, { kind: "email", value: "hr@x.example" }], "high");
    await buffer.flush();
    expect(errors).toEqual([]);
    expect(await count()).toBe(4);
    buffer.add([{ kind: "phone", value: "+923003333333" }], "low");
    await buffer.stop();
    const rows = await database.db.select().from(sightings);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.source === "check" && r.referralId === null)).toBe(true);
    expect(rows.find((r) => r.value === "jobs-fast.example")?.risk).toBe("medium");
    expect(errors).toEqual([]);
  });

  it("reports a failed write instead of throwing, and goes on", async () => {
    const closed = await openDatabase({ memory: true });
    await closed.close();
    const errors: unknown[] = [];
    const buffer = createSightingsBuffer(closed.db, (e) => errors.push(e), { everyMs: 60_000 });
    buffer.add([{ kind: "phone", value: "+923001111111" }], "high");
    await buffer.stop();
    expect(errors).toHaveLength(1);
  });
});
