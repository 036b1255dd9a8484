import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pruneProcessedUpdates, pruneSessions } from "../../src/db/conversation-repository.ts";
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

  it("answers a greeting in its language with what the helpline does, not with 'this is no job offer'", async () => {
    for (const [lng, greeting] of [["uz-Latn", "Assalomu alaykum"], ["ky", "Саламатсызбы"], ["kk", "Сәлеметсіз бе"], ["ur-Latn", "Assalam o alaikum"]] as const) {
      expect(await text(`g-${lng}`, greeting), greeting).toEqual([{ text: locale(lng).bot.smallTalk, lang: lng }]);
    }
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
  it("gives a short verdict (risk, the strongest reason in the advert's words, one action) with its buttons, and everything else on Why?", async () => {
    const [verdict] = await text("u4", SCAM_EN);
    const lines = verdict!.text.split("\n");
    expect(lines.length).toBeLessThanOrEqual(4);
    expect(lines[0]!.startsWith(en.risk.high)).toBe(true);
    // The reason starts with the advert's own words, in quotes.
    expect(lines[1]).toMatch(/^“[^”]+” — /);
    expect(SCAM_EN).toContain(/^“([^”]+)”/.exec(lines[1]!)![1]);
    expect(lines.at(-1)!.startsWith("→ ")).toBe(true);
    expect(verdict!.text).not.toMatch(/\d+\/100|score/i);
    expect(verdict!.buttons!.flat().map((b) => b.data.split(":")[0])).toEqual(["report", "why", "howto", "help", "wrong"]);
    const [why] = await press("u4", "why");
    expect(why!.text.startsWith(en.bot.why)).toBe(true);
    expect(why!.text).toContain(en.signal.guaranteed_visa);
    expect(why!.text).toContain(en.signal.payment_channel);
    expect(why!.text).not.toContain(en.verdict.moreReasons_other.split("{{")[0]);
  });

  it("points the advice and 'how to check' of an English advert to the country the person said they are from", async () => {
    const ad = "Poland warehouse workers, salary 4,500 PLN, visa processing fee $900 before interview, WhatsApp only +48 500 000 111";
    await press("home-kz", "country:KZ");
    await text("home-kz", ad);
    const [why] = await press("home-kz", "why");
    expect(why!.text).toContain(en.advice.verifyRegistryCentralAsia);
    expect(why!.text).not.toContain(en.advice.verifyRegistryPk);
    expect(why!.text).not.toContain(en.advice.protectorStamp);
    expect(await press("home-kz", "howto")).toEqual([{ text: en.bot.howToCheckCa, lang: "en" }]);
    // Nobody said where they are: an English advert with no Central Asian sign is read as from Pakistan.
    await text("home-unknown", ad);
    expect((await press("home-unknown", "why"))[0]!.text).toContain(en.advice.verifyRegistryPk);
  });

  it("asks a Russian speaker where they are before showing help, then shows that country's numbers only, and the urgent referral", async () => {
    const ru = locale("ru");
    const replies = await text("u5", TRAFFICKING_RU);
    expect(replies).toHaveLength(2);
    expect(replies[1]!.text).toBe(ru.bot.askCountry);
    expect(replies[1]!.buttons!.flat().map((b) => b.data)).toEqual(["country:PK", "country:KZ", "country:KG", "country:TJ", "country:UZ", "country:abroad"]);
    const [hotlines, offer] = await press("u5", "country:KZ");
    expect(hotlines!.text.startsWith(ru.bot.helpNowIntro)).toBe(true);
    expect(hotlines!.text).toContain("112");
    // Never another country's help, never an unconfirmed number.
    expect(hotlines!.text).not.toContain("111-247-786");
    expect(hotlines!.text).not.toContain("918-85-3434");
    expect(offer!.buttons!.flat().map((b) => b.data)).toEqual(["urgent:yes", "report:no"]);
    const [filed] = await press("u5", "urgent:yes");
    expect(filed!.text).toMatch(/[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}/);
    const rows = await services.database.db.select().from(referrals);
    // The answer decides whose caseworkers get the report: a Russian-language report from Kazakhstan goes to KZ.
    expect(rows.find((r) => filed!.text.includes(r.reference))).toMatchObject({ urgency: "urgent", crime: "trafficking", country: "KZ" });
    // Asked once: the next help request goes straight to the numbers.
    const [again] = await press("u5", "help");
    expect(again!.text.startsWith(ru.bot.helpNowIntro)).toBe(true);
  });

  it("shows someone abroad the numbers of where they work, and says so when it has none", async () => {
    await text("u5b", TRAFFICKING_RU);
    const [where] = await press("u5b", "country:abroad");
    expect(where!.buttons!.flat().map((b) => b.data)).toEqual(["country:RU", "country:AE", "country:SA", "country:QA", "country:GB", "country:other"]);
    const [russia] = await press("u5b", "country:RU");
    expect(russia!.text).toContain("112");
    await press("u5b", "country:other");
    const [other] = await press("u5b", "help");
    expect(other!.text).toContain(locale("ru").bot.noLocalNumber);
  });

  it("shows an Urdu speaker Pakistan's numbers without asking, written to be tapped", async () => {
    const [, help] = await text("u5c", "لڑکیوں کی ضرورت، عمر 18 سے 25 سال، خوبصورت، دبئی مساج سنٹر، تصویر واٹس ایپ کریں 0300-0000999");
    expect(help!.text).toContain("111-247-786");
    expect(help!.text).toContain("+92 304 1112123");
  });

  it("offers an urgent referral only when there is an ad to pass on", async () => {
    const [asked] = await press("r3", "help");
    expect(asked!.text).toBe(en.bot.askCountry);
    const withoutAd = await press("r3", "country:PK");
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

  it("keeps the advert after small talk, so its buttons still act on it; a longer text that is no ad replaces it", async () => {
    await text("r6", SCAM_EN);
    expect(await text("r6", "thanks!")).toEqual([{ text: en.bot.smallTalk, lang: "en" }]);
    const [explain] = await press("r6", "report");
    expect(explain!.text).toBe(en.bot.report.explain);
    await press("r6", "cancel");
    const [notAd] = await text("r6", "My cousin told me about this, what do you think about the weather in Lahore today?");
    expect(notAd!.text).toBe(en.verdict.notJobAd);
    expect((await press("r6", "report"))[0]!.text).toBe(en.bot.noAdYet);
  });

  it("warns about the offer a worker's question tells of, in its own words, instead of only asking for the advert", async () => {
    const question = "My cousin met an agent who says Korea factory work without any exam, he wants 1,500 dollars half now to his JazzCash. Is this real?";
    const [reply] = await text("r6q", question);
    expect(reply!.text.startsWith(en.verdict.toldOffer)).toBe(true);
    expect(reply!.text).toContain(en.signal.upfront_fee);
    expect(reply!.text).toContain("“half now”");
    expect(reply!.text.endsWith(en.verdict.toldOfferNext)).toBe(true);
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
      // Set apart on a line of its own, so a phone never breaks it at its hyphen.
      expect(done!.text.split("\n")).toContain(reference);
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
