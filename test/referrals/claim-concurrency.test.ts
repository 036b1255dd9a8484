import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createCaseworker } from "../../src/caseworkers/repository.ts";
import type { Caseworker } from "../../src/caseworkers/types.ts";
import { openDatabase, schema, type Database, type Db } from "../../src/db/client.ts";
import { changeStatus, claimNext } from "../../src/referrals/workflow.ts";
import { shippedEngine } from "../helpers/engine.ts";
import { createTestDatabase } from "../helpers/postgres.ts";
import { fileReport } from "../helpers/referrals.ts";

const WORKERS = 50;
const REFERRALS = 500;
const CLAIMS = { claimTtlMinutes: 30 };

let database: Database;
let drop: () => Promise<void>;
let pool: pg.Pool;
let db: Db;

beforeAll(async () => {
  const created = await createTestDatabase();
  drop = created.drop;
  database = await openDatabase({ url: created.url });
  await database.migrate();
  // One connection per caseworker, so all 50 really are in the database at once.
  pool = new pg.Pool({ connectionString: created.url, max: WORKERS });
  // Clients still closing when the database is dropped (with force) get a fatal error: not a failure.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  db = drizzle(pool, { schema }) as unknown as Db;
  const engine = await shippedEngine();
  const texts = [
    "Dubai drivers needed, 100% visa, advance fee 50,000 EasyPaisa, WhatsApp 0300-1234567",
    "Работа в Польше, виза 100%, предоплата 300$, звоните +7 701 000 0001",
  ];
  for (let i = 0; i < REFERRALS; i += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, REFERRALS - i) }, (_, j) =>
        fileReport(database.db, engine, { text: texts[(i + j) % 2]!, country: (i + j) % 2 ? "KZ" : "PK", urgent: (i + j) % 7 === 0 }),
      ),
    );
  }
}, 120_000);

afterAll(async () => {
  await pool.end();
  await database.close();
  await drop();
});

it(`hands each of ${REFERRALS} referrals to exactly one of ${WORKERS} concurrent caseworkers`, async () => {
  const workers: Caseworker[] = [];
  for (let i = 0; i < WORKERS; i++) {
    // Most work both countries; a few only one, so country scopes overlap the way real teams do.
    const countries = i % 10 === 1 ? ["PK"] : i % 10 === 2 ? ["KZ"] : ["KZ", "PK"];
    const a = await createCaseworker(database.db, { email: `cw${i}@ngo.example`, password: "a long test password", role: "caseworker", countries });
    workers.push({ id: a.id, email: a.email, role: "caseworker", countries: a.countries });
  }
  const claimedBy = new Map<string, string[]>();
  let inFlight = 0;
  let maxInFlight = 0;
  await Promise.all(
    workers.map(async (worker) => {
      for (;;) {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        const referral = await claimNext(db, worker, CLAIMS);
        inFlight--;
        if (!referral) return;
        claimedBy.set(referral.id, [...(claimedBy.get(referral.id) ?? []), worker.id]);
        expect(worker.countries).toContain(referral.country);
        await changeStatus(db, worker, referral.id, { to: "resolved", reason: "benchmark" }, CLAIMS);
      }
    }),
  );

  expect(maxInFlight).toBe(WORKERS);
  expect(claimedBy.size).toBe(REFERRALS);
  expect([...claimedBy.values()].filter((who) => who.length !== 1)).toEqual([]);
  const result = (await database.db.execute(sql`
    select
      (select count(*)::int from referrals where status <> 'resolved') as open,
      (select count(*)::int from (select referral_id from referral_events where action = 'claimed' group by referral_id having count(*) <> 1) x) as doubles,
      (select count(*)::int from referral_events where action = 'claimed') as claims`)) as unknown as { rows: { open: number; doubles: number; claims: number }[] };
  expect(result.rows[0]).toEqual({ open: 0, doubles: 0, claims: REFERRALS });
}, 120_000);
