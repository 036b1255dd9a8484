import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.ts";
import { sightings } from "../../src/db/schema/index.ts";
import { createSightingsBuffer } from "../../src/referrals/sightings-buffer.ts";
import { migratedDatabase } from "../helpers/database.ts";
import { migratedMemoryDatabase } from "../helpers/memory-database.ts";

let database: Database;
beforeAll(async () => {
  database = await migratedMemoryDatabase();
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
    const closed = await migratedMemoryDatabase();
    await closed.close();
    const errors: unknown[] = [];
    const buffer = createSightingsBuffer(closed.db, (e) => errors.push(e), { everyMs: 60_000 });
    buffer.add([{ kind: "phone", value: "+923001111111" }], "high");
    await buffer.stop();
    expect(errors).toHaveLength(1);
  });

  it("writes one batch at a time while the database hangs, keeping only the newest sightings meanwhile", async () => {
    const slow = await migratedDatabase("postgres");
    // Another session holds the table: the buffer's insert waits, as on a database that stopped answering.
    const blocker = new pg.Client({ connectionString: slow.url! });
    await blocker.connect();
    await blocker.query("begin; lock table sightings in access exclusive mode");
    const errors: unknown[] = [];
    const buffer = createSightingsBuffer(slow.db, (e) => errors.push(e), { everyMs: 60_000, maxRows: 4, maxBuffered: 10 });
    for (let i = 0; i < 100; i++) {
      buffer.add([{ kind: "phone", value: `+92300${String(i).padStart(7, "0")}` }], "high");
      await new Promise((r) => setTimeout(r, 2));
    }
    const waiting = await blocker.query("select count(*)::int as n from pg_stat_activity where datname = current_database() and query ilike 'insert into \"sightings\"%'");
    expect(waiting.rows[0].n).toBe(1);
    await blocker.query("rollback");
    await blocker.end();
    await buffer.stop();
    const written = await slow.db.select().from(sightings);
    // The first batch, then the ten newest: the 86 in between were let go while the write hung.
    expect(written.map((r) => r.value).sort()).toEqual(
      [0, 1, 2, 3, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99].map((i) => `+92300${String(i).padStart(7, "0")}`),
    );
    expect(errors).toEqual([]);
    await slow.dispose();
  });
});
