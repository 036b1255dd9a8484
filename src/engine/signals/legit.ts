import { LEGIT_SIGNALS, type Evidence } from "../types.ts";
import { add, endsWithDomain, hirerAtWork, registeredEmployers, type Found, type SignalInput } from "./found.ts";

/** Signs that the name or licence in the ad is borrowed: then nothing else in it speaks for it. */
const BORROWED_IDENTITY = ["brand_impersonation", "licence_name_mismatch", "revoked_licence"] as const;

/**
 * Evidence that the advert is lawful: a licensed recruiter as registered, no
 * fee from the worker or a lawful one with a receipt, an official channel, the
 * employer's own details, a warning against fake adverts, contract terms.
 * The score weighs it against the red flags.
 */
export function detectLegitimacy(input: SignalInput, found: Found, licensed: Evidence[], lawfulFees: Evidence[]) {
  const { entities, data, hits } = input;
  const cue = hits.cues;
  if (BORROWED_IDENTITY.some((id) => found.has(id))) return;
  // Money asked where a look-alike site, a shortened link or a private invite sends the reader: the state body and
  // the warnings the advert names are copied from the notice it imitates ("Registration on the Centre's new portal
  // migrant-kg.com … pay 4,500 som to the MBank card … Beware of fraudsters!"), not evidence for it.
  // So are they where someone who is no licensed recruiter, naming no lawful fee, asks money up front to a card or a
  // wallet in the advert's own words and gives a contact to send it through ("Firibgarlardan ehtiyot bo'ling! …
  // pulni shu kartaga tashlang … @berry_joy_fi"): a real warning quotes such a request, which cancels it, and a
  // worker telling what the journey cost gives no one to pay.
  const lawfulMoney = licensed.length > 0 || cue.noWorkerFee.length > 0 || cue.feeReceipt.length > 0;
  const contact = entities.phones.length + entities.emails.length + entities.urls.length + entities.handles.length > 0;
  const askedToCard = found.has("upfront_fee") && found.has("payment_channel") && contact && !lawfulMoney;
  const imitated = (found.has("suspicious_link") && (found.has("upfront_fee") || found.has("payment_channel"))) || askedToCard;
  add(found, "licensed_recruiter", licensed);
  add(found, "lawful_fee", [...cue.noWorkerFee, ...cue.feeReceipt, ...(cue.feeReceipt.length > 0 ? lawfulFees : [])]);
  add(found, "official_channel", [
    ...(imitated ? [] : cue.officialChannel),
    ...entities.protectorPermissions.map((p) => p.evidence),
    ...entities.urls.filter((u) => endsWithDomain(u.domain, data.common.officialDomains)).map((u) => u.evidence),
  ]);
  const ownSite = input.ownDomains.filter((d) => !endsWithDomain(d.domain, data.common.officialDomains) && !found.get("suspicious_link")?.includes(d.evidence));
  add(found, "employer_details", [...cue.employerDetails, ...ownSite.map((d) => d.evidence), ...registeredEmployers(input), ...hirerAtWork(input)]);
  if (!imitated) add(found, "anti_fraud_notice", cue.antiFraudNotice);
  // Saying how the work is made lawful (a patent required, EAEU citizens free of one, the visa stamped at the
  // embassy) is what honest adverts do: in dev and validation nine in ten adverts that say it are honest.
  add(found, "legit_markers", [...cue.legitMarkers, ...cue.lawfulProcedure, ...cue.visaRefused]);
}

export const isLegitSignal = (id: string) => LEGIT_SIGNALS.has(id as never);
