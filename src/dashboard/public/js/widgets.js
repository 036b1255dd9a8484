// Small pieces several pages show the same way: badges, panels, term/value rows.
import { h } from "./dom.js";
import { pct } from "./format.js";
import { label, t } from "./i18n.js";

export function riskBadge(risk, score) {
  const p = pct(score);
  return h(
    "span",
    { class: ["badge", `risk-${risk}`], title: p === null ? undefined : t("risk.scoreTitle", { score: p }) },
    label("risk", risk),
    p === null ? null : h("span", { class: "score" }, ` ${p}`),
  );
}

export const statusBadge = (status) => h("span", { class: ["badge", `status-${status}`] }, label("status", status));
export const urgentBadge = () => h("span", { class: "badge urgent-badge" }, t("common.urgent"));
export const crimeBadge = (crime, badge = true) => h("span", { class: [badge && "badge", "crime", `crime-${crime}`] }, label("crime", crime));
/** A registry's licence status (active, cancelled…). */
export const operatorBadge = (status) => h("span", { class: ["badge", `op-${status}`] }, label("operatorStatus", status));

/** A titled panel of the referral page; `key` names it for CSS, tests and focus. */
export function section(title, key, ...content) {
  const id = `sec-${key}`;
  return h("section", { class: ["panel", `panel-${key}`], "aria-labelledby": id, "data-testid": `section-${key}` }, h("h2", { id }, title), content);
}

export function metaItem(term, value) {
  return h("div", null, h("dt", null, term), h("dd", null, value));
}

/**
 * A list page's table in its scrolling wrapper: headings from `${words}.column.<key>`,
 * the page's heading as the (hidden) caption, one row per item.
 */
export function listTable({ words, columns, testId, className = "cluster", rows }) {
  return h(
    "div",
    { class: "cluster-wrap" },
    h(
      "table",
      { class: className, "data-testid": testId },
      h("caption", { class: "visually-hidden" }, t(`${words}.heading`)),
      h("thead", null, h("tr", null, columns.map((c) => h("th", { scope: "col" }, t(`${words}.column.${c}`))))),
      h("tbody", null, rows),
    ),
  );
}
