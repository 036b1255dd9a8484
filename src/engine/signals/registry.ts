import { countryOfLanguage } from "../home-country.ts";
import { writtenLocallyIn } from "../extract/contacts.ts";
import { coreName, introducedAsEmployer, looksLikeRecruiter, nameKey, namesOtherTrade } from "../names.ts";
import type { Evidence, Operator } from "../types.ts";
import { add, namedEmployerAtWork, namesActiveRecruiter, phonesCountry, type Found, type SignalInput } from "./found.ts";

/**
 * What the registry says about the licences, names and phones in the ad.
 * Returns the evidence of an active licensed recruiter named as registered,
 * which counts for the advert unless the contact betrays an impersonator.
 */
export function detectRegistrySigns(input: SignalInput, found: Found): { licensed: Evidence[]; operators: Operator[] } {
  const { entities, registry, today } = input;
  const licenceEvidence = (raw: string) => entities.licences.filter((l) => l.raw === raw).map((l) => l.evidence);
  const companyEvidence = (name: string) => entities.companies.filter((c) => c.name === name).map((c) => c.evidence);
  const expired = (until: string | null) => until !== null && until < today;
  const licensed: Evidence[] = [];
  const operators: Operator[] = [];
  const confirmedHolder = registry.some((f) => f.kind === "licence_active" && f.nameMatches === true && !expired(f.operator.validUntil));
  // Beside a recruiter the registry knows, an unknown "agency" is mostly words read as a name
  // ("registered with the Ministry … private employment agency"), not a second recruiter.
  const knownRecruiter = registry.some((f) => namesActiveRecruiter(f) && !expired(f.operator.validUntil));
  for (const f of registry) {
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
        else if (!expired(f.operator.validUntil)) {
          licensed.push(...licenceEvidence(f.licence));
          operators.push(f.operator);
        }
        break;
      case "name_found":
        if (f.operator.status !== "active" || expired(f.operator.validUntil)) {
          // Once the ad's licence and name agree with the registry, a lapsed operator's name found in
          // its other words ("☀️ WORK AND TRAVEL" ~ "Tengri Work Travel") is a likeness, not its recruiter;
          // so is a café's name («Дала» ~ "Kostanay Dala Kadr") where the café hires on the spot, and a
          // haulier's («Жол Сапар Логистик» ~ "Сапар Жол Кадр").
          if (!confirmedHolder && !namedEmployerAtWork(input) && !namesOtherTrade(f.name) && namesARecruiter(f.name)) add(found, "revoked_licence", companyEvidence(f.name));
        }
        else {
          licensed.push(...companyEvidence(f.name));
          operators.push(f.operator);
        }
        break;
      case "name_unknown":
        if (entities.licences.length === 0 && !knownRecruiter && !hiresWhereItWorks(input) && !writesFromAbroad(input) && looksLikeRecruiter(f.name))
          add(found, "unlicensed_recruiter", companyEvidence(f.name).filter((e) => !namesNoRecruiter(input, e)));
        break;
      case "phone_found":
        if (f.operator.status !== "active") add(found, "revoked_licence", entities.phones.filter((p) => p.e164 === f.phone).map((p) => p.evidence));
        else operators.push(f.operator);
        break;
    }
  }
  detectOperatorImpersonation(input, found, operators);
  return { licensed, operators };
}

/**
 * Whether an advertised name says enough to be that lapsed recruiter's: a recruiter's words («… Кадр», "…
 * Overseas"), or two words of a name of its own. A single word («Береке», "Baraka") is also any shop's or farm's,
 * in every language of the region.
 */
function namesARecruiter(name: string): boolean {
  return looksLikeRecruiter(name) || (nameKey(name).core?.words.length ?? 0) >= 2;
}

/**
 * A name that is not a recruiter's whatever its words: the state body an
 * official-channel cue names (Pakistan's Bureau of Emigration and Overseas
 * Employment), a name the advert introduces as the employer's, or one of
 * trade words only ("2️⃣ Частное агентство занятости") that names nobody.
 */
function namesNoRecruiter(input: SignalInput, e: Evidence): boolean {
  const official = input.hits.cues.officialChannel.some((o) => o.start < e.end && o.end > e.start);
  return official || introducedAsEmployer(input.normalized.slice(Math.max(0, e.start - 30), e.start)) || coreName(e.text) === "";
}

/**
 * Whether the advert's recruiter works where the job is, in a country where
 * local agencies lawfully hire migrants who come on their own: a St Petersburg
 * staffing agency with St Petersburg phones (or, with none, a .ru mailbox)
 * hiring for a warehouse there.
 * Its accreditation is that country's business, not in the sending countries'
 * registries, so its name is no sign of an unlicensed recruiter.
 */
