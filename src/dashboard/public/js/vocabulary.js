// The values the API uses, in the order the dashboard lists them. Their
// labels are in the locale files (src/dashboard/locales), not here.

export const STATUSES = ["new", "claimed", "in_review", "referred", "resolved", "rejected"];
export const OPEN = ["new", "claimed", "in_review"];
export const CLOSED = ["referred", "resolved", "rejected"];

/** The workflow as the API enforces it (src/referrals/status.ts); the server has the last word. */
export const TRANSITIONS = {
  new: ["claimed"],
  claimed: ["in_review", "referred", "resolved", "rejected", "new"],
  in_review: ["referred", "resolved", "rejected", "new"],
  referred: ["resolved", "new"],
  resolved: ["new"],
  rejected: ["new"],
};

export const RISKS = ["high", "medium", "low"];
export const LANGUAGES = ["ur", "ur-Latn", "ru", "uz-Latn", "uz-Cyrl", "tg", "ky", "kk", "en", "und"];

/** Every signal the engine raises (src/engine/types.ts SIGNAL_IDS); the locale test checks each has a label. */
export const FLAGS = [
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
  "legit_markers",
  "licensed_recruiter",
  "lawful_fee",
  "official_channel",
  "employer_details",
  "anti_fraud_notice",
];
/** Signs that speak for an advert: shown apart from the red flags. */
export const LEGIT = new Set(["legit_markers", "licensed_recruiter", "lawful_fee", "official_channel", "employer_details", "anti_fraud_notice"]);
