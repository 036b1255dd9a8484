// Registry lookup: a recruiter by licence number, phone or name (any script).
import { api } from "../api.js";
import { flash } from "../chrome.js";
import { clear, h, query } from "../dom.js";
import { number } from "../format.js";
import { countryName, t } from "../i18n.js";
import { beginView, focusHeading, go, main } from "../router.js";
import { operatorBadge } from "../widgets.js";

const COLUMNS = ["status", "name", "licence", "registry", "country", "city", "validUntil", "phones", "website", "source", "match"];

export async function registryView(params) {
  const current = beginView(t("registry.title"));
  const q = (params.q ?? "").trim();
  const input = h("input", { type: "search", name: "q", value: q, required: true, placeholder: t("registry.placeholder"), "data-testid": "registry-q" });
  const form = h(
    "form",
    { class: "registry-form", role: "search" },
    h("div", { class: "field grow" }, h("label", { for: (input.id = "registry-q") }, t("registry.label")), input),
    h("div", { class: "filter-buttons" }, h("button", { class: "button primary", type: "submit", "data-testid": "registry-submit" }, t("registry.search"))),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (input.value.trim().length >= 2) go(`#/registry${query({ q: input.value.trim() })}`);
    else flash(t("registry.tooShort"), "error");
  });
  const results = h("div", { class: "registry-results", "aria-live": "polite", "data-testid": "registry-results" });
  main.append(h("div", { class: "view-head" }, h("h1", null, t("registry.heading"))), form, results);
  if (!q) {
    results.append(h("p", { class: "muted" }, t("registry.examples")));
    input.focus();
    return;
  }
  focusHeading();
  results.append(h("p", { class: "loading" }, t("registry.searching")));
  const data = await api("GET", `/api/caseworker/registry/search${query({ q })}`);
  if (!current()) return;
  clear(results);
  const hits = data?.hits ?? [];
  if (!hits.length) {
    results.append(h("p", { class: "empty" }, t("registry.noMatch", { q })), h("p", { class: "notice" }, t("registry.unlicensed")));
    return;
  }
  const size = typeof data?.registrySize === "number" ? t("registry.among", { size: number(data.registrySize) }) : "";
  results.append(
    h("p", { class: "queue-summary" }, t("registry.found", { count: hits.length }), size ? ` ${size}` : ""),
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { class: "operators", "data-testid": "registry-table" },
        h("caption", { class: "visually-hidden" }, t("registry.caption")),
        h("thead", null, h("tr", null, COLUMNS.map((c) => h("th", { scope: "col" }, t(`registry.column.${c}`))))),
        h("tbody", null, hits.map(operatorRow)),
      ),
    ),
  );
}

function operatorRow(hit) {
  const op = hit.operator;
  const sample = op.sourceUrl === "sample-not-official";
  return h(
    "tr",
    { class: op.status === "active" ? undefined : "inactive" },
    h("td", null, operatorBadge(op.status)),
    h("td", { dir: "auto" }, h("strong", null, op.name)),
    h("td", null, op.licenceNo ?? "—"),
    h("td", null, op.registry ?? "—"),
    h("td", { title: countryName(op.country) }, op.country ?? "—"),
    h("td", null, op.city ?? "—"),
    h("td", null, op.validUntil ?? "—"),
    h("td", null, h("span", { dir: "ltr" }, (op.phones ?? []).join(", ") || "—")),
    h("td", { class: "website" }, op.website ?? "—"),
    h("td", { class: ["website", sample && "bad-text"] }, sample ? t("registry.sample") : op.sourceUrl ?? "—"),
    h("td", { class: "muted", "data-testid": "registry-match" }, matchText(hit)),
  );
}

/**
 * How the hit matched, said plainly: a word typed exactly is an exact match,
 * not "57 % similar" (the similarity compares the whole name); only a near
 * spelling shows a percentage.
 */
function matchText(hit) {
  if (hit.match !== "name") return t(`registry.match.${hit.match}`);
  if (hit.nameMatch === "similar" || !hit.nameMatch) return t("registry.match.similar", { percent: Math.round((hit.similarity ?? 0) * 100) });
  return t(`registry.match.${hit.nameMatch}`);
}
