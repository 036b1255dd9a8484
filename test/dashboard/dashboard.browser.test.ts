import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asc, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.ts";
import { createCaseworker } from "../../src/caseworkers/repository.ts";
import { dashboardRoutes } from "../../src/dashboard/routes.ts";
import { referralEvents, referralNotes, referrals, verdictFeedback } from "../../src/db/schema/index.ts";
import { insertFeedback } from "../../src/referrals/feedback.ts";
import { testServices, type TestServices } from "../helpers/app.ts";
import { listenOnLoopback } from "../helpers/listen.ts";
import { shippedEngine } from "../helpers/engine.ts";
import { SEED_ADS, SHARED_PHONE, seedReferrals } from "./seed.ts";
import { launchChromium } from "../helpers/chromium.ts";
import { watchedPage } from "../helpers/dashboard-browser.ts";

/**
 * The caseworker dashboard end to end: the real app (caseworker API and
 * dashboard plugin, as `npm start` builds it) on a fresh Postgres database,
 * three referrals filed with real engine verdicts, driven in headless Chromium.
 */

const ROOT = join(import.meta.dirname, "..", "..");
// The README's screenshots are refreshed on request (UPDATE_SCREENSHOTS=1); otherwise they go to a temporary folder.
const SCREENSHOT_DIR = process.env.UPDATE_SCREENSHOTS === "1" ? join(ROOT, "test", "screenshots") : mkdtempSync(join(tmpdir(), "offercheck-dashboard-"));

const EMAIL = "amina.karimova@iom.example";
const PASSWORD = "Tashkent-queue-2026!";
const NOTE = "Called the reporter back via the hotline; the JazzCash account is being reported to FIA.";
const REASON = "Referred the JazzCash account to FIA cyber crime; reporter advised not to pay more.";
const DISPUTED_AD = "Hiring cooks for a hotel in Riyadh through Sabz Pahar Overseas Employment Promoters, licence 0417/RWP, no fee before the visa";
const DISPUTED_COMMENT = "This agency is real, my cousin went with them";

let services: TestServices;
let app: FastifyInstance;
let browser: Browser;
let baseUrl: string;
let filed: Map<string, { id: string; reference: string }>;

beforeAll(async () => {
  services = await testServices("postgres");
  const db = services.database.db;
  const engine = await shippedEngine();
  filed = await seedReferrals(db, engine);
  await insertFeedback(db, { channel: "telegram", language: "en", adText: DISPUTED_AD, verdict: engine.check(DISPUTED_AD), reporterHash: null, comment: DISPUTED_COMMENT });
  await createCaseworker(db, { email: EMAIL, password: PASSWORD, role: "caseworker", countries: ["PK", "KZ"] });
  // The drivers advert was checked by three people (as copies with other numbers and emoji) and reported once.
  for (const [n, copy] of [adText("drivers"), adText("drivers").replace("0300-0000111", "0301 2223334"), `🔥 ${adText("drivers")} 🔥`].entries()) {
    await services.adverts.remember({ text: copy, key: `checker ${n}`, source: "telegram", country: "PK" });
  }
  await services.adverts.markReported(adText("drivers"), filed.get("drivers")!.id);
  app = await buildApp({
    db,
    engine: () => services.engine,
    i18n: services.i18n,
    logLevel: "silent",
    caseworkerApi: services.config.caseworkerApi,
    channels: [dashboardRoutes],
  });
  baseUrl = await listenOnLoopback(app);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await services?.close();
});

