import type { FastifyPluginAsync } from "fastify";
import { createLogger, logDestination } from "./logging/logger.ts";
import { buildApp } from "./api/app.ts";
import { createServices } from "./app/services.ts";
import { browserOrigin, printStartupBanner } from "./app/startup-banner.ts";
import { sharedWhatsappLink } from "./app/whatsapp-link.ts";
import { createTelegramBot } from "./channels/telegram/bot.ts";
import { allowedUpdates, startPolling } from "./channels/telegram/polling.ts";
import { TELEGRAM_WEBHOOK_PATH, telegramWebhook } from "./channels/telegram/webhook.ts";
import { simulatorRoutes } from "./channels/web/routes.ts";
import { startWhatsappWeb, type WhatsappWeb } from "./channels/whatsapp/web.ts";
import { whatsappCloudWebhook } from "./channels/whatsapp-cloud/webhook.ts";
import { loadConfig } from "./config.ts";
import { dashboardRoutes } from "./dashboard/routes.ts";
import { openConfiguredDatabase } from "./db/open.ts";
import { runAsSingleton, type StartSingleton } from "./db/singleton.ts";
import { backgroundJobs, REGISTRY_SYNC_JOB } from "./jobs/background-jobs.ts";
import { JobQueueNotStarted, startJobRunner, type JobRunner } from "./jobs/job-runner.ts";
import { batchWorkers } from "./scan/batch-jobs.ts";
import { batchChecker } from "./scan/engine-pool/pool.ts";

