/**
 * npm run bench:engine — engine throughput on one core and latency per ad.
 * Corpus: every hand-written ad in test/fixtures/ads, plus each one padded to
 * ~2 KB (long ads are the slow case). Prints ads/s and p50/p99 in ms, and
 * first how long building the engine takes (every process that checks pays it
 * once: `npm start`, each CLI run, each test file that checks).
 */
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { loadEngineData } from "../src/data/load-engine-data.ts";
import { createEngine } from "../src/engine/engine.ts";
import { shippedEngine } from "../test/helpers/engine.ts";
import { engineCorpus } from "./engine-corpus.ts";

const DURATION_MS = Number(process.env.BENCH_MS ?? 10_000);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const { ads, long } = engineCorpus();

/** Loading and validating the data files, then compiling them: the first time in this process, then the median of five more. */
function buildTimes(): string {
  const timed = () => {
    const t0 = performance.now();
    const data = loadEngineData();
    const t1 = performance.now();
    createEngine(data);
    return [t1 - t0, performance.now() - t1] as const;
  };
  const [first, ...rest] = Array.from({ length: 6 }, timed);
  const median = (i: 0 | 1) => rest.map((r) => r[i]).sort((a, b) => a - b)[2]!;
  return `load ${first![0].toFixed(0)} ms then ${median(0).toFixed(0)} ms, compile ${first![1].toFixed(0)} ms then ${median(1).toFixed(0)} ms`;
}
const built = buildTimes();

const engine = await shippedEngine();
for (const text of ads) engine.check(text); // warm-up: JIT and regex compilation

function run(name: string, corpus: string[]) {
  const latencies: number[] = [];
  const start = performance.now();
  let i = 0;
  while (performance.now() - start < DURATION_MS) {
    const t0 = performance.now();
    engine.check(corpus[i++ % corpus.length]!);
    latencies.push(performance.now() - t0);
  }
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const avgChars = Math.round(corpus.reduce((n, t) => n + t.length, 0) / corpus.length);
  console.log(
    `${name.padEnd(22)} ${String(corpus.length).padStart(4)} ads, avg ${String(avgChars).padStart(4)} chars: ` +
      `${Math.round(latencies.length / seconds)} ads/s, p50 ${percentile(latencies, 50).toFixed(3)} ms, p99 ${percentile(latencies, 99).toFixed(3)} ms`,
  );
}

console.log(`engine benchmark — one core (${cpus()[0]?.model ?? "unknown CPU"}), node ${process.version}, ${DURATION_MS / 1000}s per corpus`);
console.log(`building the engine:   ${built}`);
run("mixed corpus", ads);
run("2 KB ads", long);
