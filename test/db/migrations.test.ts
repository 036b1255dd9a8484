import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.ts";
import { createTestDatabase } from "../helpers/postgres.ts";

const TABLES = ["caseworker_sessions", "caseworkers", "conversation_sessions", "login_failures", "processed_updates", "referral_events", "referral_notes", "referrals", "registry_operators", "registry_sources",
  "reporter_notices", "sender_rate_windows", "sightings", "verdict_feedback", "whatsapp_web_status"];

async function tables(database: Database): Promise<string[]> {
  const result = (await database.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
  )) as unknown as { rows: { table_name: string }[] };
  return result.rows.map((r) => r.table_name);
}

describe("migrations", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  it("create the same schema from scratch on Postgres and on PGlite, and re-running them is a no-op", async () => {
    const created = await createTestDatabase();
    const pg = await openDatabase({ url: created.url });
    const lite = await openDatabase({ memory: true });
    cleanups.push(() => pg.close().then(created.drop), () => lite.close());
    for (const database of [pg, lite]) {
      await database.migrate();
      await database.migrate();
      expect(await tables(database)).toEqual(TABLES);
    }
    // Two databases, every migration twice: on the shared 2-vCPU machine under a full test run this exceeds the default 20 s.
  }, 60_000);

  it("let instances that start together on a fresh database all come up: one migrates, the others wait", async () => {
    const created = await createTestDatabase();
    const instances = await Promise.all([1, 2, 3].map(() => openDatabase({ url: created.url })));
    cleanups.push(() => Promise.all(instances.map((i) => i.close())).then(created.drop));
    await Promise.all(instances.map((i) => i.migrate()));
    expect(await tables(instances[2]!)).toEqual(TABLES);
  }, 60_000);

  it("enforce the status vocabulary in the database itself", async () => {
    const lite = await openDatabase({ memory: true });
    cleanups.push(() => lite.close());
    await lite.migrate();
    await expect(
      lite.db.execute(sql`insert into registry_operators (key, country, registry, name, name_normalized, status) values ('k', 'PK', 'BEOE', 'X', 'x', 'revoked')`),
    ).rejects.toThrow();
  });
});
