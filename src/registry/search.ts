import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import { canonicalLicence } from "../engine/licence.ts";
import { coreName } from "../engine/names.ts";
import type { Operator, RegistryLookup } from "../engine/types.ts";
import { phoneCandidates } from "../search/typed-phone.ts";

export interface RegistryHit {
  operator: Operator;
  /** What matched: the licence number, a phone of the operator, or the name (with its similarity). */
  match: "licence" | "phone" | "name";
  similarity?: number;
  /**
   * How a name matched, for people: the similarity score alone reads as "57 %
   * similar" for a word typed exactly. "words": every word typed is a word of
   * the name as written; "transliterated": the same after spelling both in
   * Latin letters (another script); "prefix": each word typed begins a word of
   * the name; "similar": a near spelling, only the similarity says how near.
   */
  nameMatch?: NameMatch;
}

export type NameMatch = "words" | "transliterated" | "prefix" | "similar";

/** Words people type before a licence number ("OEP 2291/RWP", "Licence No. 1234/LHR", "лицензия № KG-L-0123"). */
const LICENCE_WORDS = /^\s*(?:(?:oep|licen[cs]e|lic|no|number|лицензия|лиценз|№|#)[\s.:№#-]*)+/iu;

/** Below this, a name match is more likely another agency than a spelling of this one. */
const NAME_THRESHOLD = 0.7;

/**
 * Looks a recruiter up by licence number, phone or name, the way the CLI's
 * `registry lookup` and the caseworker API do. A phone is read however it is
 * typed (see phoneCandidates); a local one as a number of each of `regions`
 * (the caseworker's countries).
 */
export function searchRegistry(registry: RegistryLookup, query: string, regions: readonly string[] = ["PK"]): RegistryHit[] {
  const hits: RegistryHit[] = [];
  const seen = new Set<Operator>();
  const add = (operator: Operator, match: RegistryHit["match"], similarity?: number) => {
    if (seen.has(operator)) return;
    seen.add(operator);
    hits.push(similarity === undefined ? { operator, match } : { operator, match, similarity, nameMatch: nameMatch(query, words, operator.name) });
  };
  const words = coreName(query).split(" ").filter((w) => w.length >= 3);
  for (const licence of new Set([canonicalLicence(query), canonicalLicence(query.replace(LICENCE_WORDS, ""))])) {
    if (licence) for (const op of registry.byLicence(licence)) add(op, "licence");
  }
  const countries = regions.length ? regions : ["PK"];
  const phones = new Set(phoneCandidates(query, countries));
  // Also a number inside other words ("tel. 042 3576 1234"), which libphonenumber picks out itself.
  for (const region of countries) {
    const phone = parsePhoneNumberFromString(query, region as CountryCode);
    if (phone?.isPossible()) phones.add(phone.number);
  }
  for (const e164 of phones) for (const op of registry.byPhone(e164)) add(op, "phone");
  for (const m of registry.byName(query)) {
    if (m.similarity >= NAME_THRESHOLD || (words.length > 0 && startsEveryWord(words, coreName(m.operator.name)))) add(m.operator, "name", m.similarity);
  }
  return hits;
}

/** Caseworkers type part of a name ("Margalla", "sabz pah"): each word they typed begins a word of the name. */
function startsEveryWord(typed: string[], name: string): boolean {
  const nameWords = name.split(" ");
  return typed.every((t) => nameWords.some((w) => w.startsWith(t)));
}

const plainWords = (text: string) => text.toLowerCase().split(/(?:(?!['ʻʼ‘’])[\s\p{P}\p{S}])+/u).filter(Boolean);

/** See RegistryHit.nameMatch. */
function nameMatch(query: string, coreWords: string[], name: string): NameMatch {
  const typed = plainWords(query);
  const written = new Set(plainWords(name));
  if (typed.length > 0 && typed.every((w) => written.has(w))) return "words";
  const core = coreName(name).split(" ");
  if (coreWords.length > 0 && coreWords.every((w) => core.includes(w))) return "transliterated";
  if (coreWords.length > 0 && startsEveryWord(coreWords, coreName(name))) return "prefix";
  return "similar";
}
