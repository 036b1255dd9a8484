// Watched channels and groups: which public chats carry the most risky job adverts, and how that changes week by week.
import { api } from "../api.js";
import { h, query } from "../dom.js";
import { dayLabel, number } from "../format.js";
import { countryName, t } from "../i18n.js";
import { beginView, focusHeading, main } from "../router.js";
import { listTable } from "../widgets.js";

const COLUMNS = ["chat", "kind", "country", "risky", "checked", "share", "trend"];
const PERIODS = [4, 8, 12, 26];

export async function sourcesView(params) {
  const weeks = PERIODS.includes(Number(params.weeks)) ? Number(params.weeks) : 8;
  const current = beginView(t("sources.title"));
  const summary = h("p", { class: "queue-summary" }, t("common.loading"));
  const results = h("div", { class: "sources", "data-testid": "sources" });
  main.append(h("div", { class: "view-head" }, h("h1", null, t("sources.heading")), summary), h("p", { class: "hint intro" }, t("sources.intro")), periodPicker(weeks), results);
  focusHeading();
  const data = await api("GET", `/api/caseworker/sources${query({ weeks })}`);
  if (!current()) return;
  const items = data?.items ?? [];
  summary.textContent = t("sources.count", { count: items.length });
  if (!items.length) {
    results.append(h("p", { class: "empty" }, t("sources.none")));
    return;
  }
  results.append(listTable({ words: "sources", columns: COLUMNS, testId: "sources-table", className: "cluster sources-table", rows: items.map(sourceRow) }));
}

function periodPicker(weeks) {
  return h(
    "p",
    { class: "period", role: "group", "aria-label": t("sources.period") },
    t("sources.period"),
    " ",
    PERIODS.map((w) => (w === weeks ? h("strong", { "aria-current": "true" }, t("sources.weeks", { count: w })) : h("a", { href: `#/sources${query({ weeks: w })}` }, t("sources.weeks", { count: w })))).flatMap((el) => [el, " "]),
  );
}

function sourceRow(s) {
  return h(
    "tr",
    { "data-testid": "source-row" },
    h("td", null, s.link ? h("a", { href: s.link, target: "_blank", rel: "noopener noreferrer" }, s.title) : s.title),
    h("td", null, t(`sources.kind.${s.kind}`)),
    h("td", { title: s.country ? countryName(s.country) : "" }, s.country ?? "—"),
    h("td", { class: "num" }, number(s.risky)),
    h("td", { class: "num" }, number(s.checked)),
    h("td", { class: "num" }, `${Math.round(s.share * 100)} %`),
    h("td", null, trend(s.trend)),
  );
}

/** Risky posts per week as small bars, the tallest week full height; each bar says its week and counts. */
function trend(weeks) {
  const top = Math.max(1, ...weeks.map((w) => w.risky));
  return h(
    "span",
    { class: "trend", role: "img", "aria-label": weeks.map((w) => t("sources.trendWeek", { week: dayLabel(w.week), risky: w.risky, checked: w.checked })).join("; ") },
    weeks.map((w) => {
      const bar = h("span", { class: "trend-bar", title: t("sources.trendWeek", { week: dayLabel(w.week), risky: w.risky, checked: w.checked }), "data-risky": String(w.risky) });
      // Through the CSSOM: the CSP refuses style attributes.
      bar.style.height = `${Math.max(4, Math.round((w.risky / top) * 100))}%`;
      return bar;
    }),
  );
}
