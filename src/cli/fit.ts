/**
 * npm run fit — fits the score's weights on the dev corpus (eval/corpus/dev)
 * and chooses the regularisation and the thresholds on the validation corpus
 * (eval/corpus/validation: adverts the lexicons were never tuned on) where
 * there is one, and writes them, with where they came from, into
 * data/signals.json. The holdout is never read here.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_DATA_DIR } from "../data/load-engine-data.ts";
import { signalsConfigSchema, type SignalsConfig } from "../engine/data.ts";
import { LEGIT_SIGNALS, SIGNAL_IDS } from "../engine/types.ts";
import { EVAL_TODAY, loadSplit, type EvalAd } from "../eval/corpus.ts";
import { evaluationEngine, evaluationOperators } from "../eval/evaluate.ts";
import { chooseThresholds, crossValidate, fitLogistic, logLoss, predict, type Example, type Prior } from "../eval/fit.ts";

const LAMBDAS = [0.0003, 0.001, 0.003, 0.01, 0.03, 0.1];
/** Report history is not in any advert's text, so the corpus cannot weigh it: it keeps the expert's weight. */
const UNFITTED = new Set(["reported_before"]);

const { values } = parseArgs({ options: { "max-fp": { type: "string", default: "0.02" }, "max-high-fp": { type: "string", default: "0.005" }, "dry-run": { type: "boolean" } } });
const file = join(DEFAULT_DATA_DIR, "signals.json");
const config: SignalsConfig = signalsConfigSchema.parse(JSON.parse(readFileSync(file, "utf8")));

const engine = evaluationEngine(await evaluationOperators());
/** An advert the engine does not take for a job ad scores 0 whatever the weights; it says nothing about them. */
const examplesOf = (ads: EvalAd[]): Example[] =>
  ads
    .map((ad) => ({ ad, verdict: engine.check(ad.text, { today: EVAL_TODAY }) }))
    .filter((c) => c.verdict.isJobAd)
    .map((c) => ({ features: c.verdict.flags.map((f) => f.id).filter((id) => !UNFITTED.has(id)), scam: c.ad.kind === "scam" }));
const dev = loadSplit("dev");
const examples = examplesOf(dev);
const validationAds = loadSplit("validation");
const validation = examplesOf(validationAds);

const fitted = SIGNAL_IDS.filter((id) => !UNFITTED.has(id));
const prior: Prior = {
  bias: config.biasPrior,
  weights: Object.fromEntries(fitted.map((id) => [id, config.signals[id].prior])),
  sign: Object.fromEntries(fitted.map((id) => [id, LEGIT_SIGNALS.has(id) ? -1 : 1])),
  alone: Object.fromEntries(fitted.flatMap((id) => (config.signals[id].alone === undefined ? [] : [[id, config.signals[id].alone]]))),
};

const maxFp = Number(values["max-fp"]);
const maxHighFp = Number(values["max-high-fp"]);
const trials = LAMBDAS.map((lambda) => {
  const oof = crossValidate(examples, prior, lambda);
  const losses = oof.map(({ example, p }) => -Math.log(example.scam ? p + 1e-9 : 1 - p + 1e-9));
  const loss = losses.reduce((a, b) => a + b, 0) / losses.length;
  const se = Math.sqrt(losses.reduce((a, b) => a + (b - loss) ** 2, 0) / (losses.length - 1) / losses.length);
  const model = fitLogistic(examples, prior, lambda);
  return { lambda, loss, se, oof, model, validationLoss: validation.length ? logLoss(model, validation) : Number.NaN };
});
// With a validation corpus, lambda is the one that predicts it best. Without one, the one-standard-error rule:
// the most regularised lambda within one standard error of the best, since the lexicons were written against
// dev and its cross-validation flatters weak regularisation.
const minimum = trials.reduce((a, b) => (b.loss < a.loss ? b : a));
const best = validation.length
  ? trials.reduce((a, b) => (b.validationLoss < a.validationLoss ? b : a))
  : trials.filter((t) => t.loss <= minimum.loss + minimum.se).reduce((a, b) => (b.lambda > a.lambda ? b : a));
const model = best.model;
// Thresholds from adverts the weights were not fitted on: out-of-fold dev scores, and the validation scores,
// whichever asks more.
const fromOof = chooseThresholds(best.oof.map(({ example, p }) => ({ scam: example.scam, p })), maxFp, maxHighFp);
const fromValidation = validation.length ? chooseThresholds(validation.map((e) => ({ scam: e.scam, p: predict(model, e.features) })), maxFp, maxHighFp) : fromOof;
const thresholds = { medium: Math.max(fromOof.medium, fromValidation.medium), high: Math.max(fromOof.high, fromValidation.high) };

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
      "logistic regression on dev, MAP with a Gaussian prior centred on the expert weights (`prior`), red flags ≥ 0 (where `alone` is set, at least the weight that gives that score with no other sign) and evidence of a lawful advert ≤ 0; lambda: least log-loss on validation (without one, 5-fold cross-validation with the one-standard-error rule); thresholds: the stricter of those from out-of-fold dev scores and from validation scores",
    command: `npm run fit -- --max-fp ${values["max-fp"]} --max-high-fp ${values["max-high-fp"]}`,
    data: `eval/corpus/dev: ${dev.length} adverts (${Object.entries(counts).map(([l, n]) => `${l} ${n}`).join(", ")}); ${examples.length} taken for job ads; eval/corpus/validation: ${validationAds.length} adverts, ${validation.length} taken for job ads`,
    lambda: best.lambda,
    crossValidatedLogLoss: round(best.loss),
    ...(validation.length ? { validationLogLoss: round(best.validationLoss) } : {}),
    trainingLogLoss: round(logLoss(model, examples)),
    targets: `medium: at most ${maxFp * 100} % of honest adverts (dev out of fold, and validation); high: at most ${maxHighFp * 100} %`,
    fittedOn: EVAL_TODAY,
  },
};
for (const t of trials) process.stdout.write(`lambda ${t.lambda}: cross-validated log-loss ${t.loss.toFixed(4)} ± ${t.se.toFixed(4)}, validation ${t.validationLoss.toFixed(4)}\n`);
process.stdout.write(`chosen lambda ${best.lambda}; bias ${next.bias}; thresholds medium ${thresholds.medium}, high ${thresholds.high}\n`);
for (const id of SIGNAL_IDS) process.stdout.write(`  ${id.padEnd(24)} prior ${String(config.signals[id].prior).padStart(7)}  fitted ${String(next.signals[id].weight).padStart(7)}\n`);
if (!values["dry-run"]) {
  writeFileSync(file, `${JSON.stringify(signalsConfigSchema.parse(next), null, 2)}\n`);
  process.stdout.write(`written to ${file}\n`);
}
