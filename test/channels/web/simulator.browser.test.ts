import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import pino from "pino";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../../src/api/app.ts";
import { createServices, type Services } from "../../../src/app/services.ts";
import { simulatorRoutes } from "../../../src/channels/web/routes.ts";
import { loadConfig } from "../../../src/config.ts";
import type { Database } from "../../../src/db/client.ts";
import { referrals } from "../../../src/db/schema/index.ts";
import { renderAdImage } from "../../helpers/ad-image.ts";
import { launchChromium } from "../../helpers/chromium.ts";
import { listenOnLoopback } from "../../helpers/listen.ts";
import { fixtureAd } from "../../helpers/fixture-ads.ts";
import { migratedMemoryDatabase } from "../../helpers/memory-database.ts";
import { shippedPreparedEngine } from "../../helpers/engine.ts";

/**
 * The web simulator end to end: the real app (in-memory PGlite, real
 * dialogue, engine and referral service) driven in headless Chromium.
 */

const ROOT = join(import.meta.dirname, "..", "..", "..");
// The README's screenshot is refreshed on request (UPDATE_SCREENSHOTS=1, on a machine with Urdu fonts:
// Debian's fonts-noto-core); otherwise it goes to a temporary folder and the committed one stays.
const SCREENSHOT_DIR = process.env.UPDATE_SCREENSHOTS === "1" ? join(ROOT, "test", "screenshots") : mkdtempSync(join(tmpdir(), "offercheck-shots-"));
const SCREENSHOT = join(SCREENSHOT_DIR, "simulator.png");

const URDU_AD = "سعودی عرب کے لیے ڈرائیور کی فوری ضرورت، 100 فیصد ویزا گارنٹی، ایڈوانس فیس 3 لاکھ روپے، صرف واٹس ایپ 0300-0000111";
const INJECTION = `<img src=x onerror="window.__xss=1">`;
const ENGLISH_AD =
  "Urgent! Drivers needed in Dubai, salary 3000 USD, free visa 100% guaranteed, pay 500 USD advance fee to confirm your seat, WhatsApp only +971 50 000 0000";
const REFERENCE = /[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}/;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const OCR_MAX_BYTES = 400_000;

type Json = { [key: string]: Json } | string;
const locale = (lng: string): Json => JSON.parse(readFileSync(join(ROOT, "locales", lng, "translation.json"), "utf8")) as Json;
const lookup = (tree: Json, key: string): string | undefined => {
  let node: Json | undefined = tree;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : undefined;
};
const UR = locale("ur");
const EN = locale("en");
/** What the app shows in Urdu: the Urdu string, or English where Urdu has none (i18next fallbackLng). */
const ur = (key: string): string => {
  const text = lookup(UR, key) ?? lookup(EN, key);
  if (!text) throw new Error(`no translation for ${key}`);
  return text;
};

