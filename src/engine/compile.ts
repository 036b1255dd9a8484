import type { CommonData, EngineData, LexiconCategory, SignalsConfig } from "./data.ts";
import { LEXICON_CATEGORIES } from "./data.ts";
import { atWordStart, wordPattern } from "./escape-regexp.ts";
import { normalizeForMatch } from "./normalize.ts";
import { LexiconIndex } from "./lexicon-index.ts";
import { compilePhrases } from "./phrases.ts";
import { compileClauseBreak } from "./context.ts";
import { linkDomains, type LinkDomains } from "./domains.ts";
import { MatchStarts } from "./extract/starts.ts";
import { WordBefore } from "./word-before.ts";
import { PAY_PERIODS, type Evidence, type VisaType } from "./types.ts";
import { WordingReader } from "./wording.ts";

/** Everything the engine derives from its data files once, at start-up. */
export interface CompiledData {
  /** Every lexicon category, country name list and brand name list, scanned in one pass. */
  lexicon: LexiconIndex<string>;
  scamCentreCountries: ReadonlySet<string>;
  /** Official and brand domains with their first labels. */
  links: LinkDomains;
  /** Tried only where a match can start (extract/starts.ts): long alternations behind a `\p{…}` look-behind. */
  licence: MatchStarts;
  barePkLicence: RegExp;
  bareRegionalLicence: RegExp;
  protector: MatchStarts;
  money: MatchStarts;
  currencyByToken: ReadonlyMap<string, TokenCurrency>;
  multiplierByWord: ReadonlyMap<string, { value: number; currency: string | undefined }>;
  numberWordValue: ReadonlyMap<string, number>;
  numberModifier: ReadonlyMap<string, number>;
  /** Words that multiply the number before them by a hundred ("two hundred", "бес жүз"). */
  numberHundred: ReadonlySet<string>;
  /** A currency (group `cur`) from `lastIndex` on, after spaces (sticky). */
  currencyNext: RegExp;
  /** Matches right after a number that is a percentage. */
  percentAfter: RegExp;
  /** A negation ending the text before a phrase / starting the text after it. */
  negatedBefore: WordBefore;
  negatedAfter: RegExp;
  /** Where a clause ends, for context rules scoped to a clause. */
  clauseBreak: RegExp;
  /** Right after an amount: the period it is paid for, if not a month. */
  payPeriod: RegExp;
  /** A unit of work right after an amount ("за м²", "per kg"): a piece rate, which is pay. */
  pieceRate: RegExp;
  /** A unit of work right before an amount ("километрине 25 руб"). */
  pieceRateBefore: WordBefore;
  /** A pay period right before an amount: "kunlik 12 000", "в день: 3000". */
  payPeriodBefore: WordBefore;
  /** An address word right before a number: the number is a house or office number. */
  addressBefore: WordBefore;
  /** A month's name right before a number, perhaps with the day between: the number is a year ("ноябрь 2026"). */
  monthBefore: WordBefore;
  /** A company's tax or register number after its label ("ИНН 7810000412"). */
  registrationNumber: MatchStarts;
  /** A currency or multiplier right after / right before a number: it is an amount, not a phone. */
  currencyAfter: RegExp;
  currencyBefore: RegExp;
  common: CommonData;
  signals: SignalsConfig;
  wording: WordingReader | undefined;
}

/** What a currency word means: its currency, and in which countries' adverts another (data.ts `asIn`). */
export type TokenCurrency = CommonData["currencies"][number];

export const VISA_CATEGORY: Record<VisaType, LexiconCategory> = {
  work: "visaWork",
  visit: "visaVisit",
  tourist: "visaTourist",
  umrah: "visaUmrah",
  azad: "visaAzad",
  student: "visaStudent",
};

/** Data words as the text reads them, each once, longest first (an alternation tries them in order). */
function phrases(words: Iterable<string>): string[] {
  // NFKC as for ads (cleanInput) and lexicon phrases: "м²" in an entry reads "м2" as it does in the ad.
  return [...new Set([...words].map((w) => normalizeForMatch(w.normalize("NFKC"))))].sort((a, b) => b.length - a.length);
}

