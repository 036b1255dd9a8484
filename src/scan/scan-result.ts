import type { Crime, DetectedLanguage, LicenceStatus, Risk, SignalId, Verdict } from "../engine/types.ts";
import type { SimilarAdverts } from "../memory/types.ts";

/** What a platform learns about a licence number quoted in the advert. */
export interface LicenceSummary {
  /** none: the advert quotes no licence; not_found: no registry lists it; else the registry's status. */
  status: "none" | "not_found" | LicenceStatus;
  number: string | null;
  holder: string | null;
  registry: string | null;
  country: string | null;
  /** Whether the advert's company name is the licence holder's (null when it names none). */
  nameMatches: boolean | null;
}

/** One advert's answer: the stable contract of /api/v1/scan, batches and the offline scan. */
export interface ScanResult {
  id: string | number;
  risk: Risk;
  score: number;
  language: DetectedLanguage;
  crime: Crime | null;
  isJobAd: boolean;
  flags: { id: SignalId; evidence: string[] }[];
  licence: LicenceSummary;
  /** Near-duplicates the helpline remembers; null where no memory is consulted (the offline scan). */
  similar: SimilarAdverts | null;
}

/** An advert that could not be scanned; it takes its place in the answer and never fails the rest. */
export interface ScanError {
  id: string | number | null;
  error: string;
}

export type ScanOutcome = ScanResult | ScanError;

const NO_LICENCE: LicenceSummary = { status: "none", number: null, holder: null, registry: null, country: null, nameMatches: null };

export function licenceSummary(verdict: Verdict): LicenceSummary {
  for (const f of verdict.registry) {
    if (f.kind === "licence_unknown") return { ...NO_LICENCE, status: "not_found", number: f.licence };
    if (f.kind === "licence_active" || f.kind === "licence_inactive") {
      const o = f.operator;
      return { status: o.status, number: f.licence, holder: o.name, registry: o.registry, country: o.country, nameMatches: f.nameMatches };
    }
  }
  return NO_LICENCE;
}

export function scanResult(id: string | number, verdict: Verdict, similar: SimilarAdverts | null): ScanResult {
  return {
    id,
    risk: verdict.risk,
    score: verdict.score,
    language: verdict.language,
    crime: verdict.crime,
    isJobAd: verdict.isJobAd,
    flags: verdict.flags.map((f) => ({ id: f.id, evidence: f.evidence.map((e) => e.text) })),
    licence: licenceSummary(verdict),
    similar,
  };
}
