import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaseworker } from "../../src/caseworkers/repository.ts";
import type { Caseworker } from "../../src/caseworkers/types.ts";
import type { IncomingMessage, OutgoingMessage } from "../../src/conversation/types.ts";
import { referrals, reporterNotices } from "../../src/db/schema/index.ts";
import { pruneReporterNotices } from "../../src/referrals/reporter-notices.ts";
import { changeStatus, claimNext } from "../../src/referrals/workflow.ts";
import { testServices, type TestServices } from "../helpers/app.ts";
import { fileReport } from "../helpers/referrals.ts";

const locale = (lng: string) => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "locales", lng, "translation.json"), "utf8"));
const CLAIMS = { claimTtlMinutes: 30 };
const SCAM_EN = "Dubai drivers urgently required, 100% visa guarantee, advance fee 50,000 via EasyPaisa, WhatsApp only 0300-0000111";

describe.each(["postgres", "pglite"] as const)("news of a report for its reporter (%s)", (kind) => {
  let services: TestServices;
  let admin: Caseworker;
  let update = 0;
  const say = (sender: string, message: IncomingMessage): Promise<OutgoingMessage[]> =>
    services.dialogue.handle({ channel: "test", senderId: sender, updateId: `${kind}-${++update}`, message });
  const hello = (sender: string) => say(sender, { kind: "text", text: "hello" });
  const texts = (replies: OutgoingMessage[]) => replies.map((r) => r.text);

  /** A report filed through the dialogue, in Russian; its id and reference. */
  async function reportAs(sender: string): Promise<{ id: string; reference: string }> {
    await say(sender, { kind: "button", data: "lang:ru" });
    await say(sender, { kind: "text", text: SCAM_EN });
    for (const data of ["report", "consent:yes", "skip", "skip", "skip"]) await say(sender, { kind: "button", data });
    const [row] = await services.database.db.select({ id: referrals.id, reference: referrals.reference }).from(referrals).orderBy(sql`created_at desc`).limit(1);
    return row!;
  }

  beforeAll(async () => {
    services = await testServices(kind);
    const a = await createCaseworker(services.database.db, { email: `admin-${kind}@ngo.example`, password: "a long test password", role: "admin", countries: [] });
    admin = { id: a.id, email: a.email, role: "admin", countries: a.countries };
  });
  afterAll(() => services.close());

  it("tells the reporter, on their next message and in their language, that a caseworker took the report up and how it ended, each once", async () => {
    const ru = locale("ru");
    const { id, reference } = await reportAs("reporter-1");
    expect(await hello("reporter-1")).toEqual([{ text: ru.bot.smallTalk, lang: "ru" }]);

    expect((await claimNext(services.database.db, admin, CLAIMS))?.id).toBe(id);
    expect(texts(await hello("reporter-1"))).toEqual([ru.notice.taken_up.replace("{{reference}}", reference), ru.bot.smallTalk]);
    expect(texts(await hello("reporter-1"))).toEqual([ru.bot.smallTalk]);

    // Steps inside the queue are not news; an outcome is, once, even when a reopened report is closed the same way again.
    await changeStatus(services.database.db, admin, id, { to: "in_review" }, CLAIMS);
    expect(texts(await hello("reporter-1"))).toEqual([ru.bot.smallTalk]);
    await changeStatus(services.database.db, admin, id, { to: "referred", reason: "Passed to the FIA" }, CLAIMS);
    await changeStatus(services.database.db, admin, id, { to: "resolved", reason: "FIA blocked the number" }, CLAIMS);
    await changeStatus(services.database.db, admin, id, { to: "new", reason: "Reopened by mistake" }, CLAIMS);
    await changeStatus(services.database.db, admin, id, { to: "claimed" }, CLAIMS);
    await changeStatus(services.database.db, admin, id, { to: "resolved", reason: "FIA blocked the number" }, CLAIMS);
    expect(texts(await hello("reporter-1"))).toEqual([
      ru.notice.referred.replace("{{reference}}", reference),
      ru.notice.resolved.replace("{{reference}}", reference),
      ru.bot.smallTalk,
    ]);
    expect(texts(await hello("reporter-1"))).toEqual([ru.bot.smallTalk]);
  });

  it("gives news only to the reporter, by the keyed hash: nothing to others, nothing for reports without a reporter", async () => {
    const { id } = await reportAs("reporter-2");
    const unsigned = await fileReport(services.database.db, services.engine, { text: SCAM_EN, reporterHash: null });
    await changeStatus(services.database.db, admin, id, { to: "claimed" }, CLAIMS);
    await changeStatus(services.database.db, admin, unsigned.id, { to: "claimed" }, CLAIMS);
    await changeStatus(services.database.db, admin, unsigned.id, { to: "rejected", reason: "Not a job advert" }, CLAIMS);

    expect(texts(await hello("someone-else"))).toEqual([locale("en").bot.smallTalk]);
    const rows = await services.database.db.select().from(reporterNotices).where(eq(reporterNotices.referralId, unsigned.id));
    expect(rows).toEqual([]);
    const [mine] = await services.database.db.select().from(reporterNotices).where(eq(reporterNotices.referralId, id));
    const [report] = await services.database.db.select({ hash: referrals.reporterHash }).from(referrals).where(eq(referrals.id, id));
    expect(mine).toMatchObject({ reporterHash: report!.hash, event: "taken_up", deliveredAt: null });
    expect(JSON.stringify(mine)).not.toContain("reporter-2");
  });

  it("hands news over once in a flood, with the first message that is answered", async () => {
    const { id, reference } = await reportAs("reporter-3");
    await changeStatus(services.database.db, admin, id, { to: "claimed" }, CLAIMS);
    const flood = [];
    for (let i = 0; i < 25; i++) flood.push(await hello("reporter-3"));
    const told = flood.flat().filter((r) => r.text.includes(reference));
    // The report flow used 7 of the 20 messages a minute: the first hello within the limit carries the news, once.
    expect(told).toHaveLength(1);
    expect(flood[0]![0]!.text).toBe(locale("ru").notice.taken_up.replace("{{reference}}", reference));
  });

  it("forgets delivered news after a month and undelivered news after half a year", async () => {
    const { id } = await reportAs("reporter-4");
    await changeStatus(services.database.db, admin, id, { to: "claimed" }, CLAIMS);
    await changeStatus(services.database.db, admin, id, { to: "rejected", reason: "Duplicate" }, CLAIMS);
    await services.database.db.execute(sql`update reporter_notices set created_at = now() - interval '200 days' where referral_id = ${id} and event = 'rejected'`);
    await services.database.db.execute(sql`update reporter_notices set created_at = now() - interval '40 days', delivered_at = now() - interval '31 days' where referral_id = ${id} and event = 'taken_up'`);
    const recent = await fileReport(services.database.db, services.engine, { text: SCAM_EN, reporterHash: "another-reporter-hash-0123456789" });
    await changeStatus(services.database.db, admin, recent.id, { to: "claimed" }, CLAIMS);

    await pruneReporterNotices(services.database.db);
    const left = await services.database.db.select({ referralId: reporterNotices.referralId }).from(reporterNotices);
    expect(left.map((r) => r.referralId)).not.toContain(id);
    expect(left.map((r) => r.referralId)).toContain(recent.id);
  });
});
