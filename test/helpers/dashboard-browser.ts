import type { FastifyInstance } from "fastify";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildApp, type AppDeps } from "../../src/api/app.ts";
import { dashboardRoutes } from "../../src/dashboard/routes.ts";
import type { TestServices } from "./app.ts";
import { launchChromium } from "./chromium.ts";
import { listenOnLoopback } from "./listen.ts";

/** The app as `npm start` builds it for caseworkers (the API and the dashboard) on the test's services, listening on loopback, and Chromium. */
export async function startDashboard(
  services: TestServices,
  more: Partial<AppDeps> = {},
): Promise<{ app: FastifyInstance; baseUrl: string; browser: Browser; close: () => Promise<void> }> {
  const app = await buildApp({
    db: services.database.db,
    engine: () => services.engine,
    i18n: services.i18n,
    logLevel: "silent",
    caseworkerApi: services.config.caseworkerApi,
    channels: [dashboardRoutes],
    ...more,
  });
  const baseUrl = await listenOnLoopback(app);
  const browser = await launchChromium();
  return {
    app,
    baseUrl,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * A fresh browser profile set to English and UTC whose page errors, console
 * errors and requests off this machine (refused) are collected in `problems`.
 */
export async function watchedPage(browser: Browser, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: "en-GB", timezoneId: "UTC" });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || LOOPBACK.has(url.hostname)) return route.continue();
    problems.push(`request off this machine: ${url.href}`);
    return route.abort();
  });
  return { context, page, problems };
}
