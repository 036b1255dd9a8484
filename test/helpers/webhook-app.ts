import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { afterAll, beforeAll } from "vitest";
import { buildApp, type AppDeps } from "../../src/api/app.ts";
import type { Services } from "../../src/app/services.ts";
import { createTelegramBot } from "../../src/channels/telegram/bot.ts";
import { TELEGRAM_WEBHOOK_PATH, telegramWebhook } from "../../src/channels/telegram/webhook.ts";
import { testServices, type TestServices } from "./app.ts";
import { TelegramMock } from "./telegram-mock.ts";
import { listenOnLoopback } from "./listen.ts";

export type WebhookAppOptions = Partial<Pick<AppDeps, "pressure" | "logLevel" | "logStream" | "channels">>;

/**
 * The HTTP app with the Telegram webhook, its bot talking to `apiRoot` (a
 * mock Bot API), listening on a free loopback port. `options` override the
 * app's settings (load-shedding limits, log level and stream) and add channels.
 */
export async function startWebhookApp(
  services: Services,
  apiRoot: string,
  secretToken: string,
  options: WebhookAppOptions = {},
): Promise<{ app: FastifyInstance; url: string }> {
  const bot = createTelegramBot({
    token: "123456:TEST-token-abcdefghijklmnopqrstuvwxyz",
    dialogue: services.dialogue,
    log: services.log,
    apiRoot,
    ...(services.watcher ? { watcher: services.watcher } : {}),
  });
  const app = await buildApp({
    db: services.database.db,
    engine: () => services.engine,
    i18n: services.i18n,
    logLevel: "silent",
    metrics: services.metrics,
    ...options,
    channels: [async (a) => a.register(telegramWebhook, { bot, secretToken }), ...(options.channels ?? [])],
  });
  return { app, url: `${await listenOnLoopback(app)}${TELEGRAM_WEBHOOK_PATH}` };
}

export interface WebhookAppProcessOptions {
  /** Bot API root the app's bot talks to (a TelegramMock's url). */
  apiRoot: string;
  secret: string;
  /** As for testServices: a fresh database, or an existing one shared with other processes. */
  database: "postgres" | "pglite" | { url: string };
  /** Configuration overrides (REPORT_JOURNAL, …). */
  env?: Record<string, string>;
  /** Extra node flags (a CPU profile). */
  nodeArgs?: string[];
  /** "inherit": the app's stderr goes to ours; "collect" (default): kept for the crash message. */
  stderr?: "inherit" | "collect";
}

export interface WebhookAppProcess {
  url: string;
  databaseKind: string;
  child: ChildProcess;
  /** Resolves with the exit code when the process ends (for whatever reason). */
  exit: Promise<number | null>;
  /** Exit code and signal, once the process has ended. */
  exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** What the app wrote to stderr (when collected). */
  stderr(): string;
  /** SIGTERM, then waits for the exit; resolves with the exit code. */
  stop(): Promise<number | null>;
}

const ROOT = join(import.meta.dirname, "..", "..");

/**
 * The app in webhook mode in its own process (./webhook-app-server.ts):
 * resolves once it listens. Closer to production than startWebhookApp: its
 * own event loop and connection pool, and a crash ends it for real.
 */
export async function spawnWebhookApp(options: WebhookAppProcessOptions): Promise<WebhookAppProcess> {
  const config = JSON.stringify({ database: options.database, env: options.env ?? {} });
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), "--import", "tsx", join(ROOT, "test", "helpers", "webhook-app-server.ts"), options.apiRoot, options.secret, config], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", options.stderr === "inherit" ? "inherit" : "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    // The tail is enough to say why it died.
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  let exited: WebhookAppProcess["exited"];
  const exit = new Promise<number | null>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = { code, signal };
      resolve(code);
    });
  });
  const [url, databaseKind] = await new Promise<[string, string]>((resolve, reject) => {
    void exit.then((code) => reject(new Error(`webhook app exited with ${code} before it was ready:\n${stderr}`)));
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /READY (\S+) (\S+)/.exec(out);
      if (m) resolve([m[1]!, m[2]!]);
    });
  });
  return {
    url,
    databaseKind,
    child,
    exit,
    get exited() {
      return exited;
    },
    stderr: () => stderr,
    async stop() {
      if (!exited) child.kill("SIGTERM");
      return exit;
    },
  };
}

export const WEBHOOK_SECRET = "s3cret-webhook-token_0123456789";

export interface WebhookSuite {
  mock: TelegramMock;
  services: TestServices;
  app: FastifyInstance;
  /** The webhook's address. */
  url: string;
  /** POSTs an update (or a raw string body) as Telegram would, with the secret unless told otherwise. */
  post(update: unknown, secret?: string | null): Promise<Response>;
}

/**
 * A suite's mock Bot API, services and webhook app: started before its tests,
 * stopped after them. `log`: where the services log; `env`: their
 * configuration overrides; `app`: the app's settings, given the services
 * when they are needed (a channel of their own).
 */
export function webhookSuite(
  kind: "postgres" | "pglite",
  options: { log?: Logger; env?: Record<string, string>; app?: WebhookAppOptions | ((services: Services) => WebhookAppOptions) } = {},
): WebhookSuite {
  const suite = {
    async post(update: unknown, secret: string | null = WEBHOOK_SECRET) {
      return fetch(suite.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) },
        body: typeof update === "string" ? update : JSON.stringify(update),
      });
    },
  } as WebhookSuite;
  beforeAll(async () => {
    suite.mock = new TelegramMock();
    await suite.mock.start();
    suite.services = await testServices(kind, options.env ?? {}, options.log);
    const appOptions = typeof options.app === "function" ? options.app(suite.services) : options.app;
    ({ app: suite.app, url: suite.url } = await startWebhookApp(suite.services, suite.mock.url, WEBHOOK_SECRET, appOptions));
  });
  afterAll(async () => {
    await suite.app?.close();
    await suite.services?.close();
    await suite.mock?.stop();
  });
  return suite;
}
