import { UNSCORED_FLAGS, type Failure, type LicensedRow, type Outcome, type Row } from "./metrics.ts";

const pct = (x: number) => (Number.isNaN(x) ? "–" : `${(x * 100).toFixed(1)}`);

const COLUMNS: [string, (r: Row) => string][] = [
  ["variant", (r) => r.name],
  ["ads", (r) => String(r.ads)],
  ["scams", (r) => String(r.scams)],
  ["honest", (r) => String(r.honest)],
  ["recall %", (r) => pct(r.recall)],
  ["false pos %", (r) => pct(r.falsePositiveRate)],
  ["crime %", (r) => pct(r.crimeAccuracy)],
  ["language %", (r) => pct(r.languageAccuracy)],
  ["flag prec %", (r) => pct(r.flagPrecision)],
  ["flag rec %", (r) => pct(r.flagRecall)],
];

/** A Markdown table, so the same text goes to the terminal and to the README. */
export function formatTable(rows: readonly Row[], overall: Row): string {
  const all = [...rows, overall];
  const cells = all.map((r) => COLUMNS.map(([, f]) => f(r)));
  const header = COLUMNS.map(([h]) => h);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `${"-".repeat(w + 1)}-` : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [line(header), rule, ...cells.map(line)].join("\n");
}

/**
 * One line per failed advert. `withText` quotes the advert's start: on for the
 * splits one may tune on, off for the holdout, whose texts should not steer tuning.
 */
export function formatFailures(failures: readonly Failure[], withText: boolean): string {
  return failures
    .map(({ outcome: { ad, answer }, reasons }) => {
      const head = `${ad.id} [${ad.kind}${ad.crime ? `/${ad.crime}` : ""}] ${reasons.join(",")}: risk ${answer.risk}, crime ${answer.crime ?? "-"}, language ${answer.language}`;
      if (!withText) return head;
      const flags = answer.flags.length ? answer.flags.join(" ") : "(none)";
      const text = ad.text.replace(/\s+/g, " ").slice(0, 160);
      return `${head}\n    flags: ${flags}\n    wanted: ${ad.flags.join(" ") || "(none)"}\n    ${text}`;
    })
    .join("\n");
}

/** Per advert, the labelled flags the engine missed (−) and the ones it raised beyond the label (+), with their evidence. */
export function formatFlagDiffs(outcomes: readonly Outcome[]): string {
  return outcomes
    .map(({ ad, answer }) => {
      const got = new Set(answer.flags.filter((f) => !UNSCORED_FLAGS.has(f)));
      const missed = ad.flags.filter((f) => !got.has(f) && !UNSCORED_FLAGS.has(f));
      const extra = [...got].filter((f) => !ad.flags.includes(f)).map((f) => `${f}(${answer.evidence[f]?.map((e) => `«${e}»`).join(" ")})`);
      return missed.length || extra.length ? `${ad.id} [${ad.kind}]${missed.length ? ` −${missed.join(" −")}` : ""}${extra.length ? ` +${extra.join(" +")}` : ""}` : "";
    })
    .filter(Boolean)
    .join("\n");
}

/** "licensed recruiters' honest adverts answered medium or high: all 3 of 412 (0.7 %); ur 1 of 60; …" */
export function formatLicensed(rows: readonly LicensedRow[]): string {
  const part = (r: LicensedRow) => `${r.name} ${r.raised} of ${r.honest}${r.honest ? ` (${((100 * r.raised) / r.honest).toFixed(1)} %)` : ""}`;
  const all = rows[rows.length - 1]!;
  return `honest adverts citing an active registry licence, answered medium or high: ${part(all)}; ${rows.slice(0, -1).map(part).join("; ")}`;
}
