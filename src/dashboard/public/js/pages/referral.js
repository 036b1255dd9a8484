// One referral: the head (badges, facts, the Claim button), the evidence on
// the left (referral-evidence.js) and the work on the right
// (referral-work.js). After a change the page is drawn again from the API.
import { api, errorText, session } from "../api.js";
import { flash } from "../chrome.js";
import { $, h } from "../dom.js";
import { fmtDateTime } from "../format.js";
import { countryName, label, t } from "../i18n.js";
import { beginView, currentSeq, focusHeading, main, nav } from "../router.js";
import { CLOSED } from "../vocabulary.js";
import { crimeBadge, metaItem, riskBadge, section, statusBadge, urgentBadge } from "../widgets.js";
import { adTextBlock, answersBlock, entitiesBlock, historyBlock, registryBlock, verdictBlock } from "./referral-evidence.js";
import { auditBlock, clusterBlock, notesBlock, statusForm } from "./referral-work.js";

export async function referralView(id) {
  const current = beginView(t("referral.title"));
  main.append(h("p", { class: "loading" }, t("referral.loading")));
  const data = await api("GET", `/api/caseworker/referrals/${encodeURIComponent(id)}`);
  if (!current()) return;
  renderReferral(data?.referral ?? data);
}

function renderReferral(r) {
  beginView(t("referral.titleWithRef", { reference: r.reference }));
  const verdict = r.verdict ?? {};
  const reload = (focus) => reloadReferral(r.id, focus);

  const left = h(
    "div",
    { class: "detail-main" },
    section(t("referral.advert"), "advert", adTextBlock(r.adText ?? "", verdict.flags ?? [], r.language), h("p", { class: "hint" }, t("referral.advertHint"))),
    section(t("referral.answers"), "answers", answersBlock(r.reporterAnswers ?? {})),
    section(t("referral.verdict"), "verdict", verdictBlock(verdict)),
    registryBlock(verdict.registry ?? []),
    historyBlock(verdict.history ?? []),
    section(t("referral.entities"), "entities", entitiesBlock(r.entities ?? verdict.entities ?? {})),
    r.postings?.length ? section(t("referral.postings"), "postings", postingsBlock(r.postings)) : null,
  );
  const right = h(
    "div",
    { class: "detail-side" },
    section(t("referral.status"), "status", statusForm(r, reload)),
    section(t("referral.notes"), "notes", notesBlock(r, reload)),
    section(t("referral.cluster"), "cluster", clusterBlock(r.cluster), evidenceLink(r)),
    section(t("referral.audit"), "audit", auditBlock(r.events ?? [])),
  );
  main.append(detailHead(r), h("div", { class: "detail" }, left, right));
  focusHeading();
}

function detailHead(r) {
  const mine = r.assignee && r.assignee.id === session.caseworker?.id;
  return h(
    "div",
    { class: "detail-head" },
    h("a", { class: "back", href: nav.lastQueueHash }, t("referral.back")),
    h("h1", { "data-testid": "detail-title" }, t("referral.heading"), " ", h("span", { class: "reference", "data-testid": "detail-reference" }, r.reference)),
    h(
      "div",
      { class: "badges" },
      r.urgency === "urgent" ? urgentBadge() : null,
      h("span", { "data-testid": "detail-status" }, statusBadge(r.status)),
      riskBadge(r.risk, r.score),
      r.crime ? crimeBadge(r.crime) : null,
    ),
    r.status === "new" ? claimButton(r) : null,
    h(
      "dl",
      { class: "meta" },
      metaItem(t("referral.received"), fmtDateTime(r.createdAt)),
      metaItem(t("referral.country"), r.country ? `${countryName(r.country)} (${r.country})` : t("common.unknown")),
      metaItem(t("referral.language"), label("lang", r.language)),
      metaItem(t("referral.channel"), label("channel", r.channel)),
      metaItem(t("referral.assignee"), r.assignee ? (mine ? t("referral.assigneeMe", { email: r.assignee.email }) : r.assignee.email) : t("referral.nobody")),
      r.claimExpiresAt && !CLOSED.includes(r.status) ? metaItem(t("referral.claimLapses"), fmtDateTime(r.claimExpiresAt)) : null,
      r.closedAt ? metaItem(t("referral.closed"), fmtDateTime(r.closedAt)) : null,
    ),
  );
}

/** The watched channels' and groups' posts of this advert, each with its public link when the chat has one. */
function postingsBlock(postings) {
  return h(
    "ul",
    { class: "postings", "data-testid": "postings" },
    postings.map((p) =>
      h(
        "li",
        null,
        p.link ? h("a", { href: p.link, target: "_blank", rel: "noopener noreferrer" }, p.chatTitle) : p.chatTitle,
        " — ",
        fmtDateTime(p.postedAt),
        p.link ? null : h("span", { class: "hint" }, ` (${t("referral.postingNoLink")})`),
      ),
    ),
  );
}

/** Claiming this referral is the first thing done with a new one: a button at the top, not an entry of the status list. */
function claimButton(r) {
  const button = h("button", { class: "button primary claim-button", type: "button", "data-testid": "detail-claim" }, t("referral.claim"));
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      await api("POST", `/api/caseworker/referrals/${encodeURIComponent(r.id)}/status`, { status: "claimed" });
      flash(t("queue.claimed", { reference: r.reference }));
      await reloadReferral(r.id, "section-status");
    } catch (error) {
      button.disabled = false;
      flash(errorText(error), "error");
    }
  });
  return h("div", { class: "detail-actions" }, button, h("span", { class: "hint" }, t("referral.claimHint")));
}

/** The package for investigators; the server writes the download to the audit trail. */
function evidenceLink(r) {
  const href = `/api/caseworker/referrals/${encodeURIComponent(r.id)}/evidence.zip`;
  return h("p", null, h("a", { class: "button", href, download: "", title: t("evidence.downloadTitle"), "data-testid": "evidence-download" }, t("evidence.download")));
}

/** Re-renders the referral after a change and puts the focus back where the user was working. */
async function reloadReferral(id, focusSection) {
  const seq = currentSeq();
  const data = await api("GET", `/api/caseworker/referrals/${encodeURIComponent(id)}`);
  if (seq !== currentSeq()) return; // the user went elsewhere meanwhile
  const scroll = window.scrollY;
  renderReferral(data?.referral ?? data);
  window.scrollTo(0, scroll);
  const target = $(`[data-testid="${focusSection}"] h2`, main);
  if (target) {
    target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
  }
}
