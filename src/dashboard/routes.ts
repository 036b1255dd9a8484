import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsync } from "fastify";

const PUBLIC_DIR = fileURLToPath(new URL("./public/", import.meta.url));

/** chart.js's UMD build (it sets `window.Chart`), found through the package's own entry point. */
function chartUmdPath(): string {
  const entry = createRequire(import.meta.url).resolve("chart.js");
  return join(dirname(entry), "chart.umd.js");
}

/**
 * The caseworker dashboard: static files at /dashboard/ (no build step, no
 * external resources: it runs offline and under a strict CSP) and chart.js
 * served from node_modules. All data comes from the caseworker API.
 */
export const dashboardRoutes: FastifyPluginAsync = async (app) => {
  // Read once; the source map comment is dropped, the map is not served.
  const chart = (await readFile(chartUmdPath(), "utf8")).replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");

  app.get("/dashboard", (_request, reply) => reply.redirect("/dashboard/"));
  app.get("/dashboard/vendor/chart.umd.js", (_request, reply) =>
    reply.type("text/javascript; charset=utf-8").header("cache-control", "public, max-age=86400").send(chart),
  );
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
