import type { CompiledData } from "../compile.ts";
import type { DetectedLanguage, Evidence, Money } from "../types.ts";

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

function parseNumber(raw: string): number {
  const compact = raw.replace(/[\s\u202f']/g, "");
  // "1,500" / "1.500" / "150 000" / "2,80,000" are whole numbers; "2.5" and "1,5" are decimals.
  if (/^\d{1,3}(?:[,.]\d{3})+$/.test(compact) || /^\d{1,2}(?:,\d{2})+,\d{3}$/.test(compact)) return Number(compact.replace(/[,.]/g, ""));
  return Number(compact.replace(",", "."));
}

function nearestKind(start: number, end: number, salary: Evidence[], fee: Evidence[]): Money["kind"] {
  let best: { kind: Money["kind"]; gap: number } = { kind: "unknown", gap: Infinity };
  const consider = (list: Evidence[], kind: Money["kind"]) => {
    for (const e of list) {
      const gap = e.end <= start ? start - e.end : e.start >= end ? (e.start - end) * 2 : 0;
      if (gap <= CONTEXT_CHARS && gap < best.gap) best = { kind, gap };
    }
  };
  consider(salary, "salary");
  consider(fee, "fee");
  return best.kind;
}

export function extractMoney(
  normalized: string,
  original: string,
  language: DetectedLanguage,
  data: CompiledData,
  context: { salary: Evidence[]; fee: Evidence[]; exclude: Evidence[] },
): Money[] {
  const found: Money[] = [];
  for (const m of normalized.matchAll(data.money)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (context.exclude.some((e) => start < e.end && end > e.start)) continue;
    if (!g.mult && !g.cur2 && data.percentAfter.test(normalized.slice(end, end + 12))) continue;
    const token = (g.cur1 ?? g.cur2)?.toLowerCase();
    const multiplier = data.multiplierByWord.get((g.mult ?? g.wmult ?? "").toLowerCase());
    const currency = token ? data.currencyByToken.get(token) : undefined;
    const base = g.num !== undefined ? parseNumber(g.num) : (data.numberWordValue.get(g.word!) ?? 0) + (g.mod ? (data.numberModifier.get(g.mod) ?? 0) : 0);
    const amount = base * (multiplier?.value ?? 1);
    if (!Number.isFinite(amount) || amount <= 0) continue;
    const kind = nearestKind(start, end, context.salary, context.fee);
    const implied = multiplier?.currency;
    const fallback = implied ?? LOCAL_CURRENCY[language];
    // A bare number is money only when it is big and the words around it say pay or fee (or "lakh" says rupees).
    if (!currency && !implied && (kind === "unknown" || amount < 100 || !fallback)) continue;
    const code = currency?.code ?? fallback!;
    const rate = currency?.usd ?? data.common.currencies.find((c) => c.code === code)?.usd ?? null;
    found.push({
      amount,
      currency: code,
      kind,
      usd: rate === null ? null : Math.round(amount * rate),
      evidence: { text: original.slice(start, end), start, end },
    });
  }
  return found;
}
