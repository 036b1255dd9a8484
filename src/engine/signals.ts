import type { CompiledData, LexiconHits } from "./compile.ts";
import type { LexiconCategory } from "./data.ts";
import { hostOf } from "./extract/contacts.ts";
import { looksLikeRecruiter } from "./names.ts";
import type { DetectedLanguage, Entities, Evidence, RegistryFinding, SignalId } from "./types.ts";

export interface SignalInput {
  original: string;
  language: DetectedLanguage;
  entities: Entities;
  registry: RegistryFinding[];
  /** ISO date (YYYY-MM-DD) against which registry validity dates are read. */
  today: string;
  data: CompiledData;
  hits: LexiconHits;
}

export type Found = Map<SignalId, Evidence[]>;

const PK_LANGUAGES: ReadonlySet<DetectedLanguage> = new Set(["ur", "ur-Latn"]);
const EMOJI = /\p{Extended_Pictographic}/gu;

function add(found: Found, id: SignalId, evidence: readonly Evidence[]) {
  if (evidence.length === 0) return;
  const list = found.get(id) ?? [];
  for (const e of evidence) if (!list.some((x) => x.start === e.start && x.end === e.end)) list.push(e);
  found.set(id, list);
}

function endsWithDomain(domain: string, list: readonly string[]): boolean {
  return list.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** The first label of a domain: "emirates" for emirates.com, "gov" for gov.uk. */
function label(domain: string): string {
  return domain.split(".")[0] ?? domain;
}

const RECRUITING_WORDS = /gov|official|embassy|visa|career|jobs?|recruit|hiring|hr|work|apply|portal/i;

/**
 * A domain that borrows an official or brand name and dresses it up as a
 * recruitment site ("uk-visa-gov.com", "emirates-careers.net"), while not
 * being that organisation's own domain.
 */
function isLookAlike(domain: string, official: readonly string[], brands: readonly string[]): boolean {
  if (endsWithDomain(domain, official) || endsWithDomain(domain, brands)) return false;
  const first = label(domain);
  if (/gov|embassy|iom/i.test(first)) return true;
  return brands.some((b) => label(b).length >= 4 && first.includes(label(b)) && RECRUITING_WORDS.test(first.replace(label(b), "")));
}

const SHOUTING = /[\p{Lu}][\p{Lu}\s!]{10,}/u;
/**
 * Latin and Cyrillic letters side by side in one word: a trick to slip past keyword filters.
 * Letters only: the Cyrillic thousands sign "҂" and other symbols carry a script too.
 */
const MIXED_SCRIPTS = /(?=\p{L})(?:\p{Script=Latin}(?=\p{L})\p{Script=Cyrillic}|\p{Script=Cyrillic}(?=\p{L})\p{Script=Latin})/u;

function evidenceOf(m: RegExpExecArray | null): Evidence[] {
  return m ? [{ text: m[0].trim(), start: m.index, end: m.index + m[0].trim().length }] : [];
}

/** Mostly capitals, emoji floods, "!!!!", mixed-script words. */
function formatting(original: string): Evidence[] {
  const evidence: Evidence[] = [];
  const lower = original.toLowerCase();
  const upper = original.toUpperCase();
  if (lower.length === original.length && upper.length === original.length) {
    let letters = 0;
    let capitals = 0;
    for (let i = 0; i < original.length; i++) {
      if (lower[i] === upper[i]) continue;
      letters++;
      if (original[i] === upper[i]) capitals++;
    }
    if (letters >= 20 && capitals / letters > 0.6) evidence.push(...evidenceOf(SHOUTING.exec(original)));
  }
  const emojis = original.match(EMOJI);
  if (emojis && emojis.length >= 5) {
    const at = original.indexOf(emojis[0]!);
    evidence.push({ text: emojis[0]!, start: at, end: at + emojis[0]!.length });
  }
  evidence.push(...evidenceOf(/!{3,}|\?{3,}/.exec(original)));
  const mixed = MIXED_SCRIPTS.exec(original);
  if (mixed) {
    // The first letter may lie outside the BMP (Latin Extended-F/G): cut after both of its code units.
    const split = mixed.index + String.fromCodePoint(original.codePointAt(mixed.index)!).length;
    const word = /[\p{L}]+$/u.exec(original.slice(0, split))!;
    const rest = /^[\p{L}]*/u.exec(original.slice(split))![0];
    evidence.push({ text: word[0] + rest, start: word.index, end: split + rest.length });
  }
  return evidence;
}

/**
 * Finds every signal in the ad. Lexicon categories give the phrases; the rules
 * here combine them with the extracted entities and the registry findings.
 */
export function detectSignals(input: SignalInput): { found: Found; isJobAd: boolean } {
  const { original, entities, registry, data, language } = input;
  const cue = (c: LexiconCategory) => input.hits.cues[c];
  const found: Found = new Map();
  const { thresholds, officialDomains, freeMailDomains, messengerDomains, shorteners } = data.common;

  const jobAd = cue("jobAd");
  // "no advance payment" / "без предоплаты" / "advance nahi" is a lawful ad's promise, not a demand.
  const negated = (e: Evidence) =>
    data.negatedBefore.test(original.slice(Math.max(0, e.start - 24), e.start).toLowerCase()) ||
    data.negatedAfter.test(original.slice(e.end, e.end + 24).toLowerCase());
  const upfront = cue("upfrontFee").filter((e) => !negated(e));
  const visaTalk = entities.visaTypes.length > 0 || cue("guaranteedVisa").length > 0;
  // Pakistani ads quote pay in the destination's currency: an unlabelled rupee sum beside a visa offer is its price.
  const feeMoney = entities.money.filter((m) => m.kind === "fee" || (m.kind === "unknown" && m.currency === "PKR" && m.amount >= 1000 && visaTalk));
  const salaryMoney = entities.money.filter((m) => m.kind === "salary");
  const benefits = cue("benefitsBait");
  const noRequirements = cue("noRequirements");
  const messengerCues = [...entities.messengers, ...entities.handles.map((h) => h.evidence)];

  add(found, "upfront_fee", [...upfront, ...feeMoney.map((m) => m.evidence)]);
  add(found, "guaranteed_visa", cue("guaranteedVisa"));
  add(found, "no_requirements", noRequirements);
  add(found, "urgency", cue("urgency"));
  add(found, "benefits_bait", benefits);
  add(found, "payment_channel", entities.paymentChannels.filter((e) => !negated(e)));
  add(found, "document_forgery", cue("documentForgery"));
  add(found, "smuggling_route", cue("smugglingRoute"));
  add(found, "free_email", entities.emails.filter((e) => e.freeMail).map((e) => e.evidence));

  // Pakistan's cap applies to what a Pakistani worker is charged, whatever currency the ad uses.
  const pkrRate = data.common.currencies.find((c) => c.code === "PKR")?.usd ?? 0;
  const pakistani = PK_LANGUAGES.has(language) || entities.phones.some((p) => p.country === "PK") || entities.money.some((m) => m.currency === "PKR");
  if (pakistani && pkrRate > 0) {
    add(found, "fee_over_legal_cap", feeMoney.filter((m) => m.usd !== null && m.usd / pkrRate > thresholds.pkFeeCapPkr * 1.001).map((m) => m.evidence));
  }

  const pay = salaryMoney.filter((m) => m.usd !== null);
  const lures = noRequirements.length > 0 || benefits.length > 0;
  add(found, "unrealistic_pay", pay.filter((m) => m.usd! >= thresholds.absurdSalaryUsd || (lures && m.usd! >= thresholds.unrealisticSalaryUsd)).map((m) => m.evidence));

  // A visit, tourist, Umrah or azad visa is only wrong when it is offered for work.
  const workContext = jobAd.length > 0 || entities.jobTitles.length > 0 || salaryMoney.length > 0 || entities.visaTypes.some((v) => v.type === "work");
  if (workContext) add(found, "wrong_visa_type", entities.visaTypes.filter((v) => v.type !== "work").map((v) => v.evidence));

  // Trafficking: women-only roles with looks/age, scam-centre jobs, the passport kept.
  const female = cue("femaleRole");
  const looks = cue("looksAge");
  if (looks.length > 0 && (female.length > 0 || looks.length >= 2)) add(found, "trafficking_risk", [...female, ...looks]);
  const scamCountries = entities.countries.filter((c) => data.scamCentreCountries.has(c.code));
  const scamWork = cue("scamCentreWork");
  if (scamCountries.length > 0 && (scamWork.length > 0 || (looks.length > 0) || (benefits.length > 0 && noRequirements.length > 0))) {
    add(found, "trafficking_risk", [...scamCountries.map((c) => c.evidence), ...scamWork]);
  }
  add(found, "trafficking_risk", cue("passportHeld"));

  // Links: shorteners, private-group invites, look-alikes of official or brand sites.
  const brandDomains = [...data.brandDomains.values()].flat();
  for (const url of entities.urls) {
    const invite = /(?:t\.me|telegram\.me)\/(?:\+|joinchat)|chat\.whatsapp\.com/i.test(url.url);
    if (url.shortener || invite || isLookAlike(url.domain, officialDomains, brandDomains)) add(found, "suspicious_link", [url.evidence]);
  }

  // Registry findings.
  for (const f of registry) {
    const licenceEvidence = (raw: string) => entities.licences.filter((l) => l.raw === raw).map((l) => l.evidence);
    const expired = (until: string | null) => until !== null && until < input.today;
    switch (f.kind) {
      case "licence_unknown":
        add(found, "unlicensed_recruiter", licenceEvidence(f.licence));
        break;
      case "licence_inactive":
        add(found, "revoked_licence", licenceEvidence(f.licence));
        if (f.nameMatches === false) add(found, "licence_name_mismatch", licenceEvidence(f.licence));
        break;
      case "licence_active":
        if (expired(f.operator.validUntil)) add(found, "revoked_licence", licenceEvidence(f.licence));
        if (f.nameMatches === false) add(found, "licence_name_mismatch", licenceEvidence(f.licence));
        else if (!expired(f.operator.validUntil)) add(found, "legit_markers", licenceEvidence(f.licence));
        break;
      case "name_found":
        if (f.operator.status !== "active") add(found, "revoked_licence", entities.companies.filter((c) => c.name === f.name).map((c) => c.evidence));
        break;
      case "name_unknown":
        if (entities.licences.length === 0 && looksLikeRecruiter(f.name)) {
          add(found, "unlicensed_recruiter", entities.companies.filter((c) => c.name === f.name).map((c) => c.evidence));
        }
        break;
      case "phone_found":
        if (f.operator.status !== "active") add(found, "revoked_licence", entities.phones.filter((p) => p.e164 === f.phone).map((p) => p.evidence));
        break;
    }
  }
  const activeOperator = registry.some(
    (f) => (f.kind === "licence_active" && f.nameMatches !== false) || ((f.kind === "name_found" || f.kind === "phone_found") && f.operator.status === "active"),
  );

  // Contact only through a messenger, with no company website or company e-mail.
  const companyDomains = [...entities.urls.map((u) => u.domain), ...entities.emails.map((e) => e.domain)].filter(
    (d) => !endsWithDomain(d, freeMailDomains) && !endsWithDomain(d, messengerDomains) && !endsWithDomain(d, shorteners),
  );
  const messengerLinks = entities.urls.filter((u) => endsWithDomain(u.domain, messengerDomains)).map((u) => u.evidence);
  if (companyDomains.length === 0 && !activeOperator) add(found, "contact_only_messenger", [...messengerCues, ...messengerLinks]);

  // Brands named while the contact is not the brand's own; or a free mailbox named after a brand.
  const contactDomains = [...entities.urls.map((u) => u.domain), ...entities.emails.filter((e) => !e.freeMail).map((e) => e.domain)];
  const offChannel = found.has("contact_only_messenger") || found.has("free_email") || found.has("upfront_fee") || found.has("payment_channel") || found.has("guaranteed_visa");
  for (const brand of entities.brands) {
    const own = data.brandDomains.get(brand.id) ?? [];
    const ownContact = contactDomains.some((d) => endsWithDomain(d, own));
    const lookAlike = entities.urls.some((u) => isLookAlike(u.domain, officialDomains, own) && own.some((d) => u.domain.includes(label(d))));
    if ((!ownContact && offChannel) || lookAlike) add(found, "brand_impersonation", [brand.evidence]);
  }
  for (const email of entities.emails.filter((e) => e.freeMail)) {
    const mailbox = email.address.split("@")[0]!;
    if (brandDomains.some((d) => label(d).length >= 4 && mailbox.includes(label(d)))) add(found, "brand_impersonation", [email.evidence]);
  }

  const seasonal = cue("seasonalScheme");
  const swsOperator = registry.some((f) => "operator" in f && f.operator.registry === "UK-SWS" && f.operator.status === "active");
  const moneyAsked = found.has("upfront_fee") || found.has("payment_channel") || found.has("guaranteed_visa");
  if (seasonal.length > 0 && !swsOperator && (moneyAsked || found.has("contact_only_messenger") || found.has("free_email"))) add(found, "scheme_misuse", seasonal);

  // Is this a job ad at all? Count distinct kinds of job evidence, not words.
  const contact = entities.phones.length + entities.emails.length + entities.urls.length + messengerCues.length > 0;
  const kinds = [
    jobAd.length > 0,
    entities.jobTitles.length > 0,
    salaryMoney.length > 0,
    entities.visaTypes.length > 0,
    entities.countries.length > 0,
    found.has("upfront_fee") || found.has("guaranteed_visa") || found.has("no_requirements") || seasonal.length > 0,
    cue("legitMarkers").length > 0 || entities.protectorPermissions.length > 0,
  ].filter(Boolean).length;
  const strong = ["smuggling_route", "trafficking_risk", "guaranteed_visa", "document_forgery", "upfront_fee", "payment_channel"].some((id) =>
    found.has(id as SignalId),
  );
  // A question or a story about someone abroad mentions jobs and countries too; an ad gives a way to reach the recruiter.
  const question = /[?؟]/.test(original);
  const story = question || cue("notAdMarkers").length > 0;
  const isJobAd =
    strong || entities.licences.length > 0 || (contact ? kinds >= 2 || (jobAd.length > 0 && kinds >= 1) : !story && kinds >= 3);

  if (isJobAd) {
    add(found, "formatting_anomalies", formatting(original));
    const companyKnown = entities.companies.length > 0 || entities.licences.length > 0 || companyDomains.length > 0 || activeOperator;
    if (!companyKnown) add(found, "no_company_details", jobAd.slice(0, 1).concat(entities.jobTitles.slice(0, 1)));
  }
  add(found, "legit_markers", cue("legitMarkers"));
  add(found, "legit_markers", entities.protectorPermissions.map((p) => p.evidence));
  add(found, "legit_markers", entities.urls.filter((u) => endsWithDomain(u.domain, officialDomains)).map((u) => u.evidence));
  return { found, isJobAd };
}
