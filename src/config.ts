import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { getHeapStatistics } from "node:v8";
import { z } from "zod";
import type { FeedSettings } from "./feeds/publish.ts";
import type { FeedSubscription } from "./feeds/subscribe.ts";
import { isUrlSource } from "./registry/source-address.ts";

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  /** Where the embedded PGlite database lives when DATABASE_URL is not set. */
  PGLITE_DIR: z.string().default(".data/pglite"),
  /** Lexicons, signal weights, registries: replaceable by an operator without touching code. */
  DATA_DIR: z.string().optional(),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** auto: readable lines on a terminal, JSON lines when stdout goes to a file, a pipe or a collector. */
  LOG_FORMAT: z.enum(["auto", "json", "pretty"]).default("auto"),
  /** Key of the reporter HMAC. Unset: a random key is created once in the data folder (single-instance set-ups). */
  REPORTER_HMAC_KEY: z.string().min(32, "REPORTER_HMAC_KEY must be at least 32 characters").optional(),
  /** Reports that could not reach the database wait here (fsync'd, replayed). */
  REPORT_JOURNAL: z.string().default(".data/report-journal.ndjson"),
  /** Risky posts of watched channels that could not reach the database wait here, as reports do. */
  WATCH_JOURNAL: z.string().default(".data/watch-journal.ndjson"),
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[\w-]{20,}$/, "TELEGRAM_BOT_TOKEN looks wrong (expected 123456:ABC…)").optional(),
  /** polling: the bot fetches updates (one instance). webhook: Telegram posts to PUBLIC_URL/telegram/webhook. */
  TELEGRAM_MODE: z.enum(["polling", "webhook"]).default("polling"),
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "TELEGRAM_WEBHOOK_SECRET: 16-256 of A-Z a-z 0-9 _ -").optional(),
  /** Another Bot API server (self-hosted, or a mock in tests). */
  TELEGRAM_API_ROOT: z.string().url().optional(),
  /** Check every post of the public channels and groups the bot is in, silently; risky ones become referrals. */
  TELEGRAM_WATCH: z.enum(["on", "off"]).default("off"),
  /** The lowest risk of a watched post that is filed. */
  TELEGRAM_WATCH_MIN_RISK: z.enum(["high", "medium"]).default("high"),
  /** Whose caseworkers get a watched chat's referrals: "@kz_jobs=KZ,-1001234=KG" (else the post's own country). */
  TELEGRAM_WATCH_COUNTRIES: z
    .string()
    .default("")
    .transform((v, ctx) => {
      const pairs = v.split(",").map((p) => p.trim()).filter(Boolean);
      const entries: [string, string][] = [];
      for (const pair of pairs) {
        const m = /^(@[A-Za-z0-9_]{4,32}|-?\d{1,20})=([A-Z]{2})$/.exec(pair);
        if (!m) {
          ctx.addIssue({ code: "custom", message: `TELEGRAM_WATCH_COUNTRIES: "${pair}" is not @username=CC or chat-id=CC` });
          return z.NEVER;
        }
        entries.push([watchedChatKey(m[1]!), m[2]!]);
      }
      return new Map(entries);
    }),
  /** The public https address of this service, for setWebhook. */
  PUBLIC_URL: z.string().url().optional(),
  /** WhatsApp Web: a phone number linked by QR code, driven through the system Chromium (one instance). */
  WHATSAPP_WEB: z.enum(["on", "off"]).default("off"),
  /** The linked WhatsApp Web session (keep it across restarts, or the QR code must be scanned again). */
  WHATSAPP_SESSION_DIR: z.string().default(".data/whatsapp-session"),
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
  /** Extra Chromium flags, space-separated (e.g. --no-sandbox when running as root in a container). */
  WHATSAPP_CHROMIUM_ARGS: z.string().default(""),
  /** The WhatsApp Cloud API (Meta's business platform): all four or none. */
  WHATSAPP_CLOUD_ACCESS_TOKEN: z.string().min(20, "WHATSAPP_CLOUD_ACCESS_TOKEN looks too short").optional(),
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: z.string().regex(/^\d{5,20}$/, "WHATSAPP_CLOUD_PHONE_NUMBER_ID: the numeric id Meta shows, not the phone number").optional(),
  WHATSAPP_CLOUD_APP_SECRET: z.string().min(16, "WHATSAPP_CLOUD_APP_SECRET looks too short").optional(),
  WHATSAPP_CLOUD_VERIFY_TOKEN: z.string().regex(/^[\x21-\x7e]{16,256}$/, "WHATSAPP_CLOUD_VERIFY_TOKEN: 16-256 printable characters, no spaces").optional(),
  /** Another Graph API server (a mock in tests). */
  WHATSAPP_GRAPH_API_ROOT: z.string().url().default("https://graph.facebook.com"),
  WHATSAPP_GRAPH_API_VERSION: z.string().regex(/^v\d+\.\d+$/, "WHATSAPP_GRAPH_API_VERSION: like v23.0").default("v23.0"),
  /** Official registry lists re-imported on a schedule when they change: file paths or http(s) URLs, comma-separated. */
  REGISTRY_SOURCES: z
    .string()
    .default("")
    .transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine((s) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(s) || isUrlSource(s), "REGISTRY_SOURCES: file paths or http(s) URLs"))),
  /** When they are fetched: five-field cron, UTC (daily at 02:40 by default). */
  REGISTRY_SYNC_CRON: z.string().regex(/^\S+(\s+\S+){4}$/, "REGISTRY_SYNC_CRON: five cron fields, e.g. 40 2 * * *").default("40 2 * * *"),
  /** How partner instances and agencies name this one in their counts, and where it works. */
  FEED_PUBLISHER: z.string().min(1).max(100).default("offercheck"),
  FEED_COUNTRY: z.string().regex(/^[A-Z]{2}$/, "FEED_COUNTRY: an ISO 3166 alpha-2 code such as KG").optional(),
  /** Adverts' texts go into the indicator feed only when the publisher decides so. */
  FEED_SHARE_ADVERT_TEXT: z.enum(["on", "off"]).default("off"),
  /** Partner instances' feeds to merge: a JSON array of {"name","url","key","country"?}. */
  FEED_SUBSCRIPTIONS: z
    .string()
    .default("[]")
    .transform((v, ctx) => {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "FEED_SUBSCRIPTIONS: a JSON array" });
        return z.NEVER;
      }
    })
    .pipe(
      z.array(
        z.object({
          name: z.string().regex(/^[a-z0-9-]{1,40}$/, "FEED_SUBSCRIPTIONS: name of a-z 0-9 -"),
          url: z.string().url().refine((u) => /^https?:\/\//.test(u), "FEED_SUBSCRIPTIONS: http(s) URL"),
          key: z.string().min(16),
          country: z.string().regex(/^[A-Z]{2}$/).optional(),
        }),
      ),
    ),
  FEED_SYNC_CRON: z.string().regex(/^\S+(\s+\S+){4}$/, "FEED_SYNC_CRON: five cron fields, e.g. */30 * * * *").default("*/30 * * * *"),
  /** Bearer token for /metrics; set it wherever the port is reachable by others (unset: /metrics is open). */
  METRICS_TOKEN: z.string().regex(/^[\x21-\x7e]{16,256}$/, "METRICS_TOKEN: 16-256 printable characters, no spaces").optional(),
  /**
   * How long after a message more pieces of the same forward are awaited (a picture's text, the rest of an
   * album, a text in parts) before they are answered as one advert, on the messengers.
   */
  FORWARD_WINDOW_MS: z.coerce.number().int().min(10).max(30_000).default(3_000),
  /** Days an advert cluster not seen again is remembered (and a sighting's idempotency key kept). */
  ADVERT_MEMORY_DAYS: z.coerce.number().int().min(1).max(10 * 365).default(365),
  /** The local web simulator page at / (on by default when no messenger is configured). */
  SIMULATOR: z.enum(["on", "off", "auto"]).default("auto"),
  /** A caseworker's claim on a referral lapses after this long without a change or note. */
  CLAIM_TTL_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(30),
  /** A caseworker session ends after this long without a request (the expiry slides). */
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(8),
  /** However active, a session ends this many days after login. */
  SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** Messages a client address may send the web simulator per minute (its sessions are free to make). */
  SIMULATOR_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  /** Checks a client address may ask of POST /api/check per minute. */
  CHECK_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  /** Failed logins per e-mail and address within LOGIN_LOCKOUT_MINUTES before that pair is locked out. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** Secure flag of the session cookie; auto: on when PUBLIC_URL is https. */
  COOKIE_SECURE: z.enum(["on", "off", "auto"]).default("auto"),
  /** Behind a reverse proxy: "on" (trust X-Forwarded-For from anyone), or the proxy's addresses/CIDRs, comma-separated. */
  TRUST_PROXY: z.string().default("off"),
  /** Above this mean event-loop delay the HTTP server answers 503 + Retry-After (0: no limit). */
  PRESSURE_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(1000),
  /** Above this V8 heap use, 503 (0: no limit). Unset: 90% of the heap limit. */
  PRESSURE_MAX_HEAP_USED_MB: z.coerce.number().int().min(0).optional(),
  /** Above this resident set size, 503 (0 or unset: no limit; set it below the container's memory limit). */
  PRESSURE_MAX_RSS_MB: z.coerce.number().int().min(0).default(0),
  /** The Retry-After of those 503s. */
  PRESSURE_RETRY_AFTER_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  /** Reading image adverts (Tesseract): auto = on when the tesseract binary is found. */
  OCR: z.enum(["on", "off", "auto"]).default("auto"),
  TESSERACT_PATH: z.string().default("tesseract"),
  /** Images read at once; unset: one core fewer than the machine has, so text checks always keep a core. */
  OCR_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** Images waiting for a free slot; beyond this the sender is told to try again in a minute. */
  OCR_QUEUE: z.coerce.number().int().min(0).max(1000).default(4),
  OCR_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
  OCR_MAX_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(10 * 1024 * 1024),
  OCR_MAX_PIXELS: z.coerce.number().int().min(10_000).max(268_402_689).default(40_000_000),
  /** A batch chunk (500 adverts) running longer counts as lost with its instance and is redone by another. */
  SCAN_CHUNK_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(3600).default(120),
  /** Batch chunks one instance scans at once. */
  SCAN_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /**
   * Engines on worker threads that check batch chunks while the main thread does the database's work and
   * answers requests; 0: on the main thread. Unset: one fewer than the machine's cores, at least one.
   */
  SCAN_ENGINE_THREADS: z.coerce.number().int().min(0).max(64).optional(),
  /** Days a finished batch's results are kept for the partner to fetch. */
  SCAN_BATCH_RETENTION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** Batch callbacks to http and private addresses: only for tests and closed networks. */
  SCAN_CALLBACK_PRIVATE: z.enum(["on", "off"]).default("off"),
  /** How often (seconds) the job queue looks for jobs of dead instances (with SCAN_CHUNK_TIMEOUT_SECONDS: how soon a batch resumes). */
  JOB_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
});

