import type { Db } from "../db/client.ts";
import type { Operator, RegistryLookup } from "../engine/types.ts";
import { MemoryRegistry } from "./memory.ts";
import { loadOperators } from "./repository.ts";

/**
 * The registry the running engine reads: an in-memory snapshot that is
 * swapped for a fresh one on refresh, so rows imported by the CLI, the API or
 * another instance reach the chatbot without a restart.
 */
export class LiveRegistry implements RegistryLookup {
  #snapshot: MemoryRegistry;

  constructor(operators: Iterable<Operator>) {
    this.#snapshot = new MemoryRegistry(operators);
  }

  static async load(db: Db): Promise<LiveRegistry> {
    return new LiveRegistry(await loadOperators(db));
  }

  async refresh(db: Db): Promise<void> {
    this.#snapshot = new MemoryRegistry(await loadOperators(db));
  }

  byLicence(canonical: string) {
    return this.#snapshot.byLicence(canonical);
  }

  byName(name: string) {
    return this.#snapshot.byName(name);
  }

  byPhone(e164: string) {
    return this.#snapshot.byPhone(e164);
  }
}
