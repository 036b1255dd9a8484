import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { defaultCaseworkerApiConfig, defaultFeedConfig } from "../../src/config.ts";
import { DEFAULT_DATA_DIR } from "../../src/data/load-engine-data.ts";
import { openDatabase, type Database } from "../../src/db/client.ts";
import { registrySources } from "../../src/db/schema/index.ts";
import { countOperators } from "../../src/registry/repository.ts";
import { ADVERT_MEMORY_PURGE_JOB, backgroundJobs, REGISTRY_SYNC_JOB } from "../../src/jobs/background-jobs.ts";
import { dbAdvertMemory } from "../../src/db/advert-memory-repository.ts";
import { startJobRunner, type JobRunner, type ScheduledJob } from "../../src/jobs/job-runner.ts";
import { createTestDatabase } from "../helpers/postgres.ts";
import { until } from "../helpers/until.ts";
import { migratedMemoryDatabase } from "../helpers/memory-database.ts";

const FAST = { pollingIntervalSeconds: 0.5, retry: { retryLimit: 2, retryDelay: 1, retryBackoff: false } };
const silent = { info: () => {}, warn: () => {} };


const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function database(kind: "postgres" | "pglite"): Promise<{ database: Database; url?: string }> {
  if (kind === "pglite") {
    const database = await migratedMemoryDatabase();
    cleanups.push(() => database.close());
    return { database };
  }
  const created = await createTestDatabase();
  cleanups.push(() => created.drop());
  const database = await openDatabase({ url: created.url });
  cleanups.push(() => database.close());
  return { database, url: created.url };
}

async function runner(db: Database, jobs: ScheduledJob[], errors: unknown[] = []): Promise<JobRunner> {
  const jobRunner = await startJobRunner(db, jobs, { ...silent, error: (obj: unknown) => void errors.push(obj) }, FAST);
  cleanups.push(() => jobRunner.stop());
  return jobRunner;
}

describe.each(["postgres", "pglite"] as const)("background jobs on pg-boss (%s)", (kind) => {
  it("runs a job on demand, retries a failing one and dead-letters it when retries are used up", async () => {
    const { database: db } = await database(kind);
    let ran = 0;
    let attempts = 0;
    const errors: unknown[] = [];
    const jobs = await runner(
      db,
      [
        { name: "works", cron: "0 0 1 1 *", run: async () => void ran++ },
        {
          name: "breaks",
          cron: "0 0 1 1 *",
          run: async () => {
            attempts++;
            throw new Error("database said no");
          },
        },
      ],
      errors,
    );
    await jobs.runNow("works");
    await jobs.runNow("breaks");
    await until(() => ran === 1 && errors.length === 1, 20_000);
    // The first try and two retries, then the dead-letter queue.
    expect(attempts).toBe(3);
    expect(errors[0]).toMatchObject({ job: { name: "breaks" } });
  }, 60_000);

  it("prunes conversations older than their retention", async () => {
    const { database: db } = await database(kind);
    await db.migrate();
    await db.db.execute(sql`insert into conversation_sessions (sender_hash, state, updated_at) values ('old', '{}', now() - interval '40 days'), ('new', '{}', now())`);
    await db.db.execute(sql`insert into sender_rate_windows (sender_hash, window_start, hits) values ('old', now() - interval '2 days', 3), ('new', now(), 1)`);
    const jobs = await runner(db, backgroundJobs(db.db, { caseworkerApi: defaultCaseworkerApiConfig(), registrySync: { sources: [], cron: "0 0 1 1 *" }, feeds: defaultFeedConfig(), advertMemoryDays: 365, scan: { retentionDays: 7 } }, silent));
    await jobs.runNow("prune-conversations");
    const left = async () => {
      const sessions = (await db.db.execute(sql`select sender_hash from conversation_sessions`)) as unknown as { rows: unknown[] };
      const windows = (await db.db.execute(sql`select sender_hash from sender_rate_windows`)) as unknown as { rows: unknown[] };
      return sessions.rows.length + windows.rows.length;
    };
    await until(async () => (await left()) === 2, 20_000);
  }, 60_000);

  it("forgets adverts not seen within the configured retention", async () => {
    const { database: db } = await database(kind);
    await db.migrate();
    const memory = dbAdvertMemory(db.db, "job-test-secret".padEnd(40, "x"));
    const advert = (n: number) => `Работа на складе в городе номер ${"абвгдеж"[n]}\nОплата визы заранее, гарантия выезда ${"абвгдеж"[n]}ой группы`;
    for (const n of [0, 1]) await memory.remember({ text: advert(n), key: String(n), source: "telegram", country: "KZ" });
    await db.db.execute(sql`update advert_clusters set last_seen = now() - interval '31 days' where sightings = 1 and id = (select min(id) from advert_clusters)`);
    const config = { caseworkerApi: defaultCaseworkerApiConfig(), registrySync: { sources: [], cron: "0 0 1 1 *" }, feeds: defaultFeedConfig(), advertMemoryDays: 30, scan: { retentionDays: 7 } };
    const jobs = await runner(db, backgroundJobs(db.db, config, silent));
    await jobs.runNow(ADVERT_MEMORY_PURGE_JOB);
    await until(async () => (await memory.recall(advert(0))).count === 0, 20_000);
    expect(await memory.recall(advert(1))).toMatchObject({ count: 1 });
  }, 60_000);

  it("imports the configured registry lists when the sync job runs", async () => {
    const { database: db } = await database(kind);
    await db.migrate();
    const sample = join(DEFAULT_DATA_DIR, "registries", "uk-sws.csv");
    const other = join(DEFAULT_DATA_DIR, "registries", "central-asia-sample.csv");
    const config = { caseworkerApi: defaultCaseworkerApiConfig(), registrySync: { sources: [sample, other], cron: "0 0 1 1 *" }, feeds: defaultFeedConfig(), advertMemoryDays: 365, scan: { retentionDays: 7 } };
    const jobs = await runner(db, backgroundJobs(db.db, config, silent));
    await jobs.runNow(REGISTRY_SYNC_JOB);
    await until(async () => (await db.db.select().from(registrySources)).filter((row) => row.importedAt).length === 2, 20_000);
    expect(await countOperators(db.db)).toBeGreaterThan(0);
    // Two lists, each up to 5 minutes to download and 10 to import: pg-boss must not retry it beside itself after its default 15.
    const queue = (await db.db.execute(sql`select expire_seconds from pgboss.queue where name = ${REGISTRY_SYNC_JOB}`)) as unknown as { rows: { expire_seconds: number }[] };
    expect(queue.rows[0]?.expire_seconds).toBe(2 * (5 * 60 + 10 * 60));
  }, 60_000);
});

