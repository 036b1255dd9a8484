import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsync } from "fastify";

const PUBLIC_DIR = fileURLToPath(new URL("./public/", import.meta.url));

const LOCALES_DIR = fileURLToPath(new URL("./locales/", import.meta.url));
/** The languages the dashboard is written in, one file each in locales/. */
export const DASHBOARD_LOCALES = ["en", "ru", "ur"] as const;

/** chart.js's UMD build (it sets `window.Chart`), found through the package's own entry point. */
function chartUmdPath(): string {
  const entry = createRequire(import.meta.url).resolve("chart.js");
  return join(dirname(entry), "chart.umd.js");
}

/** i18next's ES module build: one self-contained file (no imports), loaded by js/i18n.js. */
function i18nextEsmPath(): string {
  const packageJson = createRequire(import.meta.url).resolve("i18next/package.json");
  return join(dirname(packageJson), "dist", "esm", "i18next.js");
}

const withoutSourceMap = (code: string) => code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");

/**
 * The caseworker dashboard: static files at /dashboard/ (ES modules, no build
 * step, no external resources: it runs offline and under a strict CSP, whose
 * script-src 'self' covers same-origin modules), chart.js and i18next served
 * from node_modules, and the dashboard's words from locales/. All data comes
 * from the caseworker API.
 */
export const dashboardRoutes: FastifyPluginAsync = async (app) => {
  // Read once; the source map comment is dropped, the map is not served.
  const chart = withoutSourceMap(await readFile(chartUmdPath(), "utf8"));
  const i18next = withoutSourceMap(await readFile(i18nextEsmPath(), "utf8"));
  // Parsed here so a broken file stops the start, not a caseworker's page.
  const locales = new Map<string, string>();
  for (const lng of DASHBOARD_LOCALES) locales.set(`${lng}.json`, JSON.stringify(JSON.parse(await readFile(join(LOCALES_DIR, `${lng}.json`), "utf8"))));
  const vendor = "public, max-age=86400";

  app.get("/dashboard", (_request, reply) => reply.redirect("/dashboard/"));
  app.get("/dashboard/vendor/chart.umd.js", (_request, reply) => reply.type("text/javascript; charset=utf-8").header("cache-control", vendor).send(chart));
  app.get("/dashboard/vendor/i18next.js", (_request, reply) => reply.type("text/javascript; charset=utf-8").header("cache-control", vendor).send(i18next));
  // Not cached: a new release's words must show at the next page load, like the modules (maxAge 0 below).
  app.get<{ Params: { file: string } }>("/dashboard/locales/:file", (request, reply) => {
    const body = locales.get(request.params.file);
    if (!body) return reply.code(404).send({ error: "not_found", message: "No such language." });
    return reply.type("application/json; charset=utf-8").header("cache-control", "no-cache").send(body);
  });
  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: "/dashboard/",
    // Another static root (the simulator) is registered at /.
    decorateReply: false,
    index: ["index.html"],
    cacheControl: true,
    maxAge: 0,
  });
};