export type Config = Readonly<{
  databaseUrl: string | undefined;
  pgliteDir: string;
  dataDir: string | undefined;
  host: string;
  port: number;
  logLevel: z.infer<typeof schema>["LOG_LEVEL"];
  logFormat: z.infer<typeof schema>["LOG_FORMAT"];
  reporterHmacKey: string | undefined;
  reportJournal: string;
  telegram:
    | { token: string; mode: "polling" | "webhook"; webhookSecret: string | undefined; apiRoot: string | undefined; publicUrl: string | undefined }
    | undefined;
  /** Watching public Telegram channels and groups (TELEGRAM_WATCH=on). */
  telegramWatch: TelegramWatchConfig | undefined;
  whatsappWeb: WhatsappWebConfig | undefined;
  whatsappCloud: WhatsappCloudConfig | undefined;
  simulator: boolean;
  /** How long the pieces of one forward are awaited after the last. */
  forwardWindowMs: number;
  /** Days the advert memory keeps a cluster not seen again. */
  advertMemoryDays: number;
  /** Requests per minute and client address: the simulator's messages, POST /api/check. */
  perAddress: { simulator: number; check: number };
  /** Client addresses behind a proxy (login lockout and rate limit count per address). */
  trustProxy: boolean | string;
  caseworkerApi: CaseworkerApiConfig;
  pressure: PressureConfig;
  ocr: OcrConfig;
  registrySync: RegistrySyncConfig;
  feeds: FeedConfig;
  metricsToken: string | undefined;
  scan: ScanConfig;
  jobMaintenanceSeconds: number;
}>;

