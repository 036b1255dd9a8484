import type { Entities, Evidence } from "../types.ts";

/** Suffixes written before the name: ООО «Name», ТОО "Name", MChJ "Name". */
const PREFIX_FORMS = /^(?:ооо|тоо|осоо|ип|мчж|mchj|ҷдмм|llc|too|ooo)$/u;
/** The quoted name after a legal form; sticky, so it is tried right there without copying the rest of the ad. */
const QUOTED_AFTER = String.raw`\s*[«"“„']([^«»"“”„'\n]{2,60})[»"”']`;
const MAX_NAME_WORDS = 5;
/** How far before a suffix its name can start: five words, generously; a line of suffixes is not read over and over. */
const MAX_NAME_CHARS = 200;

/**
 * Company names end in a suffix ("… Overseas Employment Promoters", "… Ltd",
 * "… xususiy bandlik agentligi") or follow a legal form in quotes (ООО «…»).
 * The words before the suffix on the same line are the name; in Latin script
 * we keep only capitalised words, because the ad's sentence usually runs on
 * in lower case right before the name.
 */
export function extractCompanies(original: string, suffixes: Evidence[]): Entities["companies"] {
  const companies: Entities["companies"] = [];
  const seen = new Set<string>();
  const quotedAfter = new RegExp(QUOTED_AFTER, "uy");
  const push = (start: number, end: number) => {
    const name = original.slice(start, end).replace(/\s+/g, " ").trim();
    const key = name.toLowerCase();
    if (name.length < 3 || seen.has(key)) return;
    seen.add(key);
    companies.push({ name, evidence: { text: original.slice(start, end), start, end } });
  };

  for (const suffix of suffixes) {
    const word = suffix.text.toLowerCase();
    if (PREFIX_FORMS.test(word)) {
      quotedAfter.lastIndex = suffix.end;
      const quoted = quotedAfter.exec(original);
      if (quoted) push(suffix.start, suffix.end + quoted[0].length);
      continue;
    }
    const lineStart = Math.max(original.lastIndexOf("\n", suffix.start - 1) + 1, suffix.start - MAX_NAME_CHARS, 0);
    const before = original.slice(lineStart, suffix.start);
    // Stop at punctuation that ends a phrase: "Contact: Sabz Pahar Overseas".
    const clause = before.split(/[:;!?،؛|•*\[\]{}«»"“”]|\.\s|,\s/u).pop() ?? "";
    const words = clause.trim().split(/\s+/).filter(Boolean);
    const name: string[] = [];
    for (let i = words.length - 1; i >= 0 && name.length < MAX_NAME_WORDS; i--) {
      const w = words[i]!;
      const latin = /^[\p{Script=Latin}\d'&.-]+$/u.test(w);
      if (latin && !/^[\p{Lu}\d]/u.test(w)) break;
      if (/^\d+$/.test(w)) break;
      name.unshift(w);
    }
    if (name.length === 0) continue;
    let nameStart = suffix.start;
    for (let i = name.length - 1; i >= 0; i--) nameStart = original.lastIndexOf(name[i]!, nameStart - 1);
    push(nameStart, suffix.end);
  }
  return companies;
}
