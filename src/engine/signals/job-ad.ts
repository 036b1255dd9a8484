import type { Found, SignalInput } from "./found.ts";

/** Strong signs about the work or the journey, not about how money is moved. */
const BEYOND_MONEY = ["smuggling_route", "trafficking_risk", "guaranteed_visa", "document_forgery", "scheme_misuse", "no_requirements"] as const;
/** Signs that make a text an advert whatever else it lacks, and make an offer a text only tells of worth a warning. */
export const STRONG = ["smuggling_route", "trafficking_risk", "guaranteed_visa", "document_forgery", "upfront_fee", "payment_channel", "scheme_misuse"] as const;

/**
 * Is this a job ad at all? Counts distinct kinds of job evidence, not words.
 * A question or a story about someone abroad mentions jobs and countries too;
 * an ad gives a way to reach the recruiter.
 */
export function isJobAd(input: SignalInput, found: Found): boolean {
  const { entities, hits, original } = input;
  const cue = hits.cues;
  // A number, an e-mail or a site reaches someone; a messenger name or handle alone only points at them.
  const reachable = entities.phones.length + entities.emails.length + entities.urls.length > 0;
  const contact = reachable || entities.messengers.length + entities.handles.length > 0;
  const kinds = [
    cue.jobAd.length > 0,
    entities.jobTitles.length > 0,
    entities.money.some((m) => m.kind === "salary"),
    entities.visaTypes.length > 0,
    entities.countries.length > 0,
    found.has("upfront_fee") || found.has("guaranteed_visa") || found.has("no_requirements") || cue.seasonalScheme.length > 0,
    cue.legitMarkers.length > 0 || cue.officialChannel.length > 0 || entities.protectorPermissions.length > 0,
  ].filter(Boolean).length;
  if (entities.licences.length > 0) return true;
  if (onlyRemittance(input, found) || onlyTravel(input, found)) return false;
  // A question that gives no way to reach anyone, not even an office or a company to ask for ("an agent
  // asks me for $1,500 — is it true?"), retells an offer; it is not one, however alarming what it retells.
  // (Words of a news story, "according to", are also how adverts state a wage: they outweigh no strong sign.)
  const question = /[?؟]/.test(original);
  const office = cue.employerDetails.length > 0 || entities.companies.length > 0;
  if (!contact && !office && question) return false;
  // A worker asking others whether an offer is real, or warning them of what befell a relative, quotes the
  // offer, its fee and often the agent's handle, and names the company the worker asks about; it is not one,
  // unless it gives an office, a number, an e-mail or a site to reach someone at (or, asking nothing, a company).
  const named = cue.employerDetails.length > 0 || (!question && entities.companies.length > 0);
  if (cue.workerPost.length > 0 && !named && !reachable) return false;
  if (STRONG.some((id) => found.has(id))) return true;
  if (contact) return kinds >= 2 || (cue.jobAd.length > 0 && kinds >= 1);
  return cue.notAdMarkers.length === 0 && kinds >= 3;
}

/**
 * How to send wages home, offering no work, wage, visa or journey: a bank's or
 * an exchange house's advert to migrants. Its fees and cards are the bank's; a
 * lure that adds "and you will send money home" offers more.
 */
export function onlyRemittance({ entities, hits }: SignalInput, found: Found): boolean {
  if (hits.cues.remittanceHome.length === 0) return false;
  const offersMore =
    entities.jobTitles.length > 0 || entities.money.some((m) => m.kind === "salary") || entities.visaTypes.length > 0 || BEYOND_MONEY.some((id) => found.has(id));
  return !offersMore;
}

/** What a trip sold plainly never shows: a promised visa, a wallet, a look-alike link, a route, a borrowed name or mailbox. */
const DECEITS = ["guaranteed_visa", "payment_channel", "suspicious_link", "smuggling_route", "trafficking_risk", "document_forgery", "scheme_misuse", "free_email", "brand_impersonation", "licence_name_mismatch", "contact_only_messenger"] as const;

/**
 * A pilgrimage or a tour sold to the traveller (an Umrah package, a ziyarat coach), offering no work, wage or work
 * visa: its price is what the trip costs, not a fee for a job. A "package" that adds a job, or a visa promised
 * outside the quota, a wallet to pay into or a look-alike site, is an offer again.
 */
export function onlyTravel({ entities, hits }: SignalInput, found: Found): boolean {
  if (hits.cues.travelPackage.length === 0) return false;
  const offersWork = entities.jobTitles.length > 0 || entities.money.some((m) => m.kind === "salary") || entities.visaTypes.some((v) => v.type === "work");
  return !offersWork && !DECEITS.some((id) => found.has(id));
}
