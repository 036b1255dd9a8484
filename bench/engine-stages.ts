/**
 * npm run bench:stages — where a check's time goes: each stage of engine.check
 * timed (CheckOptions.lap) over the corpus of bench:engine, mixed and padded to
 * ~2 KB. Prints µs per check by stage; the total is a little above bench:engine's
 * because of the timer calls.
 */
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import type { Stage } from "../src/engine/engine.ts";
import { shippedEngine } from "../test/helpers/engine.ts";
import { engineCorpus } from "./engine-corpus.ts";

const DURATION_MS = Number(process.env.BENCH_MS ?? 10_000);

const { ads, long } = engineCorpus();

const engine = await shippedEngine();
for (const text of ads) engine.check(text); // warm-up: JIT and regex compilation

function run(name: string, corpus: string[]) {
  const spent = new Map<Stage, number>();
  let last = 0;
  const lap = (stage: Stage) => {
    const now = performance.now();
    spent.set(stage, (spent.get(stage) ?? 0) + now - last);
    last = now;
  };
  let checks = 0;
  const start = performance.now();
  while (performance.now() - start < DURATION_MS) {
    last = performance.now();
    engine.check(corpus[checks++ % corpus.length]!, { today: "2026-12-01", lap });
  }
  const micros = (ms: number) => ((ms / checks) * 1000).toFixed(1).padStart(7);
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  console.log(`${name}: ${checks} checks, ${micros(total)} µs a check`);
  for (const [stage, ms] of spent) console.log(`  ${stage.padEnd(10)} ${micros(ms)} µs  ${((100 * ms) / total).toFixed(1).padStart(5)} %`);
}

console.log(`engine stages — one core (${cpus()[0]?.model ?? "unknown CPU"}), node ${process.version}, ${DURATION_MS / 1000}s per corpus`);
run("mixed corpus (216 chars)", ads);
run("2 KB ads", long);
