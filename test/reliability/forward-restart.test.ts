import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../helpers/postgres.ts";
import { locale } from "../helpers/fixture-ads.ts";
import { deliver } from "../helpers/report-flow.ts";
import { TelegramMock, textUpdate, user } from "../helpers/telegram-mock.ts";
import { spawnWebhookApp, type WebhookAppProcess } from "../helpers/webhook-app.ts";

/**
 * The app in its own process is killed while a forward waits for its
 * window to close: the forward is in Postgres, but where to answer is not (a
 * raw chat id is never stored), so the instance that starts next answers it,
 * once, as soon as the sender writes again.
 */

const SECRET = "forward-restart-secret-0123456789";
/** Long enough for the kill to come before the window closes. */
const WINDOW_MS = 2_000;
const AD = "Срочно! Работа в Польше, виза 100%, предоплата 300$ на карту, пишите только в телеграм @job_poland_fast";

describe("a forward waiting when its instance dies", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let mock: TelegramMock;
  const apps: WebhookAppProcess[] = [];
  const spawn = async () => {
    const app = await spawnWebhookApp({ apiRoot: mock.url, secret: SECRET, database: { url: database.url }, env: { FORWARD_WINDOW_MS: String(WINDOW_MS) } });
    apps.push(app);
    return app;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    mock = new TelegramMock();
    await mock.start();
  });

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await mock?.stop();
    await database?.drop();
  }, 60_000);

  it("is answered once, by the instance that starts after it, when the sender writes again", async () => {
    const from = user(62001, "ru");
    const first = await spawn();
    await deliver(first.url, SECRET, textUpdate(from, AD));
    first.child.kill("SIGKILL");
    await first.exit;
    expect(mock.messagesTo(from.id)).toEqual([]);

    const next = await spawn();
    // Two windows, each with a sweep: nobody knows where to answer, so nothing is written unasked.
    await new Promise((r) => setTimeout(r, WINDOW_MS * 2 + 500));
    expect(mock.messagesTo(from.id)).toEqual([]);
    await deliver(next.url, SECRET, textUpdate(from, "Спасибо"));
    const [verdict] = await mock.waitForChat(from.id, 2, 30_000);
    expect(String(verdict!.text).startsWith(locale("ru").risk.high)).toBe(true);
    await new Promise((r) => setTimeout(r, WINDOW_MS * 2 + 500));
    const verdicts = mock.messagesTo(from.id).filter((m) => String(m.text).startsWith(locale("ru").risk.high));
    expect(verdicts).toHaveLength(1);
  }, 90_000);
});
