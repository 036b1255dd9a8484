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
 * among many lawful facts does not make an advert risky. Weights and
 * thresholds are fitted on the dev corpus (data/signals.json says how).
 */
export function scoreSignals(found: Found, isJobAd: boolean, config: SignalsConfig, wording?: Wording): Score {
  const flags: Flag[] = [...found.entries()]
    .map(([id, evidence]) => ({ id, weight: config.signals[id].weight, evidence }))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const score = isJobAd ? Math.round(logistic(config.bias, flags.map((f) => f.weight)) * 1000) / 1000 : 0;
  const bySigns: Risk = score >= config.thresholds.high ? "high" : score >= config.thresholds.medium ? "medium" : "low";
  const byScore = bySigns === "medium" && ordinaryWording(found, wording) ? "low" : bySigns;
  const floors = isJobAd ? flags.flatMap((f) => config.signals[f.id].atLeast ?? []) : [];
  const risk = [byScore, ...floors].reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
  return { flags, score, risk, crime: crimeOf(found, risk) };
}

const RANK: Record<Risk, number> = { low: 0, medium: 1, high: 2 };

/** The wording model's probability for an advert, and below what a medium advert is worded as honest ones are. */
export interface Wording {
  /** Computed only when the signs leave the advert at medium. */
  probability: () => number;
  lowerMediumBelow: number;
  /** The line for an advert whose only warning signs are INFORMAL_SIGNS. */
  lowerInformalBelow: number;
}

/** A sign of smuggling or trafficking is never outweighed by how ordinary the rest reads. */
const NEVER_LOWERED: readonly SignalId[] = ["smuggling_route", "trafficking_risk"];

/** Signs of who posted an advert, which informal honest posts share with scams: no company, a messenger, haste, emoji. */
export const INFORMAL_SIGNS: ReadonlySet<SignalId> = new Set(["no_company_details", "contact_only_messenger", "urgency", "formatting_anomalies"]);

/**
 * Medium is "check before you go": the signs weigh some but not much. There,
 * wording that reads like the honest adverts' tells informal honest posts
 * (no company, a messenger) from scams, whose telling detail phrase lists miss.
 * Where those informal signs are all the warning there is, the wording has the
 * larger say; a lure among them (no interview, a fee) needs more honest wording.
 */
function ordinaryWording(found: Found, wording: Wording | undefined): boolean {
  if (wording === undefined || NEVER_LOWERED.some((id) => found.has(id))) return false;
  const informal = [...found.keys()].every((id) => INFORMAL_SIGNS.has(id) || LEGIT_SIGNALS.has(id));
  return wording.probability() < (informal ? wording.lowerInformalBelow : wording.lowerMediumBelow);
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
 * it were the advert, the offer's risk, when it is worth a warning.
 */
export function toldOffer(found: Found, isJobAd: boolean, config: SignalsConfig): Pick<Verdict, "toldOffer"> {
  // How a text is written ("URGENT", a messenger) is no warning about an offer it may not even tell of.
  if (isJobAd || !STRONG.some((id) => found.has(id)) || warnsItself(found)) return {};
  const { risk, crime } = scoreSignals(found, true, config);
  return risk === "low" ? {} : { toldOffer: { risk, crime } };
}
