import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaseworker } from "../../src/caseworkers/repository.ts";
import { caseworkers, referralEvents, referrals } from "../../src/db/schema/index.ts";
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
import { SEED_ADS, seedReferrals } from "./seed.ts";

/**
 * The dashboard in Russian, and on a phone: a Kazakhstan caseworker whose
 * account is set to Russian logs in (the real app on a fresh Postgres
 * database, headless Chromium), claims a new referral from its own page and
 * reads it in Russian, with no English word of the dashboard left on it.
 */

const ru = dashboardLocale("ru");
const englishLeft = englishLeftChecker("ru");

const KZ = { email: "aigerim.nurlanova@iom.example", password: "Almaty-queue-2026!" };
/** A colleague in the same country, who claims a referral first. */
const COLLEAGUE = { email: "dana.seitkali@iom.example", password: "Astana-queue-2026!" };

let services: TestServices;
let dashboard: Awaited<ReturnType<typeof startDashboard>>;
let browser: Browser;
let baseUrl: string;
let hostess: { id: string; reference: string };
let raced: { id: string; reference: string };
let onPhone: { id: string; reference: string };

beforeAll(async () => {
  services = await testServices("postgres");
  const db = services.database.db;
  const filed = await seedReferrals(db, await shippedEngine());
  hostess = filed.get("hostess")!;
  const template = SEED_ADS.find((a) => a.key === "hostess")!;
  // Filed a minute later (the seed files in order): the queue's first row stays the hostess advert.
  raced = (await seedReferrals(db, await shippedEngine(), [{ ...template, key: "hostess-raced", text: `${template.text} Звоните +7 701 000 0222` }])).get("hostess-raced")!;
  // One more, with nothing in common with the others, to be claimed on a phone.
  const phoneAd = { ...template, key: "cooks-phone", text: "Требуются повара в Сеул, зарплата 3000$, виза гарантирована, оплата 500$ заранее на карту. Пишите в WhatsApp +7 702 000 0333" };
  onPhone = (await seedReferrals(db, await shippedEngine(), [phoneAd])).get("cooks-phone")!;
  await createCaseworker(db, { ...KZ, role: "caseworker", countries: ["KZ"], language: "ru" });
  await createCaseworker(db, { ...COLLEAGUE, role: "caseworker", countries: ["KZ"] });
  dashboard = await startDashboard(services);
  ({ baseUrl, browser } = dashboard);
});

afterAll(async () => {
  await dashboard?.close();
  await services?.close();
});

/** Logged in as the KZ caseworker, whose account is set to Russian. */
const loggedIn = (viewport: { width: number; height: number }) => loggedInAs(browser, baseUrl, KZ, viewport);

