import rateLimit from "@fastify/rate-limit";
import type { FastifyPluginAsync } from "fastify";
import type { i18n } from "i18next";
import type { Engine } from "../../engine/engine.ts";
import { renderVerdict } from "../../i18n/render-verdict.ts";
import { checkRequest, MAX_CHECK_BODY_BYTES } from "../schemas/check.ts";

export interface CheckRouteDeps {
  engine: () => Engine;
  i18n: i18n;
  /** Checks per minute a client address may ask for (default 60). */
  perMinute?: number;
}

/** POST /api/check: the engine's verdict on one ad, with the text a user would read. */
export const checkRoutes: FastifyPluginAsync<CheckRouteDeps> = async (app, deps) => {
  // Per address: long adverts cost milliseconds of CPU each, and one client must not take them all.
  await app.register(rateLimit, { global: false });
  const rateLimitConfig = { rateLimit: { max: deps.perMinute ?? 60, timeWindow: 60_000 } };
  app.post("/api/check", { bodyLimit: MAX_CHECK_BODY_BYTES, config: rateLimitConfig }, async (request, reply) => {
    const parsed = checkRequest.safeParse(request.body);
    if (!parsed.success) {
      return reply.code(400).send({ error: "invalid_request", issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) });
    }
    const verdict = deps.engine().check(parsed.data.text, parsed.data.language ? { language: parsed.data.language } : {});
    const lng = parsed.data.language ?? (verdict.language === "und" ? "en" : verdict.language);
    return { verdict, text: renderVerdict(deps.i18n.getFixedT(lng), verdict) };
  });
};
