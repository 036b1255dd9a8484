import { eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaseworker } from "../../src/caseworkers/repository.ts";
import { caseworkers, referrals } from "../../src/db/schema/index.ts";
import type { Verdict } from "../../src/engine/types.ts";
import { testServices, type TestServices } from "../helpers/app.ts";
import { startDashboard } from "../helpers/dashboard-browser.ts";
import { shippedEngine } from "../helpers/engine.ts";
import {
  byTestId,
  contentWidth,
  dashboardLocale,
  englishLeftChecker,
  expectFitsFromDesktopToPhone,
  expectMenuOnScreen,
  loggedIn as loggedInAs,
  pageWords,
  poll,
  screenshot,
} from "./in-language.ts";
import { SHARED_PHONE, seedReferrals } from "./seed.ts";

/**
 * The dashboard in Urdu, right to left: a Pakistan caseworker whose account
 * is set to Urdu logs in (the real app on a fresh Postgres database, headless
 * Chromium), reads the queue and a referral in Urdu, in Nastaliq, with the
 * page mirrored; and on a 390 px phone the folded menu opens on the right side.
 */

const ur = dashboardLocale("ur");
const englishLeft = englishLeftChecker("ur");

const PK = { email: "sana.baloch@iom.example", password: "Lahore-queue-2026!" };

let services: TestServices;
let dashboard: Awaited<ReturnType<typeof startDashboard>>;
let browser: Browser;
let baseUrl: string;
let guards: { id: string; reference: string };
let drivers: { id: string; reference: string };

beforeAll(async () => {
  services = await testServices("postgres");
  const db = services.database.db;
  const filed = await seedReferrals(db, await shippedEngine());
  guards = filed.get("guards")!;
  drivers = filed.get("drivers")!;
  await createCaseworker(db, { ...PK, role: "caseworker", countries: ["PK"], language: "ur" });
  dashboard = await startDashboard(services);
  ({ baseUrl, browser } = dashboard);
});

afterAll(async () => {
  await dashboard?.close();
  await services?.close();
});

/** Logged in as the PK caseworker, whose account is set to Urdu (the browser says English). */
const loggedIn = (viewport: { width: number; height: number }) => loggedInAs(browser, baseUrl, PK, viewport);

/** The fonts Chromium really drew an element's text with (not what the CSS asks for), by glyph count. */
async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument");
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    return [...fonts].sort((a, b) => b.glyphCount - a.glyphCount).map((f) => f.familyName);
  } finally {
    await cdp.detach();
  }
}

/** Left edges of the elements `selector` matches, in document order. */
const lefts = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().left)));
const fits = contentWidth;

