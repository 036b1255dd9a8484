import type { CommonData, EngineData, LanguageMarkers, LexiconCategory, SignalsConfig } from "./data.ts";
import { LEXICON_CATEGORIES } from "./data.ts";
import { normalizeForMatch } from "./normalize.ts";
import { PhraseMatcher, TaggedMatcher, compilePhrases } from "./phrases.ts";
import type { VisaType } from "./types.ts";

/** Everything the engine derives from its data files once, at start-up. */
export interface CompiledData {
  categories: Record<LexiconCategory, PhraseMatcher>;
  visaTypes: TaggedMatcher<VisaType>;
  countries: TaggedMatcher<string>;
  scamCentreCountries: ReadonlySet<string>;
  brands: TaggedMatcher<string>;
  brandDomains: ReadonlyMap<string, readonly string[]>;
  licence: RegExp;
  barePkLicence: RegExp;
  protector: RegExp;
  money: RegExp;
  currencyByToken: ReadonlyMap<string, { code: string; usd: number }>;
  multiplierByWord: ReadonlyMap<string, number>;
  common: CommonData;
  signals: SignalsConfig;
  languageMarkers: LanguageMarkers;
}

const VISA_CATEGORY: Record<VisaType, LexiconCategory> = {
  work: "visaWork",
  visit: "visaVisit",
  tourist: "visaTourist",
  umrah: "visaUmrah",
  azad: "visaAzad",
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

function alternation(words: Iterable<string>): string {
  return [...new Set([...words].map((w) => normalizeForMatch(w)))]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/\s+/g, "\\s*"))
    .join("|");
}

export function compileEngineData(data: EngineData): CompiledData {
  const merged = Object.fromEntries(LEXICON_CATEGORIES.map((c) => [c, data.lexicons.flatMap((l) => l[c])])) as Record<
    LexiconCategory,
    string[]
  >;
  const categories = Object.fromEntries(LEXICON_CATEGORIES.map((c) => [c, new PhraseMatcher(merged[c])])) as Record<
    LexiconCategory,
    PhraseMatcher
  >;
  const { common } = data;

  const keywords = compilePhrases(merged.licenceKeyword.map((k) => k.replace(/\*$/, "")));
  // After the keyword: optional "No.", "#", "№", ":" then a token that holds digits.
  const numberLead = "(?:[\\s.:#№-]*(?:no|nr|number|num|номер|raqam|рақам|рақами|нөмірі|номери|نمبر)?[\\s.:#№-]*)";
  const token = "((?:mpd\\s*/\\s*)?[\\p{L}]{0,5}[\\s-]?[\\p{L}]{0,5}[\\s-]?\\d{2,6}(?:\\s*[/-]\\s*[\\p{L}\\d]{1,5}){0,3})";
  const offices = common.pkOfficeCodes.map((c) => c.toLowerCase()).join("|");

  const currencyByToken = new Map<string, { code: string; usd: number }>();
  for (const c of common.currencies) for (const t of c.tokens) currencyByToken.set(normalizeForMatch(t), { code: c.code, usd: c.usd });
  const multiplierByWord = new Map<string, number>();
  for (const m of common.multipliers) for (const w of m.words) multiplierByWord.set(normalizeForMatch(w).replace(/\s+/g, " "), m.value);

  const currencies = alternation(currencyByToken.keys());
  const multipliers = alternation(multiplierByWord.keys());
  const number = "\\d{1,3}(?:[ ,.'\\u202f]\\d{3})+(?!\\d)|\\d+(?:[.,]\\d{1,2})?";
  const edge = "(?![\\p{L}\\p{N}])";
  // cur? number mult? cur?  — or a number-free amount word such as "ڈیڑھ لاکھ" (1.5 lakh).
  const money = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?<cur1>${currencies})\\s*)?(?<num>${number})(?:\\s*(?<mult>${multipliers})${edge})?(?:\\s*(?<cur2>${currencies})${edge})?`,
    "giu",
  );

  return {
    categories,
    visaTypes: new TaggedMatcher(
      Object.fromEntries(Object.entries(VISA_CATEGORY).map(([type, c]) => [type, merged[c]])) as Record<VisaType, string[]>,
    ),
    countries: new TaggedMatcher(Object.fromEntries(common.countries.map((c) => [c.code, c.names]))),
    scamCentreCountries: new Set(common.countries.filter((c) => c.scamCentre).map((c) => c.code)),
    brands: new TaggedMatcher(Object.fromEntries(common.brands.map((b) => [b.id, b.names]))),
    brandDomains: new Map(common.brands.map((b) => [b.id, b.domains])),
    licence: new RegExp(`(?:${keywords})${numberLead}${token}`, "giu"),
    barePkLicence: new RegExp(`(?<![\\p{L}\\p{N}/])((?:mpd\\s*/\\s*)?\\d{3,5}\\s*/\\s*(?:${offices})(?:\\s*/\\s*\\d{2,4})?)(?![\\p{L}\\p{N}])`, "giu"),
    protector: new RegExp(
      `(?:${compilePhrases(merged.protectorKeyword)})${numberLead}((?:[\\p{L}]{1,4}[\\s-]?)?\\d{2,7}(?:\\s*[/-]\\s*[\\p{L}\\d]{1,6}){0,3})`,
      "giu",
    ),
    money,
    currencyByToken,
    multiplierByWord,
    common,
    signals: data.signals,
    languageMarkers: data.languageMarkers,
  };
}
