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
    expect(readFileSync(file, "utf8").split("\n").filter((line) => line !== "")).toHaveLength(3);
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

  it("keeps a report appended after a torn line: the tear does not swallow it", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "journal-")), "j.ndjson");
    const journal = new ReportJournal(file);
    await journal.append(report("before"));
    appendFileSync(file, '{"idempotencyKey":"tor');
    await journal.append(report("after"));
    expect((await journal.pending()).map((r) => r.idempotencyKey)).toEqual(["before", "after"]);
  });

  it("journals new reports at once while a replay is still filing, and keeps them", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "journal-")), "j.ndjson");
    const journal = new ReportJournal(file);
    await journal.append(report("old"));
    let release = () => {};
    const slowDatabase = new Promise<void>((resolve) => (release = resolve));
    const replaying = journal.replay(() => slowDatabase);
    // Resolves while the replay waits on the database.
    await journal.append(report("new"));
    release();
    expect(await replaying).toEqual({ filed: 1, remaining: 0 });
    expect((await journal.pending()).map((r) => r.idempotencyKey)).toEqual(["new"]);
  });

  it("stops trying after three failures in a row and keeps the rest for the next replay", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "journal-")), "j.ndjson");
    const journal = new ReportJournal(file);
    for (const k of ["a", "b", "c", "d", "e"]) await journal.append(report(k));
    const tried: string[] = [];
    const down = async (r: NewReport) => {
      tried.push(r.idempotencyKey);
      throw new Error("down");
    };
    expect(await journal.replay(down)).toEqual({ filed: 0, remaining: 5 });
    expect(tried).toEqual(["a", "b", "c"]);
    // One report the database refuses for good does not hold back the others.
    const filed: string[] = [];
    const result = await journal.replay(async (r) => {
      if (r.idempotencyKey === "b") throw new Error("refused");
      filed.push(r.idempotencyKey);
    });
    expect(result).toEqual({ filed: 4, remaining: 1 });
    expect(filed).toEqual(["a", "c", "d", "e"]);
  });

  it("joins a replay asked for while one runs, so nothing is filed twice at once", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "journal-")), "j.ndjson");
    const journal = new ReportJournal(file);
    await journal.append(report("only"));
    let calls = 0;
    const slow = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 50));
    };
    const [first, second] = await Promise.all([journal.replay(slow), journal.replay(slow)]);
    expect(first).toEqual({ filed: 1, remaining: 0 });
    expect(second).toBe(first);
    expect(calls).toBe(1);
  });
});

describe("a replay while reports come and go", () => {
  it("keeps a report appended during the replay even when another was settled meanwhile", async () => {
    const journal = new ReportJournal(join(mkdtempSync(join(tmpdir(), "journal-")), "journal.ndjson"));
    await journal.append(report("a"));
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    // The database is down for "a"; while it is being tried, "b" is filed and settled, "c" waits in the journal.
    const replaying = journal.replay(async () => {
      await slow;
      throw new Error("database down");
    });
    await journal.append(report("b"));
    await journal.append(report("c"));
    await journal.settle("b");
    release();
    expect(await replaying).toEqual({ filed: 0, remaining: 1 });
    expect((await journal.pending()).map((r) => r.idempotencyKey).sort()).toEqual(["a", "c"]);
  });
});
