// Working a referral: the status change (a reason where the API wants one),
// notes, the referrals linked to it, and its audit trail.
import { api, errorText, session } from "../api.js";
import { flash } from "../chrome.js";
import { append, field, h, select } from "../dom.js";
import { fmtDateTime, timeEl } from "../format.js";
import { countryName, label, t } from "../i18n.js";
import { CLOSED, TRANSITIONS } from "../vocabulary.js";
import { riskBadge, statusBadge } from "../widgets.js";

/** `reload(sectionTestId)` draws the referral again and focuses that section. */
export function statusForm(r, reload) {
  const cw = session.caseworker;
  const admin = cw?.role === "admin";
  // A new referral is claimed with the button at the top of the page.
  const targets = (TRANSITIONS[r.status] ?? []).filter((to) => (to === "claimed" ? false : CLOSED.includes(r.status) && to === "new" ? admin : true));
  const heldByOther = ["claimed", "in_review"].includes(r.status) && r.assignee && r.assignee.id !== cw?.id && !admin;
  const wrap = h("div", { class: "status-box" });
  // "me" has its own sentences: languages decline it ("в работе у меня", not "у я").
  const mine = r.assignee?.id === cw?.id;
  const who = r.assignee?.email;
  const holder = !r.assignee || r.status === "new" ? null : CLOSED.includes(r.status) ? (mine ? t("statusForm.closedByMe") : t("statusForm.closedBy", { who })) : mine ? t("statusForm.heldByMe") : t("statusForm.heldBy", { who });
  append(wrap, h("p", { class: "current-status" }, t("statusForm.now"), " ", statusBadge(r.status), holder ? h("span", { class: "muted" }, ` · ${holder}`) : null));
  if (!targets.length) {
    const why = r.status === "new" ? "statusForm.claimFirst" : CLOSED.includes(r.status) ? "statusForm.onlyAdminReopens" : "statusForm.noChange";
    wrap.append(h("p", { class: "muted" }, t(why)));
    return wrap;
  }
  if (heldByOther) wrap.append(h("p", { class: "notice" }, t("statusForm.heldByOther")));

  const to = select("to", [["", t("statusForm.choose")], ...targets.map((s) => [s, label("transition", s)])], "", { "data-testid": "status-select", required: true });
  const reason = h("textarea", { name: "reason", rows: "2", maxlength: "2000", "data-testid": "status-reason", placeholder: t("statusForm.reasonPlaceholder") });
  const reasonHint = h("span", { class: "hint" }, t("statusForm.reasonHint"));
  const error = h("p", { class: "error-box", role: "alert", hidden: true, "data-testid": "status-error" });
  const submit = h("button", { class: "button primary", type: "submit", "data-testid": "status-submit" }, t("statusForm.submit"));
  const form = h("form", { class: "status-form", novalidate: true }, field(t("statusForm.new"), to), field(t("statusForm.reason"), reason), reasonHint, error, submit);
  const needsReason = () => CLOSED.includes(to.value) || CLOSED.includes(r.status);
  to.addEventListener("change", () => {
    reason.required = needsReason();
    reasonHint.classList.toggle("required", needsReason());
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.hidden = true;
    if (!to.value) return showError(error, t("statusForm.chooseFirst"), to);
    if (needsReason() && !reason.value.trim()) return showError(error, t("statusForm.reasonRequired"), reason);
    submit.disabled = true;
    try {
      const body = { status: to.value };
      if (reason.value.trim()) body.reason = reason.value.trim();
      await api("POST", `/api/caseworker/referrals/${encodeURIComponent(r.id)}/status`, body);
      flash(t("statusForm.changed", { status: label("status", to.value) }));
      await reload("section-status");
    } catch (e) {
      showError(error, errorText(e));
      submit.disabled = false;
    }
  });
  wrap.append(form);
  return wrap;
}

function showError(box, text, focus) {
  box.textContent = text;
  box.hidden = false;
  focus?.focus();
}

