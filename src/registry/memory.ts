import { canonicalLicence } from "../engine/licence.ts";
import { coreName, keySimilarity, nameKey, toLatin, type NameKey } from "../engine/names.ts";
import type { Operator, RegistryLookup } from "../engine/types.ts";

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
  readonly size: number;

  constructor(operators: Iterable<Operator>) {
    let size = 0;
    const push = (map: Map<string, Operator[]>, key: string, op: Operator) => {
      const list = map.get(key);
      if (list) {
        if (!list.includes(op)) list.push(op);
      } else map.set(key, [op]);
    };
    for (const op of operators) {
      size++;
      if (op.licenceNo) push(this.#byLicence, canonicalLicence(op.licenceNo), op);
      for (const phone of op.phones) push(this.#byPhone, phone, op);
      for (const key of tokenKeys(coreName(op.name))) push(this.#byToken, key, op);
    }
    this.size = size;
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

  byName(name: string): { operator: Operator; similarity: number }[] {
    if (!toLatin(name)) return [];
    const advertised = nameKey(name);
    const candidates = new Set<Operator>();
    for (const key of tokenKeys(advertised.core?.text ?? "")) for (const op of this.#byToken.get(key) ?? []) candidates.add(op);
    return [...candidates]
      .map((operator) => ({ operator, similarity: keySimilarity(advertised, this.#nameKeyOf(operator)) }))
      .filter((m) => m.similarity > 0)
      .sort((a, b) => b.similarity - a.similarity);
  }
}
