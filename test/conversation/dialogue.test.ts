import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pruneProcessedUpdates, pruneSessions } from "../../src/conversation/conversation-store.ts";
import type { Envelope, IncomingMessage, OutgoingMessage } from "../../src/conversation/types.ts";
import { conversationSessions, processedUpdates, referrals, verdictFeedback } from "../../src/db/schema/index.ts";
import { testServices, type TestServices } from "../helpers/app.ts";

const locale = (lng: string) => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "locales", lng, "translation.json"), "utf8"));
const en = locale("en");

let services: TestServices;
let update = 0;

function say(sender: string, message: IncomingMessage, extra: Partial<Envelope> = {}): Promise<OutgoingMessage[]> {
  return services.dialogue.handle({ channel: "test", senderId: sender, updateId: String(++update), message, ...extra });
}
const text = (sender: string, t: string, extra: Partial<Envelope> = {}) => say(sender, { kind: "text", text: t }, extra);
const press = (sender: string, data: string) => say(sender, { kind: "button", data });

const SCAM_EN = "Dubai drivers urgently required, 100% visa guarantee, advance fee 50,000 via EasyPaisa, WhatsApp only 0300-0000111";
const TRAFFICKING_RU = "Требуются девушки 18-25 лет приятной внешности, работа в Камбодже, онлайн-продажи, билет бесплатно. Пишите в телеграм @cambo_job";

beforeAll(async () => {
  services = await testServices("pglite");
});
afterAll(() => services.close());

describe("first contact and language", () => {
  it("greets in the device language and offers the nine languages", async () => {
    const [welcome, picker] = await say("u1", { kind: "command", command: "start" }, { languageHint: "ru-RU" });
    expect(welcome!.text).toBe(locale("ru").bot.welcome);
    expect(picker!.buttons!.flat().map((b) => b.data)).toEqual(["lang:ur", "lang:ur-Latn", "lang:ru", "lang:uz-Latn", "lang:uz-Cyrl", "lang:tg", "lang:ky", "lang:kk", "lang:en"]);
  });

  it("remembers the chosen language for every later answer, right-to-left for Urdu", async () => {
    const [set] = await press("u2", "lang:ur");
    expect(set).toEqual({ text: locale("ur").bot.languageSet, lang: "ur", rtl: true });
    const [verdict] = await text("u2", SCAM_EN);
    expect(verdict!.text.startsWith(locale("ur").risk.high)).toBe(true);
    expect(verdict!.rtl).toBe(true);
  });

  it("answers a message too short to tell in the language of the conversation so far", async () => {
    const [verdict] = await text("u3b", TRAFFICKING_RU);
    expect(verdict!.lang).toBe("ru");
    expect(await text("u3b", "1")).toEqual([{ text: locale("ru").bot.smallTalk, lang: "ru" }]);
    expect(await text("u3b", "ok?")).toEqual([{ text: locale("ru").bot.smallTalk, lang: "ru" }]);
  });

  it("answers an ad in its own language when the user chose none", async () => {
    const [verdict] = await text("u3", TRAFFICKING_RU, { languageHint: "en" });
    expect(verdict!.text.startsWith(locale("ru").risk.high)).toBe(true);
  });
});

