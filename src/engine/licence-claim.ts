import type { Evidence } from "./types.ts";

/** How far before a licence number a name still claims it: «Вахш Евро Кор» (иҷозатномаи № TJ-MS-0346). */
const CLAIM_GAP = 40;
/** A letterhead's next line may name the ministry that issued the licence in full before its number. */
const HEADING_GAP = 100;

/**
 * Between such a name and its number: punctuation, the licence word and who issued it
 * ("лиц.", "licence", "КР ЭСКММдин лицензиясы"), then perhaps "No" (NFKC's "№").
 */
const licenceWords = (most: number) => String.raw`(?:\p{L}+[^\p{L}\n]*){0,${most}}(?:no[^\p{L}\n]*)?$`;
const CLAIM_BETWEEN = new RegExp(String.raw`^[^\p{L}\n]*${licenceWords(3)}`, "iu");

/**
 * A name that is its line's whole text, or that with the branch it speaks for after a dash, the licence word
 * and number opening the next line: a letterhead («ҶДММ «Континент Спорт Инвест»\n(иҷозатномаи … TJ-MS-…)»,
 * "Somon Sport Invest LLC\nЛиц. TJ-MS-…", "Seven Seas Crew Management — Ўзбекистон филиали\nЛицензия: UZ-XBA-…",
 * «ОсОО «…»\nЛицензия Министерства труда, социального обеспечения и миграции КР № KG-L-…»).
 */
const HEADING_BETWEEN = new RegExp(String.raw`^(?:[^\S\n]*[—–-][^\S\n]*(?:\p{L}+[^\S\n]*){1,3})?[^\p{L}\n]*\n[^\p{L}\n]*(?=\p{L})${licenceWords(10)}`, "iu");
const LINE_START_BEFORE = /(?:^|\n)[^\p{L}\p{N}\n]*$/u;

/** Whether a name written right before the licence number, on its line or as the line above it, is the name that claims the licence. */
export function claimsLicence(name: Evidence, licence: Evidence, original: string): boolean {
  if (name.end > licence.start || licence.start - name.end > HEADING_GAP) return false;
  const between = original.slice(name.end, licence.start);
  if (between.length <= CLAIM_GAP && CLAIM_BETWEEN.test(between)) return true;
  return HEADING_BETWEEN.test(between) && LINE_START_BEFORE.test(original.slice(Math.max(0, name.start - 8), name.start));
}

/**
 * A name in quotation marks, ending on the licence number's line within reach of it: the last quoted
 * span before the number, so a message quoted whole («Аз агентии "Суғд Боғпарвар Кор" (TJ-MS-…)»)
 * gives the name, not the words from its opening mark to the name's.
 */
const QUOTED_BEFORE = /[«"“„]([^«»"“”„\n]{2,60})[»"”“]([^«»"“”„\n]{0,40})$/u;

/** Capitalised words that open the licence number's line, then a bracket, comma or dash: "Osh Global Recruitment (лицензия № KG-L-2118)". */
const LINE_OPENING_BEFORE = /(?:^|\n)[^\S\n]*((?:[\p{Lu}][\p{L}\d&'`ʻʼ‘’.-]*[^\S\n]+){1,4}[\p{Lu}][\p{L}\d&'`ʻʼ‘’.-]*)([^\S\n]*[(,—–-][^\n]{0,40})$/u;

/**
 * The names that claim a licence with no legal form or agency word beside them: a quoted one
 * (“Global Work Service” — litsenziya UZ-XBA-6711) or capitalised words opening the number's
 * line (Osh Global Recruitment (лицензия № KG-L-2118)). Such a name is the advert's recruiter.
 */
export function claimantsOf(original: string, licences: readonly Evidence[]): Evidence[] {
  const names: Evidence[] = [];
  for (const licence of licences) {
    const before = original.slice(Math.max(0, licence.start - 110), licence.start);
    const quoted = QUOTED_BEFORE.exec(before);
    const opening = quoted ? null : LINE_OPENING_BEFORE.exec(before);
    const m = quoted ?? opening;
    if (!m) continue;
    const start = licence.start - before.length + m.index + m[0].indexOf(m[1]!);
    const name = { text: m[1]!, start, end: start + m[1]!.length };
    // A quotation's closing mark belongs to the name's side of the gap.
    if (claimsLicence({ ...name, end: name.end + (quoted ? 1 : 0) }, licence, original)) names.push(name);
  }
  return names;
}