/** A fresh profile; every page error, console error, failed request and request off this machine is collected. */
async function openPage(): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const opened = await watchedPage(browser, { width: 1280, height: 800 });
  opened.page.on("requestfailed", (request) => opened.problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`));
  return opened;
}

/** The transient "done" message would cover part of a screenshot. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    const flash = document.getElementById("flash");
    if (flash) flash.hidden = true;
    (document.activeElement as HTMLElement | null)?.blur();
  });
  await page.screenshot({ path: join(SCREENSHOT_DIR, name) });
}

const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);
const adText = (key: string) => SEED_ADS.find((a) => a.key === key)!.text;
/** Waits for the page: generous, as Argon2 and Postgres share two cores with other suites. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });

describe("caseworker dashboard", () => {
  it("logs in, claims the urgent referral, notes and resolves it, shows its cluster and the week's charts", { timeout: 40_000 }, async () => {
    const { context, page, problems } = await openPage();
    const urgent = filed.get("guards")!;
    const linked = filed.get("drivers")!;

    // Login: no session yet, so the form shows without asking the server (no 401 in the console).
    await page.goto(`${baseUrl}/dashboard/`);
    await byTestId(page, "login-email").fill(EMAIL);
    await byTestId(page, "login-password").fill(PASSWORD);
    await byTestId(page, "login-submit").click();

    // The queue: three open referrals, the urgent one first and marked.
    const rows = byTestId(page, "queue-row");
    await poll(() => rows.count()).toBe(3);
    await poll(() => byTestId(page, "who-email").textContent()).toBe(EMAIL);
    expect(await byTestId(page, "who-countries").textContent()).toBe("KZ · PK");
    expect(await rows.first().getAttribute("data-reference")).toBe(urgent.reference);
    expect(await rows.first().getAttribute("data-urgency")).toBe("urgent");
    expect(await rows.first().locator(".urgent-badge").textContent()).toBe("Urgent");
    expect(await page.locator('[data-testid="queue-row"] .urgent-badge').count()).toBe(1);
    expect(await byTestId(page, "queue-summary").textContent()).toContain("3 referrals");
    await screenshot(page, "dashboard-queue.png");

    // Filters: a select applies at once and keeps the focus; the search applies on Enter; "Clear filters" resets.
    await byTestId(page, "filter-urgency").selectOption("urgent");
    await poll(() => page.evaluate(() => location.hash)).toBe("#/queue?urgency=urgent");
    await poll(() => rows.count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("urgency");
    await byTestId(page, "filter-reset").click();
    await poll(() => rows.count()).toBe(3);
    await byTestId(page, "filter-q").fill("JazzCash");
    await byTestId(page, "filter-q").press("Enter");
    await poll(() => page.evaluate(() => location.hash)).toBe("#/queue?q=JazzCash");
    await poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute("data-reference")).toBe(urgent.reference);
    await byTestId(page, "filter-reset").click();
    await poll(() => rows.count()).toBe(3);

    // Claim next opens the urgent referral, claimed by me.
    await byTestId(page, "claim-next").click();
    await poll(() => byTestId(page, "detail-reference").textContent()).toBe(urgent.reference);
    expect(page.url()).toBe(`${baseUrl}/dashboard/#/referral/${urgent.id}`);
    expect(await byTestId(page, "detail-status").textContent()).toBe("Claimed");

    expect(await byTestId(page, "ad-text").textContent()).toBe(adText("guards"));
    // The verdict with its evidence, and the reporter's answers.
    const flags = byTestId(page, "verdict-flags");
    expect(await flags.textContent()).toContain("Guaranteed visa");
    expect(await flags.textContent()).toContain("100% visa");
    expect(await byTestId(page, "reporter-answers").textContent()).toContain("They stopped answering after I paid");

    // A note, added from the keyboard (Ctrl+Enter in the note box).
    await byTestId(page, "note-body").fill(NOTE);
    await byTestId(page, "note-body").press("Control+Enter");
    await poll(() => byTestId(page, "notes-list").textContent()).toContain(NOTE);

    // claimed → in_review → resolved (with a reason).
    await byTestId(page, "status-select").selectOption("in_review");
    await byTestId(page, "status-submit").click();
    await poll(() => byTestId(page, "detail-status").textContent()).toBe("In review");
    await byTestId(page, "status-select").selectOption("resolved");
    await byTestId(page, "status-submit").click();
    // Without a reason the page says so and sends nothing.
    await poll(() => byTestId(page, "status-error").textContent()).toContain("reason");
    await byTestId(page, "status-reason").fill(REASON);
    await byTestId(page, "status-submit").click();
    await poll(() => byTestId(page, "detail-status").textContent()).toBe("Resolved");

    // The audit trail lists every step, with the reason.
    const audit = byTestId(page, "audit-trail");
    expect(await audit.locator("li").evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.action))).toEqual([
      "filed",
      "claimed",
      "note_added",
      "status_changed",
      "status_changed",
    ]);
    const auditText = await audit.textContent();
    expect(auditText).toContain("Claimed → In review");
    expect(auditText).toContain("In review → Resolved");
    expect(auditText).toContain(REASON);
    expect(auditText).toContain(EMAIL);

    // The cluster: the drivers' advert carries the same phone.
    const clusterRows = byTestId(page, "cluster-row");
    expect(await clusterRows.count()).toBe(1);
    expect(await clusterRows.first().textContent()).toContain(linked.reference);
    expect(await clusterRows.first().textContent()).toContain(SHARED_PHONE);
    expect(await byTestId(page, "cluster-links").textContent()).toContain(`phone ${SHARED_PHONE}`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "dashboard-detail.png");

    // Usable at 800 px: nothing sticks out sideways.
    await page.setViewportSize({ width: 800, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Following the cluster link opens the linked referral, which links back.
    await clusterRows.first().locator("a").click();
    await poll(() => byTestId(page, "detail-reference").textContent()).toBe(linked.reference);
    await poll(() => byTestId(page, "cluster-table").textContent()).toContain(urgent.reference);
    // Its advert carries markup: shown as text, not run.
    expect(await byTestId(page, "ad-text").textContent()).toBe(adText("drivers"));
    expect(await byTestId(page, "ad-text").locator("img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    // Stats: every chart drawn by chart.js, counts in the tiles.
    await page.locator('#nav a[data-route="stats"]').click();
    const chartIds = ["chart-weekly-flags", "chart-daily", "chart-language", "chart-country", "chart-flag", "chart-status", "chart-channel", "chart-risk"];
    await poll(() => page.locator("canvas").count()).toBe(chartIds.length);
    for (const id of chartIds) {
      const drawn = await byTestId(page, id).evaluate((canvas) => {
        const chart = (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): unknown } }).Chart.getChart(canvas as HTMLCanvasElement);
        return Boolean(chart) && (canvas as HTMLCanvasElement).width > 0 && (canvas as HTMLCanvasElement).height > 0;
      });
      expect(drawn, id).toBe(true);
    }
    expect(await byTestId(page, "tile-week").locator(".tile-value").textContent()).toBe("3");
    expect(await byTestId(page, "tile-urgent").locator(".tile-value").textContent()).toBe("0");

    // Export links carry the session cookie and answer.
    for (const id of ["export-csv", "export-misp"]) {
      const href = await byTestId(page, id).getAttribute("href");
      const status = await page.evaluate(async (url) => (await fetch(url!, { credentials: "same-origin" })).status, href);
      expect(status, id).toBe(200);
    }

    // Registry lookup by licence number.
    await page.goto(`${baseUrl}/dashboard/#/registry`);
    await byTestId(page, "registry-q").fill("2291/RWP");
    await byTestId(page, "registry-q").press("Enter");
    await poll(() => byTestId(page, "registry-table").textContent()).toContain("Margalla Crest Recruiting Agency");
    expect(await byTestId(page, "registry-table").textContent()).toContain("cancelled");

    // Feedback: a disputed verdict, marked reviewed.
    await page.locator('#nav a[data-route="feedback"]').click();
    const item = byTestId(page, "feedback-item");
    await poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain(DISPUTED_COMMENT);
    // It reached this caseworker because the licence is Pakistani.
    expect(await byTestId(page, "feedback-meta").textContent()).toMatch(/^Pakistan · English · Telegram/);
    await byTestId(page, "feedback-review").click();
    await poll(() => item.textContent()).toContain(`Reviewed by ${EMAIL}`);

    // Near-identical adverts: the drivers advert, checked three times and reported once, links to its referral.
    await page.locator('#nav a[data-route="adverts"]').click();
    const clusterRow = byTestId(page, "advert-cluster-row");
    await poll(() => clusterRow.count()).toBe(1);
    expect(await clusterRow.locator("td").evaluateAll((cells) => cells.slice(0, 2).map((c) => c.textContent))).toEqual(["3", "1"]);
    expect(await clusterRow.textContent()).toContain("Telegram");
    await clusterRow.locator("a").click();
    await poll(() => byTestId(page, "detail-reference").textContent()).toBe(filed.get("drivers")!.reference);

    // Log out: back to the login form.
    await byTestId(page, "logout").click();
    await poll(() => byTestId(page, "login-email").count()).toBe(1);

    expect(problems).toEqual([]);
    await context.close();

    // The database has what the caseworker did.
    const db = services.database.db;
    const [row] = await db.select().from(referrals).where(eq(referrals.id, urgent.id));
    expect(row).toMatchObject({ status: "resolved", urgency: "urgent" });
    expect(row!.closedAt).toBeInstanceOf(Date);
    const notes = await db.select().from(referralNotes).where(eq(referralNotes.referralId, urgent.id));
    expect(notes.map((n) => n.body)).toEqual([NOTE]);
    const events = await db.select().from(referralEvents).where(eq(referralEvents.referralId, urgent.id)).orderBy(asc(referralEvents.id));
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ["filed", null, "new"],
      ["claimed", "new", "claimed"],
      ["note_added", "claimed", "claimed"],
      ["status_changed", "claimed", "in_review"],
      ["status_changed", "in_review", "resolved"],
    ]);
    expect(events.at(-1)!.note).toBe(REASON);
    const [feedback] = await db.select().from(verdictFeedback);
    expect(feedback!.reviewedAt).toBeInstanceOf(Date);
    const [other] = await db.select().from(referrals).where(eq(referrals.id, linked.id));
    expect(other!.status).toBe("new");
  });
});
