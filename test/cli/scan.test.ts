import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { fixtureAd } from "../helpers/fixture-ads.ts";

const dir = mkdtempSync(join(tmpdir(), "offercheck-scan-"));
// No database: the offline scan must not need one (this PGlite directory is never created).
const env = { DATABASE_URL: undefined, PGLITE_DIR: join(dir, "no-database") };
const SCAM = fixtureAd("en-scam-02");

it("scans a JSONL export into result lines in order, bad lines answered in place, without a database", async () => {
  const input = join(dir, "ads.jsonl");
  const out = join(dir, "results.jsonl");
  writeFileSync(input, [JSON.stringify({ id: "a", text: SCAM.text }), "{oops", "", JSON.stringify({ id: 2, text: "" }), JSON.stringify({ id: 3, text: "Hello, how are you?" })].join("\n"));
  const run = await runCli(["scan", input, "--out", out], { env });
  expect(run).toMatchObject({ code: 0, stdout: "" });
  expect(run.stderr).toMatch(/Scanned 4 adverts \(2 could not be read\); results in/);
  const lines = readFileSync(out, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
  expect(lines.map((l) => l.id)).toEqual(["a", null, 2, 3]);
  expect(lines[0]).toMatchObject({ risk: "high", crime: SCAM.expect.crime, isJobAd: true, similar: null, licence: { status: "none" } });
  expect(lines[1]).toEqual({ id: null, error: "line 2: not JSON" });
  expect(lines[2].error).toMatch(/^text:/);
  expect(lines[3]).toMatchObject({ isJobAd: false, risk: "low" });
}, 60_000);

it("scans a CSV export with quoted multi-line texts to stdout, and refuses other files", async () => {
  const input = join(dir, "export.csv");
  writeFileSync(input, `ad_no,Description,country\nx1,"${SCAM.text.replaceAll('"', '""')}",kz\n,"Legit bakery needs a cashier",\n`);
  const run = await runCli(["scan", input], { env });
  expect(run.code).toBe(0);
  const lines = run.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
  expect(lines.map((l) => [l.id, l.risk ?? l.error])).toEqual([
    [1, "high"],
    [2, expect.any(String)],
  ]);
  const noText = join(dir, "no-text.csv");
  writeFileSync(noText, "id,title\n1,Driver\n");
  expect((await runCli(["scan", noText], { env })).stderr).toMatch(/no text column/);
  expect((await runCli(["scan", join(dir, "ads.txt")], { env })).stderr).toMatch(/must end in \.jsonl, \.ndjson or \.csv/);
  expect((await runCli(["scan", join(dir, "missing.csv")], { env })).stderr).toMatch(/Cannot read/);
}, 60_000);
