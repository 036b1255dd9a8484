// The referral queue: filters (kept in the hash, so a filtered queue can be
// bookmarked and "← Queue" comes back to it), the table, paging, Claim next.
import { api, errorText, session } from "../api.js";
import { flash, setExportFilters } from "../chrome.js";
import { append, field, h, oneLine, query, select } from "../dom.js";
import { timeEl } from "../format.js";
import { countryName, label, t } from "../i18n.js";
import { beginView, focusHeading, go, main, nav } from "../router.js";
import { CLOSED, FLAGS, LANGUAGES, LEGIT, RISKS, STATUSES } from "../vocabulary.js";
import { crimeBadge, riskBadge, statusBadge, urgentBadge } from "../widgets.js";

/** The filter control that changed, focused again after the queue re-renders. */
let refocusControl = null;

const QUEUE_FILTERS = ["status", "urgency", "country", "language", "risk", "flag", "channel", "q", "sort"];
/** Status choices of the queue; the queue shows open referrals unless told otherwise. */
const STATUS_GROUPS = { open: "new,claimed,in_review", closed: "referred,resolved,rejected", any: "" };

/** The API's filter parameters for the queue's (hash) parameters. */
function apiFilters(filters) {
  const out = {};
  for (const [key, value] of Object.entries(filters)) if (value && key !== "sort") out[key] = value;
  const status = filters.status || "open";
  if (status in STATUS_GROUPS) {
    if (STATUS_GROUPS[status]) out.status = STATUS_GROUPS[status];
    else delete out.status;
  }
  return out;
}

function filterControls(filters) {
  const cw = session.caseworker;
  const countries = cw.role === "admin" ? [] : cw.countries ?? [];
  return {
    q: h("input", { type: "search", name: "q", value: filters.q, placeholder: t("queue.searchPlaceholder"), "data-testid": "filter-q" }),
    status: select(
      "status",
      [["open", t("queue.statusOpen")], ...STATUSES.map((s) => [s, label("status", s)]), ["closed", t("queue.statusClosed")], ["any", t("queue.statusAny")]],
      filters.status || "open",
      { "data-testid": "filter-status", title: t("queue.statusTitle") },
    ),
    urgency: select("urgency", [["", t("queue.anyUrgency")], ["urgent", t("common.urgent")], ["normal", t("queue.normal")]], filters.urgency, { "data-testid": "filter-urgency" }),
    risk: select("risk", [["", t("queue.anyRisk")], ...RISKS.map((r) => [r, label("risk", r)])], filters.risk, { "data-testid": "filter-risk" }),
    country:
      countries.length === 1
        ? null
        : countries.length
          ? select("country", [["", t("queue.allMyCountries")], ...countries.map((c) => [c, `${countryName(c)} (${c})`])], filters.country, { "data-testid": "filter-country" })
          : h("input", { type: "text", name: "country", value: filters.country, placeholder: t("queue.countryPlaceholder"), maxlength: "2", size: "4", pattern: "[A-Za-z]{2}", "data-testid": "filter-country" }),
    language: select("language", [["", t("queue.anyLanguage")], ...LANGUAGES.map((l) => [l, label("lang", l)])], filters.language, { "data-testid": "filter-language" }),
    flag: select("flag", [["", t("queue.anyFlag")], ...FLAGS.map((f) => [f, label("flag", f)])], filters.flag, { "data-testid": "filter-flag" }),
    sort: select("sort", [["urgent", t("queue.sortUrgent")], ["newest", t("queue.sortNewest")], ["oldest", t("queue.sortOldest")]], filters.sort || "urgent", { "data-testid": "filter-sort" }),
  };
}

