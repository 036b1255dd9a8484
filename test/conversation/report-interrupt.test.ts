import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Envelope, IncomingMessage, OutgoingMessage } from "../../src/conversation/types.ts";
import { referrals } from "../../src/db/schema/index.ts";
import { locale } from "../helpers/fixture-ads.ts";
import { testServices, type TestServices } from "../helpers/app.ts";

/**
 * A new advert pasted while the report asks its questions: the person is
 * asked whether to check it, and neither the advert nor the report is lost,
 * whichever they choose. A short answer is still the answer.
 */

const en = locale("en");
const ru = locale("ru");
const SCAM_EN = "Dubai drivers urgently required, 100% visa guarantee, advance fee 50,000 via EasyPaisa, WhatsApp only 0300-0000111";
const TRAFFICKING_RU = "Требуются девушки 18-25 лет приятной внешности, работа в Камбодже, онлайн-продажи, билет бесплатно. Пишите в телеграм @cambo_job";
const REFERENCE = /[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}/;

let services: TestServices;
let update = 0;

const say = (sender: string, message: IncomingMessage, extra: Partial<Envelope> = {}): Promise<OutgoingMessage[]> =>
  services.dialogue.handle({ channel: "test", senderId: sender, updateId: String(++update), message, ...extra });
const text = (sender: string, t: string) => say(sender, { kind: "text", text: t });
const press = (sender: string, data: string) => say(sender, { kind: "button", data });
const buttonsOf = (m: OutgoingMessage | undefined) => m?.buttons?.flat().map((b) => b.data) ?? [];
/** The key of the advert a verdict's buttons act on. */
const keyUnder = (verdict: OutgoingMessage | undefined) => buttonsOf(verdict)[0]!.split(":")[1]!;

/** An English advert checked and its report begun: the question "where did you see it?" waits. Returns the advert's key. */
async function reportAsking(sender: string): Promise<string> {
  const [verdict] = await text(sender, SCAM_EN);
  await press(sender, `report:${keyUnder(verdict)}`);
  const [where] = await press(sender, "consent:yes");
  expect(where!.text).toBe(en.bot.report.askWhere);
  return keyUnder(verdict);
}

/** The new advert pasted mid-report: the question and the key its two buttons carry. */
async function pasteNewAdvert(sender: string): Promise<string> {
  const replies = await text(sender, TRAFFICKING_RU);
  expect(replies).toHaveLength(1);
  const [question] = replies;
  // In the conversation's language, not the advert's.
  expect(question).toMatchObject({ text: en.bot.report.newAdvert, lang: "en" });
  const [check, goOn] = buttonsOf(question);
  const key = check!.split(":")[2]!;
  expect([check, goOn]).toEqual([`newad:check:${key}`, `newad:continue:${key}`]);
  expect(question!.buttons!.flat().map((b) => b.label)).toEqual([en.bot.button.checkNew, en.bot.button.continueReport]);
  return key;
}

async function referral(reply: OutgoingMessage | undefined) {
  const reference = REFERENCE.exec(reply?.text ?? "")?.[0];
  expect(reference, reply?.text).toBeDefined();
  const [row] = await services.database.db.select().from(referrals).where(eq(referrals.reference, reference!));
  return row!;
}

beforeAll(async () => {
  services = await testServices("pglite");
});
afterAll(() => services.close());

