// Near-identical adverts: the advert memory's clusters, beside the referrals' clusters of shared contacts.
import { api } from "../api.js";
import { append, h, query } from "../dom.js";
import { fmtDateTime, number, timeEl } from "../format.js";
import { countryName, label, t } from "../i18n.js";
import { beginView, focusHeading, main } from "../router.js";
import { listTable, riskBadge, statusBadge } from "../widgets.js";

const COLUMNS = ["sightings", "reported", "firstSeen", "lastSeen", "countries", "channels", "referrals"];

export async function advertsView(params) {
  const current = beginView(t("adverts.title"));
  const page = Math.max(1, Number.parseInt(params.page ?? "1", 10) || 1);
  const summary = h("p", { class: "queue-summary" }, t("common.loading"));
  const results = h("div", { class: "advert-clusters", "data-testid": "advert-clusters" });
  const pager = h("nav", { class: "pager", "aria-label": t("common.pages") });
  main.append(h("div", { class: "view-head" }, h("h1", null, t("adverts.heading")), summary), h("p", { class: "hint intro" }, t("adverts.intro")), results, pager);
  focusHeading();
  const data = await api("GET", `/api/caseworker/advert-clusters${query({ page: page > 1 ? page : "" })}`);
  if (!current()) return;
  const items = data?.items ?? [];
  summary.textContent = t("adverts.count", { count: data?.total ?? items.length });
  if (!items.length) {
    results.append(h("p", { class: "empty" }, t("adverts.none")));
    return;
  }
  results.append(listTable({ words: "adverts", columns: COLUMNS, testId: "advert-cluster-table", rows: items.map(clusterRow) }));
  const pages = data?.pageSize ? Math.max(1, Math.ceil((data.total ?? 0) / data.pageSize)) : 1;
  if (pages > 1) {
    const link = (p, text) => h("a", { class: "button subtle", href: `#/adverts${query({ page: p > 1 ? p : "" })}` }, text);
    append(pager, page > 1 ? link(page - 1, t("feedback.previous")) : null, h("span", null, t("common.pageOf", { page, pages })), page < pages ? link(page + 1, t("feedback.next")) : null);
  }
}

function clusterRow(c) {
  const referrals = (c.referrals ?? []).map((r) =>
    h("li", null, h("a", { href: `#/referral/${encodeURIComponent(r.id)}` }, r.reference), " ", statusBadge(r.status), " ", riskBadge(r.risk)),
  );
  return h(
    "tr",
    { "data-testid": "advert-cluster-row" },
    h("td", null, number(c.sightings)),
    h("td", null, number(c.reported)),
    h("td", null, h("time", { datetime: c.firstSeen, title: fmtDateTime(c.firstSeen) }, fmtDateTime(c.firstSeen))),
    h("td", null, timeEl(c.lastSeen)),
    h("td", { title: (c.countries ?? []).map(countryName).join(", ") }, (c.countries ?? []).join(" · ") || "—"),
    h("td", null, (c.sources ?? []).map((s) => label("channel", s)).join(", ") || "—"),
    h(
      "td",
      null,
      referrals.length ? h("ul", { class: "links" }, referrals) : null,
      c.otherReferrals ? h("span", { class: "muted", title: t("cluster.otherCountryTitle") }, t("adverts.otherReferrals", { count: c.otherReferrals })) : null,
      !referrals.length && !c.otherReferrals ? "—" : null,
    ),
  );
}
