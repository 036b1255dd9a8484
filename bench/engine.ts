/**
 * npm run bench:engine — engine throughput on one core and latency per ad.
 * Corpus: every hand-written ad in test/fixtures/ads, plus each one padded to
 * ~2 KB (long ads are the slow case). Prints ads/s and p50/p99 in ms, and
 * beside them the plain regex scan's ads/s over the same adverts, run in
 * turns with the engine, and the ratio; first how long
 * building the engine takes (every process that checks pays it once:
 * `npm start`, each CLI run, each test file that checks).
 */
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { loadEngineData } from "../src/data/load-engine-data.ts";
import { createEngine } from "../src/engine/engine.ts";
import { shippedEngine } from "../test/helpers/engine.ts";
import { engineCorpus } from "./engine-corpus.ts";
import { plainScan } from "./plain-scan.ts";
import { percentile } from "./percentile.ts";

const DURATION_MS = Number(process.env.BENCH_MS ?? 10_000);

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
  const median = (i: 0 | 1) => percentile(rest.map((r) => r[i]).sort((a, b) => a - b), 50);
  return `load ${first![0].toFixed(0)} ms then ${median(0).toFixed(0)} ms, compile ${first![1].toFixed(0)} ms then ${median(1).toFixed(0)} ms`;
}
const built = buildTimes();

const engine = await shippedEngine();
for (const text of ads) engine.check(text); // warm-up: JIT and regex compilation

/** Each turn: the engine this long, then the plain scan this long (its first pass meets caches the engine left cold; the rest do not). */
const ENGINE_TURN_MS = 400;
const PLAIN_TURN_MS = 40;

function run(name: string, corpus: string[]) {
  const latencies: number[] = [];
  const start = performance.now();
  let engineMs = 0;
  let plainMs = 0;
  let plainAds = 0;
  let i = 0;
  // In turns, so both see the machine as it is at that moment: it swings by a fifth within the hour.
  while (performance.now() - start < DURATION_MS) {
    for (const turn = performance.now(); performance.now() - turn < ENGINE_TURN_MS; ) {
      const t0 = performance.now();
      engine.check(corpus[i++ % corpus.length]!);
      const ms = performance.now() - t0;
      latencies.push(ms);
      engineMs += ms;
    }
    const turn = performance.now();
    while (performance.now() - turn < PLAIN_TURN_MS) {
      plainScan(corpus);
      plainAds += corpus.length;
    }
    plainMs += performance.now() - turn;
  }
  latencies.sort((a, b) => a - b);
  const rate = latencies.length / (engineMs / 1000);
  const plain = plainAds / (plainMs / 1000);
  const avgChars = Math.round(corpus.reduce((n, t) => n + t.length, 0) / corpus.length);
  console.log(
    `${name.padEnd(22)} ${String(corpus.length).padStart(4)} ads, avg ${String(avgChars).padStart(4)} chars: ` +
      `${Math.round(rate)} ads/s, p50 ${percentile(latencies, 50).toFixed(3)} ms, p99 ${percentile(latencies, 99).toFixed(3)} ms; ` +
      `plain regex scan ${Math.round(plain)} ads/s, ${(plain / rate).toFixed(0)}× the engine`,
  );
}

console.log(`engine benchmark — one core (${cpus()[0]?.model ?? "unknown CPU"}), node ${process.version}, ${DURATION_MS / 1000}s per corpus`);
console.log(`building the engine:   ${built}`);
run("mixed corpus", ads);
run("2 KB ads", long);
