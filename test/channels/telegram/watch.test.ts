import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { advertClusters, monitorDaily, monitorSightings, monitorSources, referrals, sightings } from "../../../src/db/schema/index.ts";
import { dumpAllTables } from "../../helpers/scan-tables.ts";
import { channelPostUpdate, groupMessageUpdate, textUpdate, user, type TestChat } from "../../helpers/telegram-mock.ts";
import { webhookSuite, type WebhookSuite } from "../../helpers/webhook-app.ts";

const locale = (lng: string) => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "..", "locales", lng, "translation.json"), "utf8"));

/** High risk, Russian, no phone: its country comes from configuration or nowhere. */
const POLAND = "Срочно! Работа в Польше, виза 100%, предоплата 300$ на карту, пишите только в телеграм @job_poland_fast";
/** High risk, Urdu, a Pakistani number: its country is PK. */
const SAUDI = "سعودی عرب کے لیے ڈرائیور کی فوری ضرورت، 100 فیصد ویزا گارنٹی، ایڈوانس فیس 3 لاکھ روپے، صرف واٹس ایپ 0300-0000111";
/** High risk; re-posted with another number each time. */
const korea = (i: number) =>
  `Требуются сварщики в Южную Корею 🇰🇷 Зарплата 3000$ в месяц. Опыт не нужен. Оформление визы за 5 дней, предоплата 400$. Пишите в WhatsApp +996 555 ${String(100 + i).padStart(3, "0")} 2${String(i).padStart(2, "0")}`;
/** High risk; the advert re-posted in 40 chats, with another number each time. */
const germany = (i: number) =>
  `Сбор клубники в Германии! Зарплата 2500€ в месяц, жильё бесплатно. Виза гарантирована 100%, предоплата 350€ за оформление на карту. Звоните +998 90 ${String(100 + i)} ${String(1000 + i)}`;
/** Medium risk: below the default threshold. */
const SHOP = "Ищем продавца в магазин одежды в Алматы, график 5/2, зарплата 250000 тенге, звоните +7 701 123 4567";
/** Medium risk (two weak signs): below the default threshold. */
const QATAR = "Требуются водители в Катар, зарплата 1500$, только WhatsApp +971 50 000 0042";
const DUBAI = "Требуются водители в Дубай, виза гарантирована, оплата 500$ заранее на карту Visa, только WhatsApp +971 50 000 0042";

const KZ_JOBS: TestChat = { id: -1001000000001, type: "channel", title: "Работа Казахстан", username: "kz_jobs" };
const KG_PRIVATE: TestChat = { id: -1001234, type: "supergroup", title: "Жумуш Бишкек" };

async function posted(suite: WebhookSuite, update: unknown): Promise<void> {
  expect((await suite.post(update)).status).toBe(200);
}

