import { readFileSync } from "node:fs";
import { inject } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.ts";

/**
 * An in-memory PGlite that is already migrated: a copy of the one test/setup/pglite-snapshot.ts made for this
 * run (its migrate() finds nothing to apply). Suites about migrating itself open a new database instead.
 */
export function migratedMemoryDatabase(): Promise<Database> {
  return openDatabase({ memory: true, snapshot: new Blob([readFileSync(inject("pgliteSnapshot"))]) });
}
