import type { CompiledData } from "../compile.ts";
import type { DetectedLanguage, Entities, Evidence } from "../types.ts";
import { extractCompanies } from "./companies.ts";
import { extractEmails, extractPhones, extractUrls } from "./contacts.ts";
import { extractLicences, extractProtectorPermissions } from "./licences.ts";
import { extractMoney } from "./money.ts";

function overlaps(a: Evidence, spans: readonly Evidence[]): boolean {
  return spans.some((b) => a.start < b.end && a.end > b.start);
}

/** Everything an ad claims: contacts, licences, money, places, names, visa type. */
export function extractEntities(normalized: string, original: string, language: DetectedLanguage, data: CompiledData): Entities {
  const { categories } = data;
  const urls = extractUrls(normalized, original, data);
  const emails = extractEmails(normalized, original, data);
  const protectorPermissions = extractProtectorPermissions(normalized, original, data);
  const licences = extractLicences(normalized, original, data).filter(
    (l) => !overlaps(l.evidence, protectorPermissions.map((p) => p.evidence)),
  );
  const addressSpans = [...urls, ...emails].map((x) => x.evidence);
  const phones = extractPhones(normalized, original, language).filter(
    (p) => !overlaps(p.evidence, [...addressSpans, ...licences.map((l) => l.evidence), ...protectorPermissions.map((p) => p.evidence)]),
  );
  const money = extractMoney(normalized, original, language, data, {
    salary: categories.salaryWords.find(normalized, original),
    fee: [...categories.feeWords.find(normalized, original), ...categories.upfrontFee.find(normalized, original)],
    exclude: [
      ...addressSpans,
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
    countries: data.countries.find(normalized, original).map(({ tag, evidence }) => ({ code: tag, evidence })),
    companies: extractCompanies(normalized, original, data),
    jobTitles: categories.jobTitles.find(normalized, original),
    visaTypes: data.visaTypes.find(normalized, original).map(({ tag, evidence }) => ({ type: tag, evidence })),
    paymentChannels: categories.paymentChannel.find(normalized, original),
    brands: data.brands.find(normalized, original).map(({ tag, evidence }) => ({ id: tag, evidence })),
    messengers: categories.messengerContact.find(normalized, original),
  };
}
