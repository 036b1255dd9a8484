import type { RunnerHandle } from "@grammyjs/runner";
import type { FastifyPluginAsync } from "fastify";
import pino from "pino";
import { buildApp } from "./api/app.ts";
import { createServices } from "./app/services.ts";
import { createTelegramBot } from "./channels/telegram/bot.ts";
import { startPolling } from "./channels/telegram/polling.ts";
import { TELEGRAM_WEBHOOK_PATH, telegramWebhook } from "./channels/telegram/webhook.ts";
import { simulatorRoutes } from "./channels/web/routes.ts";
import { startAuthHousekeeping } from "./caseworkers/housekeeping.ts";
import { loadConfig } from "./config.ts";
import { dashboardRoutes } from "./dashboard/routes.ts";
import { openConfiguredDatabase } from "./db/open.ts";
import { startClaimSweeper } from "./referrals/claim-sweeper.ts";

/**
 * `npm start`: database (Postgres, or the embedded PGlite), engine, dialogue,
 * HTTP server; Telegram by polling or webhook when a token is set; the web
 * simulator when no messenger is configured.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = pino({ level: config.logLevel });
  const database = await openConfiguredDatabase(config);
  log.info({ database: database.kind }, "database ready");
  const services = await createServices(config, database, log);

  const channels: FastifyPluginAsync[] = [];
  let runner: RunnerHandle | undefined;
  const bot = config.telegram
    ? createTelegramBot({ token: config.telegram.token, dialogue: services.dialogue, log, ...(config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot } : {}) })
    : undefined;
  if (bot && config.telegram?.mode === "webhook") {
    const secretToken = config.telegram.webhookSecret!;
    channels.push(async (app) => app.register(telegramWebhook, { bot, secretToken }));
  }
  if (config.simulator) channels.push(async (app) => app.register(simulatorRoutes, { dialogue: services.dialogue }));
  channels.push(dashboardRoutes); // the caseworker dashboard at /dashboard/

  const app = await buildApp({
    db: database.db,
    engine: () => services.engine,
    i18n: services.i18n,
    logLevel: config.logLevel,
    channels,
    caseworkerApi: config.caseworkerApi,
    trustProxy: config.trustProxy,
  });
  await app.listen({ host: config.host, port: config.port });
  const stopClaimSweeper = startClaimSweeper(database.db, log);
  const stopAuthHousekeeping = startAuthHousekeeping(database.db, config.caseworkerApi.login, log);

  if (bot && config.telegram?.mode === "webhook") {
    await bot.api.setWebhook(new URL(TELEGRAM_WEBHOOK_PATH, config.telegram.publicUrl).toString(), {
      secret_token: config.telegram.webhookSecret!,
      allowed_updates: ["message", "edited_message", "callback_query"],
    });
    log.info("telegram webhook set");
  } else if (bot) {
    runner = await startPolling(bot);
    log.info("telegram long polling started");
  }
  if (config.simulator) log.info(`web simulator: http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port}/`);

  const shutdown = async (signal: string) => {
    log.info({ signal }, "shutting down");
    if (runner?.isRunning()) await runner.stop();
    services.stop();
    stopClaimSweeper();
    stopAuthHousekeeping();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`offercheck failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
