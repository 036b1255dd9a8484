import type { SignalsConfig } from "./data.ts";
import type { Found } from "./signals.ts";
import type { Crime, Flag, Risk, SignalId } from "./types.ts";

/** Legit markers can lower the score, never below this share of it: a fake ad can copy them. */
const MIN_LEGIT_FACTOR = 0.4;

export interface Score {
  flags: Flag[];
  score: number;
  risk: Risk;
  crime: Crime | null;
}

/**
 * Noisy-OR of the red flags: each independent flag removes a share of the
 * remaining doubt, so several weak signals add up without a sum above 1.
 * Legit markers then scale the result down.
 */
export function scoreSignals(found: Found, isJobAd: boolean, config: SignalsConfig): Score {
  const flags: Flag[] = [...found.entries()]
    .map(([id, evidence]) => ({ id, weight: config.signals[id].weight, evidence }))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  let doubt = 1;
  let legit = 0;
  for (const flag of flags) {
    if (flag.weight >= 0) doubt *= 1 - flag.weight;
    else legit += flag.weight * Math.min(flag.evidence.length, 3);
  }
  const raw = (1 - doubt) * Math.max(MIN_LEGIT_FACTOR, 1 + legit);
  const score = isJobAd ? Math.round(raw * 1000) / 1000 : 0;
  const risk: Risk = score >= config.thresholds.high ? "high" : score >= config.thresholds.medium ? "medium" : "low";
  const has = (id: SignalId) => found.has(id);
  const crime: Crime | null = !isJobAd
    ? null
    : has("trafficking_risk")
      ? "trafficking"
      : has("smuggling_route")
        ? "smuggling"
        : risk === "high"
          ? "fraud"
          : null;
  return { flags, score, risk, crime };
}
