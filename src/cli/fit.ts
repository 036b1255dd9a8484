/**
 * npm run fit — fits the score's weights and thresholds on the dev corpus
 * (eval/corpus/dev) and writes them, with where they came from, into
 * data/signals.json. The holdout is never read here.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_DATA_DIR } from "../data/load-engine-data.ts";
import { signalsConfigSchema, type SignalsConfig } from "../engine/data.ts";
import { LEGIT_SIGNALS, SIGNAL_IDS } from "../engine/types.ts";
import { EVAL_TODAY, loadSplit } from "../eval/corpus.ts";
import { evaluationEngine } from "../eval/evaluate.ts";
import { chooseThresholds, crossValidate, fitLogistic, logLoss, type Example, type Prior } from "../eval/fit.ts";

const LAMBDAS = [0.0003, 0.001, 0.003, 0.01, 0.03, 0.1];
/** Report history is not in any advert's text, so the corpus cannot weigh it: it keeps the expert's weight. */
const UNFITTED = new Set(["reported_before"]);

const { values } = parseArgs({ options: { "max-fp": { type: "string", default: "0.02" }, "max-high-fp": { type: "string", default: "0.005" }, "dry-run": { type: "boolean" } } });
const file = join(DEFAULT_DATA_DIR, "signals.json");
const config: SignalsConfig = signalsConfigSchema.parse(JSON.parse(readFileSync(file, "utf8")));

const engine = await evaluationEngine();
const dev = loadSplit("dev");
const checked = dev.map((ad) => ({ ad, verdict: engine.check(ad.text, { today: EVAL_TODAY }) }));
// An advert the engine does not take for a job ad scores 0 whatever the weights; it says nothing about them.
const examples: Example[] = checked
  .filter((c) => c.verdict.isJobAd)
  .map((c) => ({ features: c.verdict.flags.map((f) => f.id).filter((id) => !UNFITTED.has(id)), scam: c.ad.kind === "scam" }));

const fitted = SIGNAL_IDS.filter((id) => !UNFITTED.has(id));
const prior: Prior = {
  bias: config.biasPrior,
  weights: Object.fromEntries(fitted.map((id) => [id, config.signals[id].prior])),
  sign: Object.fromEntries(fitted.map((id) => [id, LEGIT_SIGNALS.has(id) ? -1 : 1])),
  alone: Object.fromEntries(fitted.flatMap((id) => (config.signals[id].alone === undefined ? [] : [[id, config.signals[id].alone]]))),
};

const trials = LAMBDAS.map((lambda) => {
  const oof = crossValidate(examples, prior, lambda);
  const losses = oof.map(({ example, p }) => -Math.log(example.scam ? p + 1e-9 : 1 - p + 1e-9));
  const loss = losses.reduce((a, b) => a + b, 0) / losses.length;
  const se = Math.sqrt(losses.reduce((a, b) => a + (b - loss) ** 2, 0) / (losses.length - 1) / losses.length);
  return { lambda, loss, se, oof };
});
// The one-standard-error rule: the most regularised lambda within one standard error of the best. The
// lexicons were written against dev, so its cross-validation flatters weak regularisation.
const minimum = trials.reduce((a, b) => (b.loss < a.loss ? b : a));
const best = trials.filter((t) => t.loss <= minimum.loss + minimum.se).reduce((a, b) => (b.lambda > a.lambda ? b : a));
const model = fitLogistic(examples, prior, best.lambda);
// Thresholds from out-of-fold scores: chosen on adverts the weights were not fitted on.
const thresholds = chooseThresholds(best.oof.map(({ example, p }) => ({ scam: example.scam, p })), Number(values["max-fp"]), Number(values["max-high-fp"]));

const round = (x: number) => Math.round(x * 1000) / 1000;
const counts = Object.fromEntries(
  [...new Set(dev.map((a) => a.language))].map((l) => [l, dev.filter((a) => a.language === l).length]),
);
const next: SignalsConfig = {
  ...config,
  bias: round(model.bias),
  thresholds,
  signals: Object.fromEntries(
    SIGNAL_IDS.map((id) => [id, { ...config.signals[id], weight: UNFITTED.has(id) ? config.signals[id].weight : round(model.weights[id]!) }]),
  ) as SignalsConfig["signals"],
  provenance: {
    method:
      "logistic regression, MAP with a Gaussian prior centred on the expert weights (`prior`), red flags ≥ 0 (where `alone` is set, at least the weight that gives that score with no other sign) and evidence of a lawful advert ≤ 0; lambda by 5-fold cross-validation with the one-standard-error rule; thresholds from out-of-fold scores",
    command: `npm run fit -- --max-fp ${values["max-fp"]} --max-high-fp ${values["max-high-fp"]}`,
    data: `eval/corpus/dev: ${dev.length} adverts (${Object.entries(counts).map(([l, n]) => `${l} ${n}`).join(", ")}); ${examples.length} taken for job ads`,
    lambda: best.lambda,
    crossValidatedLogLoss: round(best.loss),
    trainingLogLoss: round(logLoss(model, examples)),
    targets: `medium: at most ${Number(values["max-fp"]) * 100} % of honest dev adverts out of fold; high: at most ${Number(values["max-high-fp"]) * 100} %`,
    fittedOn: EVAL_TODAY,
  },
};
for (const t of trials) process.stdout.write(`lambda ${t.lambda}: cross-validated log-loss ${t.loss.toFixed(4)} ± ${t.se.toFixed(4)}\n`);
process.stdout.write(`chosen lambda ${best.lambda}; bias ${next.bias}; thresholds medium ${thresholds.medium}, high ${thresholds.high}\n`);
for (const id of SIGNAL_IDS) process.stdout.write(`  ${id.padEnd(24)} prior ${String(config.signals[id].prior).padStart(7)}  fitted ${String(next.signals[id].weight).padStart(7)}\n`);
if (!values["dry-run"]) {
  writeFileSync(file, `${JSON.stringify(signalsConfigSchema.parse(next), null, 2)}\n`);
  process.stdout.write(`written to ${file}\n`);
}