describe("checking an ad", () => {
  it("gives the verdict with its buttons, and all reasons on Why?", async () => {
    const [verdict] = await text("u4", SCAM_EN);
    expect(verdict!.text).toContain(en.signal.guaranteed_visa);
    expect(verdict!.buttons!.flat().map((b) => b.data)).toEqual(["report", "why", "howto", "help", "wrong"]);
    const [why] = await press("u4", "why");
    expect(why!.text.startsWith(en.bot.why)).toBe(true);
    expect(why!.text).toContain(en.signal.payment_channel);
    expect(why!.text).not.toContain(en.verdict.moreReasons_other.split("{{")[0]);
  });

  it("shows hotlines and offers an urgent referral on a trafficking verdict, never an unconfirmed number", async () => {
    const replies = await text("u5", TRAFFICKING_RU);
    expect(replies).toHaveLength(3);
    const hotlines = replies[1]!.text;
    expect(hotlines.startsWith(locale("ru").bot.helpNowIntro)).toBe(true);
    expect(hotlines).toContain("111-247-786");
    expect(hotlines).not.toContain("918-85-3434");
    expect(replies[2]!.buttons!.flat().map((b) => b.data)).toEqual(["urgent:yes", "report:no"]);
    const [filed] = await press("u5", "urgent:yes");
    expect(filed!.text).toMatch(/[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}/);
    const rows = await services.database.db.select().from(referrals);
    expect(rows.find((r) => filed!.text.includes(r.reference))).toMatchObject({ urgency: "urgent", crime: "trafficking" });
  });

  it("points Central Asian users to their state services and Pakistani users to BEOE", async () => {
    await text("u6", TRAFFICKING_RU);
    expect((await press("u6", "howto"))[0]!.text).toBe(locale("ru").bot.howToCheckCa);
    await text("u7", SCAM_EN);
    expect((await press("u7", "howto"))[0]!.text).toBe(en.bot.howToCheckPk);
  });

  it("stores 'this verdict is wrong' for review", async () => {
    await text("u8", SCAM_EN);
    expect((await press("u8", "wrong"))[0]!.text).toBe(en.bot.feedbackThanks);
    const rows = await services.database.db.select().from(verdictFeedback);
    expect(rows.some((r) => r.adText === SCAM_EN)).toBe(true);
  });
});

describe("bad input gets a clear, localized answer", () => {
  it.each([
    ["a greeting", "hi", en.bot.smallTalk],
    ["a long text that is not an ad", "I went to the market today and bought tomatoes, onions and bread for the family dinner.", en.verdict.notJobAd],
    ["an empty message", "   ", en.error.empty],
    ["binary junk", "\u0000\u0001\u0002\uFFFD\uFFFD\uFFFD\u0003abc", en.error.unreadable],
    ["a huge message", "x".repeat(50_000), en.error.tooLong.replace("{{max}}", "8000")],
  ])("%s", async (_name, input, expected) => {
    const [reply] = await text(`bad-${_name}`, input);
    expect(reply!.text).toBe(expected);
  });

  it("says it reads only text for pictures and other messages", async () => {
    expect((await say("u9", { kind: "image" }))[0]!.text).toBe(en.bot.imageNotSupported);
    expect((await say("u9", { kind: "unsupported" }))[0]!.text).toBe(en.bot.unsupported);
  });

  it("treats HTML and SQL in an ad as plain text", async () => {
    const [reply] = await text("u10", `${SCAM_EN} <script>alert(1)</script> '; drop table referrals; --`);
    expect(reply!.text.startsWith(en.risk.high)).toBe(true);
    expect(await services.database.db.select().from(referrals)).toBeDefined();
  });

  it("keeps an ad with a stray NUL or half an emoji, which Postgres refuses in text and jsonb, and files its report", async () => {
    const hostile = `${SCAM_EN}\u0000 call now \ud83d`;
    expect((await text("nul", hostile))[0]!.text.startsWith(en.risk.high)).toBe(true);
    await press("nul", "report");
    await press("nul", "consent:yes");
    await text("nul", "a Facebook group\u0000 \udc00");
    await press("nul", "paid:no");
    const [done] = await text("nul", "50,000");
    const reference = /[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}/.exec(done!.text)?.[0];
    const [row] = await services.database.db.select().from(referrals).where(eq(referrals.reference, reference!));
    expect(row!.adText).toBe(`${SCAM_EN}  call now \ufffd`);
    // Typed answers are kept as the kind of place and the amount only (referrals/answers.ts).
    expect(row!.reporterAnswers).toEqual({ whereSeen: "facebook", alreadyPaid: false, amount: "50,000" });
  });

  it("slows down a flood from one sender without affecting others", async () => {
    const replies: OutgoingMessage[][] = [];
    for (let i = 0; i < 25; i++) replies.push(await text("flood", "hi"));
    expect(replies.slice(0, 20).every((r) => r[0]?.text === en.bot.smallTalk)).toBe(true);
    expect(replies[20]).toEqual([{ text: en.bot.rateLimited, lang: "en" }]);
    expect(replies.slice(21)).toEqual([[], [], [], []]);
    expect((await text("calm", "hi"))[0]!.text).toBe(en.bot.smallTalk);
  });
});

