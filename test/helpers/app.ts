import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { createServices, type Services } from "../../src/app/services.ts";
import { loadConfig, type Config } from "../../src/config.ts";
import { openDatabase, type Database } from "../../src/db/client.ts";
import { createTestDatabase } from "./postgres.ts";

export interface TestServices extends Services {
  config: Config;
  close(): Promise<void>;
}

/**
 * The app's real services on a fresh database: a new Postgres database on
 * the local server (`postgres`) or an in-memory PGlite (`pglite`).
 */
export async function testServices(kind: "postgres" | "pglite", env: Record<string, string> = {}): Promise<TestServices> {
  const dir = mkdtempSync(join(tmpdir(), "offercheck-test-"));
  const created = kind === "postgres" ? await createTestDatabase() : undefined;
  const config = loadConfig({
    PGLITE_DIR: join(dir, "pglite"),
    REPORT_JOURNAL: join(dir, "journal.ndjson"),
    REPORTER_HMAC_KEY: "test-key-".padEnd(40, "x"),
    LOG_LEVEL: "silent",
    ...(created ? { DATABASE_URL: created.url } : {}),
    ...env,
  });
  const database: Database = created ? await openDatabase({ url: created.url }) : await openDatabase({ memory: true });
  await database.migrate();
  const services = await createServices(config, database, pino({ level: "silent" }));
  return {
    ...services,
    config,
    async close() {
      services.stop();
      await database.close();
      await created?.drop();
    },
  };
}