export type TelegramWatchConfig = Readonly<{
  minRisk: "high" | "medium";
  /** Country by chat: keys as watchedChatKey makes them. */
  countries: ReadonlyMap<string, string>;
  /** Where risky posts wait while the database is away. */
  journal: string;
}>;

/** How a chat is named in TELEGRAM_WATCH_COUNTRIES: its @username (any case) or its numeric id. */
export function watchedChatKey(name: string | number): string {
  return typeof name === "number" ? String(name) : name.startsWith("@") ? name.toLowerCase() : name;
}

/** The partner API's batches. */
export type ScanConfig = Readonly<{ chunkTimeoutSeconds: number; concurrency: number; engineThreads: number; retentionDays: number; allowPrivateCallbacks: boolean }>;

export type RegistrySyncConfig = Readonly<{ sources: readonly string[]; cron: string }>;

export type FeedConfig = Readonly<{ publish: FeedSettings; subscriptions: readonly FeedSubscription[]; cron: string }>;

export type OcrConfig = Readonly<{
  mode: "on" | "off" | "auto";
  tesseractPath: string;
  concurrency: number;
  queue: number;
  timeoutMs: number;
  maxBytes: number;
  maxPixels: number;
}>;

/** When an overloaded instance sheds requests with 503 (a limit of 0 is no limit). */
export type PressureConfig = Readonly<{
  maxEventLoopDelayMs: number;
  maxHeapUsedBytes: number;
  maxRssBytes: number;
  retryAfterSeconds: number;
  /** How often the load is measured. */
  sampleIntervalMs: number;
}>;