function filterForm(filters) {
  const form = h("form", { class: "filters", role: "search", "aria-label": t("queue.filtersLabel"), "data-testid": "filters" });
  const controls = filterControls(filters);
  append(
    form,
    h(
      "div",
      { class: "field grow" },
      h("label", { for: (controls.q.id = "filter-q") }, t("queue.searchLabel")),
      h("div", { class: "search-row" }, controls.q, h("button", { class: "button", type: "submit", "data-testid": "filter-apply" }, t("queue.search"))),
    ),
    field(t("queue.status"), controls.status),
    field(t("queue.urgency"), controls.urgency),
    field(t("queue.risk"), controls.risk),
    controls.country ? field(t("queue.country"), controls.country) : null,
    field(t("queue.language"), controls.language),
    field(t("queue.flag"), controls.flag),
    field(t("queue.order"), controls.sort),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = Object.fromEntries(
      Object.entries(controls)
        .filter(([, control]) => control)
        .map(([key, control]) => [key, control.value.trim()]),
    );
    if (values.sort === "urgent") delete values.sort;
    if (values.status === "open") delete values.status;
    if (values.country) values.country = values.country.toUpperCase();
    go(`#/queue${query(values)}`);
  });
  // Selects apply at once (and keep the focus, for keyboard users); the search box applies on Enter.
  for (const control of Object.values(controls)) {
    if (control?.tagName !== "SELECT") continue;
    control.addEventListener("change", () => {
      refocusControl = control.name;
      form.requestSubmit();
    });
  }
  return form;
}

export async function queueView(params) {
  const current = beginView(t("queue.title"));
  nav.lastQueueHash = location.hash || "#/queue";
  const filters = Object.fromEntries(QUEUE_FILTERS.map((k) => [k, params[k] ?? ""]));
  const page = Math.max(1, Number.parseInt(params.page ?? "1", 10) || 1);
  setExportFilters(apiFilters(filters));

  const form = filterForm(filters);
  const claimButton = h("button", { class: "button primary", type: "button", "data-testid": "claim-next" }, t("queue.claimNext"));
  claimButton.addEventListener("click", () => claimNext(claimButton));
  const summary = h("p", { class: "queue-summary", "aria-live": "polite", "data-testid": "queue-summary" }, t("common.loading"));
  const filtered = Object.entries(filters).some(([key, value]) => value && key !== "sort");
  const reset = filtered ? h("a", { href: "#/queue", class: "reset-link", "data-testid": "filter-reset" }, t("queue.clearFilters")) : null;
  const tableWrap = h("div", { class: "table-wrap" });
  const pager = h("nav", { class: "pager", "aria-label": t("common.pages") });

  main.append(
    h(
      "div",
      { class: "view-head" },
      h("h1", null, t("queue.heading")),
      summary,
      reset,
      h("div", { class: "view-actions" }, h("span", { class: "hint" }, t("queue.claimNextHint")), claimButton),
    ),
    form,
    tableWrap,
    pager,
  );
  const again = refocusControl && form.elements.namedItem(refocusControl);
  refocusControl = null;
  if (again) again.focus();
  else focusHeading();

  const apiParams = { ...apiFilters(filters), sort: filters.sort || "urgent", page: page > 1 ? page : undefined };
  const data = await api("GET", `/api/caseworker/referrals${query(apiParams)}`);
  if (!current()) return;
  const items = data?.items ?? data?.referrals ?? [];
  const total = data?.total ?? items.length;
  const pageSize = data?.pageSize ?? items.length;
  const urgentOpen = items.filter((r) => r.urgency === "urgent" && !CLOSED.includes(r.status)).length;
  summary.textContent = t("queue.summary", { count: total }) + (urgentOpen ? ` · ${t("queue.urgentOnPage", { count: urgentOpen })}` : "");
  tableWrap.append(queueTable(items));
  renderPager(pager, page, pageSize, total, params);
}

const COLUMNS = ["urgent", "ref", "time", "status", "risk", "crime", "flags", "country", "lang", "channel", "assignee", "ad"];

