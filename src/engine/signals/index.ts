import { add, type Found, type SignalInput, type SignalSource } from "./found.ts";
import { formattingAnomalies } from "./format.ts";
import { isJobAd, onlyRemittance, onlyTravel } from "./job-ad.ts";
import { detectLegitimacy } from "./legit.ts";
import { detectBrandMisuse, detectLinkSigns, detectMessengerOnly, detectSchemeMisuse, ownDomainsOf } from "./links.ts";
import { detectMoneySigns } from "./money.ts";
import { detectPeopleSigns } from "./people.ts";
import { detectRegistrySigns } from "./registry.ts";
import { quotesProperName } from "../names.ts";

export type { Found, SignalInput, SignalSource } from "./found.ts";

/**
 * Finds every sign in the ad, for and against it. Lexicon categories give the
 * phrases (after the context rules); the rules here combine them with the
 * extracted entities and the registry findings.
 */
export function detectSignals(source: SignalSource): { found: Found; isJobAd: boolean; sellsNoOffer: boolean } {
  const input: SignalInput = { ...source, ownDomains: ownDomainsOf(source) };
  const { entities, hits } = input;
  const cue = hits.cues;
  const found: Found = new Map();

  const lawfulFees = detectMoneySigns(input, found);
  // "We give no visa guarantee", "kafolat bermaymiz": a lawful advert's disclaimer, not a promise.
  add(found, "guaranteed_visa", cue.guaranteedVisa.filter((e) => !input.negated(e)));
  add(found, "no_requirements", cue.noRequirements);
  add(found, "urgency", cue.urgency);
  add(found, "benefits_bait", cue.benefitsBait);
  add(found, "document_forgery", cue.documentForgery);
  detectPeopleSigns(input, found);
  detectLinkSigns(input, found);

  // A visit, tourist, student, Umrah or azad visa is only wrong when it is offered for work.
  const workContext =
    cue.jobAd.length > 0 || entities.jobTitles.length > 0 || entities.money.some((m) => m.kind === "salary") || entities.visaTypes.some((v) => v.type === "work");
  if (workContext) add(found, "wrong_visa_type", entities.visaTypes.filter((v) => v.type !== "work").map((v) => v.evidence));

  const { licensed, operators } = detectRegistrySigns(input, found);
  detectMessengerOnly(input, found, operators.length > 0);
  detectBrandMisuse(input, found);
  detectSchemeMisuse(input, found);

  const jobAd = isJobAd(input, found);
  if (jobAd) {
    add(found, "formatting_anomalies", formattingAnomalies(input.original));
    // A state agency's notice, a named brand, a registered operator or a family hiring for its own home
    // ("we are a Kyrgyz family", "оиламиз") says who is behind the advert; so does a street address with its
    // number ("prospekti 221", "7-қабат"), where a bare word for an office does not; and so does a name in
    // quotation marks, as a café or a workshop gives it with no legal form («Aqua Drive», "Ece Tekstil").
    const companyKnown =
      entities.companies.length > 0 ||
      entities.licences.length > 0 ||
      input.ownDomains.length > 0 ||
      operators.length > 0 ||
      entities.brands.length > 0 ||
      cue.officialChannel.length > 0 ||
      cue.employerDetails.some((e) => /\d/.test(e.text)) ||
      cue.householdEmployer.length > 0 ||
      quotesProperName(input.original);
    if (!companyKnown) {
      const about = cue.jobAd.slice(0, 1).concat(entities.jobTitles.slice(0, 1));
      const contact = [...entities.phones, ...entities.emails, ...entities.urls, ...entities.handles].map((c) => c.evidence).slice(0, 1);
      add(found, "no_company_details", about.length ? about : contact);
    }
  }
  detectLegitimacy(input, found, licensed, lawfulFees);
  // How to send wages home, or a trip sold, tells of no offer: the money transfer services are the sender's own ("Золотая Корона",
  // "Юнистрим"), the price the traveller's.
  return { found, isJobAd: jobAd, sellsNoOffer: !jobAd && (onlyRemittance(input, found) || onlyTravel(input, found)) };
}
