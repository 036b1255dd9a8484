/**
 * npm run bench:scan-batches — the batch API end to end on one instance: a
 * JSONL upload of BENCH_ADS (20,000) adverts over HTTP, scanned by the
 * pg-boss chunk workers with the advert memory and result writes on the
 * local Postgres (a fresh database, dropped afterwards), until the batch is
 * done, then its results streamed back. Beside it, in the same run, a plain
 * keyword-and-phone regex pass over the same adverts, and the ratio.
 * DATABASE_URL picks the server, as for the tests. Chunks are checked on
 * the app's default of engine threads (SCAN_ENGINE_THREADS: cores − 1),
 * BENCH_ENGINE_THREADS to change it (0: on the main thread); chunk workers
 * BENCH_CONCURRENCY (2, as SCAN_CONCURRENCY).
 */
import { cpus } from "node:os";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import pino from "pino";
import { buildApp } from "../src/api/app.ts";
import { defaultFeedConfig, defaultPressureConfig } from "../src/config.ts";
import { startJobRunner, type JobRunner } from "../src/jobs/job-runner.ts";
import { createApiKey } from "../src/partners/api-keys.ts";
import { batchWorkers } from "../src/scan/batch-jobs.ts";
import { batchChecker } from "../src/scan/engine-pool/pool.ts";
import { testServices } from "../test/helpers/app.ts";
import { listenOnLoopback } from "../test/helpers/listen.ts";
import { corpusTexts } from "../test/helpers/partner-api.ts";
import { plainScanRate } from "./plain-scan.ts";

const ADS = Number(process.env.BENCH_ADS ?? 20_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 2);
/** Engines on worker threads (SCAN_ENGINE_THREADS); unset: the app's default. */
const THREADS = process.env.BENCH_ENGINE_THREADS;
const silent = pino({ level: "silent" });

const texts = corpusTexts();
// Each advert a little different, as copies on a board are: the memory sees near-duplicates, not one advert.
const adverts = Array.from({ length: ADS }, (_, i) => `${texts[i % texts.length]}\nref ${i} ${(i * 7919) % 100_003}`);

const services = await testServices("postgres");
const engines = batchChecker({ data: services.engineData, registry: services.registry, history: services.history, engine: () => services.engine }, THREADS === undefined ? services.config.scan.engineThreads : Number(THREADS));
let jobs: JobRunner | undefined;
try {
  const db = services.database.db;
  const send = (queue: string, data: readonly object[]) => jobs!.send(queue, data);
  const app = await buildApp({ db, engine: () => services.engine, i18n: services.i18n, logLevel: "silent",
    // The warm-up below holds the event loop for a while: not overload to shed.
    pressure: { ...defaultPressureConfig(), maxEventLoopDelayMs: 0 },
    partner: { memory: services.adverts, send, feeds: defaultFeedConfig().publish },
  });
  const base = await listenOnLoopback(app);
  jobs = await startJobRunner(services.database, [], silent, {
    workers: batchWorkers({ db, check: engines.check, memory: services.adverts, send, log: silent }, { chunkTimeoutSeconds: 600, concurrency: CONCURRENCY }),
  });
  const { key } = await createApiKey(db, { name: "bench", countries: ["KZ"], ratePerMinute: 1_000_000 });
  const auth = { authorization: `Bearer ${key}` };
  // Warm-up: JIT and regex compilation, of the engine here and of those on worker threads.
  for (const text of texts) services.engine.check(text);
  await engines.check(texts.map((text, id) => ({ id, text })));

  const body = adverts.map((text, i) => JSON.stringify({ id: i, text })).join("\n");
  const start = performance.now();
  const uploaded = await fetch(`${base}/api/v1/scan/batches`, { method: "POST", headers: { ...auth, "content-type": "application/x-ndjson" }, body });
  if (uploaded.status !== 202) throw new Error(`upload answered ${uploaded.status}: ${await uploaded.text()}`);
  const { id } = (await uploaded.json()) as { id: string };
  const accepted = performance.now();
  // How long requests to this instance wait while it scans: the engine on the main thread holds it a chunk at a time.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  for (;;) {
    const progress = (await (await fetch(`${base}/api/v1/scan/batches/${id}`, { headers: auth })).json()) as { status: string };
    if (progress.status === "done") break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const scanned = performance.now();
  loop.disable();
  const lines = (await (await fetch(`${base}/api/v1/scan/batches/${id}/results`, { headers: auth })).text()).trimEnd().split("\n").length;
  const fetched = performance.now();
  if (lines !== ADS) throw new Error(`${lines} result lines for ${ADS} adverts`);

  const endToEnd = ADS / ((fetched - start) / 1000);
  const regex = plainScanRate(adverts);
  // Where the time goes: the engine alone, and the memory alone, on the same adverts (the engine's share of the batch).
  const sample = adverts.slice(0, Math.min(ADS, 2000));
  // The engine here saw only the warm-up when chunks went to worker threads: one untimed pass first.
  for (const text of sample) services.engine.check(text);
  let t0 = performance.now();
  for (const text of sample) services.engine.check(text);
  const engineOnly = sample.length / ((performance.now() - t0) / 1000);
  t0 = performance.now();
  await Promise.all(Array.from({ length: 16 }, async (_, w) => {
    for (let i = w; i < sample.length; i += 16) await services.adverts.remember({ text: sample[i]!, source: "partner", country: "KZ", key: `bench-${i}` });
  }));
  const memoryOnly = sample.length / ((performance.now() - t0) / 1000);
  console.log(`batch API benchmark — ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), node ${process.version}, ${ADS} adverts, ${CONCURRENCY} chunk workers, ${THREADS ?? services.config.scan.engineThreads} engine threads`);
  console.log(`upload (HTTP, ${Math.round(body.length / 1024 / 1024)} MB JSONL, rows written): ${((accepted - start) / 1000).toFixed(1)} s`);
  console.log(`scan (engine, memory, result writes):     ${((scanned - accepted) / 1000).toFixed(1)} s, ${Math.round(ADS / ((scanned - accepted) / 1000))} ads/s`);
  console.log(`results streamed back:                    ${((fetched - scanned) / 1000).toFixed(1)} s`);
  console.log(`event loop delay while scanning: p50 ${Math.round(loop.percentile(50) / 1e6)} ms, p99 ${Math.round(loop.percentile(99) / 1e6)} ms, max ${Math.round(loop.max / 1e6)} ms`);
  console.log(`engine alone (one core): ${Math.round(engineOnly)} ads/s; memory.remember alone (16 in flight): ${Math.round(memoryOnly)} ads/s`);
  console.log(`end to end: ${Math.round(endToEnd)} ads/s; plain regex scan of the same adverts: ${Math.round(regex)} ads/s; ratio ${(regex / endToEnd).toFixed(1)}×`);
  await app.close();
} finally {
  await jobs?.stop();
  await engines.close();
  await services.close();
}
