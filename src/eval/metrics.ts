import type { EvalAd } from "./corpus.ts";
import { LEGIT_SIGNALS, type Crime, type DetectedLanguage, type Risk, type SignalId } from "../engine/types.ts";

/** What the engine answered for one advert, reduced to what is measured. */
export interface Answer {
  risk: Risk;
  crime: Crime | null;
  language: DetectedLanguage;
  flags: SignalId[];
  /** The words each flag quotes, for reading why it was raised. */
  evidence: Partial<Record<SignalId, string[]>>;
}

export interface Outcome {
  ad: EvalAd;
  answer: Answer;
}

/** Flags that are not claims about the text: legitimacy evidence and report history. */
export const UNSCORED_FLAGS: ReadonlySet<string> = new Set([...LEGIT_SIGNALS, "reported_before"]);

export interface Row {
  name: string;
  ads: number;
  scams: number;
  honest: number;
  /** Scams answered medium or high. */
  recall: number;
  /** Honest adverts answered medium or high. */
  falsePositiveRate: number;
  /** Scams whose crime hint (fraud, smuggling, trafficking) is the labelled one. */
  crimeAccuracy: number;
  languageAccuracy: number;
  flagPrecision: number;
  flagRecall: number;
}

export type FailureReason = "missed_scam" | "false_alarm" | "wrong_crime" | "wrong_language";

export interface Failure {
  outcome: Outcome;
  reasons: FailureReason[];
}

const ratio = (n: number, d: number) => (d === 0 ? NaN : n / d);
const raised = (a: Answer) => a.risk !== "low";

export function failuresOf(outcome: Outcome): FailureReason[] {
  const { ad, answer } = outcome;
  const reasons: FailureReason[] = [];
  if (ad.kind === "scam" && !raised(answer)) reasons.push("missed_scam");
  if (ad.kind === "honest" && raised(answer)) reasons.push("false_alarm");
  if (ad.kind === "scam" && answer.crime !== ad.crime) reasons.push("wrong_crime");
  if (answer.language !== ad.language) reasons.push("wrong_language");
  return reasons;
}

export function rowOf(name: string, outcomes: readonly Outcome[]): Row {
  const scams = outcomes.filter((o) => o.ad.kind === "scam");
  const honest = outcomes.filter((o) => o.ad.kind === "honest");
  let truePositives = 0;
  let predicted = 0;
  let labelled = 0;
  for (const { ad, answer } of outcomes) {
    const flags = new Set(answer.flags.filter((f) => !UNSCORED_FLAGS.has(f)));
    const expected = new Set(ad.flags.filter((f) => !UNSCORED_FLAGS.has(f)));
    predicted += flags.size;
    labelled += expected.size;
    for (const f of flags) if (expected.has(f)) truePositives++;
  }
  return {
    name,
    ads: outcomes.length,
    scams: scams.length,
    honest: honest.length,
    recall: ratio(scams.filter((o) => raised(o.answer)).length, scams.length),
    falsePositiveRate: ratio(honest.filter((o) => raised(o.answer)).length, honest.length),
    crimeAccuracy: ratio(scams.filter((o) => o.answer.crime === o.ad.crime).length, scams.length),
    languageAccuracy: ratio(outcomes.filter((o) => o.answer.language === o.ad.language).length, outcomes.length),
    flagPrecision: ratio(truePositives, predicted),
    flagRecall: ratio(truePositives, labelled),
  };
}

/** One row per language variant, in the order given, then the whole set. */
export function summarize(outcomes: readonly Outcome[], variants: readonly string[]): { rows: Row[]; overall: Row; failures: Failure[] } {
  const rows = variants
    .map((v) => rowOf(v, outcomes.filter((o) => o.ad.language === v)))
    .filter((r) => r.ads > 0);
  const failures = outcomes.map((outcome) => ({ outcome, reasons: failuresOf(outcome) })).filter((f) => f.reasons.length > 0);
  return { rows, overall: rowOf("all", outcomes), failures };
}

/** A bar the frozen holdout must clear (eval/gate.json); CI fails below it. */
export interface Gate {
  recallOverall: number;
  recallPerVariant: number;
  falsePositivesOverall: number;
  falsePositivesPerVariant: number;
  crimeOverall: number;
}

/** The targets issue 13 set: what the gate is meant to reach. */
export const HOLDOUT_TARGETS: Gate = {
  recallOverall: 0.97,
  recallPerVariant: 0.9,
  falsePositivesOverall: 0.03,
  falsePositivesPerVariant: 0.05,
  crimeOverall: 0.9,
};

/** The gate's verdict on a summary: each line a broken target, none when it passes. */
export function gateBreaches(summary: { rows: Row[]; overall: Row }, g: Gate = HOLDOUT_TARGETS): string[] {
  const out: string[] = [];
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const { overall } = summary;
  if (!(overall.recall >= g.recallOverall)) out.push(`recall ${pct(overall.recall)} < ${pct(g.recallOverall)} overall`);
  if (!(overall.falsePositiveRate <= g.falsePositivesOverall)) out.push(`false positives ${pct(overall.falsePositiveRate)} > ${pct(g.falsePositivesOverall)} overall`);
  if (!(overall.crimeAccuracy >= g.crimeOverall)) out.push(`crime hints ${pct(overall.crimeAccuracy)} < ${pct(g.crimeOverall)} overall`);
  for (const r of summary.rows) {
    if (!(r.recall >= g.recallPerVariant)) out.push(`recall ${pct(r.recall)} < ${pct(g.recallPerVariant)} in ${r.name}`);
    if (!(r.falsePositiveRate <= g.falsePositivesPerVariant)) out.push(`false positives ${pct(r.falsePositiveRate)} > ${pct(g.falsePositivesPerVariant)} in ${r.name}`);
  }
  return out;
}

/** Honest adverts that cite a licence the registry lists as active, and how many of them were answered medium or high. */
export interface LicensedRow {
  name: string;
  honest: number;
  raised: number;
}

/**
 * Issue 13's false-positive target as it was written: honest adverts from
 * licensed recruiters (those that cite an active licence of the registry,
 * however they spell the rest), apart from the informal posts by hirers and
 * the posts about work abroad that the corpus also holds.
 */
export function licensedFalsePositives(outcomes: readonly Outcome[], activeLicences: readonly string[], variants: readonly string[]): LicensedRow[] {
  const licences = activeLicences.map((l) => l.toUpperCase());
  const cites = (text: string) => {
    const upper = text.toUpperCase();
    return licences.some((l) => upper.includes(l));
  };
  const licensed = outcomes.filter((o) => o.ad.kind === "honest" && cites(o.ad.text));
  const rowFor = (name: string, list: readonly Outcome[]) => ({ name, honest: list.length, raised: list.filter((o) => raised(o.answer)).length });
  return [...variants.map((v) => rowFor(v, licensed.filter((o) => o.ad.language === v))), rowFor("all", licensed)];
}
