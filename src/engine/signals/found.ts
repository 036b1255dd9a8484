import type { CompiledData, LexiconHits } from "../compile.ts";
import { countryOfLanguage } from "../home-country.ts";
import { looksLikeRecruiter, namesLegalEntity, quotesProperName } from "../names.ts";
import type { DetectedLanguage, Entities, Evidence, RegistryFinding, SignalId } from "../types.ts";

export type Found = Map<SignalId, Evidence[]>;

/** What the engine knows of an advert when it looks for signs. */
export interface SignalSource {
  original: string;
  /** The advert as lexicons match it (normalize.ts): the same length as `original`, offset for offset. */
  normalized: string;
  language: DetectedLanguage;
  entities: Entities;
  registry: RegistryFinding[];
  /** ISO date (YYYY-MM-DD) against which registry validity dates are read. */
  today: string;
  data: CompiledData;
  /** Lexicon cues after the context rules (context.ts) took out what the context cancels. */
  hits: LexiconHits;
  /** Stretches in which an amount is not a fee the worker pays ("visa fee paid by the employer"). */
  feeFree: readonly (readonly [number, number])[];
  /** Whether the advert negates a phrase ("no fee", «без предоплаты»): negation.ts. */
  negated: (e: Evidence) => boolean;
}

/** A domain the recruiter can be reached at that is their own (signals/links.ts ownDomainsOf). */
export interface OwnDomain {
  domain: string;
  evidence: Evidence;
}

/** The advert with what several rules ask of it worked out once. */
export interface SignalInput extends SignalSource {
  ownDomains: readonly OwnDomain[];
}

/** A finding that names a recruiter as the registry lists it, active (by licence under its name, or by name). */
export function namesActiveRecruiter(f: RegistryFinding): f is Extract<RegistryFinding, { kind: "licence_active" | "name_found" }> {
  return (f.kind === "licence_active" && f.nameMatches !== false) || (f.kind === "name_found" && f.operator.status === "active");
}

export function add(found: Found, id: SignalId, evidence: readonly Evidence[]) {
  if (evidence.length === 0) return;
  const list = found.get(id) ?? [];
  for (const e of evidence) if (!list.some((x) => x.start === e.start && x.end === e.end)) list.push(e);
  found.set(id, list);
}

export function endsWithDomain(domain: string, list: readonly string[]): boolean {
  return list.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** The one country every phone in the advert is from, if they share one: where whoever posted it is reached. */
export function phonesCountry(entities: Entities): string | undefined {
  const countries = new Set(entities.phones.map((p) => p.country));
  return countries.size === 1 ? [...countries][0] : undefined;
}

/**
 * The phones of a hirer who is where the job is: every number in the one foreign
 * country the advert names ("Saryagash greenhouse … +7 701 …" in an Uzbek post,
 * "Люблино, швейный цех … +7 916 …" in a Kyrgyz one). A brigade leader or a
 * family hiring on the spot is reachable there; a recruiter selling jobs abroad
 * calls from home.
 */
export function hirerAtWork(input: SignalInput): Evidence[] {
  const { entities, language } = input;
  const home = countryOfLanguage(language);
  const abroad = new Set(entities.countries.map((c) => c.code).filter((c) => c !== home));
  const place = phonesCountry(entities);
  const local = abroad.size === 1 && place !== undefined && abroad.has(place) && input.data.common.localHiringCountries.includes(place);
  return local ? entities.phones.map((p) => p.evidence) : [];
}

/** A business that gives its name («Роҳат», "Дала») and is reachable where the job is: the employer itself, hiring on the spot. */
export function namedEmployerAtWork(input: SignalInput): boolean {
  return quotesProperName(input.original) && hirerAtWork(input).length > 0;
}

/** The employer's registered name, which counts as its details do: ООО «СтройБаза Восток», «Алатау Құрылыс» ЖШС. */
export function registeredEmployers(input: SignalInput): Evidence[] {
  return input.entities.companies.filter((c) => namesLegalEntity(c.name) && !looksLikeRecruiter(c.name)).map((c) => c.evidence);
}
