import type { TFunction } from "i18next";
import { looksLikeRecruiter } from "../engine/names.ts";
import type { RegistryFinding, Verdict } from "../engine/types.ts";
import type { SimilarAdverts } from "../memory/types.ts";

export interface RenderOptions {
  /** How many reasons to spell out before "…and N more". */
  maxReasons?: number;
}

function registryLine(t: TFunction, f: RegistryFinding): string | null {
  switch (f.kind) {
    case "licence_active":
    case "licence_inactive": {
      const status = t(`registry.status.${f.operator.status}`);
      const line =
        f.kind === "licence_active"
          ? t("registry.licenceActive", { licence: f.licence, name: f.operator.name })
          : t("registry.licenceInactive", { licence: f.licence, name: f.operator.name, status });
      return f.nameMatches === false ? `${line} ${t("registry.nameMismatch", { name: f.operator.name })}` : line;
    }
    case "licence_unknown":
      return t("registry.licenceUnknown", { licence: f.licence });
    case "name_found":
      return t("registry.nameFound", { advertised: f.name, name: f.operator.name, status: t(`registry.status.${f.operator.status}`) });
    case "name_unknown":
      // A restaurant or a hotel is no recruiter: "not in the registry of licensed recruiters" would say it should be.
      return looksLikeRecruiter(f.name) ? t("registry.nameUnknown", { name: f.name }) : null;
    case "phone_found":
      return t("registry.phoneFound", { phone: f.phone, name: f.operator.name, status: t(`registry.status.${f.operator.status}`) });
  }
}

/**
 * One reason: the advert's own words first, then what they mean. The
 * explanation may carry examples of its own; put first, the quote is plainly
 * what this advert says.
 */
function reasonLine(t: TFunction, flag: Verdict["flags"][number]): string {
  // Words that span a line break of the advert (or of a picture's reading) are quoted on one line.
  const words = flag.evidence[0]?.text.replace(/\s+/g, " ").trim();
  const quote = words ? `${t("verdict.evidence", { text: words })} — ` : "";
  return `${quote}${t(`signal.${flag.id}`)}`;
}

/** The reasons, one bullet each with the words of the ad they rest on; "…and N more" past `max`. */
export function renderReasons(t: TFunction, verdict: Verdict, max: number): string {
  const lines = verdict.flags.slice(0, max).map((flag) => `• ${reasonLine(t, flag)}`);
  if (verdict.flags.length > max) lines.push(t("verdict.moreReasons", { count: verdict.flags.length - max }));
  return lines.join("\n");
}

/**
 * A text that is no advert but tells of a risky offer: say so, with the strongest reason in the text's own words
 * (or every reason, for "Why?"), instead of only asking for the advert.
 */
function renderNoAdvert(t: TFunction, verdict: Verdict, maxReasons: number): string {
  if (!verdict.toldOffer) return t("verdict.notJobAd");
  const warnings = { ...verdict, flags: verdict.flags.filter((f) => f.weight > 0) };
  return [t("verdict.toldOffer"), renderReasons(t, warnings, maxReasons), t("verdict.toldOfferNext")].join("\n");
}

/** "… was reported 12 times before (on this helpline: 3, Kyrgyzstan: 9)" when partner instances shared some. */
function reportedLine(t: TFunction, h: Verdict["history"][number]): string {
  const sentence = t("verdict.reportedBefore", { value: h.value, count: h.reports });
  if (!h.elsewhere?.length) return sentence;
  const here = h.reports - h.elsewhere.reduce((n, e) => n + e.reports, 0);
  const parts = [
    ...(here > 0 ? [t("verdict.reportedHere", { count: here })] : []),
    ...h.elsewhere.map((e) =>
      e.country ? t("verdict.reportedIn", { country: t(`country.${e.country}`, { defaultValue: e.country }), count: e.reports }) : t("verdict.reportedInUnknown", { count: e.reports }),
    ),
  ];
  return `${sentence} (${parts.join(", ")})`;
}

/** The verdict as plain text in `t`'s language: summary, reasons with quotes, licence check, advice. */
export function renderVerdict(t: TFunction, verdict: Verdict, options: RenderOptions = {}): string {
  const maxReasons = options.maxReasons ?? 5;
  if (!verdict.isJobAd) return renderNoAdvert(t, verdict, maxReasons);
  const lines: string[] = [`${t(`risk.${verdict.risk}`)} — ${t(`verdict.summary.${verdict.risk}`)}`];
  if (verdict.crime) lines.push(t(`verdict.crime.${verdict.crime}`));
  if (verdict.flags.length) lines.push("", t("verdict.reasonsHeader"), renderReasons(t, verdict, maxReasons));
  const registry = [
    ...verdict.history.map((h) => reportedLine(t, h)),
    ...verdict.registry.map((f) => registryLine(t, f)).filter((l): l is string => l !== null),
  ];
  if (registry.length) lines.push("", t("verdict.registryHeader"), ...registry.map((l) => `• ${l}`));
  if (verdict.advice.length) lines.push("", t("verdict.adviceHeader"), ...verdict.advice.map((k) => `• ${t(k)}`));
  return lines.join("\n");
}

/** Roman Urdu is written with the English names of the months; Intl would give the Urdu script's. */
const DATE_LOCALES: Record<string, string> = { en: "en-GB", "ur-Latn": "en-GB" };

/** A day (YYYY-MM-DD) as the language writes it: "12 October 2025", "12 октября 2025 г.", "2025 ж. 12 қазан". */
export function localDate(lng: string, day: string): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[lng] ?? lng, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

/** "An advert almost the same as this one was checked 37 times since 12 October 2025. It was reported 5 times." */
export function similarLine(t: TFunction, lng: string, similar: SimilarAdverts): string {
  if (similar.count === 0 || !similar.firstSeen) return t("verdict.similarReportedOnly", { count: similar.reported });
  const checked = t("verdict.similarChecked", { count: similar.count, date: localDate(lng, similar.firstSeen) });
  return similar.reported > 0 ? `${checked} ${t("verdict.similarReported", { count: similar.reported })}` : checked;
}

/**
 * The first answer in a chat, short enough for one phone screen: the risk in
 * words, the crime when it is smuggling or trafficking, the strongest reason
 * with the advert's own words, how often adverts almost the same were checked
 * and reported (when the memory knows), and the one thing to do: five lines
 * at most. Everything else is behind the buttons (renderDetails). `lng`:
 * `t`'s language, for the date.
 */
export function renderShortVerdict(t: TFunction, verdict: Verdict, lng: string): string {
  if (!verdict.isJobAd) return renderNoAdvert(t, verdict, 1);
  const lines = [`${t(`risk.${verdict.risk}`)} — ${t(`verdict.summary.${verdict.risk}`)}`];
  if (verdict.crime === "smuggling" || verdict.crime === "trafficking") lines.push(t(`verdict.crime.${verdict.crime}`));
  const strongest = verdict.flags.find((f) => f.weight > 0);
  if (strongest && verdict.risk !== "low") lines.push(reasonLine(t, strongest));
  if (verdict.similar) lines.push(similarLine(t, lng, verdict.similar));
  const action = verdict.advice[0];
  if (action) lines.push(`→ ${t(action)}`);
  return lines.join("\n");
}

/** Behind "Why?": every reason with its quote, the licence check and all the advice. */
export function renderDetails(t: TFunction, verdict: Verdict): string {
  const full = renderVerdict(t, verdict, { maxReasons: Infinity });
  // The summary line was in the first answer already.
  return full.split("\n").slice(verdict.crime ? 2 : 1).join("\n").trim();
}
