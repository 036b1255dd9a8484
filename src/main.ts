import { join } from "node:path";
import { buildApp } from "./api/app.ts";
import { loadConfig } from "./config.ts";
import { DEFAULT_DATA_DIR, loadEngineData } from "./data/load-engine-data.ts";
import { openConfiguredDatabase } from "./db/open.ts";
import { createEngine } from "./engine/engine.ts";
import { createI18n } from "./i18n/index.ts";
import { seedRegistryIfEmpty } from "./registry/seed.ts";
import { MemoryRegistry } from "./registry/memory.ts";
import { loadOperators } from "./registry/repository.ts";

/** `npm start`: database (Postgres or embedded PGlite), registry, engine, HTTP server. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  const dataDir = config.dataDir ?? DEFAULT_DATA_DIR;
  const seeded = await seedRegistryIfEmpty(database.db, join(dataDir, "registries"));
  const engine = createEngine(loadEngineData(dataDir), new MemoryRegistry(await loadOperators(database.db)));
  const app = await buildApp({ db: database.db, engine: () => engine, i18n: await createI18n(), logLevel: config.logLevel });
  app.log.info({ database: database.kind, seededRegistryRows: seeded }, "database ready");

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, "shutting down");
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  await app.listen({ host: config.host, port: config.port });
}

main().catch((error: unknown) => {
  process.stderr.write(`offercheck failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
