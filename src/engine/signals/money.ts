import { withinAny } from "../context.ts";
import type { DetectedLanguage, Evidence, Money } from "../types.ts";
import { add, type Found, type SignalInput } from "./found.ts";

const PK_LANGUAGES: ReadonlySet<DetectedLanguage> = new Set(["ur", "ur-Latn"]);

/** What a Pakistani worker is charged, in rupees: a rupee sum as written, another currency through its rate. */
function inRupees(m: Money, pkrRate: number): number | null {
  if (m.currency === "PKR") return m.amount;
  return m.usd === null || pkrRate <= 0 ? null : m.usd / pkrRate;
}

/** Days, hours and weeks of work in a month, for pay quoted by the day, hour or week; a year's pay is twelve months'. */
const PER_MONTH = { hour: 200, day: 26, week: 4.3, year: 1 / 12 } as const;

function monthsFactor(m: Money): number {
  return m.period ? PER_MONTH[m.period] : 1;
}

/**
 * Fees, the channel they are paid through, Pakistan's cap and the pay on offer.
 * Returns the amounts lawful under the cap, which count for the advert.
 */
export function detectMoneySigns(input: SignalInput, found: Found): Evidence[] {
  const { entities, data, language, hits, feeFree, negated } = input;
  const { thresholds } = data.common;
  const visaTalk = entities.visaTypes.length > 0 || hits.cues.guaranteedVisa.length > 0;
  // Pakistani ads quote pay in the destination's currency: an unlabelled rupee sum beside a visa offer is its price.
  const fees = entities.money.filter(
    (m) => (m.kind === "fee" || (m.kind === "unknown" && m.currency === "PKR" && m.amount >= 1000 && visaTalk)) && !withinAny(m.evidence, feeFree),
  );

  // Pakistan's cap applies to what a Pakistani worker is charged, whatever currency the ad uses;
  // a service charge at or under it is lawful, so it is neither over the cap nor a sign by itself.
  const pkrRate = data.common.currencies.find((c) => c.code === "PKR")?.usd ?? 0;
  const pakistani = PK_LANGUAGES.has(language) || entities.phones.some((p) => p.country === "PK") || entities.money.some((m) => m.currency === "PKR");
  const cap = thresholds.pkFeeCapPkr;
  const lawful = pakistani ? fees.filter((m) => (inRupees(m, pkrRate) ?? Infinity) <= cap) : [];
  if (pakistani) add(found, "fee_over_legal_cap", fees.filter((m) => (inRupees(m, pkrRate) ?? 0) > cap).map((m) => m.evidence));

  const asked = fees.filter((m) => !lawful.includes(m));
  add(found, "upfront_fee", [...hits.cues.upfrontFee.filter((e) => !negated(e)), ...asked.map((m) => m.evidence)]);
  add(found, "payment_channel", entities.paymentChannels.filter((e) => !negated(e)));

  // A bare "маош 55 000–70 000" in a Tajik advert for Moscow is roubles, not somoni: pay is only judged in a currency the ad names.
  const pay = entities.money.filter((m) => m.kind === "salary" && m.usd !== null && m.currencyStated).map((m) => ({ m, monthly: m.usd! * monthsFactor(m) }));
  const lures = hits.cues.noRequirements.length > 0 || hits.cues.benefitsBait.length > 0;
  add(
    found,
    "unrealistic_pay",
    pay.filter(({ monthly }) => monthly >= thresholds.absurdSalaryUsd || (lures && monthly >= thresholds.unrealisticSalaryUsd)).map(({ m }) => m.evidence),
  );
  return lawful.map((m) => m.evidence);
}
