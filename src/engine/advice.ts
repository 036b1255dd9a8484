import type { DetectedLanguage, Entities, Flag, RegistryFinding, Risk } from "./types.ts";

const CENTRAL_ASIA = new Set(["KZ", "KG", "TJ", "UZ"]);
const CENTRAL_ASIAN_LANGUAGES: ReadonlySet<DetectedLanguage> = new Set(["ru", "kk", "ky", "tg", "uz-Latn", "uz-Cyrl"]);

/** Where the jobseeker most likely is, which decides whose registry and rules to point to: where they said, else what the advert says. */
function homeRegion(home: string | undefined, language: DetectedLanguage, entities: Entities, registry: RegistryFinding[]): "PK" | "CA" {
  if (home === "PK") return "PK";
  if (home && CENTRAL_ASIA.has(home)) return "CA";
  const registryCountries = registry.flatMap((f) => ("operator" in f ? [f.operator.country] : []));
  if (registryCountries.includes("PK")) return "PK";
  if (registryCountries.some((c) => CENTRAL_ASIA.has(c))) return "CA";
  if (entities.phones.some((p) => p.country && CENTRAL_ASIA.has(p.country))) return "CA";
  return CENTRAL_ASIAN_LANGUAGES.has(language) ? "CA" : "PK";
}

/** i18n keys (under `advice.`) of what the jobseeker should do, most urgent first. */
export function chooseAdvice(input: {
  language: DetectedLanguage;
  /** The person's home country, when known (CheckOptions.home). */
  home?: string | undefined;
  isJobAd: boolean;
  risk: Risk;
  flags: Flag[];
  entities: Entities;
  registry: RegistryFinding[];
  seasonal: boolean;
}): string[] {
  if (!input.isJobAd) return [];
  const ids = new Set(input.flags.map((f) => f.id));
  const region = homeRegion(input.home, input.language, input.entities, input.registry);
  const advice: string[] = [];
  if (ids.has("trafficking_risk") || ids.has("smuggling_route")) advice.push("advice.getHelp");
  if (ids.has("smuggling_route")) advice.push("advice.smugglingDanger");
  if (ids.has("trafficking_risk")) advice.push("advice.neverSendPassport");
  if (ids.has("upfront_fee") || ids.has("payment_channel") || ids.has("fee_over_legal_cap") || input.risk !== "low") {
    advice.push("advice.neverPayBeforeContract");
  }
  if (ids.has("wrong_visa_type")) advice.push("advice.noVisitVisaWork");
  if (input.seasonal) advice.push("advice.ukSwsOperators");
  if (region === "PK") {
    advice.push("advice.verifyRegistryPk");
    if (ids.has("upfront_fee") || ids.has("fee_over_legal_cap")) advice.push("advice.feeCapPk");
    advice.push("advice.protectorStamp");
  } else {
    advice.push("advice.verifyRegistryCentralAsia");
  }
  if (input.risk !== "low") advice.push("advice.keepEvidence", "advice.reportIt");
  return advice;
}
