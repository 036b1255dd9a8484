import { chooseAdvice } from "./advice.ts";
import { compileEngineData, scanLexicon, type CompiledData } from "./compile.ts";
import { applyContexts, withinAny } from "./context.ts";
import type { EngineData } from "./data.ts";
import { wholeWords } from "./evidence.ts";
import { extractEntities } from "./extract/index.ts";
import { createLanguageDetector, type LanguageDetector } from "./language.ts";
import { EMPTY_REGISTRY, holderKeysOnce, matchRegistry } from "./match.ts";
import { negatedIn } from "./negation.ts";
import { readAdvertText } from "./normalize.ts";
import { wordingLean } from "./wording.ts";
import { scoreSignals, toldOffer } from "./score.ts";
import { detectSignals } from "./signals/index.ts";
import { sightingsOf } from "./sightings.ts";
import type { SimilarAdverts } from "../memory/types.ts";
import type { Entities, Language, RegistryLookup, ReportHistory, Verdict } from "./types.ts";

/**
 * A warning that names a refused company, a cancelled licence or the fake's Gmail address quotes it; the advert
 * does not claim it.
 */
function withoutQuoted(entities: Entities, quoted: readonly (readonly [number, number])[]): Entities {
  if (quoted.length === 0) return entities;
  return {
    ...entities,
    companies: entities.companies.filter((c) => !withinAny(c.evidence, quoted)),
    licences: entities.licences.filter((l) => !withinAny(l.evidence, quoted)),
    // The poster's own mailbox in a warning ("write only to hr@…") is still its own.
    emails: entities.emails.filter((e) => !(e.freeMail && withinAny(e.evidence, quoted))),
  };
}

/** No report history (the CLI, tests): nothing was reported before. */
export const NO_HISTORY: ReportHistory = { reports: () => 0 };

/** Longest ad the engine reads; the rest is cut (channels refuse longer messages before this). */
export const MAX_AD_LENGTH = 8000;

export interface CheckOptions {
  /** Force the language instead of detecting it (a user's choice in the bot). */
  language?: Language;
  /** Today's date (YYYY-MM-DD), for licence validity; defaults to the system clock's. */
  today?: string;
  /** What the advert memory knew of near-duplicates before this check: looked up by the caller, so the engine stays pure. */
  similar?: SimilarAdverts;
  /**
   * The home country the person checking said they are from, or their number's (PK, KZ, KG, TJ, UZ): the
   * advice points to its registry and rules whatever the advert's language (an English advert read in Almaty).
   */
  home?: string;
  /** Told the name of each stage as it ends (bench:stages times them); the verdict does not depend on it. */
  lap?: (stage: Stage) => void;
}

/** The stages of a check, in order. */
export type Stage = "normalise" | "language" | "lexicon" | "contexts" | "extract" | "registry" | "signals" | "score" | "advice";

const noLap = () => {};

/** The advert's phones, handles, domains and licences that were reported before, most reported first. */
function reportedBefore(entities: Entities, compiled: CompiledData, history: ReportHistory) {
  return sightingsOf(entities, compiled.common)
    .map((s) => ({ ...s, reports: history.reports(s.kind, s.value) }))
    .filter((s) => s.reports > 0)
    .sort((a, b) => b.reports - a.reports);
}

/** A near-duplicate is worth telling about once others checked it twice, or anyone reported it. */
const MIN_SIMILAR_CHECKS = 2;

function notable(similar: SimilarAdverts | undefined): similar is SimilarAdverts {
  return similar !== undefined && (similar.count >= MIN_SIMILAR_CHECKS || similar.reported > 0);
}

export interface Engine {
  check(text: string, options?: CheckOptions): Verdict;
}

/**
 * detect → normalise → extract → match registry → signals → score → advice.
 * Pure: the registry arrives as an in-memory lookup, the data as parsed files.
 */
export function createEngine(data: EngineData, registry: RegistryLookup = EMPTY_REGISTRY, history: ReportHistory = NO_HISTORY): Engine {
  return engineFactory(data)(registry, history);
}

/** Engines over one set of data and several registries, the data compiled once (compiling takes about a second). */
export function engineFactory(data: EngineData): (registry?: RegistryLookup, history?: ReportHistory) => Engine {
  const compiled: CompiledData = compileEngineData(data);
  const detector = createLanguageDetector(data.languageMarkers);
  return (registry = EMPTY_REGISTRY, history = NO_HISTORY) => bindEngine(compiled, detector, registry, history);
}

function bindEngine(compiled: CompiledData, detector: LanguageDetector, registry: RegistryLookup, history: ReportHistory): Engine {
  const holderKeys = holderKeysOnce();
  return {
    check(text, options = {}) {
      const lap = options.lap ?? noLap;
      const { original, unified, normalized } = readAdvertText(text, MAX_AD_LENGTH);
      lap("normalise");
      // Detection reads the letters as typed: ә or ң tell Kazakh from Russian.
      const language = options.language ?? detector.detect(unified);
      lap("language");
      const scanned = scanLexicon(compiled, normalized, original);
      lap("lexicon");
      const negated = negatedIn(normalized, compiled);
      const { cues, feeFree, quoted, worked } = applyContexts(scanned.cues, normalized, compiled.common.contexts, compiled.clauseBreak, negated);
      const hits = { ...scanned, cues, brands: worked.length ? scanned.brands.filter((b) => !withinAny(b.evidence, worked)) : scanned.brands };
      lap("contexts");
      const entities = withoutQuoted(extractEntities(normalized, original, language, compiled, hits, negated), quoted);
      lap("extract");
      const findings = matchRegistry(entities, registry, original, hits.cues.officialChannel, holderKeys);
      lap("registry");
      const today = options.today ?? new Date().toISOString().slice(0, 10);
      const { found, isJobAd, sellsNoOffer } = detectSignals({ original, normalized, language, entities, registry: findings, today, data: compiled, hits, feeFree, negated });
      const reported = reportedBefore(entities, compiled, history);
      if (reported.length) found.set("reported_before", reported.map((s) => s.evidence));
      for (const [id, list] of found) found.set(id, list.map((e) => wholeWords(e, original)));
      lap("signals");
      const model = compiled.wording;
      const lean = model && (() => wordingLean(model.probability(normalized)));
      const { flags, score, risk, crime } = scoreSignals(found, isJobAd, compiled.signals, lean);
      lap("score");
      const seasonal = hits.cues.seasonalScheme.length > 0;
      const advice = chooseAdvice({ language, home: options.home, isJobAd, risk, flags, entities, registry: findings, seasonal });
      const past = reported.map(({ kind, value, reports }) => {
        const elsewhere = history.elsewhere?.(kind, value) ?? [];
        return elsewhere.length ? { kind, value, reports, elsewhere } : { kind, value, reports };
      });
      const similar = isJobAd && notable(options.similar) ? { similar: options.similar } : {};
      lap("advice");
      return { language, isJobAd, risk, score, crime, flags, registry: findings, entities, history: past, advice, ...similar, ...(sellsNoOffer ? {} : toldOffer(found, isJobAd, compiled.signals)) };
    },
  };
}
