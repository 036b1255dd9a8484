import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/api/app.ts";
import type { Services } from "../../src/app/services.ts";
import { createTelegramBot } from "../../src/channels/telegram/bot.ts";
import { TELEGRAM_WEBHOOK_PATH, telegramWebhook } from "../../src/channels/telegram/webhook.ts";

/**
 * The HTTP app with the Telegram webhook, its bot talking to `apiRoot` (a
 * mock Bot API), listening on a free loopback port.
 */
export async function startWebhookApp(services: Services, apiRoot: string, secretToken: string): Promise<{ app: FastifyInstance; url: string }> {
  const bot = createTelegramBot({ token: "123456:TEST-token-abcdefghijklmnopqrstuvwxyz", dialogue: services.dialogue, log: services.log, apiRoot });
  const app = await buildApp({
    db: services.database.db,
    engine: () => services.engine,
    i18n: services.i18n,
    logLevel: "silent",
    channels: [async (a) => a.register(telegramWebhook, { bot, secretToken })],
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  return { app, url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}${TELEGRAM_WEBHOOK_PATH}` };
}
