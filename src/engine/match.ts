import { within } from "./evidence.ts";
import { claimsLicence } from "./licence-claim.ts";
import { coreName, endsWithName, keySimilarity, looksLikeRecruiter, nameKey, readingsOf, SAME_NAME, shortensName, withoutCity, type NameKey } from "./names.ts";
import type { Entities, Evidence, Operator, RegistryFinding, RegistryLookup } from "./types.ts";

/** Names read for comparison once per check: each company is compared with each licence holder, and again for the next. */
type ReadName = (name: string) => NameKey;

type Company = Entities["companies"][number];

function memoized<T>(read: (name: string) => T): (name: string) => T {
  const done = new Map<string, T>();
  return (name) => {
    let value = done.get(name);
    if (value === undefined) done.set(name, (value = read(name)));
    return value;
  };
}

/** A licence holder's name as the registry has it, and without its city ("… Hyderabad"). */
export type HolderKeys = (operator: Operator) => readonly NameKey[];

/**
 * Holders' names read once per registry row for as long as the engine lives:
 * the same rows are compared with the companies of every advert that cites
 * their licences, and reading a name is most of a comparison's cost.
 */
export function holderKeysOnce(): HolderKeys {
  const read = new WeakMap<Operator, readonly NameKey[]>();
  return (operator) => {
    let keys = read.get(operator);
    if (keys === undefined) {
      const bare = withoutCity(operator.name, operator.city);
      read.set(operator, (keys = [nameKey(operator.name), ...(bare ? [nameKey(bare)] : [])]));
    }
    return keys;
  };
}

/** What a check reads of names: the advert's companies (and their readings) once each, the holders once each ever. */
interface NameReading {
  key: ReadName;
  readings: (name: string) => string[];
  holder: HolderKeys;
  /** Names that are only places and trade words: a holder's own name may be one, but no other recruiter's is. */
  descriptions: ReadonlySet<Company>;
}

/**
 * Whether the ad names the licence holder: true when some company in it is the
 * holder, false when it names a different recruiter, null when it names only
 * employers (the hotel, the farm) or nobody, which says nothing about the licence.
 * A name that claims the number and ends in the holder's name is the holder with
 * the sentence's words read before it (Urdu has no capitals to tell where a name
 * starts: "کاغذی کارروائی مری روڈ کریسنٹ مین پاور (راولپنڈی، 5704/RWP)"); one that
 * claims it with the holder's name short of some words is the holder as it calls itself.
 */
function advertisedMatches(
  companies: Entities["companies"],
  operator: Operator,
  licence: Evidence,
  original: string,
  names: NameReading,
  otherHolders: readonly Operator[],
): boolean | null {
  const read = names.key;
  const claims = (c: Company) => claimsLicence(c.evidence, licence, original);
  const named = (c: Company) =>
    names.readings(c.name).some((name) =>
      names.holder(operator).some(
        (holder) => keySimilarity(read(name), holder) >= SAME_NAME || (claims(c) && (endsWithName(read(name), holder) || shortensName(read(name), holder))),
      ),
    );
  if (companies.some(named)) return true;
  // Trade words only ("KADR SERVIS", the last line of a name set over three) name no other recruiter; nor does the
  // holder of the advert's other licence (a Pakistani promoter beside the Kazakh agency that gets the work permit).
  const holdsOther = (c: Company) => otherHolders.some((o) => names.holder(o).some((holder) => keySimilarity(read(c.name), holder) >= SAME_NAME));
  const contests = (c: Company) =>
    read(c.name).core !== null && !names.descriptions.has(c) && (looksLikeRecruiter(c.name) || describedAsRecruiter(c.evidence, original) || claims(c)) && !holdsOther(c);
  return companies.some(contests) ? false : null;
}

/**
 * Whether a name is the state body or the places named inside it, and nothing more: «Kaspiy Enbek Kopiri» holds
 * "Enbek" and is an agency; "Enzivar LLP (Qozog'iston xususiy bandlik agentligi, litsenziya …)" describes the
 * agency before it as a Kazakh private employment agency.
 */
function namesOnly(name: Evidence, named: readonly Evidence[], original: string): boolean {
  const inside = named.filter((n) => n.start < name.end && n.end > name.start).sort((a, b) => a.start - b.start);
  if (inside.length === 0) return false;
  let rest = "";
  let from = name.start;
  for (const n of inside) {
    rest += original.slice(from, Math.max(from, n.start)) + " ";
    from = Math.max(from, n.end);
  }
  return coreName(rest + original.slice(Math.min(from, name.end), name.end)) === "";
}

