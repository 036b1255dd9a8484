import type { Config } from "../config.ts";
import { openDatabase, type Database } from "./client.ts";

/** The configured database (Postgres if DATABASE_URL is set, else PGlite on disk), migrated. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { pgliteDir: config.pgliteDir });
  await database.migrate();
  return database;
}
