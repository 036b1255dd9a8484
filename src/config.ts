import { resolve } from "node:path";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  /** Where the embedded PGlite database lives when DATABASE_URL is not set. */
  PGLITE_DIR: z.string().default(".data/pglite"),
  /** Lexicons, signal weights, registries: replaceable by an operator without touching code. */
  DATA_DIR: z.string().optional(),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Key of the reporter HMAC. Unset: a random key is created once in the data folder (single-instance set-ups). */
  REPORTER_HMAC_KEY: z.string().min(32, "REPORTER_HMAC_KEY must be at least 32 characters").optional(),
  /** Reports that could not reach the database wait here (fsync'd, replayed). */
  REPORT_JOURNAL: z.string().default(".data/report-journal.ndjson"),
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[\w-]{20,}$/, "TELEGRAM_BOT_TOKEN looks wrong (expected 123456:ABC…)").optional(),
  /** polling: the bot fetches updates (one instance). webhook: Telegram posts to PUBLIC_URL/telegram/webhook. */
  TELEGRAM_MODE: z.enum(["polling", "webhook"]).default("polling"),
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "TELEGRAM_WEBHOOK_SECRET: 16-256 of A-Z a-z 0-9 _ -").optional(),
  /** Another Bot API server (self-hosted, or a mock in tests). */
  TELEGRAM_API_ROOT: z.string().url().optional(),
  /** The public https address of this service, for setWebhook. */
  PUBLIC_URL: z.string().url().optional(),
  /** The local web simulator page at / (on by default when no messenger is configured). */
  SIMULATOR: z.enum(["on", "off", "auto"]).default("auto"),
  /** A caseworker's claim on a referral lapses after this long without a change or note. */
  CLAIM_TTL_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(30),
  /** A caseworker session ends after this long without a request (the expiry slides). */
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(8),
  /** Failed logins per e-mail and address within LOGIN_LOCKOUT_MINUTES before that pair is locked out. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** Secure flag of the session cookie; auto: on when PUBLIC_URL is https. */
  COOKIE_SECURE: z.enum(["on", "off", "auto"]).default("auto"),
  /** Behind a reverse proxy: "on" (trust X-Forwarded-For from anyone), or the proxy's addresses/CIDRs, comma-separated. */
  TRUST_PROXY: z.string().default("off"),
});

export type Config = Readonly<{
  databaseUrl: string | undefined;
  pgliteDir: string;
  dataDir: string | undefined;
  host: string;
  port: number;
  logLevel: z.infer<typeof schema>["LOG_LEVEL"];
  reporterHmacKey: string | undefined;
  reportJournal: string;
  telegram:
    | { token: string; mode: "polling" | "webhook"; webhookSecret: string | undefined; apiRoot: string | undefined; publicUrl: string | undefined }
    | undefined;
  simulator: boolean;
  /** Client addresses behind a proxy (login lockout and rate limit count per address). */
  trustProxy: boolean | string;
  caseworkerApi: CaseworkerApiConfig;
}>;

export type CaseworkerApiConfig = Readonly<{
  claimTtlMinutes: number;
  sessionTtlMinutes: number;
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
  return {
    databaseUrl: e.DATABASE_URL,
    pgliteDir: resolve(e.PGLITE_DIR),
    dataDir: e.DATA_DIR ? resolve(e.DATA_DIR) : undefined,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    reporterHmacKey: e.REPORTER_HMAC_KEY,
    reportJournal: resolve(e.REPORT_JOURNAL),
    telegram: e.TELEGRAM_BOT_TOKEN
      ? { token: e.TELEGRAM_BOT_TOKEN, mode: e.TELEGRAM_MODE, webhookSecret: e.TELEGRAM_WEBHOOK_SECRET, apiRoot: e.TELEGRAM_API_ROOT, publicUrl: e.PUBLIC_URL }
      : undefined,
    simulator: e.SIMULATOR === "on" || (e.SIMULATOR === "auto" && !e.TELEGRAM_BOT_TOKEN),
    trustProxy: e.TRUST_PROXY === "on" ? true : e.TRUST_PROXY === "off" ? false : e.TRUST_PROXY,
    caseworkerApi: {
      claimTtlMinutes: e.CLAIM_TTL_MINUTES,
      sessionTtlMinutes: e.SESSION_TTL_HOURS * 60,
      login: {
        maxFailures: e.LOGIN_MAX_FAILURES,
        windowMinutes: e.LOGIN_LOCKOUT_MINUTES,
        lockoutMinutes: e.LOGIN_LOCKOUT_MINUTES,
        attemptsPerMinutePerAddress: LOGIN_ATTEMPTS_PER_MINUTE,
      },
      cookieSecure: e.COOKIE_SECURE === "on" || (e.COOKIE_SECURE === "auto" && Boolean(e.PUBLIC_URL?.startsWith("https:"))),
    },
  };
}

/** The caseworker API settings with every variable at its default (tests, benchmarks). */
export function defaultCaseworkerApiConfig(): CaseworkerApiConfig {
  return loadConfig({}).caseworkerApi;
}