const MB = 1024 * 1024;
/** The default heap limit leaves room for the garbage collector to catch up before V8 gives up. */
const DEFAULT_HEAP_SHARE = 0.9;
const PRESSURE_SAMPLE_INTERVAL_MS = 1000;

export type WhatsappWebConfig = Readonly<{ sessionDir: string; chromiumPath: string; chromiumArgs: readonly string[] }>;

export type WhatsappCloudConfig = Readonly<{
  accessToken: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
  graphApiRoot: string;
  graphApiVersion: string;
}>;

const WHATSAPP_CLOUD_SETTINGS = ["WHATSAPP_CLOUD_ACCESS_TOKEN", "WHATSAPP_CLOUD_PHONE_NUMBER_ID", "WHATSAPP_CLOUD_APP_SECRET", "WHATSAPP_CLOUD_VERIFY_TOKEN"] as const;

export type CaseworkerApiConfig = Readonly<{
  claimTtlMinutes: number;
  sessionTtlMinutes: number;
  sessionMaxDays: number;
  login: Readonly<{ maxFailures: number; windowMinutes: number; lockoutMinutes: number; attemptsPerMinutePerAddress: number }>;
  cookieSecure: boolean;
}>;

/** Login attempts per minute per client address, whatever the e-mail: slows spraying many accounts, yet lets an office behind one NAT address log in at the start of a shift. */
const LOGIN_ATTEMPTS_PER_MINUTE = 30;

