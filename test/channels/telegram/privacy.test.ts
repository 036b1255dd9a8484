import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { referrals, verdictFeedback } from "../../../src/db/schema/index.ts";
import { captureLog } from "../../helpers/log-capture.ts";
import { dumpAllTables } from "../../helpers/scan-tables.ts";
import { buttonUpdate, textUpdate } from "../../helpers/telegram-mock.ts";
import { WEBHOOK_SECRET, webhookSuite } from "../../helpers/webhook-app.ts";

const CHAT_ID = 482910377;
const REPORTER = { id: CHAT_ID, is_bot: false, first_name: "Zarina", last_name: "Tokhtarova", username: "zarina_tokh", language_code: "ru" };
const PHONE = "+996 555 123 456";
/** What identifies the reporter, in every spelling a leak could take. */
const WORDS = ["Zarina", "Tokhtarova", "zarina_tokh"];
const DIGITS = [String(CHAT_ID), "555123456"];
const AD = "Срочно! Работа в Польше, виза 100%, предоплата 300$ на карту, пишите только в телеграм @job_poland_fast";
const SECOND_AD = "Требуются водители в Дубай, виза гарантирована, оплата 500$ заранее на карту Visa, только WhatsApp +971 50 000 0042";

const log = captureLog();
const suite = webhookSuite("postgres", { log: log.logger("trace"), app: { logLevel: "trace", logStream: log.stream } });

async function post(update: Update | Record<string, unknown>): Promise<void> {
  expect((await suite.post(update)).status).toBe(200);
}

/** The pieces of `text` that identify the reporter (empty when none do). */
function leaks(text: string): string[] {
  const lower = text.toLowerCase();
  // Phone numbers and ids are written with spaces, dashes and brackets in between.
  const digits = text.replace(/[\s().\-+]/g, "");
  return [...WORDS.filter((w) => lower.includes(w.toLowerCase())), ...DIGITS.filter((d) => digits.includes(d))];
}

describe("privacy: a whole conversation leaves no trace of who reported", () => {
  it("no chat id, name, username or phone of the reporter in any column of any table, in the report journal, or in any log line", async () => {
    const { services, mock } = suite;
    const db = services.database.db;
    await post(textUpdate(REPORTER, "/start"));
    // Sharing one's own contact card: the phone is known for redaction only.
    await post({ ...textUpdate(REPORTER, ""), message: { message_id: 1, date: 1, chat: { id: CHAT_ID, type: "private" }, from: REPORTER, contact: { phone_number: PHONE, first_name: "Zarina", user_id: CHAT_ID } } });

    // An ad forwarded with the reporter's own name in it, then a report with answers, an urgent referral and "this verdict is wrong".
    await post(textUpdate(REPORTER, `${AD}\nпереслала Zarina Tokhtarova (@zarina_tokh)`));
    for (const data of ["report", "consent:yes"]) await post(buttonUpdate(REPORTER, data));
    await post(textUpdate(REPORTER, `видела в группе, мой номер ${PHONE}, я Zarina, @zarina_tokh`));
    await post(buttonUpdate(REPORTER, "paid:yes"));
    await post(textUpdate(REPORTER, "15000 сом"));
    for (const data of ["help", "urgent:yes", "wrong"]) await post(buttonUpdate(REPORTER, data));

    // The database fails while a second urgent referral is filed: it waits in the journal, then is replayed.
    await db.execute(sql`alter table referrals rename to referrals_away`);
    let journal: string;
    try {
      await post(textUpdate(REPORTER, `${SECOND_AD} — от Zarina`));
      for (const data of ["help", "urgent:yes"]) await post(buttonUpdate(REPORTER, data));
      journal = readFileSync(services.config.reportJournal, "utf8");
    } finally {
      await db.execute(sql`alter table referrals_away rename to referrals`);
    }
    expect(await services.referrals.replay()).toBe(1);

    // Telegram refuses an answer: the failure is logged.
    mock.failNext("sendMessage");
    await post(textUpdate(REPORTER, "/privacy"));

    // The flow did what it says, so the scan below has something to search.
    expect(await db.select().from(referrals)).toHaveLength(3);
    expect(await db.select().from(verdictFeedback)).toHaveLength(1);
    expect(journal).toContain("+971 50 000 0042");
    const messages = log.entries().map((e) => e.msg);
    expect(messages).toEqual(expect.arrayContaining(["incoming request", "request completed", "database unavailable; report journaled", "telegram update failed"]));
    const dump = await dumpAllTables(db);
    expect(dump).toContain("@job_poland_fast");
    expect(dump).toContain("[redacted]");

    const found = [
      ...dump.split("\n").map((row) => ({ where: row.slice(0, 200), leaks: leaks(row) })),
      ...journal.split("\n").map((line) => ({ where: `journal: ${line.slice(0, 200)}`, leaks: leaks(line) })),
      ...log.lines.map((line) => ({ where: `log: ${line.slice(0, 300)}`, leaks: leaks(line) })),
    ].filter((f) => f.leaks.length > 0);
    expect(found).toEqual([]);
    // Nor the bot's own secrets.
    for (const secret of ["TEST-token-abcdefghijklmnopqrstuvwxyz", WEBHOOK_SECRET]) expect(log.lines.filter((line) => line.includes(secret))).toEqual([]);
  });
});
