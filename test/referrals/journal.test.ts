import { appendFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ReportJournal } from "../../src/referrals/journal.ts";
import type { NewReport } from "../../src/referrals/types.ts";

const report = (key: string) => ({ idempotencyKey: key, reference: "ABC-DEF" }) as unknown as NewReport;

describe("ReportJournal", () => {
  it("keeps appended reports on disk until they are filed, and keeps the ones that fail", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "journal-")), "j.ndjson");
    const journal = new ReportJournal(file);
    await Promise.all(["a", "b", "c"].map((k) => journal.append(report(k))));
    expect(readFileSync(file, "utf8").trim().split("\n")).toHaveLength(3);
    const filed: string[] = [];
    const result = await journal.replay(async (r) => {
      if (r.idempotencyKey === "b") throw new Error("still down");
      filed.push(r.idempotencyKey);
    });
    expect(result).toEqual({ filed: 2, remaining: 1 });
    expect(filed.sort()).toEqual(["a", "c"]);
    expect((await journal.pending()).map((r) => r.idempotencyKey)).toEqual(["b"]);
  });

  it("loses no report appended while a replay runs", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "journal-")), "j.ndjson");
    const journal = new ReportJournal(file);
    await journal.append(report("first"));
    const replaying = journal.replay(async () => {
      throw new Error("down");
    });
    const appending = journal.append(report("during"));
    await Promise.all([replaying, appending]);
    expect((await journal.pending()).map((r) => r.idempotencyKey)).toEqual(["first", "during"]);
  });

  it("skips a torn last line from a crash mid-write", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "journal-")), "j.ndjson");
    const journal = new ReportJournal(file);
    await journal.append(report("ok"));
    appendFileSync(file, '{"idempotencyKey":"tor');
    expect((await journal.pending()).map((r) => r.idempotencyKey)).toEqual(["ok"]);
  });
});
