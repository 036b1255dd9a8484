import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino, { type Logger } from "pino";
import { createServices, type Services } from "../../src/app/services.ts";
import { shippedPreparedEngine } from "./engine.ts";
import { loadConfig, type Config } from "../../src/config.ts";
import { openDatabase, type Database } from "../../src/db/client.ts";
import { createTestDatabase } from "./postgres.ts";
import { migratedMemoryDatabase } from "./memory-database.ts";

export interface TestServices extends Services {
  config: Config;
  close(): Promise<void>;
}

/**
 * The app's real services on a fresh database: a new Postgres database on
 * the local server (`postgres`) or an in-memory PGlite (`pglite`); or on an
 * existing Postgres database (`{ url }`, a second instance or another
 * process's), which close() leaves in place. `log`: where the services log
 * (silent by default).
 */
export async function testServices(kind: "postgres" | "pglite" | { url: string }, env: Record<string, string> = {}, log: Logger = pino({ level: "silent" })): Promise<TestServices> {
  const dir = mkdtempSync(join(tmpdir(), "offercheck-test-"));
  const created = kind === "postgres" ? await createTestDatabase() : undefined;
  const url = typeof kind === "object" ? kind.url : created?.url;
  const config = loadConfig({
    PGLITE_DIR: join(dir, "pglite"),
    REPORT_JOURNAL: join(dir, "journal.ndjson"),
    WATCH_JOURNAL: join(dir, "watch-journal.ndjson"),
    // The same key in every process: instances sharing a database must hash a sender alike.
    REPORTER_HMAC_KEY: "test-key-".padEnd(40, "x"),
    LOG_LEVEL: "silent",
    // A forward's pieces come in milliseconds in tests: answers need not wait the seconds a person's phone takes.
    FORWARD_WINDOW_MS: "50",
    ...(url ? { DATABASE_URL: url } : {}),
    ...env,
  });
  const database: Database = url ? await openDatabase({ url }) : await migratedMemoryDatabase();
  await database.migrate();
  const services = await createServices(config, database, log, config.dataDir ? undefined : shippedPreparedEngine());
  return {
    ...services,
    config,
    async close() {
      await services.stop();
      await database.close();
      await created?.drop();
    },
  };
}
