import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import type { Update } from "grammy/types";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTelegramBot } from "../../../src/channels/telegram/bot.ts";
import { startPolling } from "../../../src/channels/telegram/polling.ts";
import { referrals, sightings } from "../../../src/db/schema/index.ts";
import { REFERENCE_PATTERN } from "../../../src/referrals/reference.ts";
import { testServices, type TestServices } from "../../helpers/app.ts";
import { renderAdImage } from "../../helpers/ad-image.ts";
import { dumpAllTables } from "../../helpers/scan-tables.ts";
import { buttonUpdate, photoUpdate, TelegramMock, textUpdate, user } from "../../helpers/telegram-mock.ts";
import { WEBHOOK_SECRET, webhookSuite } from "../../helpers/webhook-app.ts";

const TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz";
const locale = (lng: string) => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "..", "locales", lng, "translation.json"), "utf8"));

const URDU_AD = "سعودی عرب کے لیے ڈرائیور کی فوری ضرورت، 100 فیصد ویزا گارنٹی، ایڈوانس فیس 3 لاکھ روپے، صرف واٹس ایپ 0300-0000111";
const RUSSIAN_AD = "Срочно! Работа в Польше, виза 100%, предоплата 300$ на карту, пишите только в телеграм @job_poland_fast";
const KAZAKH_AD = "Кореяға жұмысшылар керек, жалақы 2000$, тәжірибе қажет емес. Алдын ала төлем 200$ Kaspi-ге. Тек WhatsApp +7 701 000 0011";

const suite = webhookSuite("postgres");
const post = (update: unknown, secret?: string | null) => suite.post(update, secret);
let mock: TelegramMock;
let services: TestServices;
let webhookUrl: string;

beforeAll(() => {
  ({ mock, services, url: webhookUrl } = suite);
});

beforeEach(() => {
  mock.calls.length = 0;
  mock.downloads.length = 0;
});