/** Right after a name, on its line: "— частное агентство занятости", ", recruitment agency". */
const DESCRIPTOR = /^\s*(?:[—–-]|,|\()\s*([^\n,.;()]{3,40})/u;

/** Whether the words right after a name say it is a recruiter ("ТОО «Astana Euro Job» — частное агентство занятости"). */
function describedAsRecruiter(name: Evidence, original: string): boolean {
  const descriptor = DESCRIPTOR.exec(original.slice(name.end, name.end + 48))?.[1];
  return descriptor !== undefined && looksLikeRecruiter(descriptor);
}

/**
 * Checks every licence, company name and phone the ad gives against the registries.
 * `issuers` are where the ad names a state body (official-channel cues): "licence of
 * the Migration Agency No. UZ-XBA-8047" names who issued the licence, not a second
 * recruiter that contests it.
 */
export function matchRegistry(
  entities: Entities,
  lookup: RegistryLookup,
  original: string,
  issuers: readonly Evidence[] = [],
  holder: HolderKeys = holderKeysOnce(),
): RegistryFinding[] {
  const findings: RegistryFinding[] = [];
  const claimants = entities.companies.filter((c) => !issuers.some((i) => namesOnly(c.evidence, [i], original)));
  const places = entities.countries.map((c) => c.evidence);
  const descriptions = new Set(claimants.filter((c) => namesOnly(c.evidence, places, original)));
  const names: NameReading = { key: memoized(nameKey), readings: memoized(readingsOf), holder, descriptions };
  const read = names.key;
  const licensedHolders = new Set<Operator>();
  // The same number can exist in two registries; prefer the holder whose name the ad gives.
  const held = entities.licences.map((licence) => {
    const holders = lookup.byLicence(licence.canonical);
    return { licence, operator: holders.find((h) => advertisedMatches(claimants, h, licence.evidence, original, names, []) === true) ?? holders[0] };
  });
  for (const { licence, operator } of held) {
    if (!operator) {
      findings.push({ kind: "licence_unknown", licence: licence.raw });
      continue;
    }
    licensedHolders.add(operator);
    const others = held.flatMap((h) => (h.operator && h.operator !== operator ? [h.operator] : []));
    const nameMatches = advertisedMatches(claimants, operator, licence.evidence, original, names, others);
    findings.push({
      kind: operator.status === "active" ? "licence_active" : "licence_inactive",
      licence: licence.raw,
      operator,
      nameMatches,
    });
  }
  const phoneCountries = new Set(entities.phones.map((p) => p.country));
  const holderNames = entities.companies.filter((c) => [...licensedHolders].some((h) => keySimilarity(read(c.name), holder(h)[0]!) >= SAME_NAME));
  for (const company of entities.companies) {
    // A piece of the holder's name as the ad writes it ("Теңир-Тоо" of «Теңир-Тоо Кэр Эброуд») is the holder, not another company.
    if (holderNames.some((h) => within(company.evidence, h.evidence))) continue;
    const best = likeliest(names.readings(company.name).flatMap((name) => lookup.byName(name)).filter((m) => m.agrees), phoneCountries);
    if (best) {
      findings.push({ kind: "name_found", name: company.name, operator: best.operator, similarity: best.similarity });
    } else {
      findings.push({ kind: "name_unknown", name: company.name });
    }
  }
  for (const phone of entities.phones) {
    const [operator] = lookup.byPhone(phone.e164);
    if (operator) findings.push({ kind: "phone_found", phone: phone.e164, operator });
  }
  return findings;
}

/**
 * The closest registry name; between equally close ones, one from a country the
 * advert's phones are in ("Migration Agency" is as close to Uzbekistan's agency
 * as to a Kyrgyz ministry's long title; a +998 number says which).
 */
function likeliest<T extends { operator: Operator; similarity: number }>(matches: readonly T[], phoneCountries: ReadonlySet<string | undefined>): T | undefined {
  const top = matches.filter((m) => m.similarity === matches[0]?.similarity);
  return top.find((m) => phoneCountries.has(m.operator.country)) ?? top[0];
}

/** A registry with nothing in it: the engine still runs, it just finds no recruiter. */
export const EMPTY_REGISTRY: RegistryLookup = {
  byLicence: () => [],
  byName: () => [],
  byPhone: () => [],
};
