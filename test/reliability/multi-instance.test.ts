import { performance } from "node:perf_hooks";
import pg from "pg";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../helpers/postgres.ts";
import { deliver, FRAUD_ADS, referencesIn, reportFlow, runFlow } from "../helpers/report-flow.ts";
import { TelegramMock, user } from "../helpers/telegram-mock.ts";
import { spawnWebhookApp, type WebhookAppProcess } from "../helpers/webhook-app.ts";

/**
 * Issue 8: three app processes behind one webhook address share one Postgres
 * database and one (mock) Bot API. A conversation hops between them, and
 * Telegram's redeliveries of an update reach other instances, some while
 * the first is still working on it: each update must be answered once, each
 * report filed once.
 */

const INSTANCES = 3;
/** 100 reporters through every question (6 updates each) and 200 urgent ones (2 each): 1,000 updates. */
const FULL = 100;
const URGENT = 200;
const UPDATES = FULL * 6 + URGENT * 2;
const CONCURRENCY = 30;
const SECRET = "multi-instance-secret-0123456789";
const FIRST_CHAT = 40_000_000;

describe("three app instances on one Postgres database", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let mock: TelegramMock;
  const apps: WebhookAppProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    mock = new TelegramMock();
    await mock.start();
    // All at once on the empty database, as a deployment starts them: they take turns at migrating and seeding.
    const started = await Promise.allSettled(Array.from({ length: INSTANCES }, () => spawnWebhookApp({ apiRoot: mock.url, secret: SECRET, database: { url: database.url } })));
    for (const s of started) if (s.status === "fulfilled") apps.push(s.value);
    for (const s of started) if (s.status === "rejected") throw s.reason;
  }, 120_000);

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await mock?.stop();
    await database?.drop();
  }, 60_000);

  it("answers each of 1,000 updates once and files each report once, however they are spread and redelivered", async () => {
    const started = performance.now();
    const references = new Map<number, string>();
    const failures: string[] = [];
    let deliveries = 0;

    /**
     * Step s of sender i goes to instance (i + s) mod 3: the advert on one, the buttons on the others.
     * One update in six is also delivered to both other instances at the same time, and one in six
     * again to the next instance once it was answered.
     */
    const post = (i: number) => async (update: Update, step: number) => {
      const home = (i + step) % INSTANCES;
      const other = (k: number) => apps[(home + k) % INSTANCES]!.url;
      const send = async (url: string) => {
        deliveries++;
        await deliver(url, SECRET, update);
      };
      if (update.update_id % 6 === 0) await Promise.all([send(other(0)), send(other(1)), send(other(2))]);
      else await send(other(0));
      if (update.update_id % 6 === 3) await send(other(1));
    };

    let next = 0;
    const worker = async () => {
      while (next < FULL + URGENT) {
        const i = next++;
        const from = user(FIRST_CHAT + i, "en");
        // Distinct senders, so the per-sender rate limit (20 a minute) never answers instead of the bot.
        const steps = reportFlow(from, FRAUD_ADS[i % FRAUD_ADS.length]!, i % 3 === 0 ? "full" : "urgent", i);
        try {
          const replies = await runFlow(mock, steps, post(i));
          references.set(from.id, referencesIn(replies)[0]!);
        } catch (error) {
          failures.push((error as Error).message);
        }
      }
    };
    const crashed = Promise.race(apps.map((a) => a.exit.then((code) => Promise.reject(new Error(`an instance exited (${code}):\n${a.stderr()}`)))));
    await Promise.race([Promise.all(Array.from({ length: CONCURRENCY }, worker)), crashed]);
    const elapsed = performance.now() - started;
    // A second answer to a redelivery would have been sent before its webhook call returned; a moment more catches a straggler.
    await new Promise((r) => setTimeout(r, 1000));

    console.log(
      `multi-instance test: ${INSTANCES} instances, ${FULL + URGENT} reporters, ${UPDATES} updates in ${deliveries} deliveries ` +
        `(${deliveries - UPDATES} redeliveries), ${mock.sent().length} messages, ${(elapsed / 1000).toFixed(1)} s`,
    );
    expect(failures.slice(0, 5), `${failures.length} reporters failed`).toEqual([]);
    // Every update answered exactly once: each step of a flow is answered with one message.
    const perChat = new Map<number, number>();
    for (const m of mock.sent()) perChat.set(Number(m.chat_id), (perChat.get(Number(m.chat_id)) ?? 0) + 1);
    const wrong = [...perChat].filter(([chat]) => perChat.get(chat) !== ((chat - FIRST_CHAT) % 3 === 0 ? 6 : 2));
    expect(wrong).toEqual([]);
    expect(perChat.size).toBe(FULL + URGENT);
    expect(mock.sent().length).toBe(UPDATES);

    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const rows = (await db.query<{ reference: string; n: number }>("select reference, count(*)::int as n from referrals group by reference")).rows;
      expect(rows.filter((r) => r.n > 1)).toEqual([]);
      expect(rows.length).toBe(FULL + URGENT);
      expect(new Set(rows.map((r) => r.reference))).toEqual(new Set(references.values()));
      // Each update claimed once, by whichever instance got there first.
      expect(Number((await db.query("select count(*) from processed_updates")).rows[0].count)).toBe(UPDATES);
    } finally {
      await db.end();
    }
    for (const a of apps) expect(a.exited, a.stderr()).toBeUndefined();
  }, 180_000);
});
