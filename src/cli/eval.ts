/**
 * npm run eval — accuracy on adverts the engine was not written against.
 * Prints a table per language variant for the frozen holdout, for dev and for
 * the test fixtures, then the adverts that failed (holdout ones by id only).
 * --split dev|holdout|fixtures, --lang <variant>, --flags (per advert, the
 * flags missed and the flags raised that the label does not have).
 */
import { parseArgs } from "node:util";
import { EVAL_TODAY, FIXTURE_TODAY, loadFixtureAds, loadGate, loadSplit, type EvalAd } from "../eval/corpus.ts";
import { activeLicences, evaluate, evaluationEngine, evaluationOperators } from "../eval/evaluate.ts";
import { gateBreaches, HOLDOUT_TARGETS, licensedFalsePositives, summarize } from "../eval/metrics.ts";
import { formatFailures, formatFlagDiffs, formatLicensed, formatTable } from "../eval/report.ts";
import { LANGUAGES } from "../engine/types.ts";

const { values } = parseArgs({
  options: {
    split: { type: "string", multiple: true },
    lang: { type: "string", multiple: true },
    flags: { type: "boolean" },
    "holdout-text": { type: "boolean" },
    "no-failures": { type: "boolean" },
  },
});
const sets: [string, () => EvalAd[], boolean, string][] = [
  ["holdout", () => loadSplit("holdout"), Boolean(values["holdout-text"]), EVAL_TODAY],
  ["dev", () => loadSplit("dev"), true, EVAL_TODAY],
  ["validation", () => loadSplit("validation"), true, EVAL_TODAY],
  ["fixtures", () => loadFixtureAds(), true, FIXTURE_TODAY],
];
const chosen = values.split?.length ? sets.filter(([name]) => values.split!.includes(name)) : sets;

const operators = await evaluationOperators();
const engine = evaluationEngine(operators);
const licences = activeLicences(operators);
let exit = 0;
for (const [name, load, withText, today] of chosen) {
  const ads = load().filter((a) => !values.lang?.length || values.lang.includes(a.language));
  const outcomes = evaluate(engine, ads, today);
  const summary = summarize(outcomes, LANGUAGES);
  process.stdout.write(`\n## ${name} (${ads.length} adverts)\n\n${formatTable(summary.rows, summary.overall)}\n`);
  process.stdout.write(`\n${formatLicensed(licensedFalsePositives(outcomes, licences, LANGUAGES))}\n`);
  if (name === "holdout") {
    const breaches = gateBreaches(summary, loadGate());
    process.stdout.write(breaches.length ? `\nholdout gate (eval/gate.json) FAILS: ${breaches.join("; ")}\n` : "\nholdout gate (eval/gate.json) passes\n");
    const short = gateBreaches(summary, HOLDOUT_TARGETS);
    process.stdout.write(short.length ? `issue 13 targets not met: ${short.join("; ")}\n` : "issue 13 targets met\n");
    if (breaches.length) exit = 1;
  }
  if (!values["no-failures"] && summary.failures.length) {
    process.stdout.write(`\n${name}: ${summary.failures.length} adverts failed\n${formatFailures(summary.failures, withText)}\n`);
  }
  if (values.flags && withText) process.stdout.write(`\n${name}: flags that differ from the labels\n${formatFlagDiffs(outcomes)}\n`);
}
process.exitCode = exit;
