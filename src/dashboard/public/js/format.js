// Dates, relative times and scores, in the dashboard's language.
import { h } from "./dom.js";
import { dateLocale, t } from "./i18n.js";

// Intl formatters are costly to build: one per language, made when first needed.
const cache = new Map();
function formatter(kind) {
  const key = `${dateLocale()}:${kind}`;
  if (!cache.has(key)) {
    const options =
      kind === "dateTime" ? { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" } : { day: "numeric", month: "short" };
    cache.set(key, new Intl.DateTimeFormat(dateLocale(), options));
  }
  return cache.get(key);
}

export function fmtDateTime(iso) {
  if (!iso) return "—";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : formatter("dateTime").format(d);
}

/** "4 Dec" for a day given as 2026-12-04 (the API's day and week keys, UTC). */
export const dayLabel = (key) => formatter("short").format(new Date(`${key}T00:00:00Z`));

export function ago(iso) {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return "—";
  const s = Math.round((Date.now() - d.getTime()) / 1000);
  if (s < 0) return t("time.in", { span: span(-s) });
  if (s < 60) return t("time.justNow");
  if (s < 3600) return t("time.minutesAgo", { count: Math.floor(s / 60) });
  if (s < 86400) return t("time.hoursAgo", { count: Math.floor(s / 3600) });
  if (s < 14 * 86400) return t("time.daysAgo", { count: Math.floor(s / 86400) });
  return formatter("short").format(d);
}

function span(s) {
  if (s < 3600) return t("time.minutes", { count: Math.max(1, Math.round(s / 60)) });
  if (s < 86400) return t("time.hours", { count: Math.round(s / 3600) });
  return t("time.days", { count: Math.round(s / 86400) });
}

/** A <time> with a relative text and the exact date as tooltip. */
export function timeEl(iso, relative = true) {
  return h("time", { datetime: iso ?? "", title: fmtDateTime(iso) }, relative ? ago(iso) : fmtDateTime(iso));
}

export const pct = (score) => (typeof score === "number" ? Math.round(score * 100) : null);

/** A whole number in the language's digits grouping (12 345 / 12,345). */
export const number = (n) => Number(n).toLocaleString(dateLocale());
