/**
 * npm run fit:wording — fits the wording model (src/engine/wording.ts) on the
 * dev corpus and writes it, with where it came from, into data/wording.json.
 * It also measures the model on writers it never saw: each writing round of
 * dev is left out in turn, its adverts judged by a model fitted on the others.
 * The holdout is never read here.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_DATA_DIR, WORDING_FILE } from "../data/load-engine-data.ts";
import { loadSplit } from "../eval/corpus.ts";
import { devWordingExamples, fitWording, leaveGroupOut, WORDING_FIT } from "../eval/fit-wording.ts";

const { values } = parseArgs({ options: { "dry-run": { type: "boolean" } } });
const options = WORDING_FIT;
const dev = loadSplit("dev");
// Each writing round had its own writers: a model is judged on a round by a fit without it.
const { examples, rounds } = devWordingExamples(dev, options);

const held = leaveGroupOut(examples, rounds, options);
const auc = areaUnderCurve(held, examples.map((e) => e.scam));
const model = fitWording(examples, options);
const file = {
  bits: options.bits,
  minN: options.minN,
  maxN: options.maxN,
  bias: round(model.bias),
  provenance: {
    method: "logistic regression over hashed character n-grams of each word (digits read as 0), AdaGrad, L2; src/eval/fit-wording.ts",
    corpus: `eval/corpus/dev: ${dev.length} adverts (${examples.filter((e) => e.scam).length} scams)`,
    settings: { lambda: options.lambda, epochs: options.epochs, seed: options.seed },
    leaveRoundOut: { rounds: new Set(rounds).size, auc: round(auc) },
    command: "npm run fit:wording",
  },
  weights: Array.from(model.weights, round),
};
process.stdout.write(`dev ${dev.length} adverts; leave-one-round-out AUC ${auc.toFixed(4)} over ${new Set(rounds).size} rounds\n`);
if (!values["dry-run"]) {
  writeFileSync(join(DEFAULT_DATA_DIR, WORDING_FILE), `${JSON.stringify(file)}\n`);
  process.stdout.write(`wrote data/${WORDING_FILE}\n`);
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** The chance a scam is given a higher probability than an honest advert. */
function areaUnderCurve(p: readonly number[], scam: readonly boolean[]): number {
  const order = p.map((_, i) => i).sort((a, b) => p[a]! - p[b]!);
  const scams = scam.filter(Boolean).length;
  let scamsBelow = 0;
  let pairs = 0;
  for (const i of order) {
    if (scam[i]) scamsBelow++;
    else pairs += scams - scamsBelow;
  }
  return pairs / (scams * (scam.length - scams));
}