let dir: string;
let database: Database;
let services: Services;
let app: FastifyInstance;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "offercheck-simulator-"));
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: "",
    PGLITE_DIR: join(dir, "pglite"),
    REPORT_JOURNAL: join(dir, "report-journal.ndjson"),
    REPORTER_HMAC_KEY: "x".repeat(40),
    LOG_LEVEL: "silent",
    // Small, so a grainy photo is over it: pictures under it are read, up to twice it get "too large", past that HTTP 413.
    OCR_MAX_BYTES: String(OCR_MAX_BYTES),
  });
  database = await migratedMemoryDatabase();
  services = await createServices(config, database, pino({ level: "silent" }), config.dataDir ? undefined : shippedPreparedEngine());
  app = await buildApp({
    db: database.db,
    engine: () => services.engine,
    i18n: services.i18n,
    logLevel: "silent",
    // Every page here comes from one address; the per-address limit has its own test (routes.test.ts).
    channels: [async (a) => a.register(simulatorRoutes, { dialogue: services.dialogue, i18n: services.i18n, maxImageBytes: config.ocr.maxBytes, perMinute: 1_000 })],
  });
  baseUrl = `${await listenOnLoopback(app)}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await services?.stop();
  await database?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A fresh browser profile: its own localStorage, so its own simulated sender. */
async function openPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 400, height: 800 }, deviceScaleFactor: 1, locale: "en-US" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // The page must not need anything from outside this server (the machine is offline).
  await page.route(/^(?!http:\/\/127\.0\.0\.1:)/, async (route) => {
    errors.push(`external request: ${route.request().url()}`);
    await route.abort();
  });
  return { context, page, errors };
}

/** A fresh page on the simulator, past the welcome the page asks for on load. */
async function openChat(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const opened = await openPage();
  await opened.page.goto(baseUrl);
  await opened.page.getByTestId("bot-message").first().waitFor();
  await opened.page.waitForFunction(() => !document.querySelector('[data-testid="typing"]'));
  return opened;
}

/** Turns in the message list, the typing indicator aside. */
const turnCount = (page: Page) => page.locator('[data-testid="messages"] > .turn:not([data-testid="typing"])').count();

/**
 * Runs `act` (one message sent), then waits for the state that says it was
 * answered: the server's response to that message, then its turns on screen
 * and the page idle again. No fixed sleep or short deadline: a busy machine
 * only makes it slower (the test's own timeout is the bound).
 */
async function exchange(page: Page, act: () => Promise<void>): Promise<void> {
  const before = await turnCount(page);
  const answered = page.waitForResponse((r) => /\/simulator\/(message|image)/.test(r.url()), { timeout: 0 });
  await act();
  await answered;
  await page.waitForFunction(
    (n) => {
      const turns = document.querySelectorAll('[data-testid="messages"] > .turn:not([data-testid="typing"])').length;
      const send = document.querySelector<HTMLButtonElement>('[data-testid="send"]');
      return turns >= n + 2 && !document.querySelector('[data-testid="typing"]') && send !== null && !send.disabled;
    },
    before,
    { timeout: 0 },
  );
  expect(await page.getByTestId("error-message").count()).toBe(0);
}

async function sendText(page: Page, text: string): Promise<void> {
  await exchange(page, async () => {
    await page.getByTestId("input").fill(text);
    await page.getByTestId("input").press("Enter");
  });
}

/** Presses the choice labelled `label` under the newest bot bubble that has choices. */
async function press(page: Page, label: string): Promise<void> {
  const lastChoices = page.locator(".turn-bot:has(.choices)").last();
  await exchange(page, () => lastChoices.getByRole("button", { name: label, exact: true }).click());
  await expect.poll(() => page.getByTestId("user-message").last().textContent()).toContain(label);
}

const lastBot = (page: Page) => page.getByTestId("bot-message").last();

describe("web simulator in a real browser", () => {
  it("checks an Urdu ad, shows the verdict right-to-left and files an anonymous report", { timeout: 30_000 }, async () => {
    const { context, page, errors } = await openPage();
    try {
      await page.goto(baseUrl);
      expect(await page.title()).toBe("offercheck — job offer checker (simulator)");
      // On load the page sends /start: the welcome and the language picker.
      await page.getByTestId("bot-message").first().waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-testid="typing"]'));
      const welcome = lookup(EN, "bot.welcome")!.split("\n")[0]!;
      await expect.poll(() => page.getByTestId("messages").textContent()).toContain(welcome);
      expect(await page.getByTestId("messages").getAttribute("aria-live")).toBe("polite");

      await sendText(page, URDU_AD);
      expect(await page.getByTestId("user-message").last().textContent()).toContain(URDU_AD);
      // The verdict is the bubble with the report button (help-now messages may follow it).
      const verdict = page.locator(".turn-bot").filter({ has: page.getByRole("button", { name: ur("bot.button.report"), exact: true }) }).last().getByTestId("bot-message");
      expect(await lastBot(page).getAttribute("dir")).toBe("rtl");
      expect(await verdict.getAttribute("dir")).toBe("rtl");
      expect(await verdict.getAttribute("lang")).toBe("ur");
      expect(await verdict.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
      const verdictText = (await verdict.textContent()) ?? "";
      expect(verdictText).toMatch(ARABIC_SCRIPT);
      expect(verdictText).toContain(ur("risk.high"));
      // The page's own words follow the chat: Urdu, right to left.
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ur", "rtl"]);
      expect(await page.getByTestId("send").textContent()).toBe(ur("simulator.send"));
      expect(await page.getByTestId("language").textContent()).toBe(ur("simulator.language"));
      expect(await page.getByTestId("input").getAttribute("placeholder")).toBe(ur("simulator.placeholder"));
      expect(await page.title()).toBe(ur("simulator.title"));
      // Line breaks survive: the verdict is several lines, shown as such.
      expect(verdictText).toContain("\n");
      expect(await verdict.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe("pre-wrap");

      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: SCREENSHOT });

      await press(page, ur("bot.button.report"));
      await press(page, ur("bot.button.yes"));
      // Where seen, already paid, amount: skip each question as it comes.
      for (let question = 0; question < 3; question++) {
        expect(await lastBot(page).textContent()).not.toMatch(REFERENCE);
        await press(page, ur("bot.button.skip"));
      }
      const done = (await lastBot(page).textContent()) ?? "";
      const reference = REFERENCE.exec(done)?.[0];
      expect(reference, `no reference in the last message: ${done}`).toBeDefined();
      expect(await lastBot(page).getAttribute("dir")).toBe("rtl");

      const rows = await database.db.select().from(referrals).where(eq(referrals.reference, reference!));
      expect(rows).toHaveLength(1);
      expect(rows[0]!.language).toBe("ur");
      expect(rows[0]!.channel).toBe("web");
      expect(await database.db.select().from(referrals)).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows an injection attempt as plain text and never runs it", { timeout: 20_000 }, async () => {
    const { context, page, errors } = await openChat();
    try {

      const text = `${INJECTION}\n${ENGLISH_AD}`;
      await exchange(page, async () => {
        await page.getByTestId("input").fill(text);
        await page.getByTestId("send").click();
      });
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(await page.locator('[data-testid="messages"] img').count()).toBe(0);
      expect(await page.getByTestId("user-message").last().textContent()).toContain(text);
      const verdict = lastBot(page);
      expect(await verdict.getAttribute("dir")).toBe("ltr");
      expect(await verdict.textContent()).toContain(lookup(EN, "risk.high")!);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("reads a picture sent with the attach button or pasted as a screenshot, and says when one is too large", { timeout: 60_000 }, async () => {
    const { context, page, errors } = await openChat();
    try {
      const RU = locale("ru");

      const photo = await renderAdImage(fixtureAd("en-scam-01").text, { format: "jpeg" });
      await exchange(page, () => page.getByTestId("picture").setInputFiles({ name: "advert.jpg", mimeType: "image/jpeg", buffer: photo }));
      expect(await page.getByTestId("user-message").last().textContent()).toContain("advert.jpg");
      const read = (await lastBot(page).textContent()) ?? "";
      expect(read.startsWith(lookup(EN, "image.readFromPicture")!)).toBe(true);
      expect(read).toContain(lookup(EN, "risk.high")!);
      expect(await page.locator(".turn-bot").last().getByRole("button", { name: lookup(EN, "bot.button.report")!, exact: true }).count()).toBe(1);

      // A screenshot pasted into the message box: a Russian advert, answered in Russian.
      const screenshot = await renderAdImage(fixtureAd("ru-scam-01").text);
      await exchange(page, () =>
        page.getByTestId("input").evaluate((box, base64) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const clipboard = new DataTransfer();
          clipboard.items.add(new File([bytes], "screenshot.png", { type: "image/png" }));
          box.dispatchEvent(new ClipboardEvent("paste", { clipboardData: clipboard, bubbles: true, cancelable: true }));
        }, screenshot.toString("base64")),
      );
      expect(await page.getByTestId("input").inputValue()).toBe("");
      const pasted = (await lastBot(page).textContent()) ?? "";
      expect(pasted.startsWith(lookup(RU, "image.readFromPicture")!)).toBe(true);
      expect(pasted).toContain(lookup(RU, "risk.high")!);
      expect(await lastBot(page).getAttribute("lang")).toBe("ru");

      const grainy = await renderAdImage(fixtureAd("en-scam-02").text, { noise: 60 });
      expect(grainy.byteLength).toBeGreaterThan(OCR_MAX_BYTES);
      expect(grainy.byteLength).toBeLessThan(2 * OCR_MAX_BYTES);
      await exchange(page, () => page.getByTestId("picture").setInputFiles({ name: "grainy.png", mimeType: "image/png", buffer: grainy }));
      // In Russian: the last answer's language, kept by the session.
      expect(await lastBot(page).textContent()).toBe(lookup(RU, "image.tooLarge")!.replace("{{max}}", "0.4"));

      // Past twice the limit the server refuses the upload itself; the page says why.
      await page.getByTestId("picture").setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: Buffer.alloc(2 * OCR_MAX_BYTES + 1) });
      await page.getByTestId("error-message").waitFor();
      expect(await page.getByTestId("error-message").textContent()).toContain("too large");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** Where each Central Asian reader says they are, and the help that must then be on screen. */
const CENTRAL_ASIA = [
  { lng: "ru", country: "KZ" },
  { lng: "kk", country: "KZ" },
  { lng: "ky", country: "KG" },
  { lng: "tg", country: "TJ" },
  { lng: "uz-Latn", country: "UZ" },
  { lng: "uz-Cyrl", country: "UZ" },
] as const;

describe("the help journey for Central Asia, on a phone-sized page", () => {
  it.each(CENTRAL_ASIA)("$lng: advert, help, country, that country's number, urgent report", { timeout: 60_000 }, async ({ lng, country }) => {
    const tree = locale(lng);
    const t = (key: string) => lookup(tree, key) ?? lookup(EN, key)!;
    const { context, page, errors } = await openChat();
    try {
      await sendText(page, fixtureAd(`${lng}-scam-01`).text);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lng);
      // Asked where they are (at once when the advert shows a crime, else after "I need help now").
      if ((await lastBot(page).textContent()) !== t("bot.askCountry")) await press(page, t("bot.button.helpNow"));
      expect(await lastBot(page).textContent()).toBe(t("bot.askCountry"));
      await press(page, t(`country.${country}`));
      const help = page.locator(".turn-bot").filter({ hasText: t("bot.helpNowIntro").slice(0, 20) }).last().getByTestId("bot-message");
      const helpText = (await help.textContent()) ?? "";
      // A number that can be called from there, and no Pakistani body or number.
      expect(helpText).toContain("112");
      expect(helpText).not.toMatch(/\+92|111-247-786|FIA|BEOE/);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `help-${lng}.png`) });

      await press(page, t("bot.button.urgent"));
      const reference = REFERENCE.exec((await lastBot(page).textContent()) ?? "")?.[0];
      expect(reference).toBeDefined();
      const [row] = await database.db.select().from(referrals).where(eq(referrals.reference, reference!));
      // Filed for the caseworkers of the country they named, whatever the language.
      expect(row).toMatchObject({ urgency: "urgent", country, channel: "web" });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
