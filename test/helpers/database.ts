import { openDatabase, type Database } from "../../src/db/client.ts";
import { createTestDatabase } from "./postgres.ts";
import { migratedMemoryDatabase } from "./memory-database.ts";

/** A migrated, empty database: a fresh one on the local Postgres, or an in-memory PGlite. */
export async function migratedDatabase(kind: "postgres" | "pglite"): Promise<Database & { url?: string; dispose(): Promise<void> }> {
  const created = kind === "postgres" ? await createTestDatabase() : undefined;
  const database = created ? await openDatabase({ url: created.url }) : await migratedMemoryDatabase();
  await database.migrate();
  return {
    ...database,
    ...(created ? { url: created.url } : {}),
    async dispose() {
      await database.close();
      await created?.drop();
    },
  };
}
