import type { SignalsConfig } from "./data.ts";
import type { Found } from "./signals/index.ts";
import { STRONG } from "./signals/job-ad.ts";
import { LEGIT_SIGNALS, type Crime, type Flag, type Risk, type SignalId, type Verdict } from "./types.ts";

export interface Score {
  flags: Flag[];
  score: number;
  risk: Risk;
  crime: Crime | null;
}

/** Log-odds as a probability. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The probability an advert with these signs is a scam, as `npm run fit` calibrated it. */
export function logistic(bias: number, weights: readonly number[]): number {
  return sigmoid(weights.reduce((sum, w) => sum + w, bias));
}

/**
 * A logistic model over the signs found: each red flag adds its log-odds, each
 * piece of evidence of a lawful advert takes some away, so one alarming word
 * among many lawful facts does not make an advert risky. How the advert is
 * worded adds its lean (wording.ts), weighted: a fresh scam's telling detail
 * is worded too many ways for phrase lists, and informal honest posts share
 * the signs of who posted them with scams. Weights and thresholds are fitted
 * on how the engine read adverts it had not been tuned on (data/signals.json
 * says how).
 */
export function scoreSignals(found: Found, isJobAd: boolean, config: SignalsConfig, wordingLean?: () => number): Score {
  const flags: Flag[] = [...found.entries()]
    .map(([id, evidence]) => ({ id, weight: config.signals[id].weight, evidence }))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const weights = flags.map((f) => f.weight);
  // A warning quotes what it warns of: with no red flag there is nothing to quote, however the advert is worded.
  const red = hasRedFlag(flags);
  // The wording model is read only where its lean can count: a job ad with something to quote.
  const lean = red && isJobAd && wordingLean ? config.wording.weight * allowedLean(flags, config, wordingLean()) : 0;
  const score = isJobAd ? Math.round(logistic(config.bias, [...weights, lean]) * 1000) / 1000 : 0;
  const band = (p: number): Risk => (p >= config.thresholds.high ? "high" : p >= config.thresholds.medium ? "medium" : "low");
  // The wording moves the signs' answer one step at most, and never up to high: high rests on the signs.
  const bySigns = band(logistic(config.bias, weights));
  const byScore = !red || !isJobAd ? "low" : within(band(score), below(bySigns), higher(bySigns, "medium"));
  const floors = isJobAd ? flags.flatMap((f) => config.signals[f.id].atLeast ?? []) : [];
  const risk = [byScore, ...floors].reduce(higher);
  return { flags, score, risk, crime: crimeOf(found, risk) };
}

const RANKED: readonly Risk[] = ["low", "medium", "high"];
const higher = (a: Risk, b: Risk): Risk => (RANKED.indexOf(b) > RANKED.indexOf(a) ? b : a);
const below = (r: Risk): Risk => RANKED[Math.max(0, RANKED.indexOf(r) - 1)]!;
const within = (r: Risk, least: Risk, most: Risk): Risk => (RANKED.indexOf(r) < RANKED.indexOf(least) ? least : RANKED.indexOf(r) > RANKED.indexOf(most) ? most : r);

/** Whether any of the signs is a warning, not evidence of a lawful advert. */
export function hasRedFlag(flags: readonly Pick<Flag, "id">[]): boolean {
  return flags.some((f) => !LEGIT_SIGNALS.has(f.id));
}

/**
 * The lean the wording may have beside these signs, before its weight: none without a red flag; it may raise any
 * advert's score, and lower it unless one of its signs forbids it (policy).
 */
export function allowedLean(flags: readonly Pick<Flag, "id">[], config: SignalsConfig, lean: number): number {
  if (!hasRedFlag(flags)) return 0;
  return flags.some((f) => config.signals[f.id].wordingNeverLowers) ? Math.max(0, lean) : lean;
}

/** The most serious crime the signs point to, once the advert is judged risky at all. */
function crimeOf(found: Found, risk: Risk): Crime | null {
  if (risk === "low") return null;
  const has = (id: SignalId) => found.has(id);
  return has("trafficking_risk") ? "trafficking" : has("smuggling_route") ? "smuggling" : "fraud";
}

/**
 * A text that warns in its own words ("it is a crime, report him to FIA") and tells the lawful way (a licensed
 * promoter, the capped fee with a receipt, the Protector stamp) is a warning: the offers it tells of are what it
 * warns against, and the reader has been told so.
 */
function warnsItself(found: Found): boolean {
  return found.has("anti_fraud_notice") && (found.has("official_channel") || found.has("lawful_fee") || found.has("legit_markers"));
}

/**
 * A text that is no advert may still tell of one ("the agent wants $1,500 to Kaspi, is it real?"): scored as if
 * it were the advert, the offer's risk. Someone who asks about an offer with a strong sign (money before the visa,
 * a route, a kept passport) is warned at least that it is suspicious: the question's own wording says nothing
 * about the offer, so the score weighs the signs alone, and those the fit weighed beside the wording.
 */
export function toldOffer(found: Found, isJobAd: boolean, config: SignalsConfig): Pick<Verdict, "toldOffer"> {
  // How a text is written ("URGENT", a messenger) is no warning about an offer it may not even tell of.
  if (isJobAd || !STRONG.some((id) => found.has(id)) || warnsItself(found)) return {};
  const risk = higher(scoreSignals(found, true, config).risk, "medium") as Exclude<Risk, "low">;
  return { toldOffer: { risk, crime: crimeOf(found, risk) } };
}
