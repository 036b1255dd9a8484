// Disputed verdicts: adverts whose verdict a jobseeker called wrong, to read and mark reviewed.
import { api, errorText, session } from "../api.js";
import { flash } from "../chrome.js";
import { append, field, h, query, select } from "../dom.js";
import { timeEl } from "../format.js";
import { countryName, label, t } from "../i18n.js";
import { beginView, focusHeading, go, main } from "../router.js";
import { crimeBadge, riskBadge } from "../widgets.js";

export async function feedbackView(params) {
  const current = beginView(t("feedback.title"));
  const show = params.show === "reviewed" || params.show === "all" ? params.show : "open";
  const page = Math.max(1, Number.parseInt(params.page ?? "1", 10) || 1);
  const showSelect = select("show", [["open", t("feedback.showOpen")], ["reviewed", t("feedback.showReviewed")], ["all", t("feedback.showAll")]], show, { "data-testid": "feedback-show" });
  showSelect.addEventListener("change", () => go(`#/feedback${query({ show: showSelect.value === "open" ? "" : showSelect.value })}`));
  const summary = h("p", { class: "queue-summary" }, t("common.loading"));
  const list = h("div", { class: "feedback-list", "data-testid": "feedback-list" });
  const pager = h("nav", { class: "pager", "aria-label": t("common.pages") });
  main.append(
    h("div", { class: "view-head" }, h("h1", null, t("feedback.heading")), summary, h("div", { class: "view-actions" }, field(t("feedback.show"), showSelect))),
    h("p", { class: "hint intro" }, t("feedback.intro")),
    list,
    pager,
  );
  focusHeading();
  const data = await api("GET", `/api/caseworker/feedback${query({ reviewed: show === "all" ? "" : String(show === "reviewed"), page: page > 1 ? page : "" })}`);
  if (!current()) return;
  const items = data?.items ?? [];
  summary.textContent = t("feedback.count", { count: data?.total ?? items.length });
  if (!items.length) list.append(h("p", { class: "empty" }, show === "open" ? t("feedback.nothingWaits") : t("feedback.none")));
  for (const item of items) list.append(feedbackItem(item));
  const pages = data?.pageSize ? Math.max(1, Math.ceil((data.total ?? 0) / data.pageSize)) : 1;
  if (pages > 1) {
    const link = (p, text) => h("a", { class: "button subtle", href: `#/feedback${query({ show: show === "open" ? "" : show, page: p > 1 ? p : "" })}` }, text);
    append(pager, page > 1 ? link(page - 1, t("feedback.previous")) : null, h("span", null, t("common.pageOf", { page, pages })), page < pages ? link(page + 1, t("feedback.next")) : null);
  }
}

function feedbackItem(item) {
  const v = item.verdict ?? {};
  const button = item.reviewedAt ? null : h("button", { class: "button", type: "button", "data-testid": "feedback-review" }, t("feedback.markReviewed"));
  const reviewed = item.reviewedAt
    ? h("span", { class: "muted" }, t("feedback.reviewedBy", { who: item.reviewer?.email ?? t("common.deletedAccount") }), ", ", timeEl(item.reviewedAt))
    : button;
  const article = h(
    "article",
    { class: ["panel", "feedback-item", item.reviewedAt && "reviewed"], "data-testid": "feedback-item" },
    h(
      "div",
      { class: "feedback-head" },
      riskBadge(v.risk, v.score),
      v.crime ? crimeBadge(v.crime) : null,
      h(
        "span",
        { class: "muted", "data-testid": "feedback-meta" },
        `${item.country ? `${countryName(item.country)} · ` : ""}${label("lang", item.language)} · ${label("channel", item.channel)} · `,
        timeEl(item.createdAt),
      ),
      h("span", { class: "feedback-flags" }, (v.flags ?? []).map((f) => h("span", { class: "chip", title: f }, label("flag", f)))),
      h("span", { class: "feedback-action" }, reviewed),
    ),
    item.comment ? h("p", { class: "feedback-comment", dir: "auto" }, h("strong", null, t("feedback.theirWords")), " ", item.comment) : null,
    h("div", { class: "ad-text compact", dir: "auto", lang: item.language && item.language !== "und" ? item.language : "" }, item.adText),
  );
  button?.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const updated = await api("POST", `/api/caseworker/feedback/${encodeURIComponent(item.id)}/review`);
      article.replaceWith(feedbackItem(updated ?? { ...item, reviewedAt: new Date().toISOString(), reviewer: session.caseworker }));
      flash(t("feedback.marked"));
    } catch (error) {
      button.disabled = false;
      flash(errorText(error), "error");
    }
  });
  return article;
}
