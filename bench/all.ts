/**
 * npm run bench — every figure of BENCHMARKS.md, one after another, each in
 * its own process so one benchmark's heap and JIT state cannot colour the
 * next: engine (and where a check's time goes, by stage), bot webhook (one instance, then three on one database),
 * referral queue, OCR, and the Postgres-stop reliability test (its figure is
 * the number of reports lost, which the test asserts is 0). All of them use
 * the tests' Postgres (DATABASE_URL or the local default), as in production.
 * BENCH_ONLY=engine,bot3 runs a subset; a BENCH_* variable set by the caller
 * wins over a step's own. Each step prints the command that reproduces it.
 */
import { spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { ADMIN_URL } from "../test/helpers/postgres.ts";

interface Step {
  name: string;
  script: string[];
  env?: Record<string, string>;
}

const steps: Step[] = [
  { name: "engine", script: ["run", "-s", "bench:engine"] },
  { name: "stages", script: ["run", "-s", "bench:stages"] },
  { name: "bot", script: ["run", "-s", "bench:bot"], env: { BENCH_RATE: "500", BENCH_SECONDS: "30" } },
  { name: "bot3", script: ["run", "-s", "bench:bot"], env: { BENCH_RATE: "500", BENCH_SECONDS: "30", BENCH_INSTANCES: "3" } },
  { name: "queue", script: ["run", "-s", "bench:queue"] },
  { name: "ocr", script: ["run", "-s", "bench:ocr"] },
  { name: "outage", script: ["test", "--", "test/reliability/postgres-outage.test.ts"] },
];

const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
const unknown = only?.filter((name) => !steps.some((s) => s.name === name)) ?? [];
if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown step(s) ${unknown.join(", ")}; known: ${steps.map((s) => s.name).join(", ")}`);

const cpu = cpus();
console.log(`machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);

const failed: string[] = [];
for (const step of steps.filter((s) => !only || only.includes(s.name))) {
  const envText = Object.entries(step.env ?? {})
    .map(([k, v]) => `${k}=${v} `)
    .join("");
  console.log(`\n=== ${step.name}: ${envText}npm ${step.script.join(" ")}`);
  const run = spawnSync("npm", step.script, { stdio: "inherit", env: { DATABASE_URL: ADMIN_URL, ...step.env, ...process.env } });
  if (run.status !== 0) failed.push(step.name);
}

if (failed.length > 0) {
  console.error(`\nfailed: ${failed.join(", ")}`);
  process.exit(1);
}
