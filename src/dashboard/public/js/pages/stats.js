// The week at a glance: tiles with this week's counts, reports per week with
// the warning signs they carry, and counts by language, country, sign,
// status, channel and risk. Weeks are ISO weeks in UTC, as the API counts them.
import { api } from "../api.js";
import { addChart, barChart, doughnut, loadChartJs, PALETTE, RISK_COLOR, STATUS_COLOR } from "../charts.js";
import { clear, field, h, query, select } from "../dom.js";
import { dayLabel } from "../format.js";
import { countryName, label, ltrText, t } from "../i18n.js";
import { beginView, focusHeading, go, main } from "../router.js";
import { LEGIT, OPEN, RISKS, STATUSES } from "../vocabulary.js";

const DAY_MS = 86400000;
const isoDay = (d) => d.toISOString().slice(0, 10);

/** Monday 00:00 UTC of the week of `d`. */
function mondayOf(d) {
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return new Date(day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS);
}

const orderBy = (buckets, order) => [...(buckets ?? [])].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));

export async function statsView(params) {
  const current = beginView(t("stats.title"));
  const weeks = ["4", "12", "26", "52"].includes(params.weeks) ? Number(params.weeks) : 12;
  const rangeSelect = select("weeks", ["4", "12", "26", "52"].map((n) => [n, t("stats.lastWeeks", { count: Number(n) })]), String(weeks), { "data-testid": "stats-range" });
  rangeSelect.addEventListener("change", () => go(`#/stats${query({ weeks: rangeSelect.value === "12" ? "" : rangeSelect.value })}`));
  const body = h("div", { class: "stats", "data-testid": "stats" }, h("p", { class: "loading" }, t("common.loading")));
  main.append(h("div", { class: "view-head" }, h("h1", null, t("stats.heading")), h("p", { class: "queue-summary" }, t("stats.intro")), h("div", { class: "view-actions" }, field(t("stats.period"), rangeSelect))), body);
  focusHeading();

  const from = new Date(mondayOf(new Date()).getTime() - (weeks - 1) * 7 * DAY_MS);
  const weekKeys = Array.from({ length: weeks }, (_, i) => isoDay(new Date(from.getTime() + i * 7 * DAY_MS)));
  const [Chart, data, urgent] = await Promise.all([
    loadChartJs(),
    api("GET", `/api/caseworker/stats${query({ from: isoDay(from) })}`),
    api("GET", `/api/caseworker/referrals${query({ urgency: "urgent", status: OPEN.join(","), pageSize: 1 })}`),
  ]);
  if (!current()) return;
  const stats = data?.stats ?? data ?? {};
  const byFlag = (stats.byFlag ?? []).filter((b) => !LEGIT.has(b.key));
  // The API counts by week and by flag but not both at once: one filtered request per charted flag.
  const topFlags = byFlag.slice(0, 5).map((b) => b.key);
  const perFlag = await Promise.all(topFlags.map((flag) => api("GET", `/api/caseworker/stats${query({ from: isoDay(from), flag })}`)));
  if (!current()) return;
  clear(body);

  const weekCounts = (buckets) => {
    const map = new Map((buckets ?? []).map((b) => [b.key, b.count]));
    return weekKeys.map((k) => map.get(k) ?? 0);
  };
  const totals = weekCounts(stats.byWeek);
  body.append(statsTiles(stats, totals, urgent?.total ?? null, byFlag));
  const grid = h("div", { class: "chart-grid" });
  body.append(grid);

  const flagSeries = topFlags.map((flag, i) => ({ flag, values: weekCounts(perFlag[i]?.byWeek) }));
  addChart(grid, Chart, t("stats.weeklyTitle"), "chart-weekly-flags", "wide", {
    type: "bar",
    data: {
      labels: weekKeys.map(dayLabel),
      datasets: [
        { type: "bar", label: t("stats.allReports"), data: totals, backgroundColor: "#cfd8d5", borderColor: "#9fb0aa", borderWidth: 1, order: 2 },
        ...flagSeries.map((s, i) => ({
          type: "line",
          label: label("flag", s.flag),
          data: s.values,
          borderColor: PALETTE[(i + 1) % PALETTE.length],
          backgroundColor: PALETTE[(i + 1) % PALETTE.length],
          borderWidth: 2,
          pointRadius: 2.5,
          tension: 0.25,
          order: 1,
        })),
      ],
    },
    options: {
      interaction: { mode: "index", intersect: false },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t("stats.reportsAxis") } }, x: { grid: { display: false } } },
      plugins: { legend: { position: "right" } },
    },
    empty: stats.total === 0,
    table: [[t("stats.weekOf"), t("stats.reports"), ...topFlags.map((f) => label("flag", f))], ...weekKeys.map((k, i) => [dayLabel(k), totals[i], ...flagSeries.map((s) => s.values[i])])],
  });

  const days = (stats.byDay ?? []).slice(-14);
  addChart(grid, Chart, t("stats.dailyTitle"), "chart-daily", "", {
    type: "bar",
    data: { labels: days.map((d) => dayLabel(d.key)), datasets: [{ label: t("stats.reports"), data: days.map((d) => d.count), backgroundColor: "#0f5c4d" }] },
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 6 } } }, plugins: { legend: { display: false } } },
    empty: stats.total === 0,
    table: days.map((d) => [dayLabel(d.key), d.count]),
  });

  barChart(grid, Chart, t("stats.byLanguage"), "chart-language", (stats.byLanguage ?? []).map((b) => [label("lang", b.key), b.count]));
  barChart(grid, Chart, t("stats.byCountry"), "chart-country", (stats.byCountry ?? []).map((b) => [b.key && b.key !== "unknown" ? `${countryName(b.key)} (${b.key})` : t("common.unknown"), b.count]));
  barChart(grid, Chart, t("stats.byFlag"), "chart-flag", byFlag.slice(0, 10).map((b) => [label("flag", b.key), b.count]), "#b3261e");
  doughnut(grid, Chart, t("stats.byStatus"), "chart-status", orderBy(stats.byStatus, STATUSES).map((b) => [label("status", b.key), b.count, STATUS_COLOR[b.key]]));
  doughnut(grid, Chart, t("stats.byChannel"), "chart-channel", (stats.byChannel ?? []).map((b) => [label("channel", b.key), b.count]));
  doughnut(grid, Chart, t("stats.byRisk"), "chart-risk", orderBy(stats.byRisk, RISKS).map((b) => [label("risk", b.key), b.count, RISK_COLOR[b.key]]));
}

