import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../src/db/client.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A file holding a dump of a freshly migrated in-memory PGlite (test/helpers/memory-database.ts). */
    pgliteSnapshot: string;
  }
}

/**
 * Initialising a new PGlite takes 2-4 s of CPU (15 s on a loaded 2-core machine); a copy of a migrated one
 * starts in about a second. Made once per run from this checkout's migrations, so it never lags behind them.
 */
export async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "offercheck-pglite-"));
  const database = await openDatabase({ memory: true });
  try {
    await database.migrate();
    const file = join(dir, "migrated.tar");
    writeFileSync(file, Buffer.from(await (await database.snapshot!()).arrayBuffer()));
    project.provide("pgliteSnapshot", file);
  } finally {
    await database.close();
  }
  return () => rmSync(dir, { recursive: true, force: true });
}
