import type { Evidence } from "./types.ts";

/** How far before a licence number a name still claims it: «Вахш Евро Кор» (иҷозатномаи № TJ-MS-0346). */
const CLAIM_GAP = 40;

/**
 * Between such a name and its number: punctuation, the licence word and who issued it
 * ("лиц.", "licence", "КР ЭСКММдин лицензиясы"), then perhaps "No" (NFKC's "№").
 */
const CLAIM_BETWEEN = /^[^\p{L}\n]*(?:\p{L}+[^\p{L}\n]*){0,3}(?:no[^\p{L}\n]*)?$/iu;

/** Whether a name written right before the licence number, on its line, is the name that claims the licence. */
export function claimsLicence(name: Evidence, licence: Evidence, original: string): boolean {
  if (name.end > licence.start || licence.start - name.end > CLAIM_GAP) return false;
  return CLAIM_BETWEEN.test(original.slice(name.end, licence.start));
}

/** A name in quotation marks, ending on the licence number's line within reach of it. */
const QUOTED_BEFORE = /[«"“„]([^«»"“”„\n]{2,60})[»"”“]([^\n]{0,40})$/u;

/**
 * The quoted names that claim a licence with no legal form or agency word beside them:
 * “Global Work Service” — litsenziya UZ-XBA-6711. Such a name is the advert's recruiter.
 */
export function quotedClaimants(original: string, licences: readonly Evidence[]): Evidence[] {
  const names: Evidence[] = [];
  for (const licence of licences) {
    const before = original.slice(Math.max(0, licence.start - 110), licence.start);
    const m = QUOTED_BEFORE.exec(before);
    if (!m) continue;
    const start = licence.start - before.length + m.index + 1;
    const name = { text: m[1]!, start, end: start + m[1]!.length };
    if (claimsLicence({ ...name, end: name.end + 1 }, licence, original)) names.push(name);
  }
  return names;
}
