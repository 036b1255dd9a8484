// Misused identities: the real employers and licensed operators that scam adverts pretend to be.
import { api } from "../api.js";
import { h } from "../dom.js";
import { fmtDateTime, number, timeEl } from "../format.js";
import { countryName, t } from "../i18n.js";
import { beginView, focusHeading, main } from "../router.js";
import { listTable } from "../widgets.js";

const COLUMNS = ["identity", "kind", "reports", "countries", "since", "lastSeen"];

export async function misusedView() {
  const current = beginView(t("misused.title"));
  const results = h("div", { "data-testid": "misused" }, h("p", null, t("common.loading")));
  main.append(h("div", { class: "view-head" }, h("h1", null, t("misused.heading"))), h("p", { class: "hint intro" }, t("misused.intro")), results);
  focusHeading();
  const data = await api("GET", "/api/caseworker/misused-identities");
  if (!current()) return;
  const items = data?.items ?? [];
  results.replaceChildren(
    items.length
      ? listTable({ words: "misused", columns: COLUMNS, testId: "misused-table", rows: items.map(identityRow) })
      : h("p", { class: "empty" }, t("misused.none")),
  );
}

function identityRow(m) {
  const name = m.kind === "licence" && m.holder ? [h("strong", null, m.holder), " ", h("code", null, m.value)] : [h("strong", null, m.value)];
  return h(
    "tr",
    { "data-testid": "misused-row" },
    h("td", null, name),
    h("td", null, t(`misused.kind.${m.kind}`)),
    h("td", null, number(m.reports)),
    h("td", { title: m.countries.map(countryName).join(", ") }, m.countries.join(" · ") || "—"),
    h("td", null, h("time", { datetime: m.since, title: fmtDateTime(m.since) }, fmtDateTime(m.since))),
    h("td", null, timeEl(m.lastSeen)),
  );
}
