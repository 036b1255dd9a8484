/**
 * npm run bench:ab -- <revision> — this checkout's engine against another
 * revision's, in one process, checking the adverts of bench:engine in
 * alternation (A B B A rounds over the whole corpus), and the median of each
 * side's per-round means. On a shared machine whose speed moves by a fifth
 * within the hour, two bench:engine runs minutes apart do not resolve a
 * change of a few percent; two engines taking turns share the machine's
 * state, so their ratio does. The other revision is checked out in a
 * temporary git worktree beside this one (its own code and data, this
 * checkout's node_modules), removed afterwards. BENCH_MS (default 15,000)
 * per corpus.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { engineCorpus } from "./engine-corpus.ts";
import { percentile } from "./percentile.ts";

interface Checker {
  check(text: string, options?: { today?: string }): unknown;
}

const DURATION_MS = Number(process.env.BENCH_MS ?? 15_000);
const revision = process.argv[2];
if (!revision) {
  console.error("usage: npm run bench:ab -- <revision>   (a commit, tag or branch to compare this checkout with)");
  process.exit(2);
}

const root = join(import.meta.dirname, "..");
const git = (...args: string[]) => execFileSync("git", ["-C", root, ...args], { encoding: "utf8" }).trim();
const commit = git("rev-parse", "--short", revision);
const here = git("rev-parse", "--short", "HEAD") + (git("status", "--porcelain", "--untracked-files=no") ? "+changes" : "");
const scratch = mkdtempSync(join(tmpdir(), "offercheck-ab-"));
const other = join(scratch, "tree");
git("worktree", "add", "--quiet", "--detach", other, commit);

async function engineAt(dir: string): Promise<Checker> {
  const { shippedEngine } = (await import(join(dir, "test", "helpers", "engine.ts"))) as { shippedEngine: () => Promise<Checker> };
  return shippedEngine();
}

/** Mean µs per check over the corpus, once. */
function round(engine: Checker, corpus: readonly string[]): number {
  const start = performance.now();
  for (const text of corpus) engine.check(text, { today: "2026-12-01" });
  return ((performance.now() - start) * 1000) / corpus.length;
}

const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);

function compare(name: string, a: Checker, b: Checker, corpus: readonly string[]): void {
  for (let warm = 0; warm < 3; warm++) {
    round(a, corpus);
    round(b, corpus);
  }
  const sideA: number[] = [];
  const sideB: number[] = [];
  const end = performance.now() + DURATION_MS;
  while (performance.now() < end) {
    sideA.push(round(a, corpus));
    sideB.push(round(b, corpus));
    sideB.push(round(b, corpus));
    sideA.push(round(a, corpus));
  }
  const [ma, mb] = [median(sideA), median(sideB)];
  console.log(`${name.padEnd(24)} ${commit} ${ma.toFixed(1)} µs, ${here} ${mb.toFixed(1)} µs a check: ${(mb / ma).toFixed(3)} of its time (${sideA.length} rounds each)`);
}

try {
  symlinkSync(join(root, "node_modules"), join(other, "node_modules"));
  const a = await engineAt(other);
  const b = await engineAt(root);
  const { ads, long } = engineCorpus();
  console.log(`engine A/B — one process, ${DURATION_MS / 1000}s per corpus, node ${process.version}`);
  compare(`mixed (${ads.length} ads)`, a, b, ads);
  compare("2 KB ads", a, b, long);
} finally {
  rmSync(scratch, { recursive: true, force: true });
  git("worktree", "prune");
}
