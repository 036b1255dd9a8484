import { join } from "node:path";
import type { Config } from "../config.ts";
import { DEFAULT_DATA_DIR } from "../data/load-engine-data.ts";
import { openConfiguredDatabase } from "../db/open.ts";
import type { RegistryLookup } from "../engine/types.ts";
import { loadRegistryDir } from "../registry/files.ts";
import { MemoryRegistry } from "../registry/memory.ts";
import { loadOperators } from "../registry/repository.ts";

/**
 * The registry a CLI check runs against: the shipped CSV files by default (no
 * database needed), or the database's registry with --registry-db.
 */
export async function withRegistry<T>(config: Config, fromDb: boolean, run: (registry: RegistryLookup) => Promise<T>): Promise<T> {
  if (!fromDb) {
    const { operators, errors } = await loadRegistryDir(join(config.dataDir ?? DEFAULT_DATA_DIR, "registries"));
    for (const e of errors) process.stderr.write(`registry ${e.file} line ${e.line}: ${e.message}\n`);
    return run(new MemoryRegistry(operators));
  }
  const database = await openConfiguredDatabase(config);
  try {
    return await run(new MemoryRegistry(await loadOperators(database.db)));
  } finally {
    await database.close();
  }
}
