/**
 * npm run fit — fits the score's weights, the wording's weight and the medium and high thresholds on first looks
 * (eval/first-looks: each round's dev half as the engine read it before anything was tuned on that round), and
 * writes them, with where they came from, into data/signals.json. Each advert's wording lean comes from a wording
 * model fitted without its round (src/eval/fit-wording.ts), so both halves of the score are judged as on adverts
 * the engine has not seen. The holdout is never read here.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_DATA_DIR } from "../data/load-engine-data.ts";
import { signalsConfigSchema, type SignalsConfig } from "../engine/data.ts";
import { LEGIT_SIGNALS, SIGNAL_IDS } from "../engine/types.ts";
import { loadSplit } from "../eval/corpus.ts";
import { firstLookExamples, leaveRoundOut, type Settings } from "../eval/fit-score.ts";
import { logLoss, type Prior } from "../eval/fit.ts";
import { loadFirstLooks } from "../eval/first-looks.ts";

const LAMBDAS = [0.003, 0.01, 0.03];
/** Report history is not in any advert's text, so the corpus cannot weigh it: it keeps the expert's weight. */
const UNFITTED = new Set(["reported_before"]);

const { values } = parseArgs({ options: { recall: { type: "string", default: "0.98" }, "max-high-fp": { type: "string", default: "0.02" }, "dry-run": { type: "boolean" } } });
const file = join(DEFAULT_DATA_DIR, "signals.json");
const config: SignalsConfig = signalsConfigSchema.parse(JSON.parse(readFileSync(file, "utf8")));

const dev = loadSplit("dev");
const looks = loadFirstLooks();
const examples = firstLookExamples(looks, dev, config);
const fitted = SIGNAL_IDS.filter((id) => !UNFITTED.has(id));
const prior: Prior = {
  bias: config.biasPrior,
  weights: { ...Object.fromEntries(fitted.map((id) => [id, config.signals[id].prior])), wording: config.wording.prior },
  sign: { ...Object.fromEntries(fitted.map((id) => [id, LEGIT_SIGNALS.has(id) ? -1 : 1])), wording: 1 },
  alone: Object.fromEntries(fitted.flatMap((id) => (config.signals[id].alone === undefined ? [] : [[id, config.signals[id].alone]]))),
};
const settings: Settings = { recall: Number(values.recall), maxHighFalsePositives: Number(values["max-high-fp"]) };

// Lambda: the one whose models, each fitted and thresholded without a round, misjudge fewest honest adverts of
// the rounds they did not see (at the recall asked for).
const trials = LAMBDAS.map((lambda) => ({ lambda, ...leaveRoundOut(examples, prior, lambda, settings, config) }));
const best = trials.reduce((a, b) => (b.falsePositives < a.falsePositives ? b : a));
const { model, thresholds } = best.fitAll();

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const next: SignalsConfig = {
  ...config,
  bias: round3(model.bias),
  thresholds,
  wording: { ...config.wording, weight: round3(model.weights.wording!) },
  signals: Object.fromEntries(
    SIGNAL_IDS.map((id) => [id, { ...config.signals[id], weight: UNFITTED.has(id) ? config.signals[id].weight : round3(model.weights[id]!) }]),
  ) as SignalsConfig["signals"],
  provenance: {
    method:
      "logistic regression on first looks (eval/first-looks: each round's dev half as the engine of the commit that added it read it), the signs plus the wording model's lean (its log-odds, from a wording model fitted without the advert's round; wording.ts), MAP with a Gaussian prior centred on the expert weights (`prior`), red flags ≥ 0 (where `alone` is set, at least the weight that gives that score with no other sign), evidence of a lawful advert ≤ 0, the wording's weight ≥ 0; lambda: fewest false positives when each round is judged by a model fitted and thresholded without it; medium: the highest threshold that keeps the recall asked for on the first looks; high: at most the share of honest first looks asked for",
    command: `npm run fit -- --recall ${values.recall} --max-high-fp ${values["max-high-fp"]}`,
    data: `eval/first-looks: rounds ${looks[0]?.round}-${looks.at(-1)?.round}, ${examples.length} adverts (${examples.filter((e) => e.scam).length} scams); wording leans from eval/corpus/dev (${dev.length} adverts), each round left out`,
    lambda: best.lambda,
    leaveRoundOut: trials.map((t) => ({ lambda: t.lambda, recall: round3(t.recall), scamsHigh: round3(t.scamsHigh), falsePositives: round3(t.falsePositives) })),
    trainingLogLoss: round3(logLoss(model, examples)),
    fittedOn: new Date().toISOString().slice(0, 10),
  },
};
for (const t of trials) process.stdout.write(`lambda ${t.lambda}: each round left out, recall ${(100 * t.recall).toFixed(2)} % (high ${(100 * t.scamsHigh).toFixed(2)} %), false positives ${(100 * t.falsePositives).toFixed(2)} %\n`);
process.stdout.write(`chosen lambda ${best.lambda}; bias ${next.bias}; wording ${next.wording.weight}; thresholds medium ${thresholds.medium}, high ${thresholds.high}\n`);
for (const id of SIGNAL_IDS) process.stdout.write(`  ${id.padEnd(24)} prior ${String(config.signals[id].prior).padStart(7)}  fitted ${String(next.signals[id].weight).padStart(7)}\n`);
if (!values["dry-run"]) {
  writeFileSync(file, `${JSON.stringify(signalsConfigSchema.parse(next), null, 2)}\n`);
  process.stdout.write(`written to ${file}\n`);
}