function alternation(words: Iterable<string>): string {
  return phrases(words).map(wordPattern).join("|");
}

/** `(?:^|[^\p{L}\p{N}])(?:words)separators*$`, run reversed (word-before.ts); `groups` names what matched, if asked. */
function wordBefore(words: Iterable<string>, separators: string, groups = `(?:${alternation(words)})`): WordBefore {
  return new WordBefore(phrases(words), separators, new RegExp(`(?:^|[^\\p{L}\\p{N}])${groups}${separators}*$`, "iu"));
}

/** What may stand between a phrase and the word that negates it. */
const NEGATION_GAP = "[\\s\\-:,«»\"“”„]";

const COUNTRY = "country:";
const BRAND = "brand:";
/** Words of numbers said in words ("four", "hundred", "lakh"), found with the phrases: spelled.ts reads them. */
const NUMBER_WORD = "number-word";

/** What the lexicons found in one ad. */
export interface LexiconHits {
  cues: Record<LexiconCategory, Evidence[]>;
  countries: { code: string; evidence: Evidence }[];
  brands: { id: string; evidence: Evidence }[];
  numberWords: Evidence[];
}

const NOTHING: Evidence[] = Object.freeze([]) as unknown as Evidence[];

export function scanLexicon(data: CompiledData, normalized: string, original: string): LexiconHits {
  const found = data.lexicon.scan(normalized, original);
  const cues = {} as Record<LexiconCategory, Evidence[]>;
  for (const category of LEXICON_CATEGORIES) cues[category] = found.get(category) ?? NOTHING;
  const countries: LexiconHits["countries"] = [];
  const brands: LexiconHits["brands"] = [];
  for (const [name, evidence] of found) {
    if (name.startsWith(COUNTRY)) for (const e of evidence) countries.push({ code: name.slice(COUNTRY.length), evidence: e });
    else if (name.startsWith(BRAND)) for (const e of evidence) brands.push({ id: name.slice(BRAND.length), evidence: e });
  }
  const byStart = (a: { evidence: Evidence }, b: { evidence: Evidence }) => a.evidence.start - b.evidence.start;
  const said = found.get(NUMBER_WORD);
  const numberWords = said ? [...said].sort((a, b) => a.start - b.start) : NOTHING;
  return { cues, countries: countries.sort(byStart), brands: brands.sort(byStart), numberWords };
}

