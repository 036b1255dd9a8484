/**
 * npm run bench:queue — BENCH_WORKERS (50) caseworkers, each with its own
 * connection, claim and resolve BENCH_REFERRALS (10,000) referrals on the
 * local Postgres (a fresh database, dropped afterwards), as fast as they can.
 * Prints claims/s, total time, claim-next latency and double claims (must be 0).
 * DATABASE_URL picks the server, as for the tests.
 */
import { randomUUID } from "node:crypto";
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { createCaseworker } from "../src/caseworkers/repository.ts";
import type { Caseworker } from "../src/caseworkers/types.ts";
import { openDatabase, schema, type Db } from "../src/db/client.ts";
import { referrals } from "../src/db/schema/index.ts";
import { referenceFor } from "../src/referrals/reference.ts";
import { changeStatus, claimNext } from "../src/referrals/workflow.ts";
import { shippedEngine } from "../test/helpers/engine.ts";
import { createTestDatabase } from "../test/helpers/postgres.ts";
import { percentile } from "./percentile.ts";

const REFERRALS = Number(process.env.BENCH_REFERRALS ?? 10_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 50);
const POOL = Number(process.env.BENCH_POOL ?? WORKERS);
const CLAIMS = { claimTtlMinutes: 30 };

const created = await createTestDatabase();
const database = await openDatabase({ url: created.url });
const pool = new pg.Pool({ connectionString: created.url, max: POOL });
// Clients still closing when the database is dropped (with force) get a fatal error: not a failure.
pool.on("error", () => {});
pool.on("connect", (client) => client.on("error", () => {}));
try {
  await database.migrate();
  const engine = await shippedEngine();
  const ads = [
    "Dubai drivers needed, 100% visa, advance fee 50,000 EasyPaisa, WhatsApp 0300-1234567",
    "Работа в Польше, виза 100%, предоплата 300$, звоните +7 701 000 0001",
    "Saudi welders required, apply at https://gulf-jobs-fast.com/apply, fee 60,000 JazzCash",
  ].map((text) => ({ text, verdict: engine.check(text) }));

  // Seeding is not measured: rows go in by the thousand, as filed reports would look.
  const seedStart = performance.now();
  for (let i = 0; i < REFERRALS; i += 1000) {
    const rows = Array.from({ length: Math.min(1000, REFERRALS - i) }, (_, j) => {
      const n = i + j;
      const ad = ads[n % ads.length]!;
      const idempotencyKey = `bench:${randomUUID()}`;
      return {
        reference: referenceFor(idempotencyKey),
        idempotencyKey,
        urgency: n % 10 === 0 ? "urgent" : "normal",
        country: n % 2 ? "KZ" : "PK",
        channel: "telegram",
        language: ad.verdict.language,
        adText: ad.text,
        risk: ad.verdict.risk,
        score: ad.verdict.score,
        crime: ad.verdict.crime,
        flags: ad.verdict.flags.map((f) => f.id),
        verdict: ad.verdict,
        entities: ad.verdict.entities,
      };
    });
    // References are random; a rare collision only costs that row.
    await database.db.insert(referrals).values(rows).onConflictDoNothing();
  }
  // A table filled in one go has no statistics yet; in service, autovacuum keeps them current as reports trickle in.
  await database.db.execute(sql`analyze referrals`);
  const [{ n: seeded } = { n: 0 }] = await database.db.select({ n: sql<number>`count(*)::int` }).from(referrals);
  const workers: Caseworker[] = [];
  for (let i = 0; i < WORKERS; i++) {
    // Most work both countries, some one: overlapping scopes, as in real teams.
    const countries = i % 5 === 1 ? ["PK"] : i % 5 === 2 ? ["KZ"] : ["KZ", "PK"];
    const a = await createCaseworker(database.db, { email: `cw${i}@bench.example`, password: "benchmark password", role: "caseworker", countries });
    workers.push({ id: a.id, email: a.email, role: "caseworker", countries: a.countries });
  }
  process.stdout.write(`seeded ${seeded} referrals and ${WORKERS} caseworkers in ${((performance.now() - seedStart) / 1000).toFixed(1)} s\n`);

  const db = drizzle(pool, { schema }) as unknown as Db;
  const claimLatency: number[] = [];
  const resolveLatency: number[] = [];
  const claimedBy = new Map<string, number>();
  const start = performance.now();
  await Promise.all(
    workers.map(async (worker) => {
      for (;;) {
        const t0 = performance.now();
        const referral = await claimNext(db, worker, CLAIMS);
        claimLatency.push(performance.now() - t0);
        if (!referral) return;
        claimedBy.set(referral.id, (claimedBy.get(referral.id) ?? 0) + 1);
        const t1 = performance.now();
        await changeStatus(db, worker, referral.id, { to: "resolved", reason: "benchmark" }, CLAIMS);
        resolveLatency.push(performance.now() - t1);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;

  const check = (await database.db.execute(sql`
    select
      (select count(*)::int from referrals where status <> 'resolved') as open,
      (select count(*)::int from (select referral_id from referral_events where action = 'claimed' group by referral_id having count(*) > 1) x) as doubles`)) as unknown as {
    rows: { open: number; doubles: number }[];
  };
  const doubleInMemory = [...claimedBy.values()].filter((n) => n > 1).length;
  claimLatency.sort((a, b) => a - b);
  resolveLatency.sort((a, b) => a - b);
  const claims = [...claimedBy.values()].reduce((a, b) => a + b, 0);
  const { rows } = check;
  process.stdout.write(
    [
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, Node ${process.version}`,
      `caseworkers: ${WORKERS} concurrent, pool of ${POOL} connections`,
      `referrals: ${seeded} claimed and resolved in ${seconds.toFixed(1)} s`,
      `throughput: ${(claims / seconds).toFixed(0)} claims/s (each claim followed by a resolve)`,
      `claim-next latency: p50 ${percentile(claimLatency, 50).toFixed(1)} ms, p99 ${percentile(claimLatency, 99).toFixed(1)} ms`,
      `resolve latency: p50 ${percentile(resolveLatency, 50).toFixed(1)} ms, p99 ${percentile(resolveLatency, 99).toFixed(1)} ms`,
      `double claims: ${Math.max(rows[0]!.doubles, doubleInMemory)}; left unresolved: ${rows[0]!.open}`,
    ].join("\n") + "\n",
  );
  if (rows[0]!.doubles || doubleInMemory || rows[0]!.open) process.exitCode = 1;
} finally {
  await pool.end();
  await database.close();
  await created.drop();
}
