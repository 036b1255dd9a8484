import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openDatabase, type Database } from "../../src/db/client.ts";
import { GuardedPool } from "../../src/db/guarded-pool.ts";
import { ADMIN_URL, createTestDatabase } from "../helpers/postgres.ts";

let target: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  target = await createTestDatabase();
});
afterAll(() => target?.drop());

async function terminate(pid: number) {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query("select pg_terminate_backend($1)", [pid]);
  } finally {
    await admin.end();
  }
}

const until = async (condition: () => boolean, ms = 5_000) => {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return condition();
};

describe("GuardedPool", () => {
  it("takes back a checked-out client whose connection the server ends, though its holder never releases it", async () => {
    const pool = new GuardedPool({ connectionString: target.url, max: 2 });
    pool.on("error", () => {});
    try {
      const held = await pool.connect();
      held.on("error", () => {});
      const pid = (await held.query<{ pid: number }>("select pg_backend_pid() as pid")).rows[0]!.pid;
      await terminate(pid);
      // What a transaction whose BEGIN failed leaves behind: no release. The pool must not lose the client.
      expect(await until(() => pool.totalCount === 0)).toBe(true);
      // A late release by the holder is harmless.
      held.release();
      expect((await pool.query<{ one: number }>("select 1 as one")).rows[0]!.one).toBe(1);
    } finally {
      await pool.end();
    }
  });

  it("closes the database promptly after transactions whose connections were cut", async () => {
    const database: Database = await openDatabase({ url: target.url });
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    const databaseName = new URL(target.url).pathname.slice(1);
    try {
      // Transactions racing against the server ending every connection of the database.
      const cuts = (async () => {
        for (let i = 0; i < 20; i++) {
          await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [databaseName]);
          await new Promise((r) => setTimeout(r, 10));
        }
      })();
      await Promise.all([
        cuts,
        ...Array.from({ length: 40 }, () => database.db.transaction(async (tx) => tx.execute(sql`select pg_sleep(0.01)`)).catch(() => undefined)),
      ]);
    } finally {
      await admin.end();
    }
    const started = Date.now();
    await database.close();
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 60_000);
});
