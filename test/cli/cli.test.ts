import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { createTestDatabase } from "../helpers/postgres.ts";

const ROOT = join(import.meta.dirname, "..", "..");

/** The command line with no database configured unless a test gives one. */
function cli(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  return runCli(args, { ...options, env: { DATABASE_URL: "", ...options.env } });
}

describe("check --jsonl", () => {
  it("answers every line in order, reports malformed lines and needs no database", async () => {
    const pgliteDir = join(mkdtempSync(join(tmpdir(), "offercheck-")), "never");
    const input = [
      JSON.stringify({ id: "a", text: "URGENT Dubai drivers, 100% visa, advance 50,000 EasyPaisa, WhatsApp only 0300-0000111" }),
      "{not json",
      JSON.stringify({ id: 7, text: "Assalam o alaikum" }),
      JSON.stringify({ text: "no id" }),
      JSON.stringify({ id: "c", text: "Сабз Пахар: OEP Licence No. 2291/RWP, drivers for Saudi Arabia" }),
    ].join("\n");
    // A database that cannot be reached proves the default path does not touch one.
    const { code, stdout } = await cli(["check", "--jsonl"], {
      input,
      env: { DATABASE_URL: "postgres://nobody@127.0.0.1:1/none", PGLITE_DIR: pgliteDir },
    });
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(Object.keys(lines[0])).toEqual(["id", "risk", "score", "language", "crime", "isJobAd", "flags"]);
    expect(lines[0]).toMatchObject({ id: "a", risk: "high", isJobAd: true });
    expect(lines[0].flags).toEqual(expect.arrayContaining(["guaranteed_visa", "upfront_fee", "payment_channel"]));
    expect(lines[1]).toMatchObject({ id: null, error: expect.any(String) });
    expect(lines[2]).toMatchObject({ id: 7, risk: "low", isJobAd: false, crime: null, flags: [] });
    expect(lines[3]).toMatchObject({ id: null, error: expect.stringMatching(/id/) });
    expect(lines[4].flags).toContain("revoked_licence");
    expect(existsSync(pgliteDir)).toBe(false);
  }, 60_000);
});

describe("check <text>", () => {
  it("prints the verdict in the ad's language", async () => {
    const { code, stdout } = await cli(["check", "سعودی عرب کے لیے ڈرائیور کی فوری ضرورت، 100 فیصد ویزا گارنٹی، ایڈوانس فیس 3 لاکھ، صرف واٹس ایپ 0300-0000111"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/[\u0600-\u06ff]/);
    expect(stdout).not.toMatch(/\b(signal|advice|verdict)\.[a-z]/);
  });

  it("answers in the language forced with --lang", async () => {
    const { stdout } = await cli(["check", "--lang", "ru", "Drivers required for Dubai, 100% visa guarantee, advance fee 500$"]);
    expect(stdout).toMatch(/[\u0400-\u04ff]{4}/);
  });

  it("refuses an unknown --lang with a clear message", async () => {
    const { code, stderr } = await cli(["check", "--lang", "xx", "text"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/--lang must be one of/);
  });
});

describe("registry import / lookup", () => {
  let url: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ url, drop } = await createTestDatabase());
  });
  afterAll(() => drop());

  it("imports idempotently into Postgres, reports bad rows by line, and looks recruiters up", async () => {
    const env = { DATABASE_URL: url };
    const sample = join(ROOT, "data", "registries", "pk-beoe-sample.csv");
    const first = await cli(["registry", "import", sample], { env });
    expect(first.stdout).toMatch(/60 rows — 60 inserted, 0 updated, 0 unchanged, 0 skipped/);
    const again = await cli(["registry", "import", sample], { env });
    expect(again.stdout).toMatch(/60 rows — 0 inserted, 0 updated, 60 unchanged, 0 skipped/);
    const bad = await cli(["registry", "import", join(ROOT, "test", "fixtures", "registries", "bad-rows.csv")], { env });
    expect(bad.stderr).toMatch(/bad-rows\.csv:3: skipped: status/);
    const hit = await cli(["registry", "lookup", "MPD/2291/RWP/92"], { env });
    expect(hit.stdout).toMatch(/Margalla Crest Recruiting Agency\s+\[cancelled\]/);
    const byName = await cli(["registry", "lookup", "سبز پہاڑ"], { env });
    expect(byName.stdout).toMatch(/Sabz Pahar/);
    const none = await cli(["registry", "lookup", "Nowhere Manpower"], { env });
    expect(none.code).toBe(1);
    // Six CLI processes, each starting TypeScript through tsx: seconds each on a busy 2-core machine.
  }, 120_000);
});