describe("a new advert in the middle of a report", () => {
  it("'Check the new advert': its verdict at once, the report paused and offered back, then filed about the first advert", async () => {
    const first = await reportAsking("i1");
    const key = await pasteNewAdvert("i1");
    const replies = await press("i1", `newad:check:${key}`);
    const [verdict, ...rest] = replies;
    expect(verdict!.text.startsWith(ru.risk.high)).toBe(true);
    // The verdict's buttons act on the new advert, under the key its question carried.
    expect(buttonsOf(verdict)).toContain(`report:${key}`);
    const offer = rest.at(-1)!;
    expect(offer.text).toBe(ru.bot.report.paused);
    expect(offer.buttons!.flat()).toEqual([{ data: `resume:${first}`, label: ru.bot.button.finishReport }]);
    // The paused report takes no answer: a short text now is small talk, not "where did you see it?".
    expect((await text("i1", "Facebook"))[0]!.text).toBe(ru.bot.smallTalk);
    // Pressed twice: nothing more.
    expect(await press("i1", `newad:check:${key}`)).toEqual([]);

    const [where] = await press("i1", `resume:${first}`);
    expect(where!.text).toBe(ru.bot.report.askWhere);
    expect((await text("i1", "в группе фейсбук"))[0]!.text).toBe(ru.bot.report.askPaid);
    await press("i1", "paid:yes");
    const [done, ...after] = await press("i1", "skip");
    expect(after).toEqual([]);
    const row = await referral(done);
    expect(row.adText).toBe(SCAM_EN);
    expect(row.reporterAnswers).toEqual({ whereSeen: "facebook", alreadyPaid: true });
    // Finished once: its offer is no longer open, and the new advert's own Report still acts on the new advert.
    expect(await press("i1", `resume:${first}`)).toEqual([{ text: ru.bot.report.notOpen, lang: "ru" }]);
    expect((await press("i1", `report:${key}`))[0]!.text).toBe(ru.bot.report.explain);
  });

  it("'Continue the report': the question again, and the held advert checked right after the report is filed", async () => {
    await reportAsking("i2");
    const key = await pasteNewAdvert("i2");
    const [note, where, ...rest] = await press("i2", `newad:continue:${key}`);
    expect(rest).toEqual([]);
    expect(note!.text).toBe(en.bot.report.checkAfter);
    expect(where).toMatchObject({ text: en.bot.report.askWhere, buttons: [[{ data: "skip" }, { data: "cancel" }]] });
    expect((await text("i2", "Telegram"))[0]!.text).toBe(en.bot.report.askPaid);
    await press("i2", "paid:no");
    const [done, verdict, ...help] = await text("i2", "they asked for 300$");
    const row = await referral(done);
    expect(row.adText).toBe(SCAM_EN);
    expect(row.reporterAnswers).toEqual({ whereSeen: "telegram", alreadyPaid: false, amount: "300 $" });
    expect(verdict!.text.startsWith(ru.risk.high)).toBe(true);
    expect(buttonsOf(verdict)).toContain(`report:${key}`);
    // A trafficking verdict brings the help with it; no report is left to offer.
    expect(help.map((m) => m.text)).not.toContain(ru.bot.report.paused);
    // Checked once: its question's buttons have nothing left to do.
    expect(await press("i2", `newad:check:${key}`)).toEqual([]);
  });

  it("checks the held advert also when the report is cancelled instead", async () => {
    await reportAsking("i3");
    const key = await pasteNewAdvert("i3");
    await press("i3", `newad:continue:${key}`);
    const [cancelled, verdict] = await press("i3", "cancel");
    expect(cancelled!.text).toBe(en.bot.report.cancelled);
    expect(verdict!.text.startsWith(ru.risk.high)).toBe(true);
    expect(buttonsOf(verdict)).toContain(`report:${key}`);
  });

  it("takes an answer typed instead of pressing either button, and checks the held advert after the report", async () => {
    await reportAsking("i4");
    const key = await pasteNewAdvert("i4");
    expect((await text("i4", "Telegram"))[0]!.text).toBe(en.bot.report.askPaid);
    await press("i4", "skip");
    const [done, verdict] = await press("i4", "skip");
    expect((await referral(done)).reporterAnswers).toEqual({ whereSeen: "telegram" });
    expect(buttonsOf(verdict)).toContain(`report:${key}`);
  });

  it("finishing the paused report while the new advert's report is open sets that one aside in its place", async () => {
    const first = await reportAsking("i5");
    const key = await pasteNewAdvert("i5");
    await press("i5", `newad:check:${key}`);
    await press("i5", `report:${key}`);
    await press("i5", "consent:yes");
    const [where] = await press("i5", `resume:${first}`);
    expect(where!.text).toBe(ru.bot.report.askWhere);
    await press("i5", "skip");
    const [done, offer] = await press("i5", "skip").then(() => press("i5", "skip"));
    expect((await referral(done)).adText).toBe(SCAM_EN);
    expect(offer!.buttons!.flat().map((b) => b.data)).toEqual([`resume:${key}`]);
    expect((await press("i5", `resume:${key}`))[0]!.text).toBe(ru.bot.report.askWhere);
    await press("i5", "skip");
    await press("i5", "skip");
    expect((await referral((await press("i5", "skip"))[0])).adText).toBe(TRAFFICKING_RU);
  });

  it.each(["Telegram", "on Facebook", "в телеграм канале", "WhatsApp group"])("takes a short answer (%s) as the answer, no question asked", async (answer) => {
    const sender = `short-${answer}`;
    await reportAsking(sender);
    expect(await text(sender, answer)).toEqual([expect.objectContaining({ text: en.bot.report.askPaid })]);
  });
});

describe("a forwarded text that is no advert, in the middle of a report", () => {
  it("leaves the report about its advert, and the next answer files it", async () => {
    await reportAsking("fw1");
    const news = "Weather in Tashkent: sunny all week, light wind from the north, in the evening cooler, mountains may see some snow by Sunday.";
    const replies = [...(await say("fw1", { kind: "text", text: news, forwarded: true }))];
    // The forward is answered when its window closes; wait for it on the next message.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const a1 = await text("fw1", "Facebook");
    const a2 = await press("fw1", "paid:no");
    const a3 = await press("fw1", "skip");
    const filed = a3.find((m) => REFERENCE.test(m.text));
    expect(replies.map((m) => m.text)).toEqual([en.verdict.notJobAd]);
    expect([a1, a2].map((r) => r[0]!.text)).toEqual([en.bot.report.askPaid, en.bot.report.askAmount]);
    const row = await referral(filed);
    expect(row.adText).toContain("Dubai drivers");
  });
});

describe("a forwarded advert in the middle of a report", () => {
  it("is checked at once, and the report is set aside with 'Finish my report', then filed about its own advert", async () => {
    const first = await reportAsking("fw2");
    const answer = await say("fw2", { kind: "text", text: TRAFFICKING_RU, forwarded: true });
    expect(answer[0]!.text.startsWith(ru.risk.high)).toBe(true);
    const offer = answer.at(-1)!;
    expect(offer.buttons!.flat().map((b) => b.data)).toEqual([`resume:${first}`]);
    // Asked in the language the conversation moved to with the Russian advert.
    const replies = await press("fw2", `resume:${first}`);
    expect(replies[0]!.text).toBe(ru.bot.report.askWhere);
    await text("fw2", "Instagram");
    await press("fw2", "paid:no");
    const filed = (await press("fw2", "skip")).find((m) => REFERENCE.test(m.text));
    expect((await referral(filed)).adText).toContain("Dubai drivers");
  });
});