function queueTable(items) {
  if (items.length === 0) return h("p", { class: "empty", "data-testid": "queue-empty" }, t("queue.empty"));
  return h(
    "table",
    { class: "queue", "data-testid": "queue-table" },
    h("caption", { class: "visually-hidden" }, t("queue.caption")),
    h("thead", null, h("tr", null, COLUMNS.map((c, i) => h("th", { scope: "col", class: `c-${c}` }, i === 0 ? h("span", { class: "visually-hidden" }, t("queue.urgency")) : t(`queue.column.${c}`))))),
    h("tbody", null, items.map(queueRow)),
  );
}

function queueRow(r) {
  const link = h("a", { href: `#/referral/${encodeURIComponent(r.id)}`, "data-testid": "referral-link" }, r.reference);
  const flags = r.flags ?? [];
  const tr = h(
    "tr",
    { class: [r.urgency === "urgent" && "urgent", CLOSED.includes(r.status) && "closed"], "data-testid": "queue-row", "data-reference": r.reference, "data-urgency": r.urgency },
    h("td", { class: "c-urgent" }, r.urgency === "urgent" ? urgentBadge() : null),
    h("td", { class: "c-ref" }, link),
    h("td", { class: "c-time" }, timeEl(r.createdAt)),
    h("td", { class: "c-status" }, statusBadge(r.status)),
    h("td", { class: "c-risk" }, riskBadge(r.risk, r.score)),
    h("td", { class: "c-crime" }, r.crime ? crimeBadge(r.crime, false) : h("span", { class: "muted" }, "—")),
    h(
      "td",
      { class: "c-flags" },
      flags
        .filter((f) => !LEGIT.has(f))
        .slice(0, 2)
        .map((f) => h("span", { class: "chip", title: f }, label("flag", f))),
      flags.length > 2 ? h("span", { class: "more", title: flags.map((f) => label("flag", f)).join(", ") }, `+${flags.length - 2}`) : null,
    ),
    h("td", { class: "c-country", title: countryName(r.country) }, r.country ?? "—"),
    h("td", { class: "c-lang" }, label("lang", r.language)),
    h("td", { class: "c-channel" }, label("channel", r.channel)),
    h("td", { class: "c-assignee" }, r.assignee ? (r.assignee.id === session.caseworker?.id ? h("strong", null, t("common.me")) : r.assignee.email) : h("span", { class: "muted" }, "—")),
    h("td", { class: "c-ad" }, h("span", { class: "excerpt", dir: "auto" }, oneLine(r.excerpt ?? r.adText ?? ""))),
  );
  // The whole row opens the referral for mouse users; keyboard users have the link.
  tr.addEventListener("click", (event) => {
    if (event.target.closest("a") || window.getSelection()?.toString()) return;
    go(link.getAttribute("href"));
  });
  return tr;
}

function renderPager(pager, page, pageSize, total, params) {
  const pages = pageSize > 0 ? Math.max(1, Math.ceil(total / pageSize)) : 1;
  if (pages <= 1) return;
  const link = (p, text) => h("a", { class: "button subtle", href: `#/queue${query({ ...params, page: p > 1 ? p : undefined })}` }, text);
  append(pager, page > 1 ? link(page - 1, t("queue.newerPage")) : null, h("span", null, t("common.pageOf", { page, pages })), page < pages ? link(page + 1, t("queue.nextPage")) : null);
  if (page > 1) pager.firstChild.setAttribute("rel", "prev");
}

async function claimNext(button) {
  button.disabled = true;
  try {
    const data = await api("POST", "/api/caseworker/referrals/claim-next");
    const claimed = data?.referral ?? data;
    if (!claimed?.id) {
      flash(t("queue.nothingToClaim"));
      return;
    }
    flash(t("queue.claimed", { reference: claimed.reference }));
    go(`#/referral/${encodeURIComponent(claimed.id)}`);
  } catch (error) {
    if (error.status === 404 || error.code === "queue_empty") flash(t("queue.nothingToClaim"));
    else flash(errorText(error), "error");
  } finally {
    button.disabled = false;
  }
}
