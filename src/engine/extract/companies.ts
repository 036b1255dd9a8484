import companyWords from "../../../data/company-words.json" with { type: "json" };
import { coreName } from "../names.ts";
import type { Entities, Evidence } from "../types.ts";

const DETERMINERS: ReadonlySet<string> = new Set(companyWords.determiners);
/** Urdu words that end the phrase before a name: postpositions and the word «نام» (name) that labels it. */
const PHRASE_ENDS: ReadonlySet<string> = new Set([...companyWords.postpositions, ...companyWords.nameLabels]);

/**
 * A phrase about no one in particular, not a name: words that open such a
 * phrase followed by trade words only ("No Overseas Employment Promoter
 * may…", «ни одно агентство занятости»). A name with a distinctive word
 * after them is kept as written.
 */
function namesNobody(name: string): boolean {
  const words = name.split(/\s+/u);
  let lead = 0;
  while (lead < words.length && DETERMINERS.has(words[lead]!.toLowerCase())) lead++;
  return lead > 0 && coreName(words.slice(lead).join(" ")) === "";
}

/**
 * Legal forms and descriptors written before a quoted name: ООО «Name», ТОО
 * "Name", MChJ "Name", ширкати «Name». Written after a quoted name too:
 * «Name» ЖШС, «Name» MChJ.
 */
const PREFIX_FORMS =
  /^(?:ооо|тоо|осоо|ип|мчж|mchj|ҷдмм|чдмм|жшс|жчк|аак|жак|кх|фх|ао|зао|оао|пао|чп|чаз|хба|xba|llc|llp|too|ooo|ширкати|агентии|фабрикаи|заводи|корхонаи|таксопарки|меҳмонхонаи|хоҷагии|компания|kompaniya|kompaniyasi|компанияси|агентство|agentligi|агентлиги)$/u;
/**
 * A name in quotation marks. A straight apostrophe quotes too ('Name' LLC), except between two letters, where it is
 * the Uzbek o' and g' or an elision: "Samarqand Ipak Yo'li Ish" is one name, not "li Ish" quoted from its apostrophe.
 */
