import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { monitorDaily, monitorSightings, referrals } from "../../src/db/schema/index.ts";
import { Journal } from "../../src/referrals/journal.ts";
import type { JournaledPost } from "../../src/monitor/watcher.ts";
import type { WatchedChat, WatchedPost } from "../../src/monitor/types.ts";
import { testServices, type TestServices } from "../helpers/app.ts";
import { ADMIN_URL, createTestDatabase } from "../helpers/postgres.ts";

/** High risk: prepayment to a card, a guaranteed visa, a messenger only. */
const POLAND = "Срочно! Работа в Польше, виза 100%, предоплата 300$ на карту, пишите только в телеграм @job_poland_fast";
const SHOP = "Ищем продавца в магазин одежды в Алматы, график 5/2, зарплата 250000 тенге, звоните +7 701 123 4567";
const CHANNEL: WatchedChat = { id: -1009000000001, kind: "channel", title: "Работа за рубежом", username: "abroad_jobs" };
const post = (messageId: number, text: string): WatchedPost => ({ chat: CHANNEL, messageId, edited: false, text, postedAt: new Date("2026-12-02T10:00:00Z") });

/** The database refuses new connections and drops the open ones: as good as down for this suite, and only for it. */
async function outage(name: string, down: boolean): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`alter database ${name} allow_connections ${down ? "false" : "true"}`);
    if (down) await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [name]);
  } finally {
    await admin.end();
  }
}

describe("the watcher while its database is away", () => {
  let created: Awaited<ReturnType<typeof createTestDatabase>>;
  let services: TestServices;
  let name: string;
  const db = () => services.database.db;
  const journalLines = () => new Journal<JournaledPost>(services.config.telegramWatch!.journal).pending();

  beforeAll(async () => {
    created = await createTestDatabase();
    name = new URL(created.url).pathname.slice(1);
    services = await testServices({ url: created.url }, { TELEGRAM_WATCH: "on", TELEGRAM_WATCH_COUNTRIES: "@abroad_jobs=KG" });
  }, 60_000);
  afterAll(async () => {
    await outage(name, false);
    await services.close();
    await created.drop();
  });

  it("keeps a risky post in its journal and files it once when the database is back", async () => {
    const watcher = services.watcher!;
    await outage(name, true);
    // Neither the risky post nor a harmless one fails the update: the first waits in the journal.
    await expect(watcher.check(post(1, POLAND))).resolves.toBeNull();
    await expect(watcher.check(post(2, SHOP))).resolves.toBeNull();
    expect((await journalLines()).map((l) => l.post.messageId)).toEqual([1]);

    await outage(name, false);
    expect(await watcher.replay()).toBe(1);
    expect(await watcher.replay()).toBe(0);
    expect(await journalLines()).toEqual([]);
    const filed = await db().select().from(referrals).where(eq(referrals.adText, POLAND));
    expect(filed).toMatchObject([{ channel: "monitor", country: "KG", risk: "high" }]);
    expect(await db().select().from(monitorSightings).where(eq(monitorSightings.referralId, filed[0]!.id))).toMatchObject([{ messageId: 1, link: "https://t.me/abroad_jobs/1" }]);
    // The harmless post's count was lost with the database (statistics only); the risky one is counted once.
    expect(await db().select({ checked: monitorDaily.checked, risky: monitorDaily.risky }).from(monitorDaily)).toEqual([{ checked: 1, risky: 1 }]);
  }, 60_000);

  it("files a post once when an instance died between journaling and settling it", async () => {
    const watcher = services.watcher!;
    await watcher.check(post(3, POLAND.replace("Польше", "Чехии")));
    // What a killed instance leaves: the line of a post the database already has.
    const journal = new Journal<JournaledPost>(services.config.telegramWatch!.journal);
    await journal.append({ idempotencyKey: `monitor:${CHANNEL.id}:3`, post: post(3, POLAND.replace("Польше", "Чехии")) });
    expect(readFileSync(services.config.telegramWatch!.journal, "utf8")).toContain("Чехии");
    await watcher.replay();
    expect(await journalLines()).toEqual([]);
    const seen = await db().select().from(monitorSightings).where(eq(monitorSightings.messageId, 3));
    expect(seen).toHaveLength(1);
    const [day] = await db().select({ checked: sql<number>`sum(${monitorDaily.checked})::int`, risky: sql<number>`sum(${monitorDaily.risky})::int` }).from(monitorDaily);
    expect(day).toEqual({ checked: 2, risky: 2 });
  }, 60_000);
});
