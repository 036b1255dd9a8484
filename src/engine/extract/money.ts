import type { CompiledData } from "../compile.ts";
import type { DetectedLanguage, Evidence, Money, PayPeriod } from "../types.ts";

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
  context: { salary: Evidence[]; fee: Evidence[]; exclude: Evidence[] },
): Money[] {
  // Every amount first, with what it says of its own currency; ranges and the bare-number rule after.
  const candidates: Candidate[] = [];
  for (const m of data.money.matches(normalized)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (context.exclude.some((e) => start < e.end && end > e.start)) continue;
    if (!g.mult && !g.cur2 && data.percentAfter.test(normalized.slice(end, end + 12))) continue;
    // "Ordu Caddesi 112", "Абай даңғ. 52": a house or office number, whatever fee word came before the address.
    if (!g.cur1 && !g.cur2 && !g.mult && data.addressBefore.test(normalized.slice(Math.max(0, start - 24), start))) continue;
    const token = (g.cur1 ?? g.cur2)?.toLowerCase();
    const multiplier = data.multiplierByWord.get((g.mult ?? g.wmult ?? "").toLowerCase());
    const currency = token ? data.currencyByToken.get(token) : undefined;
    const base = g.num !== undefined ? parseNumber(g.num) : (data.numberWordValue.get(g.word!) ?? 0) + (g.mod ? (data.numberModifier.get(g.mod) ?? 0) : 0);
    const amount = base * (multiplier?.value ?? 1);
    if (!Number.isFinite(amount) || amount <= 0) continue;
    const code = currency?.code ?? multiplier?.currency;
    // Nobody is charged a fee by the hour, day or week: "1 200 р в день" is a rate of pay whatever word is nearest.
    const period = payPeriodAround(normalized, start, end, data);
    const pieceRate = data.pieceRate.test(normalized.slice(end, end + 32));
    const kind = period || pieceRate ? "salary" : nearestKind(start, end, context.salary, context.fee);
    candidates.push({ base, amount, code, multiplier: multiplier?.value, kind, period, start, end });
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

/** The period named right after an amount ("1 200 р в день") or right before it ("Kunlik 12 000"). */
function payPeriodAround(normalized: string, start: number, end: number, data: CompiledData): PayPeriod | undefined {
  const g = data.payPeriod.exec(normalized.slice(end, end + 24))?.groups ?? data.payPeriodBefore.exec(normalized.slice(Math.max(0, start - 24), start))?.groups;
  return g?.hour ? "hour" : g?.day ? "day" : g?.week ? "week" : undefined;
}

interface Candidate {
  base: number;
  amount: number;
  /** The currency the amount names (or its multiplier implies, as lakh does), if any. */
  code: string | undefined;
  multiplier: number | undefined;
  kind: Money["kind"];
  period: PayPeriod | undefined;
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
    const period = c.period ?? (toNext ? next!.period : undefined) ?? (previous && rangedWithNext[i - 1] ? previous.period : undefined);
    // ...and are one kind: "Зарплата 450 000–600 000 ₸, оформление по ТК" is a wage at both ends, whatever word is nearer the second.
    const kind = previous && rangedWithNext[i - 1] && previous.kind !== "unknown" ? previous.kind : c.kind;
    const own = period ? { ...c, period, kind: "salary" as const } : { ...c, kind };
    if (c.code || c.multiplier || !toNext || (!next!.code && !next!.multiplier)) return own;
    return { ...own, amount: c.base * (next!.multiplier ?? 1), code: next!.code, kind: own.kind === "unknown" ? next!.kind : own.kind };
  });
}
