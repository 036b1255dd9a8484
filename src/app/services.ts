import { join } from "node:path";
import type { Logger } from "pino";
import { createLogger } from "../logging/logger.ts";
import type { i18n } from "i18next";
import type { Config } from "../config.ts";
import { createDialogue, type Dialogue } from "../conversation/dialogue.ts";
import { resilientConversationStore } from "../conversation/conversation-store.ts";
import { dbConversationStore } from "../db/conversation-repository.ts";
import { loadHotlines } from "../data/hotlines.ts";
import { DEFAULT_DATA_DIR } from "../data/load-engine-data.ts";
import type { Database } from "../db/client.ts";
import type { EngineData } from "../engine/data.ts";
import type { Engine } from "../engine/engine.ts";
import { prepareEngine, type PreparedEngine } from "./prepared-engine.ts";
import { createI18n } from "../i18n/index.ts";
import { createMetrics, timedImageReader, type Metrics } from "../metrics/metrics.ts";
import { setUpOcr } from "../ocr/setup.ts";
import { sightingsOf } from "../engine/sightings.ts";
import { insertFeedback } from "../referrals/feedback.ts";
import { SightingHistory } from "../referrals/history.ts";
import { createSightingsBuffer } from "../referrals/sightings-buffer.ts";
import { Journal, ReportJournal } from "../referrals/journal.ts";
import { createReferralService, type ReferralService } from "../referrals/service.ts";
import { openQueueDepth } from "../referrals/stats.ts";
import { LiveRegistry } from "../registry/live.ts";
import { seedRegistryIfEmpty } from "../registry/seed.ts";
import { reporterKey } from "./hmac-key.ts";
import { dbAdvertMemory, type AdvertMemoryStore } from "../db/advert-memory-repository.ts";
import type { Watcher } from "../monitor/types.ts";
import { createWatcher } from "../monitor/watcher.ts";

/** Messages per sender per minute before "please slow down". */
export const MESSAGES_PER_MINUTE = 20;
const RATE_LIMIT = { limit: MESSAGES_PER_MINUTE, windowMs: 60_000 } as const;
/** How often the report history and the registry are reloaded. */
const HISTORY_REFRESH_MS = 60_000;

export interface Services {
  log: Logger;
  database: Database;
  engine: Engine;
  /** What the engine was built from: engines on worker threads are built from it too. */
  engineData: EngineData;
  i18n: i18n;
  referrals: ReferralService;
  dialogue: Dialogue;
  history: SightingHistory;
  registry: LiveRegistry;
  metrics: Metrics;
  /** Near-duplicates of the adverts checked on every channel. */
  adverts: AdvertMemoryStore;
  /** The watcher of public Telegram channels and groups (TELEGRAM_WATCH=on). */
  watcher: Watcher | undefined;
  /** Stops background timers (journal replay, history refresh, forwards' windows) and writes buffered sightings. */
  stop(): Promise<void>;
}

/**
 * Everything the channels share, built once from the configuration. `prepared`: the engine's data from
 * config.dataDir, when the caller has already compiled them (a test process that builds many services).
 */
export async function createServices(
  config: Config,
  database: Database,
  log: Logger = createLogger(config.logLevel),
  prepared: PreparedEngine = prepareEngine(config.dataDir),
): Promise<Services> {
  const dataDir = config.dataDir ?? DEFAULT_DATA_DIR;
  const seeded = await seedRegistryIfEmpty(database.db, join(dataDir, "registries"));
  if (seeded) log.info({ rows: seeded }, "registry seeded from data/registries");
  const { data } = prepared;
  const registry = await LiveRegistry.load(database.db);
  const history = new SightingHistory();
  await history.refresh(database.db);
  // Reports and registry imports of other instances (and of the CLI) reach this one within a minute.
  const refresh = setInterval(() => {
    history.refresh(database.db).catch((error: unknown) => log.warn({ err: error }, "report history not refreshed"));
    registry.refresh(database.db).catch((error: unknown) => log.warn({ err: error }, "registry not refreshed"));
  }, HISTORY_REFRESH_MS);
  refresh.unref();
  const engine = prepared.engineWith(registry, history);
  const i18n = await createI18n();
  const dbError = (error: unknown) => log.warn({ err: error }, "database unavailable");
  const hmacSecret = reporterKey(config.reporterHmacKey, join(config.pgliteDir, "..", "reporter-hmac.key"));
  const adverts = dbAdvertMemory(database.db, hmacSecret);
  const referrals = createReferralService({
    db: database.db,
    journal: new ReportJournal(config.reportJournal),
    filter: data.common,
    history,
    adverts,
    log,
  });
  const seenInChecks = createSightingsBuffer(database.db, dbError);
  const metrics = createMetrics(() => openQueueDepth(database.db));
  const readImage = await setUpOcr(config.ocr, log, (text) => engine.check(text).language);
  const dialogue = createDialogue({
    engine,
    i18n,
    // The store counts in the window the dialogue decides by.
    store: resilientConversationStore(dbConversationStore(database.db, RATE_LIMIT), dbError),
    rateLimit: RATE_LIMIT,
    referrals,
    hotlines: loadHotlines(dataDir),
    saveFeedback: (feedback) => insertFeedback(database.db, feedback),
    events: {
      messageIn: (channel) => metrics.updates.inc({ channel }),
      adChecked: (verdict) => {
        seenInChecks.add(sightingsOf(verdict.entities, data.common), verdict.risk);
        metrics.verdicts.inc({ risk: verdict.risk, language: verdict.language });
      },
      reportFiled: ({ channel, urgent, queued }) => metrics.reports.inc({ channel, urgency: urgent ? "urgent" : "normal", stored: queued ? "journal" : "database" }),
      failed: () => metrics.errors.inc({ where: "dialogue" }),
    },
    ...(readImage ? { readImage: timedImageReader(readImage, metrics) } : {}),
    forwardWindowMs: config.forwardWindowMs,
    memory: adverts,
    hmacSecret,
    log,
  });
  const watcher = config.telegramWatch
    ? createWatcher({ db: database.db, engine, i18n, memory: adverts, filter: data.common, config: config.telegramWatch, journal: new Journal(config.telegramWatch.journal), log })
    : undefined;
  return {
    log,
    database,
    engine,
    engineData: data,
    i18n,
    referrals,
    dialogue,
    history,
    registry,
    metrics,
    adverts,
    watcher,
    async stop() {
      clearInterval(refresh);
      dialogue.stop();
      referrals.stop();
      watcher?.stop();
      await seenInChecks.stop();
    },
  };
}
