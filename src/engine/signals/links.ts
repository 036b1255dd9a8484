import { label, NO_DOMAINS, type Domains, type LinkDomains } from "../domains.ts";
import { add, endsWithDomain, type Found, type OwnDomain, type SignalInput, type SignalSource } from "./found.ts";
import { within } from "../evidence.ts";

const RECRUITING_WORDS = /gov|official|embassy|visa|career|jobs?|recruit|hiring|hr|work|apply|portal/i;

/**
 * A domain that borrows an official or brand name and dresses it up as a
 * recruitment site ("uk-visa-gov.com", "emirates-careers.net"), while not
 * being that organisation's own domain.
 */
function isLookAlike(domain: string, links: LinkDomains, brands: Domains): boolean {
  const { official, words } = links;
  if (endsWithDomain(domain, official.domains) || endsWithDomain(domain, brands.domains) || GOVERNMENT_ZONE.test(domain)) return false;
  if (posesAsGovernment(domain)) return true;
  // "migrant-kg.org" for migrant.kg, "canada-jobs.com" for canada.ca: an official site's name on another domain. A name
  // that is an everyday word ("mehnat": work) is borrowed only beside a country's code or a recruiting word
  // ("eps-mehnat-tj.com", "enbek-job.kz"): "sirdaryo-mehnat.tj" and "somonmehnat.tj" are companies named for work.
  const first = label(domain);
  const inner = domain.split(".").slice(1, -1);
  const borrows = (part: string, name: string) => (words.has(name) ? borrowsWord(part, name) : part.includes(name));
  if ([first, ...inner].some((part) => official.labels.some((l) => l.length >= 4 && l !== "gov" && borrows(part, l)))) return true;
  return brands.labels.some((l) => l.length >= 4 && first.includes(l) && RECRUITING_WORDS.test(first.replace(l, "")));
}

/** Whether a domain's label holds an official name that is a word, as its own part, beside a country's code or a recruiting word. */
function borrowsWord(part: string, name: string): boolean {
  const parts = part.toLowerCase().split("-");
  return parts.includes(name) && parts.some((w) => w !== name && (COUNTRY_CODE.test(w) || RECRUITING_WORDS.test(w)));
}

const COUNTRY_CODE = /^(?:kz|kg|tj|uz|pk|uk|gb|ru|kr|de|pl)$/;

/** "gov", "embassy" or "iom" in a domain's name, not in a zone only governments register in. */
function posesAsGovernment(domain: string): boolean {
  if (GOVERNMENT_ZONE.test(domain)) return false;
  if (/gov|embassy|iom/i.test(label(domain))) return true;
  // The official name may sit in any label but the last: "xorijda-ish.gov-uz.site", "esdc-canada-gc.ca.jobintake.site".
  return domain.split(".").slice(1, -1).some((l) => /(?:^|-)(?:gov|govt|embassy|iom)(?:-|$)/i.test(l));
}

/** Zones only governments register in ("punjab.gov.pk", "canada.gc.ca"): their sites are not look-alikes. */
const GOVERNMENT_ZONE = /(?:^|\.)(?:gov|gob|govt)\.[a-z]{2}$|(?:^|\.)gc\.ca$|\.gov$/i;

/**
 * Domains the recruiter can be reached at that are their own: not free mail, messengers, shorteners or
 * look-alikes. Several rules ask for them: detectSignals works them out once per advert.
 */
export function ownDomainsOf(input: SignalSource): OwnDomain[] {
  const { entities, data } = input;
  const { freeMailDomains, messengerDomains, shorteners } = data.common;
  const { brands } = data.links;
  return [...entities.urls, ...entities.emails]
    .filter((x) => !endsWithDomain(x.domain, freeMailDomains) && !endsWithDomain(x.domain, messengerDomains) && !endsWithDomain(x.domain, shorteners))
    .filter((x) => !isLookAlike(x.domain, data.links, brands))
    .map((x) => ({ domain: x.domain, evidence: x.evidence }));
}

