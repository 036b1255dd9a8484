import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, Db } from "../../src/db/client.ts";
import { eq } from "drizzle-orm";
import { referralEvents, referrals } from "../../src/db/schema/index.ts";
import type { Engine } from "../../src/engine/engine.ts";
import { loadEngineData } from "../../src/data/load-engine-data.ts";
import { ReportJournal } from "../../src/referrals/journal.ts";
import { referenceFor } from "../../src/referrals/reference.ts";
import { insertReport } from "../../src/referrals/repository.ts";
import { createReferralService } from "../../src/referrals/service.ts";
import type { NewReport } from "../../src/referrals/types.ts";
import { shippedEngine } from "../helpers/engine.ts";
import { migratedMemoryDatabase } from "../helpers/memory-database.ts";

const silent = { warn() {}, info() {}, error() {} };
const filter = loadEngineData().common;
let engine: Engine;
let up: Database;
let down: Database;

function report(key: string): NewReport {
  const adText = "Dubai drivers, 100% visa, advance 50,000 EasyPaisa, WhatsApp 0300-0000111";
  return { idempotencyKey: key, reference: referenceFor(key), channel: "test", language: "en", adText, verdict: engine.check(adText), reporterHash: "h", reporterAnswers: {}, urgent: false, country: "PK" };
}

/** A database whose transactions start and never finish, as one killed mid-insert would look from outside. */
function hanging(db: Db, onStart: () => Promise<unknown>): Db {
  return new Proxy(db, {
    get: (target, key) => (key === "transaction" ? () => onStart().then(() => new Promise(() => {})) : Reflect.get(target, key)),
  });
}

beforeAll(async () => {
  engine = await shippedEngine();
  up = await migratedMemoryDatabase();
  down = await migratedMemoryDatabase();
  await down.close();
});
afterAll(() => up.close());

describe("referral service", () => {
  it("journals reports while the database is down and files each exactly once when it is back", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "svc-")), "journal.ndjson");
    const offline = createReferralService({ db: down.db, journal: new ReportJournal(file), filter, log: silent, replayEveryMs: 3_600_000 });
    const reports = Array.from({ length: 20 }, (_, i) => report(`k${i}`));
    const answers = await Promise.all(reports.map((r) => offline.file(r)));
    offline.stop();
    expect(answers.every((a, i) => a.queued && a.reference === reports[i]!.reference)).toBe(true);

    const online = createReferralService({ db: up.db, journal: new ReportJournal(file), filter, log: silent, replayEveryMs: 3_600_000 });
    // A redelivered update filed again directly, before the replay: still one referral, and its line settled.
    await online.file(reports[0]!);
    expect(await online.replay()).toBe(19);
    expect(await online.replay()).toBe(0);
    online.stop();
    const rows = await up.db.select().from(referrals);
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((r) => r.reference))).toEqual(new Set(reports.map((r) => r.reference)));
    expect(await new ReportJournal(file).pending()).toEqual([]);
  });

  it("journals a report before it files it, and settles the line once the database has it", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "svc-")), "journal.ndjson");
    const journal = new ReportJournal(file);
    let seenInJournal: string[] = [];
    // The database as a crash would leave it: the insert never comes back.
    const stuck = createReferralService({ db: hanging(up.db, async () => (seenInJournal = (await journal.pending()).map((r) => r.idempotencyKey))), journal, filter, log: silent, replayEveryMs: 3_600_000 });
    void stuck.file(report("crash-1"));
    await vi.waitFor(() => expect(seenInJournal).toEqual(["crash-1"]));
    stuck.stop();
    const restarted = createReferralService({ db: up.db, journal: new ReportJournal(file), filter, log: silent, replayEveryMs: 3_600_000 });
    expect(await restarted.replay()).toBe(1);
    restarted.stop();
    expect(await up.db.select().from(referrals).where(eq(referrals.idempotencyKey, "crash-1"))).toHaveLength(1);
    expect(await new ReportJournal(file).pending()).toEqual([]);
  });
});

describe("report references", () => {
  it("a report whose reference another report already holds takes the next one derived from its key, and says so in its audit trail", async () => {
    const first = await insertReport(up.db, report("first"), filter);
    // The second report drew the same reference (as a journaled report can, 31^6 codes being finite).
    const clash = { ...report("second"), reference: first.reference };
    const second = await insertReport(up.db, clash, filter);
    expect(second.created).toBe(true);
    expect(second.reference).not.toBe(first.reference);
    expect(second.reference).toBe(referenceFor("second#1"));
    const [filed] = await up.db.select().from(referralEvents).where(eq(referralEvents.referralId, second.id));
    expect(filed!.note).toBe(`reference ${first.reference} was taken; filed as ${second.reference}`);
    // Filed again (a replay), it is the same report.
    expect(await insertReport(up.db, clash, filter)).toMatchObject({ id: second.id, reference: second.reference, created: false });
  });
});