const QUOTED_NAME = String.raw`(?:[«"“„]|(?<!\p{L})')((?:[^«»"“”„'\n]|(?<=\p{L})'(?=\p{L})){2,60})(?:[»"”]|'(?!\p{L}))`;
/** The quoted name after a form; sticky, so it is tried right there without copying the rest of the ad. */
const QUOTED_AFTER = String.raw`\s*${QUOTED_NAME}`;
/** Capitalised words right after a form, on its line, when the name is not quoted: "OOO SK Volga Monolit". */
const CAPITALISED_AFTER = /[ \t]+((?:[\p{Lu}][\p{L}\d&'-]*(?:[ \t]+|(?=[\s,.;:)]|$))){1,4})/uy;
/** A quoted name ending right before a form: «Name» ЖШС. */
const QUOTED_BEFORE = new RegExp(String.raw`${QUOTED_NAME}\s*$`, "u");
const MAX_NAME_WORDS = 5;
/** How far before a suffix its name can start: five words, generously; a line of suffixes is not read over and over. */
const MAX_NAME_CHARS = 200;
/** Contacts are never a company's name: "@polsha_job LLC" is a handle beside a suffix. */
const CONTACT_WORD = /@|:\/\/|^www\.|\.(?:com|ru|kz|kg|uz|tj|pk|net|org)$/iu;

/** The capitalised words right before `at` on its line, stopping at punctuation, lower-case Latin words and the Urdu words that end a phrase. */
function wordsBefore(original: string, at: number): { start: number } | null {
  const lineStart = Math.max(original.lastIndexOf("\n", at - 1) + 1, at - MAX_NAME_CHARS, 0);
  const before = original.slice(lineStart, at);
  // Stop at punctuation that ends a phrase: "Contact: Sabz Pahar Overseas"; at a bracket: "TELPASC (ethero Ltd";
  // and at a spaced dash: "Staff Nurses — Nakhla Specialist Hospital".
  const clause = before.split(/[:;!?،؛۔؟|•*\[\](){}«»"“”]|\.\s|,\s|\s[—–-]\s/u).pop() ?? "";
  const words = clause.trim().split(/\s+/).filter(Boolean);
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < MAX_NAME_WORDS; i--) {
    const w = words[i]!;
    const latin = /^[\p{Script=Latin}\d'&.-]+$/u.test(w);
    // "Al Watan Scaffolding & Contracting Co.": an ampersand joins the name's words.
    if (w !== "&" && ((latin && !/^[\p{Lu}\d]/u.test(w)) || /^\d+$/.test(w) || CONTACT_WORD.test(w) || PHRASE_ENDS.has(w))) break;
    name.unshift(w);
  }
  while (name[0] === "&") name.shift();
  if (name.length === 0) return null;
  let start = at;
  for (let i = name.length - 1; i >= 0; i--) start = original.lastIndexOf(name[i]!, start - 1);
  return { start };
}

/** A line of one to five words in capitals, nothing else: how a poster or letterhead sets a name. */
const CAPITAL_LINE = /^[^\S\n]*(?:[\p{Lu}][\p{Lu}'’&-]*[^\S\n]+){0,4}[\p{Lu}][\p{Lu}'’&-]*[^\S\n]*$/u;

/**
 * Where a name set in capitals on the lines above starts, when the suffix is its
 * line's only text ("EVRO TRUD LAYN" / "хусусий бандлик агентлиги"): a poster's
 * or letterhead's layout, as text read from a picture gives it. Null otherwise.
 */
function capitalLinesAbove(original: string, suffix: Evidence): number | null {
  const lineStart = original.lastIndexOf("\n", suffix.start - 1) + 1;
  const lineEnd = original.indexOf("\n", suffix.end);
  if (lineStart === 0 || original.slice(lineStart, suffix.start).trim() || original.slice(suffix.end, lineEnd < 0 ? undefined : lineEnd).trim()) return null;
  let start: number | null = null;
  let words = 0;
  for (let end = lineStart - 1; end > 0; ) {
    const from = original.lastIndexOf("\n", end - 1) + 1;
    const line = original.slice(from, end);
    words += line.trim().split(/\s+/).length;
    if (!CAPITAL_LINE.test(line) || words > MAX_NAME_WORDS) break;
    start = from + (line.length - line.trimStart().length);
    end = from - 1;
  }
  return start;
}

/**
 * Company names end in a suffix ("… Overseas Employment Promoters", "… Ltd",
 * "… xususiy bandlik agentligi") or sit in quotes beside a legal form
 * (ООО «…», «…» ЖШС). The words before the suffix on the same line are the
 * name; in Latin script we keep only capitalised words, because the ad's
 * sentence usually runs on in lower case right before the name. `claimants`
 * are quoted names that claim a licence number (see licence-claim.ts).
 */
export function extractCompanies(original: string, suffixes: Evidence[], claimants: readonly Evidence[] = []): Entities["companies"] {
  const companies: Entities["companies"] = [];
  const seen = new Set<string>();
  const quotedAfter = new RegExp(QUOTED_AFTER, "uy");
  const capitalisedAfter = new RegExp(CAPITALISED_AFTER);
  const push = (start: number, end: number) => {
    const name = original.slice(start, end).replace(/\s+/g, " ").trim();
    const key = name.toLowerCase();
    if (name.length < 3 || seen.has(key) || CONTACT_WORD.test(name) || namesNobody(name)) return;
    seen.add(key);
    companies.push({ name, evidence: { text: original.slice(start, end), start, end } });
  };

  for (const suffix of suffixes) {
    if (PREFIX_FORMS.test(suffix.text.toLowerCase())) {
      quotedAfter.lastIndex = suffix.end;
      const after = quotedAfter.exec(original);
      if (after) {
        push(suffix.start, suffix.end + after[0].length);
        continue;
      }
      const before = QUOTED_BEFORE.exec(original.slice(Math.max(0, suffix.start - 64), suffix.start));
      if (before) {
        push(suffix.start - before[0].length, suffix.end);
        continue;
      }
      capitalisedAfter.lastIndex = suffix.end;
      const words = capitalisedAfter.exec(original);
      if (words) {
        push(suffix.start, suffix.end + words[0].trimEnd().length);
        continue;
      }
    }
    const name = wordsBefore(original, suffix.start);
    if (name) {
      // «Нарын Чыңгыз» эмгек агенттиги ЖЧК: only descriptor words between the quoted name and the legal form.
      const quoted = coreName(original.slice(name.start, suffix.start)) ? null : QUOTED_BEFORE.exec(original.slice(Math.max(0, name.start - 64), name.start));
      push(quoted ? name.start - quoted[0].length : name.start, suffix.end);
    } else {
      // «Euro Work Tashkent» хусусий бандлик агентлиги: the quoted name is the agency's.
      const quoted = QUOTED_BEFORE.exec(original.slice(Math.max(0, suffix.start - 64), suffix.start));
      const start = quoted ? suffix.start - quoted[0].length : capitalLinesAbove(original, suffix);
      if (start !== null) push(start, suffix.end);
    }
  }
  // A quoted name that claims a licence, with no legal form or agency word to find it by.
  for (const c of claimants) if (!companies.some((k) => k.evidence.start < c.end && k.evidence.end > c.start)) push(c.start, c.end);
  return companies;
}
