import type { TFunction } from "i18next";
import type { Evidence } from "./gather.ts";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Everything in the summary came from adverts or caseworkers: none of it may become markup. */
const esc = (value: unknown) => String(value ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const RTL = new Set(["ur", "ar", "fa"]);

const row = (label: string, value: string) => `<tr><th scope="row">${esc(label)}</th><td>${esc(value)}</td></tr>`;

function table(headings: string[], rows: string[][]): string {
  const head = headings.map((h) => `<th scope="col">${esc(h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Each scammer-side value once, with how many of the package's referrals carry it. */
function indicators(evidence: Evidence): { kind: string; value: string; referrals: number }[] {
  const by = new Map<string, { kind: string; value: string; refs: Set<string> }>();
  for (const s of evidence.sightings) {
    const key = `${s.kind}\u0000${s.value}`;
    const entry = by.get(key) ?? { kind: s.kind, value: s.value, refs: new Set<string>() };
    entry.refs.add(s.reference);
    by.set(key, entry);
  }
  return [...by.values()].map((e) => ({ kind: e.kind, value: e.value, referrals: e.refs.size })).sort((a, b) => b.referrals - a.referrals || a.value.localeCompare(b.value));
}

/**
 * The package's cover page, in the caseworker's language: what the case is,
 * what links it, and which file holds what. A standalone HTML file with no
 * scripts or outside resources, so it opens offline on an investigator's machine.
 */
export function summaryHtml(evidence: Evidence, t: TFunction, language: string, files: readonly string[]): string {
  const r = evidence.referral;
  const date = (d: Date) => d.toISOString().replace("T", " ").slice(0, 16) + " UTC";
  const facts = [
    row(t("evidence.reference"), r.reference),
    row(t("evidence.filed"), date(r.createdAt)),
    row(t("evidence.country"), r.country ? t(`country.${r.country}`, { defaultValue: r.country }) : t("common.unknown")),
    row(t("evidence.risk"), `${t(`risk.${r.risk}`)} (${r.score}/100)`),
    row(t("evidence.crime"), r.crime ? t(`crime.${r.crime}`) : "—"),
    row(t("evidence.flags"), r.flags.map((f) => t(`flag.${f}`, { defaultValue: f })).join(", ") || "—"),
    row(t("evidence.status"), t(`status.${r.status}`)),
    row(t("evidence.linked"), String(evidence.adverts.length - 1)),
  ].join("\n");
  const linked = table(
    [t("evidence.reference"), t("evidence.filed"), t("evidence.country"), t("evidence.risk"), t("evidence.status")],
    evidence.adverts.slice(1).map((a) => [a.reference, date(a.createdAt), a.country ?? "—", t(`risk.${a.risk}`), t(`status.${a.status}`)]),
  );
  const values = table(
    [t("evidence.kind"), t("evidence.value"), t("evidence.referrals")],
    indicators(evidence).map((i) => [t(`kind.${i.kind}`, { defaultValue: i.kind }), i.value, String(i.referrals)]),
  );
  const fileList = files.map((f) => `<li><code>${esc(f)}</code></li>`).join("\n");
  return `<!doctype html>
<html lang="${esc(language)}" dir="${RTL.has(language) ? "rtl" : "ltr"}">
<head><meta charset="utf-8"><title>${esc(t("evidence.title", { reference: r.reference }))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:start;vertical-align:top}</style></head>
<body>
<h1>${esc(t("evidence.title", { reference: r.reference }))}</h1>
<p>${esc(t("evidence.generated", { when: date(evidence.generatedAt), who: evidence.generatedBy }))}</p>
<table>${facts}</table>
<h2>${esc(t("evidence.advert"))}</h2>
<pre style="white-space:pre-wrap">${esc(evidence.adverts[0]?.adText ?? "")}</pre>
<h2>${esc(t("evidence.linkedHeading"))}</h2>
${evidence.adverts.length > 1 ? linked : `<p>${esc(t("cluster.none"))}</p>`}
<h2>${esc(t("evidence.indicators"))}</h2>
${values}
<h2>${esc(t("evidence.files"))}</h2>
<p>${esc(t("evidence.manifestNote"))}</p>
<ul>
${fileList}
</ul>
</body>
</html>
`;
}
