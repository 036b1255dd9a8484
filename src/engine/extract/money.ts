import type { CompiledData, TokenCurrency } from "../compile.ts";
import { PAY_PERIODS, type DetectedLanguage, type Evidence, type Money, type PayPeriod } from "../types.ts";
import { readSpelledNumber, spelledAmounts, type AmountMatch } from "./spelled.ts";

/** The currency an ad means when it writes a bare "advance 50,000". */
const LOCAL_CURRENCY: Record<DetectedLanguage, string | null> = {
  ur: "PKR",
  "ur-Latn": "PKR",
  en: null,
  ru: null,
  kk: "KZT",
  ky: "KGS",
  tg: "TJS",
  "uz-Latn": "UZS",
  "uz-Cyrl": "UZS",
  und: null,
};

/** How far before an amount a "salary" or "fee" word still describes it. */
const CONTEXT_CHARS = 48;

/** A number of digits only ("2026", "45"), most of an advert's numbers: it needs none of parseNumber's expressions. */
function digitsOnly(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return raw.length > 0;
}

function parseNumber(raw: string): number {
  if (digitsOnly(raw)) return Number(raw);
  const compact = raw.replace(/[\s\u202f']/g, "");
  // "1,500" / "1.500" / "150 000" / "2,80,000" are whole numbers; "2.5" and "1,5" are decimals.
  if (/^\d{1,3}(?:[,.]\d{3})+$/.test(compact) || /^\d{1,2}(?:,\d{2})+,\d{3}$/.test(compact)) return Number(compact.replace(/[,.]/g, ""));
  return Number(compact.replace(",", "."));
}

/** The nearest cue's gap to an amount: words after it count double. */
function nearestGap(start: number, end: number, cues: readonly Evidence[]): number {
  let nearest = Infinity;
  for (const e of cues) nearest = Math.min(nearest, e.end <= start ? start - e.end : e.start >= end ? (e.start - end) * 2 : 0);
  return nearest;
}

/** A year of the dates adverts give: written as four bare digits. */
const YEAR = /^(?:19|20)\d\d$/;

/** The kind of the nearest salary or fee word within reach; salary when both are as near. */
function nearestKind(start: number, end: number, salary: Evidence[], fee: Evidence[]): Money["kind"] {
  const toSalary = nearestGap(start, end, salary);
  const toFee = nearestGap(start, end, fee);
  if (toFee < toSalary && toFee <= CONTEXT_CHARS) return "fee";
  return toSalary <= CONTEXT_CHARS ? "salary" : "unknown";
}

export function extractMoney(
  normalized: string,
  original: string,
  language: DetectedLanguage,
  data: CompiledData,
  context: {
    salary: Evidence[];
    fee: Evidence[];
    exclude: Evidence[];
    numberWords: readonly Evidence[];
    /** The countries the advert names, first named first. */
    countries: readonly string[];
  },
): Money[] {
  // Every amount first, with what it says of its own currency; ranges and the bare-number rule after.
  const candidates: Candidate[] = [];
  for (const m of amountsIn(normalized, context.numberWords, data)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (context.exclude.some((e) => start < e.end && end > e.start)) continue;
    if (!g.mult && !g.cur2 && data.percentAfter.test(normalized.slice(end, end + 12))) continue;
    // "Ordu Caddesi 112", "Абай даңғ. 52": a house or office number, whatever fee word came before the address.
    if (!g.cur1 && !g.cur2 && !g.mult && data.addressBefore.test(normalized.slice(Math.max(0, start - 24), start))) continue;
    // "ноябрь 2026", "15 November, 2026": a year, whatever fee word the heading had ("үйгө акча жиберүү … ноябрь 2026").
    if (!g.cur1 && !g.cur2 && !g.mult && YEAR.test(g.num ?? "") && data.monthBefore.test(normalized.slice(Math.max(0, start - 24), start))) continue;
    const token = (g.cur1 ?? g.cur2)?.toLowerCase();
    const currency = token ? data.currencyByToken.get(token) : undefined;
    const said = amountOf(g, data);
    if (!said || (g.words !== undefined && !spelledMoney(said, currency !== undefined))) continue;
    const { base, amount, multiplier } = said;
    if (!Number.isFinite(amount) || amount <= 0) continue;
    const code = currency ? currencyIn(currency, context.countries) : said.currency;
    // Nobody is charged a fee by the hour, day or week: "1 200 р в день" is a rate of pay whatever word is nearest.
    const period = payPeriodAround(normalized, start, end, data);
    const pieceRate = data.pieceRate.test(normalized.slice(end, end + 32)) || data.pieceRateBefore.test(normalized.slice(Math.max(0, start - 32), start));
    const kind = period || pieceRate ? "salary" : nearestKind(start, end, context.salary, context.fee);
    candidates.push({ base, amount, code, multiplier, kind, period, pieceRate, start, end });
  }
  const found: Money[] = [];
  for (const c of withRanges(candidates, normalized)) {
    const fallback = LOCAL_CURRENCY[language];
    // A bare number is money only when it is big and the words around it say pay or fee (or "lakh" says rupees).
    if (!c.code && (c.kind === "unknown" || c.amount < 100 || !fallback)) continue;
    const code = c.code ?? fallback!;
    const rate = data.common.currencies.find((x) => x.code === code)?.usd ?? null;
    found.push({
      amount: c.amount,
      currency: code,
      kind: c.kind,
      usd: rate === null ? null : Math.round(c.amount * rate),
      currencyStated: Boolean(c.code),
      ...(c.period && { period: c.period }),
      evidence: { text: original.slice(c.start, c.end), start: c.start, end: c.end },
    });
  }
  return found;
}

/** The currency a word means in an advert naming `countries`: the first of them it has another meaning in, unless it names the currency's own. */
function currencyIn(currency: TokenCurrency, countries: readonly string[]): string {
  const { asIn, country } = currency;
  if (!asIn || (country !== undefined && countries.includes(country))) return currency.code;
  for (const named of countries) if (asIn[named]) return asIn[named];
  return currency.code;
}

/** Amounts written in digits, and those said in words, in the order they come. */
function amountsIn(normalized: string, numberWords: readonly Evidence[], data: CompiledData): AmountMatch[] {
  const digits: AmountMatch[] = data.money.matches(normalized);
  if (numberWords.length === 0) return digits;
  // "5 lakh rupees" is the digits' amount: "lakh rupees" said after them is no second one.
  const spelled = spelledAmounts(normalized, numberWords, data).filter((w) => !digits.some((d) => d.index < w.index + w[0].length && w.index < d.index + d[0].length));
  return spelled.length === 0 ? digits : [...digits, ...spelled].sort((a, b) => a.index - b.index);
}

/**
 * Words that count are money only with a currency or a thousand said ("two brothers" is not), and not
 * "a single somoni" («як сомонӣ ҳам надодам»): below a hundred, only a thousand or lakh said makes it a sum.
 */
function spelledMoney(said: { amount: number; multiplier: number | undefined; counted: boolean }, currency: boolean): boolean {
  if (said.multiplier) return said.counted || currency;
  return currency && said.amount >= 100;
}

/** An amount as digits with perhaps a multiplier ("1.5 lakh"), or said in words ("paanch lakh", "четыреста"). */
function amountOf(g: NonNullable<AmountMatch["groups"]>, data: CompiledData): { base: number; amount: number; multiplier: number | undefined; counted: boolean; currency: string | undefined } | null {
  if (g.num !== undefined) {
    const multiplier = g.mult ? data.multiplierByWord.get(g.mult.toLowerCase()) : undefined;
    const base = parseNumber(g.num);
    return { base, amount: base * (multiplier?.value ?? 1), multiplier: multiplier?.value, counted: true, currency: multiplier?.currency };
  }
  if (g.words === undefined) return null;
  const spelled = readSpelledNumber(g.words, data);
  return { base: spelled.value, amount: spelled.value, multiplier: spelled.multiplier, counted: spelled.counted, currency: spelled.currency };
}

/** The period named right after an amount ("1 200 р в день") or right before it ("Kunlik 12 000"). */
function payPeriodAround(normalized: string, start: number, end: number, data: CompiledData): PayPeriod | undefined {
  const g = data.payPeriod.exec(normalized.slice(end, end + 24))?.groups ?? data.payPeriodBefore.exec(normalized.slice(Math.max(0, start - 24), start))?.groups;
  return PAY_PERIODS.find((p) => g?.[p]);
}

interface Candidate {
  base: number;
  amount: number;
  /** The currency the amount names (or its multiplier implies, as lakh does), if any. */
  code: string | undefined;
  multiplier: number | undefined;
  kind: Money["kind"];
  period: PayPeriod | undefined;
  /** Followed by the unit of work it pays ("1 200 р за м²"). */
  pieceRate: boolean;
  start: number;
  end: number;
}

/** "90 000 – 120 000 руб", "80–95 ming rubl": the first number of a range is in the second's currency and multiplier. */
const RANGE_DASH = /^\s*(?:-|to|до|dan|тан|дан)\s*$/iu;

function withRanges(candidates: Candidate[], normalized: string): Candidate[] {
  // Whether candidate i and i + 1 are the two ends of a range: asked once per pair, each pair was asked up to three times.
  const rangedWithNext = candidates.map((c, i) => i + 1 < candidates.length && RANGE_DASH.test(normalized.slice(c.end, candidates[i + 1]!.start)));
  return candidates.map((c, i) => {
    const next = candidates[i + 1];
    const previous = candidates[i - 1];
    const toNext = rangedWithNext[i]!;
    // Both ends of a range are quoted for the same period, whichever end names it.
    const fromPrevious = previous !== undefined && rangedWithNext[i - 1]!;
    const period = c.period ?? (toNext ? next!.period : undefined) ?? (fromPrevious ? previous.period : undefined);
    // ...and are one kind: "Зарплата 450 000–600 000 ₸, оформление по ТК" is a wage at both ends, whatever word is nearer the second;
    // "нарх 1200-1500 метри квадрат" is a rate for the work at both ends, whatever word is nearer the first.
    const pieceRate = c.pieceRate || (toNext && next!.pieceRate) || (fromPrevious && previous.pieceRate);
    const kind = pieceRate ? "salary" : fromPrevious && previous.kind !== "unknown" ? previous.kind : c.kind;
    const own = period ? { ...c, period, kind: "salary" as const } : { ...c, kind };
    if (c.code || c.multiplier || !toNext || (!next!.code && !next!.multiplier)) return own;
    return { ...own, amount: c.base * (next!.multiplier ?? 1), code: next!.code, kind: own.kind === "unknown" ? next!.kind : own.kind };
  });
}
