import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaseworker } from "../../src/caseworkers/repository.ts";
import { loadConfig } from "../../src/config.ts";
import { DEFAULT_DATA_DIR, loadEngineData } from "../../src/data/load-engine-data.ts";
import type { WatchedChat } from "../../src/monitor/types.ts";
import { Journal } from "../../src/referrals/journal.ts";
import { createWatcher } from "../../src/monitor/watcher.ts";
import { testServices, type TestServices } from "../helpers/app.ts";
import { startDashboard, watchedPage } from "../helpers/dashboard-browser.ts";

/** The Sources page and a monitor referral's posts, in headless Chromium, over posts the real watcher read. */

const ADMIN = { email: "farida.admin@iom.example", password: "Bishkek-admin-2026!" };
const POLAND = "Срочно! Работа в Польше, виза 100%, предоплата 300$ на карту, пишите только в телеграм @job_poland_fast";
const KZ: WatchedChat = { id: -1001, kind: "channel", title: "Работа Казахстан", username: "kz_jobs" };
const FLEA: WatchedChat = { id: -1002, kind: "group", title: "Барахолка Ош" };

let services: TestServices;
let app: FastifyInstance;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  services = await testServices("pglite");
  await createCaseworker(services.database.db, { ...ADMIN, role: "admin", countries: [] });
  const config = loadConfig({ TELEGRAM_WATCH: "on", TELEGRAM_WATCH_COUNTRIES: "@kz_jobs=KZ", WATCH_JOURNAL: join(mkdtempSync(join(tmpdir(), "watch-")), "journal.ndjson") }).telegramWatch!;
  const s = services;
  const watcher = createWatcher({ db: s.database.db, engine: s.engine, i18n: s.i18n, memory: s.adverts, filter: loadEngineData(DEFAULT_DATA_DIR).common, config, journal: new Journal(config.journal), log: s.log });
  const now = new Date();
  await watcher.check({ chat: KZ, messageId: 41, edited: false, text: POLAND, postedAt: now });
  await watcher.check({ chat: KZ, messageId: 42, edited: false, text: "Продаю велосипед, почти новый", postedAt: now });
  await watcher.check({ chat: FLEA, messageId: 7, edited: false, text: "Отдам котёнка в добрые руки", postedAt: now });
  ({ app, baseUrl, browser } = await startDashboard(services));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await services?.close();
});

describe("dashboard: Sources", () => {
  it("ranks the watched chats with their weekly bars, and a monitor referral shows the post's link", { timeout: 40_000 }, async () => {
    const { context, page, problems } = await watchedPage(browser, { width: 1100, height: 800 });
    await page.goto(`${baseUrl}/dashboard/`);
    await page.locator('[data-testid="login-email"]').fill(ADMIN.email);
    await page.locator('[data-testid="login-password"]').fill(ADMIN.password);
    await page.locator('[data-testid="login-submit"]').click();
    await expect.poll(() => page.locator('[data-testid="who-email"]').textContent(), { timeout: 10_000 }).toBe(ADMIN.email);

    await page.locator('a[data-route="sources"]').click();
    const rows = page.locator('[data-testid="source-row"]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    const cells = await rows.first().locator("td").allTextContents();
    expect(cells.slice(0, 6)).toEqual(["Работа Казахстан", "Channel", "KZ", "1", "2", "50 %"]);
    expect(await rows.first().locator("a").getAttribute("href")).toBe("https://t.me/kz_jobs");
    const bars = rows.first().locator(".trend-bar");
    expect(await bars.count()).toBe(8);
    // This week's bar is full height, the empty weeks a sliver: set through the CSSOM, which the CSP allows.
    expect(await bars.last().evaluate((el) => (el as HTMLElement).style.height)).toBe("100%");
    expect(await rows.nth(1).locator("td").first().textContent()).toBe("Барахолка Ош");

    await page.goto(`${baseUrl}/dashboard/#/queue`);
    await page.locator('[data-testid="queue-row"] a').first().click();
    const postings = page.locator('[data-testid="postings"] a');
    await expect.poll(() => postings.getAttribute("href"), { timeout: 10_000 }).toBe("https://t.me/kz_jobs/41");
    expect(await postings.textContent()).toBe("Работа Казахстан");
    expect(problems).toEqual([]);
    await context.close();
  });
});