export function compileEngineData(data: EngineData): CompiledData {
  const merged = Object.fromEntries(LEXICON_CATEGORIES.map((c) => [c, data.lexicons.flatMap((l) => l[c])])) as Record<
    LexiconCategory,
    string[]
  >;
  const { common } = data;
  const lexicon = new LexiconIndex<string>({
    ...merged,
    ...Object.fromEntries(common.countries.map((c) => [`${COUNTRY}${c.code}`, c.names])),
    ...Object.fromEntries(common.brands.map((b) => [`${BRAND}${b.id}`, b.names])),
    // "k" is left out: after a word it is no thousand; "тыс." and "mln." end in a dot, which no phrase does.
    [NUMBER_WORD]: [
      ...Object.keys(common.numberWords.values),
      ...Object.keys(common.numberWords.modifiers),
      ...common.numberWords.hundreds,
      ...common.multipliers.flatMap((m) => m.words).filter((w) => w !== "k" && !w.endsWith(".")),
    ],
  });

  const keywords = compilePhrases(merged.licenceKeyword.map((k) => k.replace(/\*$/, "")));
  // After the keyword, on its line: optional "No.", "#", "№", ":" then a token that holds digits ("full driving licence.",
  // a line's end, then "Pay NZD 29.50/hr" is no licence "Pay NZD 29"). A dash continues the
  // number only when it is written tight ("KZ-PEA-0142"); "5104/ISB — I-8" is a licence, then an address.
  const numberLead = "(?:(?:[^\\S\\n]|[.:#№-])*(?:no|nr|number|num|номер|raqam|рақам|рақами|нөмірі|номери|نمبر)?(?:[^\\S\\n]|[.:#№-])*)";
  // A number with a case ending glued on ("лицензиясы бар 20дан ашуун агенттик": more than 20 licensed agencies) is a count, not a licence.
  // On the keyword's line ("bike licence required\nseats 25" is no licence 25); "1765 slash MUX" as a voice note writes it.
  // A word joining the keyword to the next thing ("ڈرائیونگ لائسنس اور code 95": a licence and a course) starts no number.
  // Nor does a word of time ("PNC licence by 20 December", "лицензия до 2027 года", "valid till 2027"): a date follows;
  // nor an age ("valid forklift licence. Age 22–42"): the next sentence's ages; nor a bare two-digit count
  // ("HTV licence — 10 (QR 2,200)": ten posts).
  const token = "(?![^\\S\\n])(?!(?:[-–—][^\\S\\n]*)?\\d{2}(?![\\p{L}\\d/-])(?!\\s*(?:/|slash)))(?!(?:and|or|aur|اور|یا|и|или|va|ва|жана|және)(?![\\p{L}]))(?!(?:by|till|until|before|valid|validity|from|dated|since|до|от|с|по|то|аз|age|aged|возраст|жаш|жас|yosh|ёш|синну|umar|umr|عمر)[^\\S\\n])((?:mpd\\s*/\\s*)?[\\p{L}]{0,5}(?:[^\\S\\n]|-)?[\\p{L}]{0,5}(?:[^\\S\\n]|-)?\\d{2,6}(?:(?:\\s*/\\s*|\\s+slash\\s+)[\\p{L}\\d]{1,5}|-[\\p{L}\\d]{1,5}){0,3})(?![\\p{L}\\d])";
  const offices = common.pkOfficeCodes.map((c) => c.toLowerCase()).join("|");

  const currencyByToken = new Map<string, TokenCurrency>();
  for (const c of common.currencies) for (const t of c.tokens) currencyByToken.set(normalizeForMatch(t), c);
  const multiplierByWord = new Map<string, { value: number; currency: string | undefined }>();
  for (const m of common.multipliers) for (const w of m.words) multiplierByWord.set(normalizeForMatch(w), { value: m.value, currency: m.currency });
  const numberWordValue = new Map(Object.entries(common.numberWords.values).map(([w, v]) => [normalizeForMatch(w), v]));
  const numberModifier = new Map(Object.entries(common.numberWords.modifiers).map(([w, v]) => [normalizeForMatch(w), v]));
  const numberHundred = new Set(common.numberWords.hundreds.map((w) => normalizeForMatch(w)));

  const currencies = alternation(currencyByToken.keys());
  // "per hour / day / week / year", named groups saying which: read after an amount and, by payPeriodBefore, before one.
  const payPeriods = `(?:${PAY_PERIODS.map((p) => `(?<${p}>${alternation(common.payPeriods[p])})`).join("|")})`;
  const multipliers = alternation(multiplierByWord.keys());
  // 1,500 / 150 000 / 2,80,000 (lakh grouping) / 2.5
  const number = "\\d{1,2}(?:,\\d{2})+,\\d{3}(?!\\d)|\\d{1,3}(?:[ ,.'\\u202f]\\d{3})+(?!\\d)|\\d+(?:[.,]\\d{1,2})?";
  const edge = "(?![\\p{L}\\p{N}])";
  // cur? number mult? cur?  (numbers said in words are read from the number words the lexicon scan finds: spelled.ts)
  const money = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?<cur1>${currencies})\\s*)?(?<num>${number})(?:\\s*(?<mult>${multipliers})${edge})?(?:\\s*(?<cur2>${currencies})${edge})?`,
    "giu",
  );

  return {
    lexicon,
    scamCentreCountries: new Set(common.countries.filter((c) => c.scamCentre).map((c) => c.code)),
    links: linkDomains(common.officialDomains, common.brands, common.officialNamesThatAreWords),
    licence: new MatchStarts(new RegExp(`(?:${keywords})${numberLead}${token}`, "giu")),
    // "2026/RWP/4012" is a Protector permission (year first), not licence 2026/RWP.
    barePkLicence: new RegExp(`(?<![\\p{L}\\p{N}/])(?!(?:19|20)\\d\\d\\s*/\\s*(?:${offices})\\s*/\\s*\\d)((?:mpd\\s*/\\s*)?\\d{3,5}(?:\\s*/\\s*|\\s+slash\\s+)(?:${offices})(?:\\s*/\\s*\\d{2,4})?)(?![\\p{L}\\p{N}])`, "giu"),
    // "KG-L-1990", "UZ-XBA-1351": a licence written as the region's registries write it (country, register,
    // number) needs no word "licence" before it, as a Pakistani 1234/RWP does not.
    bareRegionalLicence: /(?<![\p{L}\p{N}-])((?:kz|kg|tj|uz)-\p{L}{1,4}-\d{3,5})(?![\p{L}\p{N}])/giu,
    protector: new MatchStarts(
      new RegExp(`(?:${compilePhrases(merged.protectorKeyword)})${numberLead}((?:[\\p{L}]{1,4}[\\s-]?)?\\d{2,7}(?:\\s*[/-]\\s*[\\p{L}\\d]{1,6}){0,3})`, "giu"),
    ),
    money: new MatchStarts(money),
    currencyNext: new RegExp(`\\s*(?<cur>${currencies})${edge}`, "iuy"),
    currencyByToken,
    multiplierByWord,
    numberWordValue,
    numberModifier,
    numberHundred,
    percentAfter: new RegExp(`^\\s*(?:${alternation(common.percentWords)})`, "iu"),
    // Quotation marks too: «каттоо акысы», «анкета акысы» албайбыз names the fees it refuses.
    negatedBefore: wordBefore(common.negations.before, NEGATION_GAP),
    negatedAfter: new RegExp(`^${NEGATION_GAP}*(?:${alternation(common.negations.after)})(?![\\p{L}\\p{N}])`, "iu"),
    clauseBreak: compileClauseBreak(common.clauseWords.map((w) => normalizeForMatch(w))),
    payPeriod: new RegExp(
      `^[\\s.]*${payPeriods}(?![\\p{L}\\p{N}])`,
      "iu",
    ),
    // "1 200 р барои 1 м²", "90 руб/кг": an optional currency word or slash, then the unit of work.
    pieceRate: new RegExp(`^\\s*(?:[\\p{L}'$€£₽]{1,7}\\.?\\s*)?(?:/\\s*)?(?:${alternation(common.pieceRates)})(?![\\p{L}\\p{N}])`, "iu"),
    // "километрине 25 руб": the unit of work before the amount, as Kyrgyz and Kazakh say it.
    pieceRateBefore: wordBefore(common.pieceRates, "[\\s:.\\-]"),
    payPeriodBefore: wordBefore(PAY_PERIODS.flatMap((p) => common.payPeriods[p]), "[\\s:.\\-]", payPeriods),
    addressBefore: wordBefore(common.addressWords, "[\\s.,:#№-]"),
    monthBefore: wordBefore(common.monthNames, "[\\s.,\\d]"),
    // A Dubai or Sharjah trade licence carries its issuer's letters before the digits ("CN-1234567", "SEDD-604418").
    registrationNumber: new MatchStarts(new RegExp(`${atWordStart(alternation(common.registrationLabels))}[\\s.:#№/-]*(?:[a-z]{1,5}-?)?\\d[\\d\\s-]{4,18}\\d(?!\\p{N})`, "giu")),
    currencyAfter: new RegExp(`^\\s*(?:${currencies}|${multipliers})(?![\\p{L}\\p{N}])`, "iu"),
    // A whole word: "whatsapp karo +966 55 …" ends in "ro" (Omani rial) without naming a currency.
    currencyBefore: new RegExp(`(?<![\\p{L}\\p{N}])(?:${currencies})\\s*$`, "iu"),
    common,
    signals: data.signals,
    wording: data.wording && new WordingReader(data.wording),
  };
}