describe("Telegram webhook", () => {
  it("refuses a wrong or missing secret with 401 and processes nothing", async () => {
    const amina = user(1001, "en");
    expect((await post(textUpdate(amina, URDU_AD), "wrong-secret-token-0000")).status).toBe(401);
    expect((await post(textUpdate(amina, URDU_AD), null)).status).toBe(401);
    expect(mock.sent()).toEqual([]);
  });

  it("answers malformed updates with 4xx, never a crash", async () => {
    expect((await post("{not json")).status).toBe(400);
    expect((await post({ hello: "world" })).status).toBe(400);
    expect((await post([1, 2, 3])).status).toBe(400);
    expect((await post({ update_id: 5, message: { weird: true } })).status).toBe(200);
    expect((await fetch(webhookUrl, { method: "POST", headers: { "x-telegram-bot-api-secret-token": WEBHOOK_SECRET, "content-type": "application/json" }, body: JSON.stringify({ update_id: 1, pad: "x".repeat(400_000) }) })).status).toBe(413);
    expect(mock.sent()).toEqual([]);
  });

  it.each([
    ["ur", URDU_AD, "ur"],
    ["ru", RUSSIAN_AD, "ru"],
    ["kk", KAZAKH_AD, "kk"],
  ])("replies to a %s ad in that language, with the verdict buttons", async (_name, ad, lng) => {
    const sender = user(2000 + ad.length, "en");
    expect((await post(textUpdate(sender, ad))).status).toBe(200);
    const [reply] = await mock.waitFor("sendMessage", 1);
    const t = locale(lng);
    expect(reply!.chat_id).toBe(sender.id);
    expect(String(reply!.text).startsWith(t.risk.high)).toBe(true);
    expect(reply!.parse_mode).toBeUndefined();
    const labels = (reply!.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat();
    expect(labels.map((b) => b.callback_data.split(":")[0])).toEqual(["report", "why", "howto", "help", "wrong"]);
    expect(labels[0]!.text).toBe(t.bot.button.report);
  });

  it("answers a redelivered update once", async () => {
    const sender = user(3001, "ru");
    const update = textUpdate(sender, RUSSIAN_AD);
    await post(update);
    await post(update);
    await mock.waitFor("sendMessage", 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(mock.sent()).toHaveLength(1);
  });

  it("reads the advert in a photo (getFile, then the file endpoint) and answers with the verdict", async () => {
    const sender = user(3002, "ru");
    mock.files.set("photo-ru", await renderAdImage(RUSSIAN_AD, { format: "jpeg" }));
    await post(photoUpdate(sender, undefined, { fileId: "photo-ru" }));
    const [reply] = await mock.waitFor("sendMessage", 1, 20_000);
    const t = locale("ru");
    // The largest size of the photo, downloaded once through the Bot API's file endpoint.
    expect(mock.sent("getFile")).toEqual([{ file_id: "photo-ru" }]);
    expect(mock.downloads).toContain("photos/photo-ru");
    const text = String(reply!.text);
    expect(text.startsWith(`${t.image.readFromPicture}\n\n${t.risk.high}`)).toBe(true);
    expect(reply!.parse_mode).toBeUndefined();
    const buttons = (reply!.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard.flat();
    expect(buttons.map((b) => b.callback_data.split(":")[0])).toEqual(["report", "why", "howto", "help", "wrong"]);
    // The first answer carries the strongest reason; every reason read off the picture is behind Why?.
    await post(buttonUpdate(sender, "why"));
    const [, why] = await mock.waitFor("sendMessage", 2);
    for (const flag of ["guaranteed_visa", "upfront_fee", "contact_only_messenger"]) expect(String(why!.text)).toContain(t.signal[flag]);
  });

  it("refuses a photo over the size limit without downloading it, and says when Telegram cannot serve one", async () => {
    const sender = user(3003, "kk");
    await post(photoUpdate(sender, undefined, { fileId: "huge", size: 50 * 1024 * 1024 }));
    await post(photoUpdate(sender, undefined, { fileId: "vanished" }));
    const replies = await mock.waitFor("sendMessage", 2);
    const t = locale("kk");
    expect(replies.map((r) => r.text)).toEqual([t.image.tooLarge.replace("{{max}}", "10"), t.image.failed]);
    expect(mock.sent("getFile")).toEqual([{ file_id: "vanished" }]);
    expect(mock.downloads).not.toContain("photos/huge");
  });

  it("checks a long caption on its own when its photo cannot be read", async () => {
    await post(photoUpdate(user(3004, "en"), "Dubai drivers urgently required, 100% visa guarantee, advance fee 500$, WhatsApp only 0300-0000111", { fileId: "gone" }));
    const [failed, verdict] = await mock.waitFor("sendMessage", 2);
    const t = locale("en");
    expect(failed!.text).toBe(t.image.failed);
    expect(String(verdict!.text).startsWith(t.risk.high)).toBe(true);
  });

  it("files an anonymous report end to end into Postgres, with no trace of who reported", async () => {
    const reporter = { ...user(730419268, "ur", "Rashida"), last_name: "Bibi", username: "rashida_b" };
    const t = locale("ur").bot;
    const steps: Update[] = [
      // Telegram never tells us the sender's phone; their name and username it does, and those are scrubbed.
      textUpdate(reporter, `${URDU_AD}\nforwarded by Rashida Bibi (@rashida_b)`),
      buttonUpdate(reporter, "report"),
      buttonUpdate(reporter, "consent:yes"),
      textUpdate(reporter, "فیس بک گروپ میں دیکھا، مجھے 0345-1234567 پر کال کریں"),
      buttonUpdate(reporter, "paid:yes"),
      textUpdate(reporter, "50 ہزار روپے"),
    ];
    for (const [i, update] of steps.entries()) {
      await post(update);
      await mock.waitFor("sendMessage", i + 1);
    }
    expect(mock.sent("answerCallbackQuery")).toHaveLength(3);
    const texts = mock.sent().map((m) => String(m.text));
    expect(texts[1]).toBe(t.report.explain);
    expect(texts[2]).toBe(t.report.askWhere);
    const reference = /[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}/.exec(texts.at(-1)!)?.[0];
    expect(reference).toMatch(REFERENCE_PATTERN);

    const rows = await services.database.db.select().from(referrals).where(eq(referrals.reference, reference!));
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({ status: "new", channel: "telegram", language: "ur", country: "PK", risk: "high", urgency: "normal" });
    expect(row.reporterAnswers).toEqual({ whereSeen: "facebook", alreadyPaid: true, amount: "50 ہزار روپے" });
    expect(row.adText).toContain("0300-0000111");
    // Every column of every table: no chat id, name, username or phone of the reporter.
    const everything = await dumpAllTables(services.database.db);
    expect(everything).toContain(reference!);
    // Whole values only: four digits like "0345" turn up by chance in timestamps and ids.
    for (const secret of ["730419268", "Rashida", "rashida", "Bibi", "0345-1234567", "03451234567", "3451234567"]) expect(everything).not.toContain(secret);
    const seen = await services.database.db.select().from(sightings).where(eq(sightings.referralId, row.id));
    expect(seen.map((s) => `${s.kind}:${s.value}`)).toContain("phone:+923000000111");
  });

  it("asks about a new advert pasted mid-report with two buttons that carry its key, checks it, and gives the report back", async () => {
    const from = user(3101, "ru");
    const ru = locale("ru").bot;
    const kk = locale("kk");
    type Key = { text: string; callback_data: string };
    const keys = (m: Record<string, unknown> | undefined) => (m!.reply_markup as { inline_keyboard: Key[][] }).inline_keyboard.flat();
    let seen = 0;
    /** The update's answers: the messages to this chat that `count` more make. */
    const send = async (update: Update, count = 1) => {
      await post(update);
      seen += count;
      return (await mock.waitForChat(from.id, seen)).slice(seen - count);
    };
    const [verdict] = await send(textUpdate(from, RUSSIAN_AD));
    const first = keys(verdict)[0]!.callback_data;
    await send(buttonUpdate(from, first));
    const [where] = await send(buttonUpdate(from, "consent:yes"));
    expect(where!.text).toBe(ru.report.askWhere);

    const [question] = await send(textUpdate(from, KAZAKH_AD));
    expect(question!.text).toBe(ru.report.newAdvert);
    const [check, goOn] = keys(question);
    const key = check!.callback_data.split(":")[2];
    expect([check, goOn]).toEqual([
      { text: ru.button.checkNew, callback_data: `newad:check:${key}` },
      { text: ru.button.continueReport, callback_data: `newad:continue:${key}` },
    ]);
    const [newVerdict, offer] = await send(buttonUpdate(from, check!.callback_data), 2);
    expect(String(newVerdict!.text).startsWith(kk.risk.high)).toBe(true);
    expect(keys(newVerdict)[0]!.callback_data).toBe(`report:${key}`);
    expect(offer!.text).toBe(kk.bot.report.paused);
    expect(keys(offer)).toEqual([{ text: kk.bot.button.finishReport, callback_data: `resume:${first.split(":")[1]}` }]);
    const [again] = await send(buttonUpdate(from, keys(offer)[0]!.callback_data));
    expect(again!.text).toBe(kk.bot.report.askWhere);
    // Every press was acknowledged, so no button spins.
    expect(mock.sent("answerCallbackQuery")).toHaveLength(4);
    await new Promise((r) => setTimeout(r, 300));
    expect(mock.messagesTo(from.id)).toHaveLength(seen);
  });
});

describe("Telegram long polling", () => {
  it("fetches updates from the Bot API and answers them", async () => {
    const bot = createTelegramBot({ token: TOKEN, dialogue: services.dialogue, log: services.log, apiRoot: mock.url });
    const runner = await startPolling(bot);
    try {
      mock.push(textUpdate(user(5001, "ky"), "/start"));
      const replies = await mock.waitFor("sendMessage", 2);
      const t = locale("ky").bot;
      expect(replies.map((r) => r.text)).toEqual([t.welcome, t.chooseLanguage]);
      expect(mock.calls.some((c) => c.method === "deleteWebhook")).toBe(true);
    } finally {
      await runner.stop();
    }
  });
});
