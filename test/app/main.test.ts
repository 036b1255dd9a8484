import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnMain, type MainProcess } from "../helpers/main-process.ts";
import { createTestDatabase } from "../helpers/postgres.ts";
import { TelegramMock, textUpdate, user } from "../helpers/telegram-mock.ts";

const POLLING_STARTED = "telegram long polling started";
let mock: TelegramMock;
let database: { url: string; drop: () => Promise<void> };
const processes: MainProcess[] = [];

beforeAll(async () => {
  mock = new TelegramMock();
  await mock.start();
  database = await createTestDatabase();
});
afterAll(async () => {
  for (const p of processes) p.child.kill("SIGKILL");
  await mock.stop();
  await database.drop();
});

function instance(): MainProcess {
  const dir = mkdtempSync(join(tmpdir(), "offercheck-main-"));
  const p = spawnMain({
    DATABASE_URL: database.url,
    TELEGRAM_BOT_TOKEN: "123456:TEST-token-abcdefghijklmnopqrstuvwxyz",
    TELEGRAM_API_ROOT: mock.url,
    TELEGRAM_MODE: "polling",
    REPORTER_HMAC_KEY: "main-test-key-".padEnd(40, "x"),
    REPORT_JOURNAL: join(dir, "journal.ndjson"),
  });
  processes.push(p);
  return p;
}

describe("npm start with several instances in polling mode", () => {
  it("polls Telegram from one instance only, and another takes over when it dies", async () => {
    const [a, b] = [instance(), instance()];
    // Both come up (migrations serialised), one of them polls.
    await Promise.all([a, b].map((p) => p.waitForLog("Server listening at")));
    await Promise.race([a.waitForLog(POLLING_STARTED), b.waitForLog(POLLING_STARTED)]);
    await new Promise((r) => setTimeout(r, 6_000)); // longer than a waiting instance's lock check
    const pollers = [a, b].filter((p) => p.messages().includes(POLLING_STARTED));
    expect(pollers).toHaveLength(1);

    mock.push(textUpdate(user(501), "Dubai drivers urgently required, 100% visa guarantee, advance fee 500$, WhatsApp only 0300-0000111"));
    await mock.waitFor("sendMessage", 1, 30_000);

    const leader = pollers[0]!;
    const follower = leader === a ? b : a;
    leader.child.kill("SIGKILL");
    await follower.waitForLog(POLLING_STARTED, 30_000);
    mock.push(textUpdate(user(502), "Saudi visa 100% guarantee, fee 300$ before interview, contact on WhatsApp only"));
    const replies = await mock.waitFor("sendMessage", 2, 30_000);
    expect(replies.map((r) => r.chat_id)).toEqual([501, 502]);
  }, 150_000);
});