/**
 * `npm start`: database (Postgres, or the embedded PGlite), engine, dialogue,
 * HTTP server; Telegram by polling or webhook when a token is set; WhatsApp
 * through a linked number (WhatsApp Web) and/or the Cloud API webhook; the
 * web simulator when no messenger is configured.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logStream = logDestination(config.logFormat);
  const log = createLogger(config.logLevel, logStream);
  const database = await openConfiguredDatabase(config);
  log.info({ database: database.kind }, "database ready");
  const services = await createServices(config, database, log);

  /**
   * Work that needs one runner: under an advisory lock on Postgres, where
   * other instances may be up; PGlite belongs to this one process.
   */
  const singleton = async (name: string, start: StartSingleton): Promise<{ stop(): Promise<void> }> => {
    if (config.databaseUrl) return runAsSingleton({ url: config.databaseUrl, name, start, log });
    return { stop: await start() };
  };
  const singletons: { stop(): Promise<void> }[] = [];
  let jobs: JobRunner | undefined;
  // Batches uploaded in the moment between listening and the job queue starting are refused with 503 (and deleted), not lost.
  const send = async (queue: string, data: readonly object[]) => {
    if (!jobs) throw new JobQueueNotStarted();
    await jobs.send(queue, data);
  };

  const channels: FastifyPluginAsync[] = [];
  let whatsappWeb: WhatsappWeb | undefined;
  // On Postgres, whichever instance runs the session, every instance's dashboard shows its state and QR code.
  // PGlite is one process: its dashboard reads the client itself, which exists once the server listens.
  const whatsappLink = !config.whatsappWeb
    ? undefined
    : config.databaseUrl
      ? sharedWhatsappLink(database.db, () => whatsappWeb, log)
      : { state: () => whatsappWeb?.state() ?? "standby", qr: () => whatsappWeb?.qr() ?? null, stop: () => {} };
  const bot = config.telegram
    ? createTelegramBot({
        token: config.telegram.token,
        dialogue: services.dialogue,
        log,
        ...(config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot } : {}),
        ...(services.watcher ? { watcher: services.watcher } : {}),
      })
    : undefined;
  if (bot && config.telegram?.mode === "webhook") {
    const secretToken = config.telegram.webhookSecret!;
    channels.push(async (app) => app.register(telegramWebhook, { bot, secretToken }));
  }
  const whatsappCloud = config.whatsappCloud;
  if (whatsappCloud) {
    channels.push(async (app) => app.register(whatsappCloudWebhook, { config: whatsappCloud, dialogue: services.dialogue, i18n: services.i18n, log }));
  }
  if (config.simulator) channels.push(async (app) => app.register(simulatorRoutes, { dialogue: services.dialogue, i18n: services.i18n, maxImageBytes: config.ocr.maxBytes, perMinute: config.perAddress.simulator }));
  channels.push(dashboardRoutes); // the caseworker dashboard at /dashboard/

  const app = await buildApp({
    db: database.db,
    engine: () => services.engine,
    i18n: services.i18n,
    logLevel: config.logLevel,
    ...(logStream ? { logStream } : {}),
    channels,
    caseworkerApi: config.caseworkerApi,
    trustProxy: config.trustProxy,
    pressure: config.pressure,
    metrics: services.metrics,
    // Started once the server listens: until then this instance is not ready.
    jobQueueReady: async () => (jobs ? jobs.ready() : false),
    metricsToken: config.metricsToken,
    checkPerMinute: config.perAddress.check,
    ...(whatsappLink ? { whatsapp: whatsappLink } : {}),
    partner: { memory: services.adverts, send, allowPrivateCallbacks: config.scan.allowPrivateCallbacks, feeds: config.feeds.publish },
  });
  await app.listen({ host: config.host, port: config.port });
  const engines = batchChecker({ data: services.engineData, registry: services.registry, history: services.history, engine: () => services.engine }, config.scan.engineThreads);
  const workers = batchWorkers({ db: database.db, check: engines.check, memory: services.adverts, send, log }, config.scan);
  jobs = await startJobRunner(database, backgroundJobs(database.db, config, log), log, { workers, maintenanceIntervalSeconds: config.jobMaintenanceSeconds });
  if (config.registrySync.sources.length > 0) await jobs.runNow(REGISTRY_SYNC_JOB);

  if (bot && config.telegram?.mode === "webhook") {
    await bot.api.setWebhook(new URL(TELEGRAM_WEBHOOK_PATH, config.telegram.publicUrl).toString(), {
      secret_token: config.telegram.webhookSecret!,
      allowed_updates: [...allowedUpdates(Boolean(services.watcher))],
    });
    log.info("telegram webhook set");
  } else if (bot) {
    singletons.push(
      await singleton("telegram-polling", async () => {
        const runner = await startPolling(bot, { watch: Boolean(services.watcher) });
        log.info("telegram long polling started");
        return async () => {
          if (runner.isRunning()) await runner.stop();
        };
      }),
    );
  }
  if (config.whatsappWeb) {
    const whatsappConfig = config.whatsappWeb;
    // One linked WhatsApp number is one browser session: it runs on one instance only.
    singletons.push(
      await singleton("whatsapp-web", async () => {
        const client = startWhatsappWeb({ config: whatsappConfig, dialogue: services.dialogue, i18n: services.i18n, log });
        whatsappWeb = client;
        return async () => {
          await client.stop();
          if (whatsappWeb === client) whatsappWeb = undefined;
        };
      }),
    );
  }
  await printStartupBanner(database.db, { origin: browserOrigin(app.server.address()), simulator: config.simulator, embedded: !config.databaseUrl });

  /**
   * Messengers first, then the HTTP server (it lets requests under way
   * finish), then what those requests feed (sightings, the report journal),
   * then jobs and the database. A step that fails is logged and the rest
   * still run, so the database is always closed.
   */
  const shutdown = async (signal: string) => {
    log.info({ signal }, "shutting down");
    const steps: [string, () => unknown][] = [
      ["singletons", () => Promise.all(singletons.map((s) => s.stop()))],
      ["whatsapp link", () => whatsappLink?.stop()],
      ["http server", () => app.close()],
      ["services", () => services.stop()],
      ["jobs", () => jobs.stop()],
      ["engine threads", () => engines.close()],
      ["database", () => database.close()],
    ];
    for (const [step, run] of steps) {
      try {
        await run();
      } catch (error) {
        log.error({ err: error, step }, "shutdown step failed");
      }
    }
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`offercheck failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
