import { canonicalLicence } from "../engine/licence.ts";
import { coreName, keySimilarity, nameKey, namesAgree, SAME_NAME, toLatin, withoutCity, type NameKey } from "../engine/names.ts";
import type { NameMatch, Operator, RegistryLookup } from "../engine/types.ts";

/** The index keys of a name, given its core (coreName). */
function tokenKeys(core: string): string[] {
  // Index by consonant skeleton and by Latin prefix, so "Nur"/"Noor" and Urdu spellings meet.
  return core
    .split(" ")
    .filter((w) => w.length >= 2)
    .flatMap((w) => {
      const skeleton = w.replace(/[aeiouyw]/g, "").replace(/(.)\1+/g, "$1");
      return skeleton.length >= 2 ? [`s:${skeleton}`, `p:${w.slice(0, 3)}`] : [`p:${w.slice(0, 3)}`];
    });
}

/** A word in this share of the rows' names, or more, names no one by itself ("Euro", "Global", "Toshkent"). */
const COMMON_SHARE = 0.01;
/** ...and in at least this many: a small registry has no common words. */
const COMMON_ROWS = 5;

/** A registry's note in brackets ("Davri Istiqlol (company denied a licence…)") is no part of the name; "(UK)" is. */
const NOTE = /\((?:[^)\s]+\s+){2,}[^)]*\)/g;

/**
 * The registry as the engine sees it: an in-memory snapshot indexed by
 * canonical licence, phone and name tokens. Registries hold thousands of rows,
 * so a snapshot costs little and keeps every lookup synchronous.
 */
export class MemoryRegistry implements RegistryLookup {
  readonly #byLicence = new Map<string, Operator[]>();
  readonly #byPhone = new Map<string, Operator[]>();
  readonly #byToken = new Map<string, Operator[]>();
  /** A row's name read for comparison the first time it is a candidate: every company an advert names is compared with it. */
  readonly #nameKeys = new Map<Operator, NameKey>();
  /** The same, as namesAgree reads it: without a bracketed note or the row's city. */
  readonly #ownNames = new Map<Operator, NameKey>();
  /** Words of many rows' names (COMMON_SHARE). */
  readonly #common: ReadonlySet<string>;
  readonly size: number;

  constructor(operators: Iterable<Operator>) {
    let size = 0;
    const push = (map: Map<string, Operator[]>, key: string, op: Operator) => {
      const list = map.get(key);
      if (list) {
        if (!list.includes(op)) list.push(op);
      } else map.set(key, [op]);
    };
    const rowsWith = new Map<string, number>();
    for (const op of operators) {
      size++;
      if (op.licenceNo) push(this.#byLicence, canonicalLicence(op.licenceNo), op);
      for (const phone of op.phones) push(this.#byPhone, phone, op);
      const core = coreName(op.name);
      for (const key of tokenKeys(core)) push(this.#byToken, key, op);
      for (const word of new Set(core.split(" "))) rowsWith.set(word, (rowsWith.get(word) ?? 0) + 1);
    }
    this.size = size;
    const least = Math.max(COMMON_ROWS, COMMON_SHARE * size);
    this.#common = new Set([...rowsWith].filter(([, rows]) => rows >= least).map(([word]) => word));
  }

  #ownNameOf(operator: Operator): NameKey {
    let key = this.#ownNames.get(operator);
    if (!key) {
      const name = operator.name.replace(NOTE, " ");
      // Without its city, a name still needs a word of its own: "Euro Work Bishkek" is not Bishkek's "Euro Kadr".
      this.#ownNames.set(operator, (key = nameKey(withoutCity(name, operator.city) ?? name)));
    }
    return key;
  }

  /** The advertised name is the operator's, with or without the city its registered name carries ("Andijon Baraka Kadr"). */
  #agrees(advertised: NameKey, operator: Operator): boolean {
    const own = this.#ownNameOf(operator);
    if (namesAgree(advertised, own, this.#common)) return true;
    const full = this.#nameKeyOf(operator);
    return full !== own && full.core?.text !== own.core?.text && namesAgree(advertised, full, this.#common);
  }

  #nameKeyOf(operator: Operator): NameKey {
    let key = this.#nameKeys.get(operator);
    if (!key) this.#nameKeys.set(operator, (key = nameKey(operator.name)));
    return key;
  }

  byLicence(canonical: string): Operator[] {
    return this.#byLicence.get(canonical) ?? [];
  }

  byPhone(e164: string): Operator[] {
    return this.#byPhone.get(e164) ?? [];
  }

  byName(name: string): NameMatch[] {
    if (!toLatin(name)) return [];
    const advertised = nameKey(name);
    const candidates = new Set<Operator>();
    for (const key of tokenKeys(advertised.core?.text ?? "")) for (const op of this.#byToken.get(key) ?? []) candidates.add(op);
    return [...candidates]
      .map((operator) => ({ operator, similarity: keySimilarity(advertised, this.#nameKeyOf(operator)) }))
      .filter((m) => m.similarity > 0)
      .sort((a, b) => b.similarity - a.similarity)
      .map((m) => ({ ...m, agrees: m.similarity >= SAME_NAME && this.#agrees(advertised, m.operator) }));
  }
}
