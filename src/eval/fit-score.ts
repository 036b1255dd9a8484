/**
 * Fitting the score (npm run fit) on first looks: the examples, the thresholds and the leave-one-round-out
 * measurement. Risk is worked out by the engine's own scoreSignals, so the fit judges the rule the engine runs.
 */
import type { SignalsConfig } from "../engine/data.ts";
import { allowedLean, hasRedFlag, scoreSignals, toldOffer } from "../engine/score.ts";
import type { Found } from "../engine/signals/index.ts";
import type { SignalId } from "../engine/types.ts";
import { wordingLean } from "../engine/wording.ts";
import { labelsToldOffer, type EvalAd } from "./corpus.ts";
import { fitLogistic, type Example, type Model, type Prior } from "./fit.ts";
import { devWordingExamples, leaveGroupOut, WORDING_FIT } from "./fit-wording.ts";
import type { FirstLook } from "./first-looks.ts";

export interface ScoreExample extends Example {
  round: number;
  isJobAd: boolean;
  told: boolean;
  found: Found;
  /** The wording's lean from a model fitted without the advert's round. */
  lean: number;
}

export interface Settings {
  /** The share of first-look scams the medium threshold must keep (answered medium or high). */
  recall: number;
  /** The largest share of honest first looks answered high by their score. */
  maxHighFalsePositives: number;
}

/** Each first-look advert with its label from the dev corpus and its wording lean, each round's from a model fitted without it. */
export function firstLookExamples(looks: readonly FirstLook[], dev: readonly EvalAd[], config: SignalsConfig): ScoreExample[] {
  const { examples, rounds } = devWordingExamples(dev);
  const probabilities = leaveGroupOut(examples, rounds, WORDING_FIT);
  const byId = new Map(dev.map((ad, i) => [ad.id, { ad, lean: wordingLean(probabilities[i]!) }]));
  return looks.flatMap((look) =>
    look.adverts.flatMap(({ id, isJobAd, flags }) => {
      const labelled = byId.get(id);
      if (!labelled) return [];
      const found: Found = new Map(flags.map((f) => [f as SignalId, []]));
      const features = flags.filter((f) => f !== "reported_before");
      // The wording's value as the score uses it.
      const wording = allowedLean(features.map((f) => ({ id: f as SignalId })), config, labelled.lean);
      return [{ features, values: { wording }, scam: labelled.ad.kind === "scam", round: look.round, isJobAd, told: labelsToldOffer(labelled.ad), found, lean: labelled.lean }];
    }),
  );
}

/** The config with a fitted model's weights and the given thresholds. */
export function withModel(config: SignalsConfig, model: Model, thresholds: SignalsConfig["thresholds"]): SignalsConfig {
  const signals = Object.fromEntries(Object.entries(config.signals).map(([id, s]) => [id, { ...s, weight: model.weights[id] ?? s.weight }]));
  return { ...config, bias: model.bias, thresholds, wording: { ...config.wording, weight: model.weights.wording ?? 0 }, signals: signals as SignalsConfig["signals"] };
}

/** The risk the engine answers for a first-look advert: a told offer's where the label is about it (src/eval/evaluate.ts). */
export function riskOf(e: ScoreExample, config: SignalsConfig) {
  // A text that is no advert is answered low; where its label is about the offer it tells of, that offer's risk.
  if (e.told && !e.isJobAd) return toldOffer(e.found, false, config).toldOffer?.risk ?? "low";
  return scoreSignals(e.found, e.isJobAd, config, () => e.lean).risk;
}

function tally(examples: readonly ScoreExample[], config: SignalsConfig) {
  let scams = 0, caught = 0, high = 0, honest = 0, alarms = 0;
  for (const e of examples) {
    const risk = riskOf(e, config);
    if (e.scam) (scams++, risk !== "low" && caught++, risk === "high" && high++);
    else (honest++, risk !== "low" && alarms++);
  }
  return { scams, caught, high, honest, alarms };
}

/**
 * The highest medium threshold (to the thousandth) that keeps `recall` of the scams, by bisection: fewer adverts
 * reach a higher threshold. High: the lowest that at most `maxHighFalsePositives` of honest adverts reach by score.
 */
export function chooseScoreThresholds(examples: readonly ScoreExample[], config: SignalsConfig, model: Model, settings: Settings): SignalsConfig["thresholds"] {
  const recallAt = (medium: number) => {
    const t = tally(examples, withModel(config, model, { medium, high: 1 }));
    return t.caught / Math.max(1, t.scams);
  };
  let lo = 1, hi = 990; // thousandths
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (recallAt(mid / 1000) >= settings.recall) lo = mid;
    else hi = mid - 1;
  }
  const medium = lo / 1000;
  const scored = withModel(config, model, { medium, high: 1 });
  const honest = examples.filter((e) => !e.scam);
  const highScores = honest
    .map((e) => scoreSignals(e.found, e.isJobAd, scored, () => e.lean))
    .filter((s) => hasRedFlag(s.flags))
    .map((s) => s.score)
    .sort((a, b) => b - a);
  const next = highScores[Math.floor(settings.maxHighFalsePositives * honest.length)];
  const high = next === undefined ? medium : Math.min(0.99, Math.ceil((next + 0.0005) * 1000) / 1000);
  return { medium, high: Math.max(medium, high) };
}

/** Each round judged by a model fitted, and thresholded, without it; and the model fitted on every round. */
export function leaveRoundOut(examples: readonly ScoreExample[], prior: Prior, lambda: number, settings: Settings, config: SignalsConfig) {
  const fitOn = (part: readonly ScoreExample[]) => {
    const model = fitLogistic(part.filter((e) => e.isJobAd), prior, lambda);
    return { model, thresholds: chooseScoreThresholds(part, config, model, settings) };
  };
  let scams = 0, caught = 0, high = 0, honest = 0, alarms = 0;
  for (const round of new Set(examples.map((e) => e.round))) {
    const { model, thresholds } = fitOn(examples.filter((e) => e.round !== round));
    const t = tally(examples.filter((e) => e.round === round), withModel(config, model, thresholds));
    scams += t.scams; caught += t.caught; high += t.high; honest += t.honest; alarms += t.alarms;
  }
  return { recall: caught / Math.max(1, scams), scamsHigh: high / Math.max(1, scams), falsePositives: alarms / Math.max(1, honest), fitAll: () => fitOn(examples) };
}
