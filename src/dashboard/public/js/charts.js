// Charts with chart.js (its UMD build, served from node_modules at
// vendor/chart.umd.js and loaded only when a page draws one). Each chart sits
// in a figure with its numbers in a table under it, for screen readers and
// exact values.
import { clear, h } from "./dom.js";
import { isRtl, t } from "./i18n.js";
import { addCleanup } from "./router.js";

export const PALETTE = ["#0f5c4d", "#c0392b", "#2e6fba", "#d68910", "#7d3c98", "#16a085", "#6e2c00", "#5d6d7e", "#b03a7c", "#7f8c1d", "#34495e", "#a9a9a9"];
export const STATUS_COLOR = { new: "#2e6fba", claimed: "#d68910", in_review: "#7d3c98", referred: "#16a085", resolved: "#0f5c4d", rejected: "#7f8c8d" };
export const RISK_COLOR = { high: "#c0392b", medium: "#d68910", low: "#2e8b57" };

let chartLoading = null;

/** chart.js sets window.Chart; a classic script, as its UMD build is not a module. */
export function loadChartJs() {
  if (window.Chart) return Promise.resolve(window.Chart);
  chartLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = "vendor/chart.umd.js";
    script.addEventListener("load", () => resolve(applyDefaults(window.Chart)));
    script.addEventListener("error", () => {
      chartLoading = null;
      reject(new Error(t("stats.chartLibraryFailed")));
    });
    document.head.append(script);
  });
  return chartLoading;
}

function applyDefaults(Chart) {
  Chart.defaults.font.size = 12;
  Chart.defaults.color = "#333";
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.plugins.legend.labels.boxWidth = 12;
  return Chart;
}

/** `spec.table`: rows of [label, ...values]; a first row of strings is the header. */
export function addChart(grid, Chart, title, key, size, spec) {
  const { empty, table, ...config } = spec;
  const canvas = h("canvas", { role: "img", "aria-label": t("stats.chartLabel", { title }), "data-testid": key });
  const box = h("div", { class: "chart-box" }, canvas);
  const figure = h("figure", { class: ["chart", size], "data-testid": `figure-${key}` }, h("figcaption", null, title), box);
  grid.append(figure);
  if (empty || !table?.length) {
    clear(box).append(h("p", { class: "empty" }, t("stats.noReports")));
    return;
  }
  const [first, ...rest] = table;
  const header = Array.isArray(first) && first.length > 2 && typeof first[1] === "string" ? first : null;
  const rows = header ? rest : table;
  figure.append(
    h(
      "details",
      { class: "chart-data" },
      h("summary", null, t("stats.numbers")),
      h(
        "table",
        null,
        header ? h("thead", null, h("tr", null, header.map((c) => h("th", { scope: "col" }, c)))) : null,
        h("tbody", null, rows.map(([k, ...values]) => h("tr", null, h("th", { scope: "row" }, k), values.map((v) => h("td", null, String(v)))))),
      ),
    ),
  );
  // The page's font at the time of drawing: the language (and with it the font) may have changed since chart.js loaded.
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  const chart = new Chart(canvas, mirrored(config));
  addCleanup(() => chart.destroy());
}

/**
 * Right to left (Urdu), a chart reads from the right as the page does: the
 * x axis runs from the right, the y axis stands on the right, legends and
 * tooltips are written right to left and a legend on the right moves left.
 */
function mirrored(config) {
  if (!isRtl()) return config;
  const options = config.options ?? {};
  const scales = Object.fromEntries(Object.entries(options.scales ?? {}).map(([id, scale]) => [id, id === "x" ? { ...scale, reverse: true } : { ...scale, position: "right" }]));
  const plugins = options.plugins ?? {};
  const legend = plugins.legend ?? {};
  const rtl = { rtl: true, textDirection: "rtl" };
  return {
    ...config,
    options: {
      ...options,
      scales,
      plugins: { ...plugins, legend: { ...legend, ...rtl, position: legend.position === "right" ? "left" : legend.position }, tooltip: { ...plugins.tooltip, ...rtl } },
    },
  };
}

/** Horizontal bars, largest first; rows are [label, count]. */
export function barChart(grid, Chart, title, key, rows, color = "#0f5c4d") {
  const sorted = [...rows].sort((a, b) => b[1] - a[1]);
  addChart(grid, Chart, title, key, "", {
    type: "bar",
    data: { labels: sorted.map((r) => r[0]), datasets: [{ label: t("stats.reports"), data: sorted.map((r) => r[1]), backgroundColor: color, maxBarThickness: 22 }] },
    options: { indexAxis: "y", scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { grid: { display: false } } }, plugins: { legend: { display: false } } },
    table: sorted,
  });
}

/** Rows are [label, count, colour?]; empty slices are left out. */
export function doughnut(grid, Chart, title, key, rows) {
  const nonZero = rows.filter((r) => r[1] > 0);
  addChart(grid, Chart, title, key, "compact", {
    type: "doughnut",
    data: { labels: nonZero.map((r) => `${r[0]} (${r[1]})`), datasets: [{ data: nonZero.map((r) => r[1]), backgroundColor: nonZero.map((r, i) => r[2] ?? PALETTE[i % PALETTE.length]) }] },
    options: { cutout: "55%", plugins: { legend: { position: "right" } } },
    table: nonZero.map((r) => [r[0], r[1]]),
  });
}
