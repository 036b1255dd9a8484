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
  #operators: readonly Operator[];
  /** Bumped at each swap: engines on worker threads are sent the rows again only when it moved. */
  #revision = 0;

  constructor(operators: readonly Operator[]) {
    this.#operators = operators;
    this.#snapshot = new MemoryRegistry(operators);
  }

  static async load(db: Db): Promise<LiveRegistry> {
    return new LiveRegistry(await loadOperators(db));
  }

  async refresh(db: Db): Promise<void> {
    this.replace(await loadOperators(db));
  }

  /** Swaps in these rows (a refresh here, or the rows another thread's registry sent). */
  replace(operators: readonly Operator[]): void {
    this.#operators = operators;
    this.#snapshot = new MemoryRegistry(operators);
    this.#revision++;
  }

  get revision(): number {
    return this.#revision;
  }

  /** The rows as they are now, to copy to another thread's registry. */
  snapshot(): readonly Operator[] {
    return this.#operators;
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