describe("the dashboard in Urdu", () => {
  it("has a check for English words that finds them", () => {
    expect(englishLeft(["Referral queue", "2 referrals", "Claim", "Urdu"])).toEqual(expect.arrayContaining(["Referral queue", "referrals", "Claim", "Urdu"]));
    expect(englishLeft(["ریفرلز کی قطار", "Telegram", "MISP JSON", "CSV ڈاؤن لوڈ"])).toEqual([]);
  });

  it("shows a PK caseworker set to Urdu the queue and a referral in Urdu, right to left, in Nastaliq", { timeout: 60_000 }, async () => {
    const { context, page, problems } = await loggedIn({ width: 1280, height: 900 });

    // The document is Urdu and right to left.
    expect(await page.locator("html").getAttribute("lang")).toBe("ur");
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe("rtl");
    expect(await page.locator('#nav a[data-route="queue"]').textContent()).toBe("قطار");
    expect(await byTestId(page, "export-csv").textContent()).toBe("CSV ڈاؤن لوڈ");
    expect(await byTestId(page, "export-misp").textContent()).toBe("MISP JSON");
    expect(await byTestId(page, "logout").textContent()).toBe("لاگ آؤٹ");
    expect(await page.locator("main h1").textContent()).toBe("ریفرلز کی قطار");
    expect(await byTestId(page, "queue-summary").textContent()).toBe("2 ریفرلز · اس صفحے پر 1 فوری کھلا ریفرل");
    expect(await byTestId(page, "claim-next").textContent()).toBe("اگلا ذمے لیں");
    const row = byTestId(page, "queue-row").and(page.locator(`[data-reference="${guards.reference}"]`));
    expect(await row.locator(".c-status").textContent()).toBe("نیا");
    expect(await row.locator(".c-channel").textContent()).toBe("ویب سائٹ");
    expect(await row.locator(".c-lang").textContent()).toBe("رومن اردو");
    // Written in Nastaliq where it is installed (fonts-noto-core), not in a Latin font's fallback.
    expect((await renderedFonts(page, "main h1"))[0]).toBe("Noto Nastaliq Urdu");
    expect(englishLeft(await pageWords(page))).toEqual([]);

    // Mirrored: the brand on the right of the top bar, the queue's first column (the reference) rightmost, headers aligned to the right.
    const [brand] = await lefts(page, ".topbar .brand");
    const [logout] = await lefts(page, '[data-testid="logout"]');
    expect(brand!).toBeGreaterThan(logout!);
    const headers = await lefts(page, '[data-testid="queue-table"] thead th');
    expect(headers.length).toBeGreaterThan(5);
    expect(headers).toEqual([...headers].sort((a, b) => b - a));
    expect(await page.locator('[data-testid="queue-table"] thead th').first().evaluate((th) => getComputedStyle(th).textAlign)).toBe("start");
    // The advert's excerpt is Roman Urdu in Latin letters: it keeps its own direction inside the mirrored table.
    expect(await row.locator(".excerpt").evaluate((el) => getComputedStyle(el).direction)).toBe("ltr");

    // A referral's page, claimed there.
    await row.locator('[data-testid="referral-link"]').click();
    await poll(() => byTestId(page, "detail-reference").textContent()).toBe(guards.reference);
    expect(await page.locator("main h1").textContent()).toBe(`ریفرل ${guards.reference}`);
    expect(await page.title()).toBe(`ریفرل ${guards.reference} — offercheck برائے کیس ورکرز`);
    expect(await byTestId(page, "detail-status").textContent()).toBe("نیا");
    for (const [section, heading] of [
      ["advert", "اشتہار"],
      ["answers", "رپورٹ کرنے والے کے جوابات"],
      ["verdict", "یہ فیصلہ کیوں"],
      ["entities", "اشتہار میں کیا درج ہے"],
      ["status", "حیثیت"],
      ["notes", "نوٹس"],
      ["cluster", "منسلک ریفرلز"],
      ["audit", "کارروائیوں کا ریکارڈ"],
    ]) {
      expect(await byTestId(page, `section-${section}`).locator("h2").textContent()).toBe(heading);
    }
    const [stored] = await services.database.db.select().from(referrals).where(eq(referrals.id, guards.id));
    const flagIds = (stored!.verdict as Verdict).flags.map((f) => f.id);
    const flagNames = await byTestId(page, "verdict-flags").locator(".flag-name").allTextContents();
    expect(flagNames.sort()).toEqual(flagIds.map((id) => ur.get(`flag.${id}`)!).sort());
    expect(flagNames).toContain("ویزے کی گارنٹی");
    // Signed figures and phone numbers keep their "+" in front: they are laid out left to right inside the Urdu text.
    const weight = byTestId(page, "verdict-flags").locator(".weight").first();
    expect(await weight.textContent()).toMatch(/^\+\d/);
    expect(await weight.evaluate((el) => [getComputedStyle(el).direction, getComputedStyle(el).unicodeBidi])).toEqual(["ltr", "isolate"]);
    const phone = byTestId(page, "cluster-links").locator("code");
    expect(await phone.textContent()).toBe(SHARED_PHONE);
    expect(await phone.evaluate((el) => [getComputedStyle(el).direction, getComputedStyle(el).unicodeBidi])).toEqual(["ltr", "isolate"]);
    expect(await byTestId(page, "reporter-answers").locator("dt").allTextContents()).toEqual(["کہاں دیکھا", "مانگی یا ادا کی گئی رقم", "ادائیگی ہو چکی", "تبصرہ"]);
    // The Roman Urdu advert reads left to right in its box; the page around it right to left.
    expect(await byTestId(page, "ad-text").evaluate((el) => getComputedStyle(el).direction)).toBe("ltr");
    expect(await byTestId(page, "section-advert").evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    // The drivers advert gives the same phone: linked.
    expect(await byTestId(page, "cluster-row").textContent()).toContain(drivers.reference);
    expect(await byTestId(page, "cluster-table").locator("thead th").allTextContents()).toEqual(["حوالہ نمبر", "حیثیت", "خطرہ", "ملک", "مشترک"]);

    const claim = byTestId(page, "detail-claim");
    expect(await claim.textContent()).toBe("اپنے ذمے لیں");
    await claim.click();
    await poll(() => byTestId(page, "detail-status").textContent()).toBe("ذمے لیا گیا");
    await poll(() => page.locator("#flash").textContent()).toBe(`آپ نے ${guards.reference} اپنے ذمے لے لیا۔`);
    expect(await page.locator(".current-status").textContent()).toBe("ابھی: ذمے لیا گیا · میرے ذمے");
    expect(await byTestId(page, "audit-trail").locator(".audit-action").allTextContents()).toEqual(["درج ہوا", "ذمے لیا گیا"]);
    // The audit trail's line and dots are on the right, where the text starts.
    const audit = byTestId(page, "audit-trail");
    expect(await audit.evaluate((el) => [getComputedStyle(el).borderRightWidth, getComputedStyle(el).borderLeftWidth])).toEqual(["2px", "0px"]);
    expect(englishLeft(await pageWords(page))).toEqual([]);
    await screenshot(page, "dashboard-detail-ur.png");
    await expectFitsFromDesktopToPhone(page);

    // The charts read from the right too: labels on the right, legends written right to left.
    await page.locator('#nav a[data-route="stats"]').click();
    await poll(() => byTestId(page, "chart-language").count()).toBe(1);
    const mirroring = await page.evaluate(() => {
      type Chart = { options: { plugins: { legend: { rtl?: boolean } } }; scales: Record<string, { options: { position: string; reverse: boolean } }> };
      const chartOf = (id: string) => (window as unknown as { Chart: { getChart(c: Element): Chart } }).Chart.getChart(document.querySelector(`[data-testid="${id}"]`)!);
      const bars = chartOf("chart-language");
      return { y: bars.scales.y!.options.position, xReversed: bars.scales.x!.options.reverse, legendRtl: chartOf("chart-status").options.plugins.legend.rtl };
    });
    expect(mirroring).toEqual({ y: "right", xReversed: true, legendRtl: true });
    await poll(() => page.locator(".loading").count()).toBe(0);
    expect(englishLeft(await pageWords(page))).toEqual([]);

    // English again, for good: the page turns left to right at once.
    await byTestId(page, "language").selectOption("en");
    await poll(() => page.locator("html").getAttribute("dir")).toBe("ltr");
    expect(await page.locator('#nav a[data-route="queue"]').textContent()).toBe("Queue");
    const [account] = await services.database.db.select().from(caseworkers).where(eq(caseworkers.email, PK.email));
    expect(account!.language).toBe("en");
    await byTestId(page, "language").selectOption("ur");
    await poll(() => page.locator("html").getAttribute("dir")).toBe("rtl");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("fits a 390 px phone right to left: the menu button on the left, the menu opening with every link on screen", { timeout: 60_000 }, async () => {
    const { context, page, problems } = await loggedIn({ width: 390, height: 844 });
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await fits(page)).toBeLessThanOrEqual(390);
    const menu = byTestId(page, "menu-toggle");
    expect(await menu.isVisible()).toBe(true);
    expect((await menu.textContent())!.trim()).toBe("مینو");
    const [menuLeft] = await lefts(page, '[data-testid="menu-toggle"]');
    const [brandLeft] = await lefts(page, ".topbar .brand");
    expect(menuLeft!).toBeLessThan(brandLeft!);
    expect(await byTestId(page, "export-misp").isVisible()).toBe(false);

    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await expectMenuOnScreen(page, 390);
    // The open menu's links start on the right, and the current page is marked on its right edge.
    const current = page.locator('#nav a[aria-current="page"]');
    expect(await current.textContent()).toBe("قطار");
    const { right, width, textRight, borderRight, borderLeft } = await current.evaluate((a) => {
      const range = document.createRange();
      range.selectNodeContents(a);
      const style = getComputedStyle(a);
      return {
        right: a.getBoundingClientRect().right,
        width: a.getBoundingClientRect().width,
        textRight: range.getBoundingClientRect().right,
        borderRight: style.borderRightColor,
        borderLeft: style.borderLeftWidth,
      };
    });
    expect(width).toBeGreaterThan(300);
    expect(right - textRight).toBeLessThan(20);
    expect([borderRight, borderLeft]).toEqual(["rgb(255, 255, 255)", "0px"]);
    expect(await fits(page)).toBeLessThanOrEqual(390);
    expect(englishLeft(await pageWords(page))).toEqual([]);
    await screenshot(page, "dashboard-phone-menu-ur.png");

    // A link closes the menu; the referral's page fits and its Claim button is on screen.
    await page.locator('#nav a[data-route="queue"]').click();
    await poll(() => menu.getAttribute("aria-expanded")).toBe("false");
    await page.locator(`[data-reference="${drivers.reference}"] [data-testid="referral-link"]`).click();
    await poll(() => byTestId(page, "detail-reference").textContent()).toBe(drivers.reference);
    expect(await fits(page)).toBeLessThanOrEqual(390);
    const box = (await byTestId(page, "detail-claim").boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await context.close();
  });
});