/** Shorteners, private-group invites, look-alikes of official or brand sites, in a link or an e-mail address. */
export function detectLinkSigns(input: SignalInput, found: Found) {
  const { entities, data } = input;
  const { official, brands } = data.links;
  for (const url of entities.urls) {
    const invite = /(?:t\.me|telegram\.me)\/(?:\+|joinchat)|chat\.whatsapp\.com/i.test(url.url);
    if (url.shortener || invite || isLookAlike(url.domain, data.links, brands)) add(found, "suspicious_link", [url.evidence]);
  }
  // "noreply@beoe-gov-pk.org" poses as a government mailbox; a company's "hr@almaty-enbek.kz" (enbek: work) does not.
  add(found, "suspicious_link", entities.emails.filter((e) => !e.freeMail && !endsWithDomain(e.domain, official.domains) && posesAsGovernment(e.domain)).map((e) => e.evidence));
  add(found, "free_email", entities.emails.filter((e) => e.freeMail).map((e) => e.evidence));
}

/**
 * Contact only through a messenger: no website, e-mail, named company or
 * address besides it. "Tel/WhatsApp +92…" at a named office is not that.
 */
export function detectMessengerOnly(input: SignalInput, found: Found, licensed: boolean) {
  const { entities, data } = input;
  if (licensed || input.ownDomains.length > 0 || entities.emails.length > 0 || entities.companies.length > 0 || input.hits.cues.employerDetails.length > 0) return;
  const messengerLinks = entities.urls.filter((u) => endsWithDomain(u.domain, data.common.messengerDomains)).map((u) => u.evidence);
  add(found, "contact_only_messenger", [...entities.messengers, ...entities.handles.map((h) => h.evidence), ...messengerLinks]);
}

/** Brands named while the contact is not the brand's own; or a free mailbox named after a brand. */
export function detectBrandMisuse(input: SignalInput, found: Found) {
  const { entities, data } = input;
  const { brands, byBrand } = data.links;
  const contactDomains = [...entities.urls.map((u) => u.domain), ...entities.emails.filter((e) => !e.freeMail).map((e) => e.domain)];
  const offChannel = ["contact_only_messenger", "free_email", "upfront_fee", "payment_channel", "guaranteed_visa"].some((id) => found.has(id as never));
  // A mail provider's name in an address (cirk.voyage@yandex.ru) is where the mail is kept, not a brand claimed.
  const addresses = entities.emails.map((e) => e.evidence);
  for (const brand of entities.brands) {
    if (addresses.some((a) => within(brand.evidence, a))) continue;
    const own = byBrand.get(brand.id) ?? NO_DOMAINS;
    const ownContact = contactDomains.some((d) => endsWithDomain(d, own.domains));
    const lookAlike = entities.urls.some((u) => isLookAlike(u.domain, data.links, own) && own.labels.some((l) => u.domain.includes(l)));
    if ((!ownContact && offChannel) || lookAlike) add(found, "brand_impersonation", [brand.evidence]);
  }
  for (const email of entities.emails.filter((e) => e.freeMail)) {
    const mailbox = email.address.split("@")[0]!;
    if (brands.labels.some((l) => l.length >= 4 && mailbox.includes(l))) add(found, "brand_impersonation", [email.evidence]);
  }
}

/**
 * A scheme sold privately: the UK Seasonal Worker Scheme named without one of
 * its licensed operators, or a state scheme (Korea's EPS, the E-9 visa) that
 * only state agencies run, with money asked or only a messenger to reach, or
 * without what the scheme requires (EPS-TOPIK "not needed": only a private
 * seller can promise that).
 */
export function detectSchemeMisuse(input: SignalInput, found: Found) {
  const { seasonalScheme, stateScheme } = input.hits.cues;
  // A state body named beside a look-alike site, a shortener or a private invite ("MIGRATSIYA AGENTLIGI …
  // eps-topik-migration-uz.com") is a borrowed name: the state channel is reached at its own domain.
  const officialChannel = found.has("suspicious_link") ? [] : input.hits.cues.officialChannel;
  const moneyAsked = found.has("upfront_fee") || found.has("payment_channel") || found.has("guaranteed_visa");
  const offChannel = moneyAsked || found.has("contact_only_messenger") || found.has("free_email");
  if (stateScheme.length > 0 && officialChannel.length === 0 && found.has("no_requirements")) add(found, "scheme_misuse", stateScheme);
  if (!offChannel) return;
  const operator = input.registry.some((f) => "operator" in f && f.operator.registry === "UK-SWS" && f.operator.status === "active");
  // Harvest work is the UK scheme only where the advert is about the UK: a Kazakh farm's harvest is not.
  const uk = input.entities.countries.some((c) => c.code === "GB");
  if (seasonalScheme.length > 0 && !operator && uk) add(found, "scheme_misuse", seasonalScheme);
  if (stateScheme.length > 0 && officialChannel.length === 0) add(found, "scheme_misuse", stateScheme);
}