export function notesBlock(r, reload) {
  const body = h("textarea", { name: "body", rows: "2", maxlength: "10000", required: true, "data-testid": "note-body", placeholder: t("notes.placeholder") });
  const error = h("p", { class: "error-box", role: "alert", hidden: true });
  const submit = h("button", { class: "button", type: "submit", "data-testid": "note-submit" }, t("notes.submit"));
  const form = h("form", { class: "note-form", novalidate: true }, field(t("notes.new"), body), error, submit);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.hidden = true;
    if (!body.value.trim()) return showError(error, t("notes.empty"), body);
    submit.disabled = true;
    try {
      await api("POST", `/api/caseworker/referrals/${encodeURIComponent(r.id)}/notes`, { body: body.value.trim() });
      flash(t("notes.added"));
      await reload("section-notes");
    } catch (e) {
      showError(error, errorText(e));
      submit.disabled = false;
    }
  });
  // Ctrl/Cmd+Enter adds the note from the text box.
  body.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  const notes = [...(r.notes ?? [])].reverse();
  return [
    form,
    notes.length
      ? h(
          "ol",
          { class: "notes", reversed: true, "data-testid": "notes-list" },
          notes.map((n) =>
            h("li", null, h("div", { class: "note-meta" }, h("strong", null, n.author?.email ?? t("common.deletedAccount")), " · ", timeEl(n.createdAt)), h("p", { class: "note-body", dir: "auto" }, n.body)),
          ),
        )
      : h("p", { class: "muted", "data-testid": "notes-empty" }, t("notes.none")),
  ];
}

export function clusterBlock(cluster) {
  const members = cluster?.members ?? [];
  if (!members.length) return h("p", { class: "muted", "data-testid": "cluster-empty" }, t("cluster.none"));
  const links = cluster.links ?? [];
  return [
    h("p", { class: "cluster-size" }, t("cluster.size", { count: members.length }) + (cluster.truncated ? ` ${t("cluster.cut")}` : "") + ` ${t("cluster.through")}`),
    links.length
      ? h(
          "ul",
          { class: "links", "data-testid": "cluster-links" },
          links.map((l) => h("li", null, h("span", { class: "kind" }, label("kind", l.kind)), " ", h("code", null, l.value), h("span", { class: "muted" }, ` (${t("cluster.referrals", { count: l.referrals })})`))),
        )
      : null,
    // Scrolls sideways inside its panel on a phone rather than widening the page.
    h("div", { class: "cluster-wrap" }, clusterTable(members)),
  ];
}

function clusterTable(members) {
  const row = (m) =>
    h(
      "tr",
      { "data-testid": "cluster-row" },
      h("td", null, m.visible && m.id ? h("a", { href: `#/referral/${encodeURIComponent(m.id)}` }, m.reference) : h("span", { class: "muted", title: t("cluster.otherCountryTitle") }, t("cluster.otherCountry"))),
      h("td", null, statusBadge(m.status)),
      h("td", null, riskBadge(m.risk)),
      h("td", { title: countryName(m.country) }, m.country ?? "—"),
      h("td", { class: "shares" }, (m.shared ?? []).map((s) => h("span", { class: "chip" }, `${label("kind", s.kind)} `, h("code", null, s.value)))),
    );
  return h(
    "table",
    { class: "cluster", "data-testid": "cluster-table" },
    h("caption", { class: "visually-hidden" }, t("referral.cluster")),
    h("thead", null, h("tr", null, ["ref", "status", "risk", "country", "shares"].map((c) => h("th", { scope: "col" }, t(`cluster.column.${c}`))))),
    h("tbody", null, members.map(row)),
  );
}

export function auditBlock(events) {
  if (!events.length) return h("p", { class: "muted" }, t("audit.none"));
  const change = (e) => (e.fromStatus ? `${label("status", e.fromStatus)} → ${label("status", e.toStatus)}` : label("status", e.toStatus));
  return h(
    "ol",
    { class: "audit", "data-testid": "audit-trail" },
    events.map((e) =>
      h(
        "li",
        { "data-action": e.action },
        h("div", { class: "audit-line" }, h("span", { class: "audit-action" }, label("action", e.action)), e.fromStatus !== e.toStatus && e.toStatus ? h("span", { class: "audit-change" }, change(e)) : null),
        h("div", { class: "audit-meta" }, e.actor?.email ?? (e.action === "filed" ? t("audit.reporter") : t("audit.system")), " · ", h("time", { datetime: e.createdAt, title: fmtDateTime(e.createdAt) }, fmtDateTime(e.createdAt))),
        e.note ? h("p", { class: "audit-note", dir: "auto" }, e.note) : null,
      ),
    ),
  );
}