describe("anonymous report", () => {
  it("asks for consent and can be cancelled without filing anything", async () => {
    await text("r1", SCAM_EN);
    const before = (await services.database.db.select().from(referrals)).length;
    expect((await press("r1", "report"))[0]!.text).toBe(en.bot.report.explain);
    expect((await press("r1", "consent:no"))[0]!.text).toBe(en.bot.report.cancelled);
    expect((await services.database.db.select().from(referrals)).length).toBe(before);
  });

  it("links repeat scammers: a number reported once is named in the next verdict that carries it", async () => {
    const phone = "0311-0000999";
    await text("h1", `Qatar security guards needed, visa 100% guaranteed, fee 2 lakh, WhatsApp ${phone}`);
    for (const data of ["report", "consent:yes", "skip", "skip", "skip"]) await press("h1", data);
    const [verdict] = await text("h2", `Saudi drivers required urgently, contact ${phone} today`);
    expect(verdict!.text).toContain(en.signal.reported_before);
    expect(verdict!.text).toContain(en.verdict.reportedBefore_one.replace("{{value}}", "+923110000999").replace("{{count}}", "1"));
  });

  it("refuses to report when no ad was checked yet, or when the last message was no ad", async () => {
    expect((await say("r2", { kind: "command", command: "report" }))[0]!.text).toBe(en.bot.noAdYet);
    await text("r2", SCAM_EN);
    await text("r2", "I went to the market today and bought tomatoes, onions and bread for the family dinner.");
    expect((await press("r2", "report"))[0]!.text).toBe(en.bot.noAdYet);
  });

  it("offers an urgent referral only when there is an ad to pass on", async () => {
    const withoutAd = await press("r3", "help");
    expect(withoutAd).toHaveLength(1);
    expect(withoutAd[0]!.text.startsWith(en.bot.helpNowIntro)).toBe(true);
    expect((await press("r3", "urgent:yes"))[0]!.text).toBe(en.bot.noAdYet);
    await text("r3", SCAM_EN);
    expect((await press("r3", "help")).at(-1)!.buttons!.flat().map((b) => b.data)).toEqual(["urgent:yes", "report:no"]);
  });

  it("leaves an open report when another button is pressed, and does what that button says", async () => {
    await text("r4", SCAM_EN);
    await press("r4", "report");
    await press("r4", "consent:yes");
    const [why] = await press("r4", "why");
    expect(why!.text.startsWith(en.bot.why)).toBe(true);
    const [reply] = await text("r4", "Facebook group");
    expect(reply!.text).not.toBe(en.bot.report.askPaid);
  });

  it("still gives a reference when the database is down, and files the report once it is back", async () => {
    const local = await testServices("pglite");
    try {
      await local.dialogue.handle({ channel: "test", senderId: "d1", updateId: "1", message: { kind: "text", text: SCAM_EN } });
      const steps = ["report", "consent:yes", "skip", "skip"];
      for (const [i, data] of steps.entries()) await local.dialogue.handle({ channel: "test", senderId: "d1", updateId: String(i + 2), message: { kind: "button", data } });
      await local.database.close();
      const [done] = await local.dialogue.handle({ channel: "test", senderId: "d1", updateId: "9", message: { kind: "button", data: "skip" } });
      const reference = /[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}/.exec(done!.text)?.[0];
      expect(done!.text).toBe(en.bot.report.done.replace("{{reference}}", reference!));
      const journal = readFileSync(local.config.reportJournal, "utf8");
      expect(journal).toContain(reference!);
    } finally {
      local.stop();
    }
  });
});

describe("housekeeping", () => {
  it("forgets idle sessions and old dedupe keys, and keeps fresh ones", async () => {
    const db = services.database.db;
    await text("old-sender", "hi");
    await db.update(conversationSessions).set({ updatedAt: sql`now() - interval '40 days'` });
    await db.update(processedUpdates).set({ createdAt: sql`now() - interval '8 days'` });
    await text("new-sender", "hi");
    await pruneSessions(db);
    await pruneProcessedUpdates(db);
    expect(await db.select().from(conversationSessions)).toHaveLength(1);
    expect(await db.select().from(processedUpdates)).toHaveLength(1);
  });
});
