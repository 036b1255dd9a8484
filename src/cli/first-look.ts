/**
 * npm run first-look -- --round N [--at <commit>] — writes eval/first-looks/rN.json: the flags the engine finds
 * in round N's dev half, read by the engine of <commit> (by default the working tree). Run it on the commit that
 * adds a round's dev half, before anything is tuned on the round; for past rounds, --at names that commit, whose
 * code and data are taken from git (git archive) and run with this checkout's node_modules.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { roundOf, writeFirstLook } from "../eval/first-looks.ts";

const { values } = parseArgs({ options: { round: { type: "string" }, at: { type: "string" } } });
const round = Number(values.round);
if (!Number.isInteger(round) || round <= 0) throw new Error("--round N is required");
const here = fileURLToPath(new URL("../../", import.meta.url));
const git = (...args: string[]) => execFileSync("git", args, { cwd: here, encoding: "utf8" }).trim();
const commit = git("rev-parse", values.at ?? "HEAD");

// The engine of that commit, from its own tree: only what the engine, its data and the corpus need.
const tree = values.at ? mkdtempSync(join(tmpdir(), "first-look-")) : here;
if (values.at) {
  execFileSync("sh", ["-c", `git archive ${commit} src data eval package.json | tar -x -C "${tree}"`], { cwd: here });
  symlinkSync(join(here, "node_modules"), join(tree, "node_modules"));
}
try {
  const from = (path: string) => import(pathToFileURL(join(tree, path)).href);
  const { loadEngineData } = await from("src/data/load-engine-data.ts");
  const { createEngine } = await from("src/engine/engine.ts");
  const { MemoryRegistry } = await from("src/registry/memory.ts");
  const { evaluationOperators } = await from("src/eval/evaluate.ts");
  const { loadSplit, EVAL_TODAY } = await from("src/eval/corpus.ts");
  const engine = createEngine(loadEngineData(join(tree, "data")), new MemoryRegistry(await evaluationOperators(join(tree, "data"), join(tree, "eval"))));
  const ads: { id: string; text: string }[] = loadSplit("dev", join(tree, "eval")).filter((ad: { id: string }) => roundOf(ad.id) === round);
  if (ads.length === 0) throw new Error(`no dev advert of round ${round} at ${commit}`);
  const adverts = ads.map((ad) => {
    const v = engine.check(ad.text, { today: EVAL_TODAY });
    return { id: ad.id, isJobAd: v.isJobAd as boolean, flags: (v.flags as { id: string }[]).map((f) => f.id).sort() };
  });
  const file = writeFirstLook({ round, engine: commit.slice(0, 12), adverts } as Parameters<typeof writeFirstLook>[0]);
  process.stdout.write(`${file}: ${adverts.length} adverts of round ${round}, engine ${commit.slice(0, 12)}\n`);
} finally {
  if (values.at) rmSync(tree, { recursive: true, force: true });
}
