import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { whatsappStatusResponse } from "../../src/api/routes/caseworker-whatsapp.ts";
import { createCaseworker } from "../../src/caseworkers/repository.ts";
import { startWhatsappWeb, type WhatsappWeb } from "../../src/channels/whatsapp/web.ts";
import { testServices, type TestServices } from "../helpers/app.ts";
import { startDashboard, watchedPage } from "../helpers/dashboard-browser.ts";
import { FakeWebClient } from "../helpers/whatsapp-web-fake.ts";

/**
 * Linking WhatsApp from the dashboard: the real app and WhatsApp Web adapter
 * (its whatsapp-web.js Client played by a stand-in that the test makes show
 * a QR code and connect), an admin following it in headless Chromium.
 */

const ADMIN = { email: "farida.admin@iom.example", password: "Bishkek-admin-2026!" };
const CASEWORKER = { email: "amina.karimova@iom.example", password: "Tashkent-queue-2026!" };
const silent = { info() {}, warn() {}, error() {} };

let services: TestServices;
let app: FastifyInstance;
let browser: Browser;
let baseUrl: string;
let web: WhatsappWeb;
let client: FakeWebClient;

beforeAll(async () => {
  services = await testServices("pglite");
  await createCaseworker(services.database.db, { ...ADMIN, role: "admin", countries: [] });
  await createCaseworker(services.database.db, { ...CASEWORKER, role: "caseworker", countries: ["KG"] });
  web = startWhatsappWeb({
    config: { sessionDir: "/nonexistent", chromiumPath: "/usr/bin/chromium", chromiumArgs: [] },
    dialogue: services.dialogue,
    i18n: services.i18n,
    log: silent,
    createClient: () => (client = new FakeWebClient()),
    printQr: () => {},
  });
  ({ app, baseUrl, browser } = await startDashboard(services, { whatsapp: web }));
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await app?.close();
  await services?.close();
});

async function loggedIn(account: { email: string; password: string }): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const { context, page, problems } = await watchedPage(browser, { width: 1100, height: 800 });
  await page.goto(`${baseUrl}/dashboard/`);
  await page.locator('[data-testid="login-email"]').fill(account.email);
  await page.locator('[data-testid="login-password"]').fill(account.password);
  await page.locator('[data-testid="login-submit"]').click();
  await expect.poll(() => page.locator('[data-testid="who-email"]').textContent(), { timeout: 10_000 }).toBe(account.email);
  return { page, problems, close: () => context.close() };
}

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 100 });

describe("dashboard: linking WhatsApp", () => {
  it("shows an admin the login QR code as WhatsApp renews it, then the linked state", { timeout: 40_000 }, async () => {
    const { page, problems, close } = await loggedIn(ADMIN);
    const state = page.locator('[data-testid="whatsapp-state"]');
    const qr = page.locator('[data-testid="whatsapp-qr"]');
    await page.locator('[data-testid="nav-whatsapp"]').click();
    await poll(() => state.textContent()).toBe("Starting WhatsApp Web…");

    client.emit("qr", "2@Xk3Lp0,first-login-code");
    await poll(() => qr.count()).toBe(1);
    expect(await state.textContent()).toMatch(/^Scan this code/);
    // The code is an image the browser can draw, of a sensible size.
    const first = await qr.evaluate((img: HTMLImageElement) => img.decode().then(() => ({ src: img.src, width: img.naturalWidth })));
    expect(first.src.startsWith("data:image/svg+xml;base64,")).toBe(true);
    expect(first.width).toBeGreaterThan(100);

    client.emit("qr", "2@Xk3Lp0,second-login-code");
    await poll(() => qr.getAttribute("src")).not.toBe(first.src);

    client.emit("authenticated");
    client.emit("ready");
    await poll(() => state.textContent()).toBe("Linked: the helpline answers on WhatsApp.");
    expect(await qr.count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it("hides the page from caseworkers, and the API refuses them", async () => {
    const { page, problems, close } = await loggedIn(CASEWORKER);
    expect(await page.locator('[data-testid="nav-whatsapp"]').isVisible()).toBe(false);
    const status = await page.evaluate(async () => (await fetch("/api/caseworker/whatsapp", { credentials: "same-origin" })).status);
    expect(status).toBe(403);
    await close();
    // The 403 above is the one expected failure in the console.
    expect(problems.filter((p) => !p.includes("403"))).toEqual([]);
  });

  it("tells admins when the connection is lost, with no QR code", async () => {
    const login = await app.inject({ method: "POST", url: "/api/auth/login", payload: ADMIN });
    const headers = { authorization: `Bearer ${login.json().token}` };
    const read = async () => whatsappStatusResponse.parse((await app.inject({ method: "GET", url: "/api/caseworker/whatsapp", headers })).json());
    client.emit("disconnected", "NAVIGATION");
    expect(await read()).toEqual({ enabled: true, state: "reconnecting", qr: null });
  });
});
