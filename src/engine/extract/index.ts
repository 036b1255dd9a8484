import { VISA_CATEGORY, type CompiledData, type LexiconHits } from "../compile.ts";
import type { DetectedLanguage, Entities, Evidence, VisaType } from "../types.ts";
import { claimantsOf } from "../licence-claim.ts";
import { extractCompanies } from "./companies.ts";
import { extractEmails, extractHandles, extractPhones, extractUrls } from "./contacts.ts";
import { extractLicences, extractProtectorPermissions } from "./licences.ts";
import { extractMoney } from "./money.ts";

function overlaps(a: Evidence, spans: readonly Evidence[]): boolean {
  return spans.some((b) => a.start < b.end && a.end > b.start);
}

/** Everything an ad claims: contacts, licences, money, places, names, visa type. */
export function extractEntities(
  normalized: string,
  original: string,
  language: DetectedLanguage,
  data: CompiledData,
  hits: LexiconHits,
  /** Whether the advert negates a phrase ("no fee"): negation.ts. */
  negated: (e: Evidence) => boolean,
): Entities {
  const { cues } = hits;
  const urls = extractUrls(normalized, original, data);
  const emails = extractEmails(normalized, original, data);
  const protectorPermissions = cues.protectorKeyword.length ? extractProtectorPermissions(normalized, original, data) : [];
  // A company's tax number ("ИНН 7810000412") has a phone's length, and a foreign phone made the employer look abroad;
  // a trade licence ("DED licence 879412") is the business's, not a recruitment licence.
  const registrations = data.registrationNumber.matches(normalized).map((m) => ({ text: original.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length }));
  const licences = extractLicences(normalized, original, data, cues.licenceKeyword.length > 0).filter(
    (l) => !overlaps(l.evidence, [...protectorPermissions.map((p) => p.evidence), ...registrations]),
  );
  const addressSpans = [...urls, ...emails].map((x) => x.evidence);
  const named = [...new Set(hits.countries.map((c) => c.code))];
  const phones = extractPhones(normalized, original, language, data, named).filter(
    (p) => !overlaps(p.evidence, [...addressSpans, ...registrations, ...licences.map((l) => l.evidence), ...protectorPermissions.map((p) => p.evidence)]),
  );
  const money = extractMoney(normalized, original, language, data, {
    numberWords: hits.numberWords,
    countries: named,
    salary: cues.salaryWords,
    // "900 € наличными", "1000 €, Kaspi-ге": money beside a way to pay it is a fee; a fee named to refuse it
    // («анкета акысы» албайбыз) makes no number near it one (a house number: "Токтогул 125").
    fee: [...cues.feeWords, ...cues.upfrontFee, ...cues.paymentChannel].filter((e) => !negated(e)),
    exclude: [
      ...addressSpans,
      ...registrations,
      ...phones.map((p) => p.evidence),
      ...licences.map((l) => l.evidence),
      ...protectorPermissions.map((p) => p.evidence),
    ],
  });
  return {
    phones,
    emails,
    urls,
    licences,
    protectorPermissions,
    money,
    countries: hits.countries,
    companies: extractCompanies(original, cues.companySuffixes, claimantsOf(original, licences.map((l) => l.evidence))),
    jobTitles: cues.jobTitles,
    visaTypes: (Object.entries(VISA_CATEGORY) as [VisaType, keyof typeof cues][])
      // "no tourist-visa shortcuts", «не по туристической визе»: a visa the advert refuses is not the one it offers.
      .flatMap(([type, category]) => cues[category].filter((e) => type === "work" || !negated(e)).map((evidence) => ({ type, evidence })))
      .sort((a, b) => a.evidence.start - b.evidence.start),
    paymentChannels: cues.paymentChannel,
    brands: hits.brands,
    messengers: cues.messengerContact,
    handles: extractHandles(normalized, original),
  };
}
