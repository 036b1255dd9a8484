import pg from "pg";
import { connectTimeoutMs } from "./connect-timeout.ts";

/** Starts the guarded work; resolves to a function that stops it. */
export type StartSingleton = () => Promise<() => Promise<void>>;

export interface Singleton {
  /** True while this instance holds the lock and runs the work. */
  isLeader(): boolean;
  stop(): Promise<void>;
}

export interface SingletonOptions {
  /** Postgres URL: the lock lives on a connection of its own. */
  url: string;
  /** Names the work ("telegram-polling"); instances with the same name exclude each other. */
  name: string;
  start: StartSingleton;
  log: { info: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void };
  /** How often a waiting instance tries the lock, and a leader checks it still has it. */
  checkEveryMs?: number;
}

/**
 * Runs work that must have exactly one runner across instances (Telegram
 * long polling, the WhatsApp Web session) under a Postgres advisory lock:
 * the others wait and take over when the leader stops or its connection
 * dies, since Postgres releases a session lock with its session.
 */
export function runAsSingleton(options: SingletonOptions): Singleton {
  const every = options.checkEveryMs ?? 5_000;
  let client: pg.Client | undefined;
  let stopWork: (() => Promise<void>) | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let busy: Promise<void> = Promise.resolve();

  async function dropLeadership(reason: string) {
    const stopping = stopWork;
    stopWork = undefined;
    const old = client;
    client = undefined;
    if (stopping) {
      options.log.info({ singleton: options.name, reason }, "singleton stopped on this instance");
      await stopping().catch((error: unknown) => options.log.warn({ err: error, singleton: options.name }, "singleton did not stop cleanly"));
    }
    await old?.end().catch(() => {});
  }

  async function tick() {
    if (stopped) return;
    let candidate: pg.Client | undefined;
    try {
      if (stopWork && client) {
        // Still connected means still holding the lock.
        await client.query("select 1");
        return;
      }
      // Timeouts as for the pool: on a cut network a check must fail, not hang the chain (and shutdown behind it).
      candidate = new pg.Client({
        connectionString: options.url,
        application_name: `offercheck:${options.name}`,
        connectionTimeoutMillis: connectTimeoutMs(options.url),
        query_timeout: 10_000,
        keepAlive: true,
      });
      candidate.on("error", () => {});
      await candidate.connect();
      const { rows } = await candidate.query<{ locked: boolean }>("select pg_try_advisory_lock(hashtext($1)) as locked", [`offercheck:${options.name}`]);
      if (!rows[0]?.locked || stopped) {
        await candidate.end();
        return;
      }
      client = candidate;
      stopWork = await options.start();
      options.log.info({ singleton: options.name }, "singleton started on this instance");
    } catch (error) {
      if (candidate && candidate !== client) await candidate.end().catch(() => {});
      await dropLeadership(error instanceof Error ? error.message : String(error));
    }
  }

  const schedule = () => {
    busy = busy.then(tick);
  };
  schedule();
  timer = setInterval(schedule, every);
  timer.unref();

  return {
    isLeader: () => stopWork !== undefined,
    async stop() {
      stopped = true;
      clearInterval(timer);
      timer = undefined;
      await busy;
      await dropLeadership("shutdown");
    },
  };
}
