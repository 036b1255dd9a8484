// The referral's evidence: the advert with the words each finding rests on
// marked, the verdict, the registry check, earlier reports, what the advert
// names, and the reporter's answers.
import { h } from "../dom.js";
import { number, pct } from "../format.js";
import { countryName, label, ltrText, t } from "../i18n.js";
import { LEGIT } from "../vocabulary.js";
import { operatorBadge, riskBadge, section } from "../widgets.js";

/** The ad text with evidence marked; ranges are used only where they still match the stored (redacted) text. */
export function adTextBlock(text, flags, language) {
  const ranges = [];
  for (const flag of flags) {
    for (const ev of flag.evidence ?? []) {
      if (Number.isInteger(ev.start) && Number.isInteger(ev.end) && ev.end > ev.start && text.slice(ev.start, ev.end) === ev.text) {
        ranges.push({ start: ev.start, end: ev.end, flag: flag.id, legit: LEGIT.has(flag.id) });
      }
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      if (!last.flags.includes(range.flag)) last.flags.push(range.flag);
      last.legit &&= range.legit;
    } else merged.push({ start: range.start, end: range.end, flags: [range.flag], legit: range.legit });
  }
  const block = h("div", { class: "ad-text", dir: "auto", lang: language && language !== "und" ? language : "", "data-testid": "ad-text", tabindex: "0", "aria-label": t("referral.advertText") });
  let at = 0;
  for (const m of merged) {
    if (m.start > at) block.append(text.slice(at, m.start));
    block.append(h("mark", { class: m.legit ? "legit" : undefined, title: m.flags.map((f) => label("flag", f)).join(", ") }, text.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < text.length) block.append(text.slice(at));
  return block;
}

export function verdictBlock(verdict) {
  const flags = [...(verdict.flags ?? [])].sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0));
  const p = pct(verdict.score);
  const facts = [
    p === null ? null : t("verdict.score", { score: p }),
    verdict.crime ? t("verdict.looksLike", { crime: label("crime", verdict.crime).toLowerCase() }) : null,
    verdict.isJobAd === false ? t("verdict.notJobAd") : null,
    verdict.language ? t("verdict.writtenIn", { language: label("lang", verdict.language) }) : null,
  ].filter(Boolean);
  return [
    h("p", { class: "verdict-line" }, riskBadge(verdict.risk, verdict.score), " ", facts.join(" · ")),
    flags.length
      ? h(
          "ul",
          { class: "flags", "data-testid": "verdict-flags" },
          flags.map((f) =>
            h(
              "li",
              { class: f.weight < 0 ? "legit" : undefined },
              h("span", { class: "flag-name" }, label("flag", f.id)),
              h("span", { class: "weight", dir: "ltr", title: t("verdict.weightTitle") }, `${f.weight > 0 ? "+" : ""}${Math.round((f.weight ?? 0) * 100) / 100}`),
              (f.evidence ?? []).length
                ? h(
                    "span",
                    { class: "evidence" },
                    f.evidence.slice(0, 4).map((ev) => h("q", { dir: "auto" }, ev.text)),
                    f.evidence.length > 4 ? h("span", { class: "muted" }, ` +${f.evidence.length - 4}`) : null,
                  )
                : null,
            ),
          ),
        )
      : h("p", { class: "muted" }, t("verdict.noSigns")),
  ];
}

/** A name the engine matched: "the same name" when it is, a percentage only for a near spelling. */
const nameSimilarity = (similarity) => (similarity >= 0.995 ? t("registry.sameName") : t("registry.similarSpelling", { percent: Math.round((similarity ?? 0) * 100) }));

