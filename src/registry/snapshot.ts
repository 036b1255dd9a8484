import type { Db } from "../db/client.ts";
import { MemoryRegistry } from "./memory.ts";
import { loadOperators } from "./repository.ts";

export interface RegistrySnapshot {
  get(): Promise<MemoryRegistry>;
  /** After an import here: the next search reads the database again. */
  invalidate(): void;
}

/**
 * The registry as an in-memory index for searches, rebuilt when older than
 * `maxAgeMs` (imports made by other instances or the CLI show up within that
 * time) or when invalidated. Concurrent callers share one load.
 */
export function registrySnapshot(db: Db, maxAgeMs = 60_000): RegistrySnapshot {
  let current: { at: number; registry: Promise<MemoryRegistry> } | undefined;
  return {
    get() {
      if (!current || Date.now() - current.at > maxAgeMs) {
        const loading = loadOperators(db).then((ops) => new MemoryRegistry(ops));
        const entry = { at: Date.now(), registry: loading };
        // A failed load is not cached: the next search tries again.
        loading.catch(() => {
          if (current === entry) current = undefined;
        });
        current = entry;
      }
      return current.registry;
    },
    invalidate() {
      current = undefined;
    },
  };
}
