/**
 * Official and brand domains with their first labels, derived once per engine
 * (compile.ts) instead of for every domain of every advert.
 */

/** The first label of a domain: "emirates" for emirates.com, "gov" for gov.uk. */
export function label(domain: string): string {
  return domain.split(".")[0] ?? domain;
}

export interface Domains {
  domains: readonly string[];
  labels: readonly string[];
}

export function domains(list: readonly string[]): Domains {
  return { domains: list, labels: list.map(label) };
}

export const NO_DOMAINS: Domains = { domains: [], labels: [] };

export interface LinkDomains {
  official: Domains;
  /** Official sites' names that are everyday words (data.ts `officialNamesThatAreWords`). */
  words: ReadonlySet<string>;
  /** Every brand's domains, in the order of the data. */
  brands: Domains;
  byBrand: ReadonlyMap<string, Domains>;
}

export function linkDomains(
  officialDomains: readonly string[],
  brands: readonly { id: string; domains: readonly string[] }[],
  words: readonly string[] = [],
): LinkDomains {
  return {
    official: domains(officialDomains),
    words: new Set(words),
    brands: domains(brands.flatMap((b) => b.domains)),
    byBrand: new Map(brands.map((b) => [b.id, domains(b.domains)])),
  };
}
