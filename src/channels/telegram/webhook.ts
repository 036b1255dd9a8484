import type { FastifyPluginAsync } from "fastify";
import { webhookCallback, type Bot } from "grammy";
import { sameSecret } from "../../security/same-secret.ts";

export const TELEGRAM_WEBHOOK_PATH = "/telegram/webhook";
/** Telegram never sends an update near this size; anything bigger is not from Telegram. */
const MAX_UPDATE_BYTES = 256 * 1024;

/**
 * POST /telegram/webhook: Telegram's updates. The secret token header set
 * with setWebhook is checked (constant time) before anything is processed:
 * a wrong or missing one gets 401.
 */
export const telegramWebhook: FastifyPluginAsync<{ bot: Bot; secretToken: string }> = async (app, { bot, secretToken }) => {
  const handle = webhookCallback(bot, "fastify", { secretToken, onTimeout: "return", timeoutMilliseconds: 9_000 });
  app.post(TELEGRAM_WEBHOOK_PATH, { bodyLimit: MAX_UPDATE_BYTES }, async (request, reply) => {
    if (!sameSecret(request.headers["x-telegram-bot-api-secret-token"], secretToken)) return reply.code(401).send({ error: "unauthorized" });
    const body = request.body;
    // A malformed update (not an object with a numeric update_id) is refused before grammY sees it.
    if (typeof body !== "object" || body === null || typeof (body as { update_id?: unknown }).update_id !== "number") {
      return reply.code(400).send({ error: "not_an_update" });
    }
    return handle(request, reply);
  });
};
