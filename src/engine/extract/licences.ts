import type { CompiledData } from "../compile.ts";
import { canonicalLicence } from "../licence.ts";
import { within } from "../evidence.ts";
import type { Entities } from "../types.ts";

function trimToken(token: string): string {
  return token.replace(/[\s/.-]+$/, "");
}

/** `hasKeyword`: the lexicon scan saw a licence keyword; without one the keyword expression cannot match. */
export function extractLicences(normalized: string, original: string, data: CompiledData, hasKeyword: boolean): Entities["licences"] {
  const byCanonical = new Map<string, Entities["licences"][number]>();
  const add = (raw: string, start: number) => {
    const token = trimToken(raw);
    if (!/\d/.test(token)) return;
    const canonical = canonicalLicence(token);
    if (byCanonical.has(canonical)) return;
    byCanonical.set(canonical, { raw: original.slice(start, start + token.length), canonical, evidence: { text: original.slice(start, start + token.length), start, end: start + token.length } });
  };
  if (hasKeyword) {
    for (const m of data.licence.matches(normalized)) {
      const token = m[1]!;
      add(token, m.index + m[0].length - token.length);
    }
  }
  // Pakistani numbers are distinctive enough (`1234/RWP`) to count without the word "licence".
  if (normalized.includes("/")) for (const m of normalized.matchAll(data.barePkLicence)) add(m[1]!, m.index);
  if (normalized.includes("-")) for (const m of normalized.matchAll(data.bareRegionalLicence)) add(m[1]!, m.index);
  // "Our licence is OEP 1610/LHR": the keyword's token took "is OEP" along; the number found within it is the licence.
  // (Two tokens over the same span read alike, so they are one entry here: another within is a shorter one.)
  const found = [...byCanonical.values()];
  return found.filter((l) => !found.some((o) => o !== l && within(o.evidence, l.evidence)));
}

export function extractProtectorPermissions(normalized: string, original: string, data: CompiledData): Entities["protectorPermissions"] {
  return data.protector.matches(normalized).map((m) => {
    const token = trimToken(m[1]!);
    const start = m.index + m[0].length - m[1]!.length;
    const evidence = { text: original.slice(m.index, start + token.length), start: m.index, end: start + token.length };
    return { raw: original.slice(start, start + token.length), evidence };
  });
}
