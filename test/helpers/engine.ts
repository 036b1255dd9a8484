import { prepareEngine, type PreparedEngine } from "../../src/app/prepared-engine.ts";
import type { Engine } from "../../src/engine/engine.ts";
import type { Operator, RegistryLookup, ReportHistory, Verdict } from "../../src/engine/types.ts";
import { loadRegistryDir } from "../../src/registry/files.ts";
import { MemoryRegistry } from "../../src/registry/memory.ts";
import { DEFAULT_DATA_DIR } from "../../src/data/load-engine-data.ts";
import { EVAL_TODAY } from "../../src/eval/corpus.ts";
import { join } from "node:path";
import { operator } from "./operator.ts";

let shipped: PreparedEngine | undefined;

/**
 * The shipped data files read and compiled once per test process, which the files of a project share
 * (test/vitest.config.ts): compiling took a second or two in each of a hundred files, engines and services alike.
 */
export function shippedPreparedEngine(): PreparedEngine {
  return (shipped ??= prepareEngine());
}

/** The engine over the shipped data files with the registry (none by default) and report history given. */
export function shippedEngineWith(registry?: RegistryLookup, history?: ReportHistory): Engine {
  return shippedPreparedEngine().engineWith(registry, history);
}

/** The engine as the CLI builds it: shipped data files and shipped sample registries. */
export async function shippedEngine(): Promise<Engine> {
  const { operators, errors } = await loadRegistryDir(join(DEFAULT_DATA_DIR, "registries"));
  if (errors.length) throw new Error(`shipped registries have bad rows: ${JSON.stringify(errors)}`);
  return shippedEngineWith(new MemoryRegistry(operators));
}

/** check() and the flag ids of a verdict, on the day the evaluation reads licences on (not the calendar's), through the engine given (shipped data, no registry, by default). */
export function checker(engine: Engine = shippedEngineWith()) {
  const check = (text: string) => engine.check(text, { today: EVAL_TODAY });
  return { check, flags: (text: string) => check(text).flags.map((f) => f.id) };
}

/** checker() over a registry of the rows given, each a test operator with what it changes (test/helpers/operator.ts). */
export function checkerWithRows(...rows: Partial<Operator>[]) {
  return checker(shippedEngineWith(new MemoryRegistry(rows.map((row) => operator(row)))));
}

/** The risk and crime of the offer a message shows: its own, or the one it retells (a question about an offer is no advert). */
export function offerOf(verdict: Verdict): Pick<Verdict, "risk" | "crime"> {
  return verdict.toldOffer ?? verdict;
}
