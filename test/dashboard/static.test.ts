import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.ts";
import { dashboardRoutes } from "../../src/dashboard/routes.ts";
import { testServices, type TestServices } from "../helpers/app.ts";

/** How the dashboard's modules, i18next and the locale files are served: the right types, the same strict CSP. */

let services: TestServices;
let app: FastifyInstance;

beforeAll(async () => {
  services = await testServices("pglite");
  app = await buildApp({
    db: services.database.db,
    engine: () => services.engine,
    i18n: services.i18n,
    logLevel: "silent",
    caseworkerApi: services.config.caseworkerApi,
    channels: [dashboardRoutes],
  });
});
afterAll(async () => {
  await app?.close();
  await services?.close();
});

describe("dashboard files", () => {
  it.each(["/dashboard/app.js", "/dashboard/js/api.js", "/dashboard/js/pages/referral.js", "/dashboard/vendor/i18next.js", "/dashboard/vendor/chart.umd.js"])(
    "serves %s as JavaScript under a CSP that allows only this origin's scripts",
    async (url) => {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(200);
      // Browsers refuse a module with any other type.
      expect(response.headers["content-type"]).toMatch(/^(text|application)\/javascript/);
      const csp = String(response.headers["content-security-policy"]);
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("script-src-attr 'none'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
      expect(response.body).not.toMatch(/sourceMappingURL/);
    },
  );

  it("serves i18next as an ES module with no imports of its own", async () => {
    const body = (await app.inject({ url: "/dashboard/vendor/i18next.js" })).body;
    expect(body).toMatch(/export \{[^}]*instance as default/);
    expect(body).not.toMatch(/^import /m);
  });

  it("serves each language's words, and nothing else from the locale folder", async () => {
    for (const lng of ["en", "ru", "ur"]) {
      const response = await app.inject({ url: `/dashboard/locales/${lng}.json` });
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toMatch(/^application\/json/);
      expect(response.json()).toHaveProperty("nav.queue");
    }
    const russian = (await app.inject({ url: "/dashboard/locales/ru.json" })).json() as { nav: { queue: string } };
    expect(russian.nav.queue).toBe("Очередь");
    const urdu = (await app.inject({ url: "/dashboard/locales/ur.json" })).json() as { nav: { queue: string } };
    expect(urdu.nav.queue).toBe("قطار");
    for (const url of ["/dashboard/locales/de.json", "/dashboard/locales/..%2Froutes.ts", "/dashboard/locales/%2e%2e%2fen.json"]) {
      expect((await app.inject({ url })).statusCode, url).toBe(404);
    }
  });
});