function registryFinding(f) {
  const op = f.operator;
  const where = op ? h("span", { class: "muted" }, ` (${op.registry}, ${op.country})`) : null;
  switch (f.kind) {
    case "licence_active":
    case "licence_inactive":
      return h(
        "li",
        { class: f.kind === "licence_active" ? "ok" : "bad" },
        t("registry.licenceBelongs", { licence: f.licence }),
        " ",
        h("strong", null, op.name),
        " — ",
        operatorBadge(op.status),
        f.nameMatches === false ? h("span", { class: "bad-text" }, ` · ${t("registry.otherCompany")}`) : null,
        where,
      );
    case "licence_unknown":
      return h("li", { class: "bad" }, t("registry.licenceUnknown", { licence: f.licence }));
    case "name_found":
      return h("li", null, t("registry.nameMatches", { name: f.name }), " ", h("strong", null, op.name), " — ", operatorBadge(op.status), h("span", { class: "muted" }, ` (${nameSimilarity(f.similarity)})`));
    case "name_unknown":
      return h("li", { class: "bad" }, t("registry.nameUnknown", { name: f.name }));
    case "phone_found":
      return h("li", null, t("registry.phoneListed", { phone: ltrText(f.phone) }), " ", h("strong", null, op.name), " — ", operatorBadge(op.status));
    default:
      return h("li", null, op ? [op.name, op.licenceNo, op.registry, op.country].filter(Boolean).join(" · ") : f.kind);
  }
}

export function registryBlock(findings) {
  if (!findings.length) return null;
  return section(t("referral.registryCheck"), "registry-check", h("ul", { class: "findings" }, findings.map(registryFinding)));
}

export function historyBlock(history) {
  if (!history.length) return null;
  return section(
    t("referral.history"),
    "history",
    h(
      "ul",
      { class: "findings" },
      history.map((item) => h("li", null, `${label("kind", item.kind)} `, h("code", null, item.value), ` — ${t("referral.reportedTimes", { count: item.reports })}`)),
    ),
  );
}

function money(m) {
  const kind = m.kind !== "unknown" ? ` (${label("moneyKind", m.kind)})` : "";
  const usd = m.usd ? ` ≈ $${number(Math.round(m.usd))}` : "";
  return `${number(m.amount)} ${m.currency}${kind}${usd}`;
}

export function entitiesBlock(e) {
  const rows = [
    ["phones", (e.phones ?? []).map((p) => p.e164 + (p.country ? ` (${p.country})` : ""))],
    ["emails", (e.emails ?? []).map((m) => m.address + (m.freeMail ? ` (${t("entities.freeMail")})` : ""))],
    ["links", (e.urls ?? []).map((u) => u.domain + (u.shortener ? ` (${t("entities.shortener")})` : ""))],
    ["handles", (e.handles ?? []).map((x) => x.handle)],
    ["licences", (e.licences ?? []).map((l) => l.raw)],
    ["protectorPermissions", (e.protectorPermissions ?? []).map((p) => p.raw)],
    ["companies", (e.companies ?? []).map((c) => c.name)],
    ["money", (e.money ?? []).map(money)],
    ["destinations", (e.countries ?? []).map((c) => countryName(c.code))],
    ["visaTypes", (e.visaTypes ?? []).map((v) => v.type)],
    ["paymentChannels", (e.paymentChannels ?? []).map((p) => p.text)],
    ["brands", (e.brands ?? []).map((b) => b.id)],
    ["jobTitles", (e.jobTitles ?? []).map((j) => j.text)],
  ].filter(([, values]) => values.length);
  if (!rows.length) return h("p", { class: "muted" }, t("entities.nothing"));
  return h(
    "dl",
    { class: "entities" },
    rows.map(([key, values]) => h("div", null, h("dt", null, t(`entities.${key}`)), h("dd", { dir: "auto" }, [...new Set(values)].join(" · ")))),
  );
}

export function answersBlock(a) {
  const paid = a.alreadyPaid === undefined || a.alreadyPaid === null ? undefined : a.alreadyPaid;
  const rows = [
    ["whereSeen", a.whereSeen],
    ["amount", a.amount],
    ["alreadyPaid", paid === undefined ? undefined : t(paid ? "common.yes" : "common.no")],
    ["comment", a.comment],
  ].filter(([, v]) => v !== undefined && v !== null && v !== "");
  if (!rows.length) return h("p", { class: "muted" }, t("answers.nothing"));
  return h(
    "dl",
    { class: "answers", "data-testid": "reporter-answers" },
    rows.map(([key, value]) => h("div", { class: key === "alreadyPaid" && paid ? "alert-row" : undefined }, h("dt", null, t(`answers.${key}`)), h("dd", { dir: "auto" }, value))),
  );
}
