import type { SimilarAdverts } from "../memory/types.ts";

/** Languages the helpline answers in; `und` when the text gives no usable signal. */
export const LANGUAGES = ["ur", "ur-Latn", "ru", "uz-Latn", "uz-Cyrl", "tg", "ky", "kk", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export type DetectedLanguage = Language | "und";

export const SIGNAL_IDS = [
  "upfront_fee",
  "fee_over_legal_cap",
  "guaranteed_visa",
  "wrong_visa_type",
  "no_requirements",
  "urgency",
  "unrealistic_pay",
  "benefits_bait",
  "contact_only_messenger",
  "free_email",
  "no_company_details",
  "unlicensed_recruiter",
  "revoked_licence",
  "licence_name_mismatch",
  "brand_impersonation",
  "scheme_misuse",
  "payment_channel",
  "document_forgery",
  "suspicious_link",
  "smuggling_route",
  "trafficking_risk",
  "formatting_anomalies",
  "reported_before",
  // Evidence of a lawful advert: these lower the score.
  "legit_markers",
  "licensed_recruiter",
  "lawful_fee",
  "official_channel",
  "employer_details",
  "anti_fraud_notice",
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

export type Risk = "high" | "medium" | "low";
export type Crime = "fraud" | "smuggling" | "trafficking";

export const LICENCE_STATUSES = ["active", "cancelled", "expired", "surrendered", "suspended", "invalid"] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

/** A piece of the ad that a finding rests on, quoted back to the user. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

/** The signs that speak for an advert rather than against it. */
export const LEGIT_SIGNALS: ReadonlySet<SignalId> = new Set([
  "legit_markers",
  "licensed_recruiter",
  "lawful_fee",
  "official_channel",
  "employer_details",
  "anti_fraud_notice",
]);

export interface Flag {
  id: SignalId;
  /** Log-odds the sign adds to the score; negative for evidence of a lawful advert. */
  weight: number;
  evidence: Evidence[];
}

export interface Money {
  amount: number;
  currency: string;
  /** What the amount is for, judged from the words around it. */
  kind: "salary" | "fee" | "unknown";
  usd: number | null;
  /** False when the ad wrote a bare number and its currency is the language's own, assumed. */
  currencyStated: boolean;
  /** The period a rate of pay is quoted for ("1 200 р в день", "Kunlik 12 000"), if the ad names one. */
  period?: PayPeriod;
  evidence: Evidence;
}

/** The periods pay can be quoted for, each with its words in common.json `payPeriods`. */
export const PAY_PERIODS = ["hour", "day", "week", "year"] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

export interface Entities {
  phones: { e164: string; country: string | undefined; evidence: Evidence }[];
  emails: { address: string; domain: string; freeMail: boolean; evidence: Evidence }[];
  urls: { url: string; domain: string; shortener: boolean; evidence: Evidence }[];
  licences: { raw: string; canonical: string; evidence: Evidence }[];
  protectorPermissions: { raw: string; evidence: Evidence }[];
  money: Money[];
  countries: { code: string; evidence: Evidence }[];
  companies: { name: string; evidence: Evidence }[];
  jobTitles: Evidence[];
  visaTypes: { type: VisaType; evidence: Evidence }[];
  paymentChannels: Evidence[];
  brands: { id: string; evidence: Evidence }[];
  messengers: Evidence[];
  /** Telegram/Instagram-style @handles (not e-mail addresses). */
  handles: { handle: string; evidence: Evidence }[];
}

export type VisaType = "work" | "visit" | "tourist" | "umrah" | "azad" | "student";

/** A licensed (or formerly licensed) recruiter as a registry lists it. */
export interface Operator {
  country: string;
  registry: string;
  licenceNo: string | null;
  name: string;
  status: LicenceStatus;
  city: string | null;
  website: string | null;
  phones: string[];
  validUntil: string | null;
  sourceUrl: string | null;
}

/**
 * How the engine reaches a registry without doing I/O itself. Implementations
 * keep an in-memory snapshot (registries are a few thousand rows), so lookups
 * are synchronous and the engine stays a pure function of its inputs.
 */
export interface RegistryLookup {
  byLicence(canonical: string): Operator[];
  /**
   * Rows whose names are like `name`, most similar first. `agrees`: a name
   * found without a licence number counts as that row's — as similar as
   * SAME_NAME asks, and the row's word for word by a word the registry does
   * not hold in many rows (names.ts namesAgree).
   */
  byName(name: string): NameMatch[];
  byPhone(e164: string): Operator[];
}

export interface NameMatch {
  operator: Operator;
  similarity: number;
  agrees: boolean;
}

export type RegistryFinding =
  | { kind: "licence_active"; licence: string; operator: Operator; nameMatches: boolean | null }
  | { kind: "licence_inactive"; licence: string; operator: Operator; nameMatches: boolean | null }
  | { kind: "licence_unknown"; licence: string }
  | { kind: "name_found"; name: string; operator: Operator; similarity: number }
  | { kind: "name_unknown"; name: string }
  | { kind: "phone_found"; phone: string; operator: Operator };

/**
 * How often jobseekers already reported a scammer-side identity (phone,
 * handle, e-mail, domain, licence, brand). Like the registry, an in-memory
 * snapshot kept by the caller, so the engine stays pure.
 */
export interface ReportHistory {
  /** Reports everywhere this instance knows of: its own and those partner instances shared. */
  reports(kind: string, value: string): number;
  /** The part of `reports` filed on partner instances, by the country they work in. */
  elsewhere?(kind: string, value: string): ReportsElsewhere[];
}

export interface ReportsElsewhere {
  /** ISO 3166 alpha-2 of the partner instance, or null when it did not say. */
  country: string | null;
  reports: number;
}

export interface Verdict {
  language: DetectedLanguage;
  isJobAd: boolean;
  risk: Risk;
  score: number;
  crime: Crime | null;
  flags: Flag[];
  registry: RegistryFinding[];
  entities: Entities;
  /** Identities in this ad that were reported before, most reported first. */
  history: { kind: string; value: string; reports: number; elsewhere?: ReportsElsewhere[] }[];
  /** i18next keys (namespace `translation`) of the advice to show, most important first. */
  advice: string[];
  /** Adverts almost the same as this one seen before it, when that is worth saying (see CheckOptions.similar). */
  similar?: SimilarAdverts;
  /**
   * When the text is no advert itself but tells of an offer (a worker asking "the agent wants $1,500 to Kaspi, is
   * it real?"), the risk that offer would have as an advert, if it is not low: the person still needs the warning.
   */
  toldOffer?: { risk: Exclude<Risk, "low">; crime: Crime | null };
}