function hiresWhereItWorks(input: SignalInput): boolean {
  const { entities, data } = input;
  return data.common.localAgencyCountries.some((place) => entities.countries.some((c) => c.code === place) && reachedOnlyIn(entities, place));
}

/**
 * Whether the advert is written from a firm abroad: its own mail or web address under the domain of a country
 * the advert names, one that licenses no recruiters of the sending countries' kind, and any phone it gives in
 * that country (jobs@silkdunes-travel.ae with a Dubai number). A Dubai "… Events & Staffing LLC" or a Muscat "… Academy"
 * hiring so is the employer, whose trade words only look like a recruiter's; the recruiters a sending country
 * licenses write from there.
 */
function writesFromAbroad(input: SignalInput): boolean {
  const { entities, data } = input;
  const licensing = Object.keys(data.common.operatorContactCountries);
  const places = new Set(input.ownDomains.map((d) => countryOfDomain(d.domain)));
  const [place] = places;
  if (places.size !== 1 || !place) return false;
  return !licensing.includes(place) && entities.countries.some((c) => c.code === place) && entities.phones.every((p) => p.country === place);
}

/** The country a domain's top level names, where it names one ("ae", "om"; "uk" for GB). */
function countryOfDomain(domain: string): string | null {
  const top = domain.slice(domain.lastIndexOf(".") + 1);
  return top.length !== 2 ? null : top === "uk" ? "GB" : top.toUpperCase();
}

/**
 * Whether the advert's contacts are all in one country: its phones, or with
 * no phone, its own mail and web addresses under that country's domain
 * (nanny@maryhome-agency.ru).
 */
function reachedOnlyIn(entities: SignalInput["entities"], place: string): boolean {
  if (entities.phones.length > 0) return phonesCountry(entities) === place;
  const domains = [...entities.emails.filter((e) => !e.freeMail), ...entities.urls.filter((u) => !u.shortener)].map((c) => c.domain);
  return domains.length > 0 && domains.every((d) => countryOfDomain(d) === place);
}

/**
 * A licensed operator's name with a free mailbox or a phone from outside the
 * countries it works from: how scammers borrow a real licence. Such an ad stays
 * risky however lawful the rest of it reads.
 */
function detectOperatorImpersonation(input: SignalInput, found: Found, operators: readonly Operator[]) {
  if (operators.length === 0) return;
  const { entities, data, hits, language } = input;
  const contactCountries = data.common.operatorContactCountries;
  const reachable = new Set(operators.flatMap((o) => contactCountries[o.country] ?? [o.country]));
  // A recruiter reached at home may add someone at the place of work (the employer's driver who meets the group
  // at Dammam): a number in a country the advert names, beside one of the recruiter's own.
  if (entities.phones.some((p) => p.country !== undefined && reachable.has(p.country))) for (const c of entities.countries) reachable.add(c.code);
  // An employer named beside the recruiter may give its own number in the country of the job; so may someone who
  // writes from the employer there ("our workshop", "I am the foreman here") or a family hiring for its own home.
  const employerSpeaks =
    entities.companies.some((c) => !looksLikeRecruiter(c.name)) || hits.cues.employerVoice.length > 0 || hits.cues.householdEmployer.length > 0;
  if (employerSpeaks) for (const c of entities.countries) reachable.add(c.code);
  // So may an employer abroad that writes from its own address there (karriere@…-klinik.de beside the recruiter that
  // gathers the papers): scammers who borrow a licence write from free mailboxes, not from that country's domain.
  for (const d of input.ownDomains) {
    const place = countryOfDomain(d.domain);
    if (place) reachable.add(place);
  }
  // A state agency that recruits with the operator (Kyrgyzstan's Centre for Employment Abroad beside a UK
  // Seasonal Worker operator) answers on its own country's numbers: the country the advert's language points to.
  const home = hits.cues.officialChannel.length > 0 ? countryOfLanguage(language) : null;
  if (home) reachable.add(home);
  // "01795 555 014" in a Kent farm's post was read as a Pakistani number; written without a country code, it is also the farm's.
  const foreignPhones = entities.phones.filter((p) => p.country !== undefined && !reachable.has(p.country) && !writtenLocallyIn(p.evidence.text, language, reachable));
  const freeMail = entities.emails.filter((e) => e.freeMail);
  add(found, "brand_impersonation", [...freeMail, ...foreignPhones].map((x) => x.evidence));
}