/** Reads and validates the environment once; everything else receives the result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n  ");
    throw new Error(`Invalid configuration:\n  ${problems}`);
  }
  const e = result.data;
  if (e.TELEGRAM_BOT_TOKEN && e.TELEGRAM_MODE === "webhook" && (!e.TELEGRAM_WEBHOOK_SECRET || !e.PUBLIC_URL)) {
    throw new Error("Invalid configuration:\n  TELEGRAM_MODE=webhook needs TELEGRAM_WEBHOOK_SECRET and PUBLIC_URL");
  }
  const cloudSet = WHATSAPP_CLOUD_SETTINGS.filter((name) => e[name] !== undefined);
  if (cloudSet.length > 0 && cloudSet.length < WHATSAPP_CLOUD_SETTINGS.length) {
    const missing = WHATSAPP_CLOUD_SETTINGS.filter((name) => e[name] === undefined);
    throw new Error(`Invalid configuration:\n  the WhatsApp Cloud API needs all of ${WHATSAPP_CLOUD_SETTINGS.join(", ")}; missing ${missing.join(", ")}`);
  }
  const whatsappCloud =
    e.WHATSAPP_CLOUD_ACCESS_TOKEN && e.WHATSAPP_CLOUD_PHONE_NUMBER_ID && e.WHATSAPP_CLOUD_APP_SECRET && e.WHATSAPP_CLOUD_VERIFY_TOKEN
      ? {
          accessToken: e.WHATSAPP_CLOUD_ACCESS_TOKEN,
          phoneNumberId: e.WHATSAPP_CLOUD_PHONE_NUMBER_ID,
          appSecret: e.WHATSAPP_CLOUD_APP_SECRET,
          verifyToken: e.WHATSAPP_CLOUD_VERIFY_TOKEN,
          graphApiRoot: e.WHATSAPP_GRAPH_API_ROOT.replace(/\/+$/, ""),
          graphApiVersion: e.WHATSAPP_GRAPH_API_VERSION,
        }
      : undefined;
  const whatsappWeb =
    e.WHATSAPP_WEB === "on"
      ? { sessionDir: resolve(e.WHATSAPP_SESSION_DIR), chromiumPath: e.CHROMIUM_PATH, chromiumArgs: e.WHATSAPP_CHROMIUM_ARGS.split(/\s+/).filter(Boolean) }
      : undefined;
  const messenger = Boolean(e.TELEGRAM_BOT_TOKEN || whatsappWeb || whatsappCloud);
  return {
    databaseUrl: e.DATABASE_URL,
    pgliteDir: resolve(e.PGLITE_DIR),
    dataDir: e.DATA_DIR ? resolve(e.DATA_DIR) : undefined,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    reporterHmacKey: e.REPORTER_HMAC_KEY,
    reportJournal: resolve(e.REPORT_JOURNAL),
    telegram: e.TELEGRAM_BOT_TOKEN
      ? { token: e.TELEGRAM_BOT_TOKEN, mode: e.TELEGRAM_MODE, webhookSecret: e.TELEGRAM_WEBHOOK_SECRET, apiRoot: e.TELEGRAM_API_ROOT, publicUrl: e.PUBLIC_URL }
      : undefined,
    telegramWatch: e.TELEGRAM_WATCH === "on" ? { minRisk: e.TELEGRAM_WATCH_MIN_RISK, countries: e.TELEGRAM_WATCH_COUNTRIES, journal: resolve(e.WATCH_JOURNAL) } : undefined,
    whatsappWeb,
    whatsappCloud,
    simulator: e.SIMULATOR === "on" || (e.SIMULATOR === "auto" && !messenger),
    forwardWindowMs: e.FORWARD_WINDOW_MS,
    advertMemoryDays: e.ADVERT_MEMORY_DAYS,
    perAddress: { simulator: e.SIMULATOR_PER_MINUTE, check: e.CHECK_PER_MINUTE },
    trustProxy: e.TRUST_PROXY === "on" ? true : e.TRUST_PROXY === "off" ? false : e.TRUST_PROXY,
    caseworkerApi: {
      claimTtlMinutes: e.CLAIM_TTL_MINUTES,
      sessionTtlMinutes: e.SESSION_TTL_HOURS * 60,
      sessionMaxDays: e.SESSION_MAX_DAYS,
      login: {
        maxFailures: e.LOGIN_MAX_FAILURES,
        windowMinutes: e.LOGIN_LOCKOUT_MINUTES,
        lockoutMinutes: e.LOGIN_LOCKOUT_MINUTES,
        attemptsPerMinutePerAddress: LOGIN_ATTEMPTS_PER_MINUTE,
      },
      cookieSecure: e.COOKIE_SECURE === "on" || (e.COOKIE_SECURE === "auto" && Boolean(e.PUBLIC_URL?.startsWith("https:"))),
    },
    pressure: {
      maxEventLoopDelayMs: e.PRESSURE_MAX_EVENT_LOOP_DELAY_MS,
      maxHeapUsedBytes:
        e.PRESSURE_MAX_HEAP_USED_MB === undefined ? Math.floor(getHeapStatistics().heap_size_limit * DEFAULT_HEAP_SHARE) : e.PRESSURE_MAX_HEAP_USED_MB * MB,
      maxRssBytes: e.PRESSURE_MAX_RSS_MB * MB,
      retryAfterSeconds: e.PRESSURE_RETRY_AFTER_SECONDS,
      sampleIntervalMs: PRESSURE_SAMPLE_INTERVAL_MS,
    },
    metricsToken: e.METRICS_TOKEN,
    scan: {
      chunkTimeoutSeconds: e.SCAN_CHUNK_TIMEOUT_SECONDS,
      concurrency: e.SCAN_CONCURRENCY,
      engineThreads: e.SCAN_ENGINE_THREADS ?? Math.max(1, availableParallelism() - 1),
      retentionDays: e.SCAN_BATCH_RETENTION_DAYS,
      allowPrivateCallbacks: e.SCAN_CALLBACK_PRIVATE === "on",
    },
    jobMaintenanceSeconds: e.JOB_MAINTENANCE_SECONDS,
    registrySync: {
      sources: e.REGISTRY_SOURCES.map((s) => (isUrlSource(s) ? s : resolve(s))),
      cron: e.REGISTRY_SYNC_CRON,
    },
    feeds: {
      publish: { publisher: e.FEED_PUBLISHER, country: e.FEED_COUNTRY ?? null, shareAdvertText: e.FEED_SHARE_ADVERT_TEXT === "on" },
      subscriptions: e.FEED_SUBSCRIPTIONS,
      cron: e.FEED_SYNC_CRON,
    },
    ocr: {
      mode: e.OCR,
      tesseractPath: e.TESSERACT_PATH,
      concurrency: e.OCR_CONCURRENCY ?? Math.max(1, availableParallelism() - 1),
      queue: e.OCR_QUEUE,
      timeoutMs: e.OCR_TIMEOUT_MS,
      maxBytes: e.OCR_MAX_BYTES,
      maxPixels: e.OCR_MAX_PIXELS,
    },
  };
}

/** The caseworker API settings with every variable at its default (tests, benchmarks). */
export function defaultCaseworkerApiConfig(): CaseworkerApiConfig {
  return loadConfig({}).caseworkerApi;
}

/** The load-shedding limits with every variable at its default (tests, benchmarks). */
export function defaultPressureConfig(): PressureConfig {
  return loadConfig({}).pressure;
}

/** The indicator feed settings with every variable at its default: publishes as "offercheck", subscribes to none. */
export function defaultFeedConfig(): FeedConfig {
  return loadConfig({}).feeds;
}