describe("background jobs with several instances", () => {
  it("starts on several instances at once and runs a job asked for by all of them once", async () => {
    const { url } = await database("postgres");
    let runs = 0;
    const job: ScheduledJob = { name: "once", cron: "0 0 1 1 *", run: async () => void runs++ };
    // Started together, as instances behind a load balancer are: creating the queues must not deadlock.
    const instances = await Promise.all(
      [1, 2, 3].map(async () => {
        const db = await openDatabase({ url: url! });
        cleanups.push(() => db.close());
        return runner(db, [job]);
      }),
    );
    // Each instance asks for a run at start-up, as the registry sync does: one run, on one of them.
    await Promise.all(instances.map((instance) => instance.runNow("once")));
    await until(() => runs === 1, 20_000);
    // Give a wrongly shared or repeated job time to run again before counting.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(runs).toBe(1);
  }, 60_000);
});

describe("stopping the job runner", () => {
  it("waits for a fetch that was under way, so nothing reaches the database after it is closed", async () => {
    const created = await createTestDatabase();
    cleanups.push(() => created.drop());
    const real = await openDatabase({ url: created.url });
    let fetching = 0;
    let slow = false;
    // A loaded machine: the fetch that stop() overtakes answers late, with a job in hand.
    const database: Database = {
      ...real,
      async executeSql(text, values) {
        if (!slow || !/SKIP LOCKED/i.test(text)) return real.executeSql(text, values);
        fetching++;
        const answer = await real.executeSql(text, values);
        await new Promise((r) => setTimeout(r, 1_500));
        return answer;
      },
    };
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => void rejections.push(reason);
    process.on("unhandledRejection", onRejection);
    try {
      const jobs = await startJobRunner(database, [{ name: "late", cron: "0 0 1 1 *", run: async () => {} }], { warn: () => {}, error: () => {} }, FAST);
      await jobs.runNow("late");
      slow = true;
      await until(() => fetching > 0, 10_000);
      await jobs.stop();
      await real.close();
      await new Promise((r) => setTimeout(r, 3_000));
      expect(rejections).toEqual([]);
    } finally {
      process.off("unhandledRejection", onRejection);
    }
  }, 60_000);
});