function statsTiles(stats, weekly, urgentOpen, byFlag) {
  const byStatus = Object.fromEntries((stats.byStatus ?? []).map((b) => [b.key, b.count]));
  const thisWeek = weekly[weekly.length - 1] ?? 0;
  const lastWeek = weekly.length > 1 ? weekly[weekly.length - 2] : null;
  const delta = lastWeek === null ? null : thisWeek - lastWeek;
  const tiles = [
    { key: "week", value: thisWeek, sub: lastWeek === null ? null : t("stats.tile.weekDelta", { delta: ltrText(`${delta > 0 ? "+" : ""}${delta}`), last: lastWeek }), testid: "tile-week" },
    { key: "urgent", value: urgentOpen ?? "—", alert: urgentOpen > 0, testid: "tile-urgent", href: "#/queue?urgency=urgent" },
    { key: "waiting", value: byStatus.new ?? 0, href: "#/queue?status=new" },
    { key: "worked", value: (byStatus.claimed ?? 0) + (byStatus.in_review ?? 0) },
    { key: "closed", value: (byStatus.referred ?? 0) + (byStatus.resolved ?? 0) + (byStatus.rejected ?? 0) },
    { key: "topSign", value: byFlag[0] ? label("flag", byFlag[0].key) : "—", sub: byFlag[0] ? t("stats.tile.topSignSub", { n: byFlag[0].count, total: stats.total ?? 0 }) : null, text: true },
  ];
  return h(
    "div",
    { class: "tiles", "data-testid": "stats-tiles" },
    tiles.map((tile) =>
      h(
        tile.href ? "a" : "div",
        { class: ["tile", tile.alert && "tile-alert", tile.href && "tile-link"], "data-testid": tile.testid, href: tile.href, title: tile.href ? t("stats.tile.showInQueue") : undefined },
        h("div", { class: ["tile-value", tile.text && "tile-text"] }, String(tile.value)),
        h("div", { class: "tile-title" }, t(`stats.tile.${tile.key}`)),
        tile.sub !== null ? h("div", { class: "tile-sub" }, tile.sub ?? t(`stats.tile.${tile.key}Sub`)) : null,
      ),
    ),
  );
}