describe("the dashboard in Russian", () => {
  it("has a check for English words that finds them", () => {
    // Guards the guard: an English label on the page must not slip through.
    expect(englishLeft(["Referral queue", "3 referrals", "Claim next", "Log out", "Russian"])).toEqual(
      expect.arrayContaining(["Referral queue", "referrals", "Claim next", "Log out", "Russian"]),
    );
    expect(englishLeft(["Очередь обращений", "Telegram", "MISP JSON", "Margalla Crest Recruiting Agency"])).toEqual([]);
  });

  it("shows a KZ caseworker set to Russian every label in Russian, and lets them claim a referral from its page", { timeout: 60_000 }, async () => {
    const { context, page, problems } = await loggedIn({ width: 1280, height: 900 });

    // The queue, in Russian.
    expect(await page.locator("html").getAttribute("lang")).toBe("ru");
    expect(await page.locator("html").getAttribute("dir")).toBe("ltr");
    expect(await page.locator('#nav a[data-route="queue"]').textContent()).toBe("Очередь");
    expect(await byTestId(page, "export-csv").textContent()).toBe("Выгрузить CSV");
    // A wide screen shows the whole bar: no menu button.
    expect(await byTestId(page, "menu-toggle").isVisible()).toBe(false);
    expect(await byTestId(page, "export-misp").isVisible()).toBe(true);
    expect(await page.locator("main h1").textContent()).toBe("Очередь обращений");
    expect(await byTestId(page, "queue-summary").textContent()).toBe("3 обращения");
    expect(await byTestId(page, "claim-next").textContent()).toBe("Взять следующее");
    const row = byTestId(page, "queue-row").and(page.locator(`[data-reference="${hostess.reference}"]`));
    expect(await row.locator(".c-status").textContent()).toBe("Новое");
    expect(await row.locator(".c-channel").textContent()).toBe("Telegram");
    expect(await row.locator(".c-lang").textContent()).toBe("русский");
    expect(englishLeft(await pageWords(page))).toEqual([]);

    // Found by its reference as a reporter reads it out: any case, without the hyphen.
    await byTestId(page, "filter-q").fill(` ${hostess.reference.replace("-", "").toLowerCase()} `);
    await byTestId(page, "filter-q").press("Enter");
    await poll(() => byTestId(page, "queue-summary").textContent()).toBe("1 обращение");
    expect(await byTestId(page, "queue-row").getAttribute("data-reference")).toBe(hostess.reference);

    // Its page: a new referral has a Claim button at the top.
    await row.locator('[data-testid="referral-link"]').click();
    await poll(() => byTestId(page, "detail-reference").textContent()).toBe(hostess.reference);
    expect(await byTestId(page, "detail-status").textContent()).toBe("Новое");
    const claim = byTestId(page, "detail-claim");
    expect(await claim.textContent()).toBe("Взять в работу");
    expect(await byTestId(page, "section-status").textContent()).toContain("Возьмите обращение в работу (кнопка вверху)");
    await claim.click();
    await poll(() => byTestId(page, "detail-status").textContent()).toBe("Взято в работу");
    expect(await claim.count()).toBe(0);
    await poll(() => page.locator("#flash").textContent()).toBe(`Вы взяли в работу ${hostess.reference}.`);

    // Every label in Russian: headings, facts, signs, the status form, the audit trail.
    expect(await page.locator("main h1").textContent()).toBe(`Обращение ${hostess.reference}`);
    expect(await page.title()).toBe(`Обращение ${hostess.reference} — offercheck для сотрудников`);
    for (const [section, heading] of [
      ["advert", "Объявление"],
      ["answers", "Ответы заявителя"],
      ["verdict", "Почему такой вывод"],
      ["entities", "Что названо в объявлении"],
      ["status", "Статус"],
      ["notes", "Заметки"],
      ["cluster", "Связанные обращения"],
      ["audit", "Журнал действий"],
    ]) {
      expect(await byTestId(page, `section-${section}`).locator("h2").textContent()).toBe(heading);
    }
    expect(await page.locator(".current-status").textContent()).toBe("Сейчас: Взято в работу · в работе у меня");
    const meta = await page.locator(".detail-head .meta").textContent();
    expect(meta).toContain("Казахстан (KZ)");
    expect(meta).toContain(`я (${KZ.email})`);
    expect(await byTestId(page, "reporter-answers").locator("dt").allTextContents()).toEqual(["Где увидели"]);
    const [stored] = await services.database.db.select().from(referrals).where(eq(referrals.id, hostess.id));
    const flagIds = (stored!.verdict as Verdict).flags.map((f) => f.id);
    expect(flagIds.length).toBeGreaterThan(1);
    const flagNames = await byTestId(page, "verdict-flags").locator(".flag-name").allTextContents();
    expect(flagNames.sort()).toEqual(flagIds.map((id) => ru.get(`flag.${id}`)!).sort());
    expect(flagNames).toContain("Гарантия визы");
    expect(await page.locator('[data-testid="status-select"] option').allTextContents()).toEqual([
      "Выберите…",
      "Начать проверку (на проверке)",
      "Передано партнёру",
      "Решено",
      "Отклонено (не случай)",
      "Вернуть в очередь (новое)",
    ]);
    expect(await byTestId(page, "audit-trail").locator(".audit-action").allTextContents()).toEqual(["Подано", "Взято в работу"]);
    expect(await byTestId(page, "audit-trail").locator(".audit-change").allTextContents()).toEqual(["Новое", "Новое → Взято в работу"]);
    // The other KZ referral gives the same Telegram account: linked, and said in Russian.
    expect(await byTestId(page, "cluster-links").textContent()).toBe("аккаунт @dubai_job_vip (2 обращения)");
    expect(await byTestId(page, "cluster-table").locator("thead th").allTextContents()).toEqual(["Номер", "Статус", "Риск", "Страна", "Общее"]);
    expect(await byTestId(page, "cluster-row").textContent()).toContain(raced.reference);
    expect(englishLeft(await pageWords(page))).toEqual([]);
    await screenshot(page, "dashboard-detail-ru.png");
    // Russian words are longer than English ones: still nothing sticks out sideways between phone and desktop.
    await expectFitsFromDesktopToPhone(page);

    // The claim reached the database, as the claim API makes it.
    const [claimed] = await services.database.db.select().from(referrals).where(eq(referrals.id, hostess.id));
    expect(claimed!.status).toBe("claimed");
    const events = await services.database.db.select().from(referralEvents).where(eq(referralEvents.referralId, hostess.id));
    expect(events.map((e) => e.action)).toEqual(["filed", "claimed"]);

    // The registry says how a name matched: a word typed exactly is an exact match, not a percentage.
    await page.locator('#nav a[data-route="registry"]').click();
    await byTestId(page, "registry-q").fill("Margalla");
    await byTestId(page, "registry-q").press("Enter");
    await poll(() => byTestId(page, "registry-table").textContent()).toContain("Margalla Crest Recruiting Agency");
    expect(await byTestId(page, "registry-match").allTextContents()).toEqual(["точное совпадение"]);
    expect(await byTestId(page, "registry-table").locator("thead").textContent()).toContain("Совпадение");
    expect(englishLeft(await pageWords(page))).toEqual([]);

    // Switching to English is saved on the account and the page follows at once.
    await byTestId(page, "language").selectOption("en");
    await poll(() => page.locator('#nav a[data-route="queue"]').textContent()).toBe("Queue");
    await poll(() => byTestId(page, "registry-match").allTextContents()).toEqual(["exact match"]);
    const [account] = await services.database.db.select().from(caseworkers).where(eq(caseworkers.email, KZ.email));
    expect(account!.language).toBe("en");
    await page.reload();
    await poll(() => page.locator('#nav a[data-route="queue"]').textContent()).toBe("Queue");
    await byTestId(page, "language").selectOption("ru");
    await poll(() => page.locator('#nav a[data-route="queue"]').textContent()).toBe("Очередь");
    const [back] = await services.database.db.select().from(caseworkers).where(eq(caseworkers.email, KZ.email));
    expect(back!.language).toBe("ru");

    expect(problems).toEqual([]);
    await context.close();
  });

  it("says in Russian when a colleague claimed the referral first", { timeout: 60_000 }, async () => {
    const { context, page, problems } = await loggedIn({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/dashboard/#/referral/${raced.id}`);
    await poll(() => byTestId(page, "detail-claim").count()).toBe(1);
    // Meanwhile the colleague claims it over the API.
    const login = await fetch(`${baseUrl}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(COLLEAGUE) });
    const { token } = (await login.json()) as { token: string };
    const theirs = await fetch(`${baseUrl}/api/caseworker/referrals/${raced.id}/status`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ status: "claimed" }),
    });
    expect(theirs.status).toBe(200);
    await byTestId(page, "detail-claim").click();
    await poll(() => page.locator("#flash").textContent()).toBe("С этим обращением уже работает другой сотрудник.");
    expect(await page.locator("#flash").getAttribute("role")).toBe("alert");
    // The 409 the browser logged is the race itself, not a fault of the page.
    expect(problems.filter((p) => !p.includes("409"))).toEqual([]);
    await context.close();
  });

  it("fits a 390 px phone: the top bar folds into a menu that reaches the exports, and nothing sticks out sideways", { timeout: 60_000 }, async () => {
    const { context, page, problems } = await loggedIn({ width: 390, height: 844 });
    const fits = () => contentWidth(page);
    expect(await fits()).toBeLessThanOrEqual(390);
    const menu = byTestId(page, "menu-toggle");
    expect(await menu.isVisible()).toBe(true);
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await byTestId(page, "export-misp").isVisible()).toBe(false);

    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await expectMenuOnScreen(page, 390);
    expect(await byTestId(page, "export-misp").textContent()).toBe("MISP JSON");
    expect(await fits()).toBeLessThanOrEqual(390);
    await screenshot(page, "dashboard-phone-menu-ru.png");
    // The MISP link is a real, working download with the session.
    const href = await byTestId(page, "export-misp").getAttribute("href");
    expect(await page.evaluate(async (url) => (await fetch(url!, { credentials: "same-origin" })).status, href)).toBe(200);

    // Following a link closes the menu; a new referral's page fits too, and is claimed there.
    await page.locator('#nav a[data-route="queue"]').click();
    await poll(() => menu.getAttribute("aria-expanded")).toBe("false");
    await page.locator(`[data-reference="${onPhone.reference}"] [data-testid="referral-link"]`).click();
    await poll(() => byTestId(page, "detail-reference").textContent()).toBe(onPhone.reference);
    expect(await fits()).toBeLessThanOrEqual(390);
    const claim = byTestId(page, "detail-claim");
    const box = (await claim.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await screenshot(page, "dashboard-phone-ru.png");
    await claim.click();
    await poll(() => byTestId(page, "detail-status").textContent()).toBe("Взято в работу");
    expect(await fits()).toBeLessThanOrEqual(390);
    // Each page once its data is drawn (what it waits for: the stats' tiles, the registry's table, the feedback list's verdict).
    for (const [path, drawn] of [
      ["#/stats", "figure-chart-risk"],
      ["#/registry?q=Margalla", "registry-table"],
      ["#/feedback", "feedback-list"],
    ] as const) {
      await page.evaluate((hash) => (location.hash = hash), path);
      await poll(() => byTestId(page, drawn).count()).toBe(1);
      await poll(() => page.locator(".loading").count()).toBe(0);
      expect(await fits(), path).toBeLessThanOrEqual(390);
      expect(englishLeft(await pageWords(page)), path).toEqual([]);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
