/**
 * The app side of `npm run bench:bot`, in its own process so the load
 * generator and the mock Bot API do not share its event loop. Prints the
 * webhook URL on stdout when ready.
 */
import { buildApp } from "../src/api/app.ts";
import { createTelegramBot } from "../src/channels/telegram/bot.ts";
import { TELEGRAM_WEBHOOK_PATH, telegramWebhook } from "../src/channels/telegram/webhook.ts";
import { testServices } from "../test/helpers/app.ts";

const [apiRoot, secret] = process.argv.slice(2) as [string, string];
const services = await testServices(process.env.DATABASE_URL ? "postgres" : "pglite");
const bot = createTelegramBot({ token: "1:bench-token-abcdefghijklmnopqrstu", dialogue: services.dialogue, log: services.log, apiRoot });
const app = await buildApp({
  db: services.database.db,
  engine: () => services.engine,
  i18n: services.i18n,
  logLevel: "silent",
  channels: [async (a) => a.register(telegramWebhook, { bot, secretToken: secret })],
});
await app.listen({ host: "127.0.0.1", port: 0 });
const address = app.server.address();
process.stdout.write(`READY http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}${TELEGRAM_WEBHOOK_PATH} ${services.database.kind}\n`);
process.on("SIGTERM", async () => {
  await app.close();
  await services.close();
  process.exit(0);
});