describe("watching public channels and groups (TELEGRAM_WATCH=on)", () => {
  const suite = webhookSuite("postgres", { env: { TELEGRAM_WATCH: "on", TELEGRAM_WATCH_COUNTRIES: "@KZ_jobs=KZ,-1001234=KG" } });
  const db = () => suite.services.database.db;
  const sightingsOf = (referralId: string) => db().select().from(monitorSightings).where(eq(monitorSightings.referralId, referralId));

  it("files a risky channel post silently, with its public link, the channel's title and the configured country", async () => {
    await posted(suite, channelPostUpdate(KZ_JOBS, 77, POLAND));
    const [referral] = await db().select().from(referrals).where(eq(referrals.adText, POLAND));
    expect(referral).toMatchObject({ channel: "monitor", country: "KZ", risk: "high", reporterHash: null, status: "new" });
    const [seen] = await sightingsOf(referral!.id);
    expect(seen).toMatchObject({ link: "https://t.me/kz_jobs/77", chatTitle: "Работа Казахстан", messageId: 77 });
    // The scammer's handle is evidence, kept as for a report.
    const contacts = await db().select().from(sightings).where(eq(sightings.referralId, referral!.id));
    expect(contacts.map((c) => c.value)).toContain("@job_poland_fast");
    expect(suite.mock.sent()).toEqual([]);
  });

  it("takes the country from the post when the chat has none configured; a chat without a username gets no link", async () => {
    const pk: TestChat = { id: -1002000000002, type: "channel", title: "Gulf Jobs", username: "gulf_jobs_pk" };
    await posted(suite, channelPostUpdate(pk, 5, SAUDI, { caption: true }));
    const [fromPost] = await db().select().from(referrals).where(eq(referrals.adText, SAUDI));
    expect(fromPost).toMatchObject({ channel: "monitor", country: "PK", language: "ur" });

    await posted(suite, groupMessageUpdate(KG_PRIVATE, user(501, "ru", "Bakyt"), 9, QATAR));
    // Medium risk is below the default threshold: counted, not filed.
    expect(await db().select().from(referrals).where(sql`${referrals.adText} like '%Катар%'`)).toEqual([]);
    const [kg] = await db().select().from(monitorSources).where(eq(monitorSources.chatId, KG_PRIVATE.id));
    expect(kg).toMatchObject({ country: "KG", kind: "supergroup", username: null });
    await posted(suite, groupMessageUpdate(KG_PRIVATE, user(501, "ru", "Bakyt"), 10, korea(99)));
    const [filed] = await db().select().from(referrals).where(eq(referrals.adText, korea(99)));
    expect(filed).toMatchObject({ country: "KG" });
    expect(await sightingsOf(filed!.id)).toMatchObject([{ link: null, chatTitle: "Жумуш Бишкек" }]);
  });

  it("makes one referral with 40 sightings of an advert re-posted in 40 chats at once", async () => {
    const chats = Array.from({ length: 40 }, (_, i): TestChat => ({ id: -1003000000000 - i, type: i % 2 ? "supergroup" : "channel", title: `Работа за рубежом ${i}`, username: `work_abroad_${i}` }));
    const poster = user(777, "ru", "Poster");
    const responses = await Promise.all(
      chats.map((chat, i) => suite.post(chat.type === "channel" ? channelPostUpdate(chat, 1000 + i, germany(i)) : groupMessageUpdate(chat, poster, 1000 + i, germany(i)))),
    );
    expect(responses.map((r) => r.status)).toEqual(chats.map(() => 200));
    const filed = await db().select().from(referrals).where(sql`${referrals.adText} like 'Сбор клубники%'`);
    expect(filed).toHaveLength(1);
    const seen = await sightingsOf(filed[0]!.id);
    expect(seen).toHaveLength(40);
    expect(new Set(seen.map((s) => s.link))).toEqual(new Set(chats.map((c, i) => `https://t.me/${c.username}/${1000 + i}`)));
    // Every re-post's own number is kept with the case.
    const phones = await db().select().from(sightings).where(sql`${sightings.referralId} = ${filed[0]!.id} and ${sightings.kind} = 'phone'`);
    expect(phones).toHaveLength(40);
    // The advert memory counts 40 sightings (posts arriving together may have started two clusters: it sums them) and one report.
    expect(await suite.services.adverts.recall(germany(0))).toMatchObject({ count: 40, reported: 1 });
    expect(suite.mock.sent()).toEqual([]);
  });

  it("does not count an edited post twice", async () => {
    const chat: TestChat = { id: -1004000000004, type: "channel", title: "Edits", username: "edits_jobs" };
    const group: TestChat = { id: -1004000000005, type: "supergroup", title: "Edit group", username: "edit_group" };
    const ad = POLAND.replace("Польше", "Чехии").replace("job_poland_fast", "job_czech_fast");
    await posted(suite, channelPostUpdate(chat, 1, ad));
    await posted(suite, channelPostUpdate(chat, 1, `${ad}!`, { edited: true }));
    await posted(suite, channelPostUpdate(chat, 1, `${ad}!!`, { edited: true }));
    await posted(suite, groupMessageUpdate(group, user(800, "ru"), 3, ad));
    await posted(suite, groupMessageUpdate(group, user(800, "ru"), 3, `${ad} 🙂`, { edited: true }));
    const filed = await db().select().from(referrals).where(eq(referrals.adText, ad));
    expect(filed).toHaveLength(1);
    expect(await sightingsOf(filed[0]!.id)).toHaveLength(2);
    const days = await db()
      .select({ checked: monitorDaily.checked, risky: monitorDaily.risky })
      .from(monitorDaily)
      .innerJoin(monitorSources, eq(monitorSources.id, monitorDaily.sourceId))
      .where(sql`${monitorSources.chatId} in (${chat.id}, ${group.id})`);
    expect(days).toEqual([
      { checked: 1, risky: 1 },
      { checked: 1, risky: 1 },
    ]);
  });

  it("stores nothing of a group message's author, nor of a channel post's signature", async () => {
    const author = { id: 6_123_457_890, is_bot: false, first_name: "Gulnara", last_name: "Sadykovna", username: "gulnara_sad", language_code: "ru" };
    const group: TestChat = { id: -1005000000005, type: "group", title: "Вакансии Ош" };
    await posted(suite, groupMessageUpdate(group, author, 1, DUBAI.replace("Дубай", "Оман").replace("0042", "0043")));
    await posted(suite, groupMessageUpdate(group, author, 2, korea(50)));
    await posted(suite, groupMessageUpdate(group, author, 2, `${korea(50)}!`, { edited: true }));
    await posted(suite, groupMessageUpdate(group, author, 3, "Всем привет, кто знает хорошего стоматолога?"));
    await posted(suite, channelPostUpdate({ ...KZ_JOBS, title: "Работа Казахстан" }, 78, SAUDI.replace("0300-0000111", "0300-0000222"), { signature: "Gulnara Sadykovna" }));
    const dump = await dumpAllTables(db());
    // The posts were read: the scan has something to search.
    expect(dump).toContain("Вакансии Ош");
    expect(dump).toContain("996555150250");
    for (const trace of ["Gulnara", "Sadykovna", "gulnara_sad", "6123457890"]) expect(dump.replace(/[\s-]/g, "")).not.toContain(trace);
  });

  it("replies under risky posts, in the post's language, only in a group whose admin turned replies on", async () => {
    const group: TestChat = { id: -1006000000006, type: "supergroup", title: "Jobs chat", username: "jobs_chat_kg" };
    const admin = user(900, "ru", "Admin");
    const member = user(901, "en", "Member");
    suite.mock.members.set(`${group.id}:${admin.id}`, "administrator");
    const ru = locale("ru");
    const en = locale("en");

    await posted(suite, groupMessageUpdate(group, member, 1, "/watch reply on"));
    expect(suite.mock.messagesTo(group.id).map((m) => m.text)).toEqual([en.watch.adminOnly]);
    await posted(suite, groupMessageUpdate(group, member, 2, POLAND.replace("Польше", "Литве")));
    expect(suite.mock.messagesTo(group.id)).toHaveLength(1);

    await posted(suite, groupMessageUpdate(group, admin, 3, "/watch@offercheck_test_bot reply on"));
    expect(suite.mock.messagesTo(group.id).at(-1)).toMatchObject({ text: ru.watch.replyOn, reply_parameters: { message_id: 3 } });
    await posted(suite, groupMessageUpdate(group, member, 4, POLAND.replace("Польше", "Латвии")));
    await posted(suite, groupMessageUpdate(group, member, 4, `${POLAND.replace("Польше", "Латвии")}!`, { edited: true }));
    await posted(suite, groupMessageUpdate(group, member, 5, SHOP));
    await posted(suite, groupMessageUpdate(group, member, 6, SAUDI.replace("0300-0000111", "0300-0000333")));
    const replies = suite.mock.messagesTo(group.id).slice(2);
    expect(replies).toHaveLength(2);
    expect(replies[0]).toMatchObject({ reply_parameters: { message_id: 4 } });
    expect(String(replies[0]!.text)).toMatch(new RegExp(`^${ru.watch.replyIntro}\\n${ru.risk.high}`));
    expect(String(replies[1]!.text).startsWith(`${locale("ur").watch.replyIntro}\n`)).toBe(true);
    expect(replies.every((r) => r.parse_mode === undefined)).toBe(true);

    await posted(suite, groupMessageUpdate(group, admin, 7, "/watch reply off"));
    await posted(suite, groupMessageUpdate(group, member, 8, POLAND.replace("Польше", "Эстонии")));
    expect(suite.mock.messagesTo(group.id).at(-1)).toMatchObject({ text: ru.watch.replyOff });
  });

  it("still answers private chats as before", async () => {
    const person = user(4242, "ru");
    await posted(suite, textUpdate(person, POLAND));
    const [reply] = await suite.mock.waitForChat(person.id, 1);
    expect(String(reply!.text).startsWith(locale("ru").risk.high)).toBe(true);
    expect(reply!.reply_markup).toBeDefined();
  });
});

describe("watching off (the default)", () => {
  const suite = webhookSuite("postgres");

  it("ignores channel posts and group messages, commands included, and still answers private chats", async () => {
    const db = suite.services.database.db;
    await posted(suite, channelPostUpdate(KZ_JOBS, 1, POLAND));
    await posted(suite, groupMessageUpdate(KG_PRIVATE, user(1, "ru"), 2, korea(1)));
    await posted(suite, groupMessageUpdate(KG_PRIVATE, user(1, "ru"), 3, "/watch reply on"));
    await posted(suite, groupMessageUpdate(KG_PRIVATE, user(1, "ru"), 4, "/start"));
    expect(suite.mock.sent()).toEqual([]);
    expect(await db.select().from(referrals)).toEqual([]);
    expect(await db.select().from(monitorSources)).toEqual([]);
    expect(await db.select().from(advertClusters)).toEqual([]);
    const person = user(4343, "ru");
    await posted(suite, textUpdate(person, POLAND));
    expect(await suite.mock.waitForChat(person.id, 1)).toHaveLength(1);
  });
});
