import { describe, expect, it } from "vitest";
import { MemoryRegistry } from "../../src/registry/memory.ts";
import type { Operator } from "../../src/engine/types.ts";
import { checker, offerOf, shippedEngineWith } from "../helpers/engine.ts";
import { operator } from "../helpers/operator.ts";

/** Messages as people send them to the helpline: forwards, retellings, a question around an advert (round 31). */
const { check, flags } = checker(shippedEngineWith(new MemoryRegistry([])));
const offerCrime = (text: string) => offerOf(check(text)).crime;

describe("what a sender retells", () => {
  it("ru: walked over the border with 'our man' is a route", () => {
    const text = "Переслано от Работа Европа\nПольша, склады. Летим в Минск, оттуда с нашим человеком через границу в Литву — пешком два часа, потом бус до Лодзи. 3 800$, половина сразу.\nWhatsApp +375 29 555 0000\n\nэто нормально вообще?";
    expect(check(text).crime).toBe("smuggling");
  });

  it("uz-Latn: a sister whose boss took her passport, owes a debt she works off and may not go out alone", () => {
    const v = check("Assalomu alaykum, maslahat bering. Opam Dubayda uyda ishlaydi. Pasportini ishga kirganda xo'jayin olib qo'ygan ekan. Yo'l puli uchun 900 dollar qarzsan, ishlab uzasan deyishibdi, tashqariga yolg'iz chiqishga ruxsat yo'q. Nima qilamiz?");
    expect(v.isJobAd).toBe(false);
    expect(v.toldOffer).toEqual({ risk: "high", crime: "trafficking" });
  });
});

describe("lawful words a forwarded advert carries", () => {
  it("en: rent for the company flat deducted in the first months is no withheld pay", () => {
    expect(flags("Cleaners for hotels in Vienna, Hotelservice Donau GmbH. Gross €2,100/month. Staff room for the first 2 months (€250 rent deducted from pay), then help to find a flat. Apply at jobs@hotelservice-donau.at")).not.toContain("trafficking_risk");
  });

  it("en: the visa fee paid at the embassy is the state's, not the agency's", () => {
    expect(flags("Forwarded: Welders for Gdańsk shipyard, employer Stocznia Północ Sp. z o.o. The employer arranges the work permit. You pay only your own medical and the national visa fee at the Polish Consulate (€80). Apply: rekrutacja@stocznia-polnoc.pl")).not.toContain("upfront_fee");
  });

  it("uz-Latn: the visa money you pay yourself, and no one else", () => {
    expect(flags("Tog'am Chexiyadan yozdi: \"Zavodimiz (Plzeň, «Škoda Parts») ish ruxsatnomasini o'zi qiladi. Keyin elchixonaga hujjat topshirasan, viza puli 100 yevro, o'zing to'laysan, boshqa hech kimga pul berma.\" Shu to'g'rimi?")).not.toContain("upfront_fee");
  });

  it("tg: a channel's warning against 'patents without the exam' is no offer of one", () => {
    const found = flags("Пересланное сообщение\n«Муҳоҷирон» | маслиҳат\nПатентро танҳо бо квитансия дар бонк пардохт кунед. Агар касе ба шумо «патент бе имтиҳон» ё «ҳуҷҷати тайёр» пешниҳод кунад — рад кунед.\nИн дуруст аст?");
    expect(found).not.toContain("document_forgery");
    expect(found).not.toContain("no_requirements");
  });

  it("tg: a café in Moscow that gives its name and its Moscow number asks waitresses' age as any employer does", () => {
    expect(check("Ошхонаи «Навбаҳор» дар Маскав (м. Люблино) официантка мегирад, 20–35 сола. 60 000 + чойпулӣ. +7 495 555 20 40\nдухтарам меравад, хуб аст?").crime).not.toBe("trafficking");
  });
});

/** A business whose name shares words with a lapsed agency's (rounds 31 and 33): the agency's own name still finds the row. */
describe.each<{ business: string; row: Partial<Operator>; asBusiness: string; asAgency: string }>([
  {
    business: "kk: the café «Дала» in Kazan, hiring on its Russian number",
    row: { licenceNo: "KZ-PEA-9999", name: "Kostanay Dala Kadr LLP", status: "expired", city: "Kostanay" },
    asBusiness: "Казандагы «Дала» кафесіне даяшы керек. ЕАЭО азаматтарына патент керек емес, ресми шарт. +7 917 555 40 40",
    asAgency: "Дала Кадр агенттігі Ресейге жұмысшы алады, құжат ресімдеу 150 000 теңге. +7 707 555 40 40",
  },
  {
    business: "kk: «Жол Сапар Логистик» ЖШС hiring a driver",
    row: { licenceNo: "KZ-PEA-9998", name: "ТОО «Сапар Жол Кадр»", status: "suspended", city: "Aktobe" },
    asBusiness: "Жүргізуші керек, ҚР–РФ бағыты. Ресми жұмыс. ЖШС «Жол Сапар Логистик», Ақтөбе. +7 7132 555 704",
    asAgency: "Сапар Жол Кадр агенттігі Кореяға жұмысшы алады. +7 701 555 70 40",
  },
])("$business, named like a lapsed agency", ({ row, asBusiness, asAgency }) => {
  const lapsed = shippedEngineWith(new MemoryRegistry([operator({ country: "KZ", registry: "KZ-MLSP", ...row })]));
  const revoked = (text: string) => lapsed.check(text, { today: "2026-12-01" }).flags.some((f) => f.id === "revoked_licence");

  it("is not the agency", () => expect(revoked(asBusiness)).toBe(false));
  it("while the agency's own name still is", () => expect(revoked(asAgency)).toBe(true));
});

/** Chats with the recruiter, pasted (round 32). */
describe("what the recruiter says in a chat", () => {
  it("kk: the UK visa fee the worker pays himself, asked about, is no fee to the operator", () => {
    const found = flags("Pro-Force-тан хат: «Сұхбаттан өттіңіз. Визаны gov.uk сайтында өзіңіз рәсімдейсіз.» Визаға 298 фунтты өзім төлеуім дұрыс па?");
    expect(found).not.toContain("upfront_fee");
    expect(found).not.toContain("brand_impersonation");
  });

  it("kk, ru, en: 'we never ask for money on WhatsApp' names no contact", () => {
    for (const text of [
      "Fruitful Jobs хаты: «Жұмысшылардан ақы алмаймыз. WhatsApp немесе Telegram арқылы ақша сұрамаймыз.» Рас па?",
      "Ответ от HOPS: «Собеседование по Zoom. Через WhatsApp мы никогда не просим денег.» Это правда они?",
      "Reply from Pro-Force: interview on Zoom, we never ask for money on WhatsApp. Is it them?",
    ]) {
      expect(flags(text), text).not.toContain("contact_only_messenger");
      expect(flags(text), text).not.toContain("brand_impersonation");
    }
  });

  it("ru: pay every Friday onto Kaspi is wages", () => {
    expect(flags("Фермер из Туркестанской обл.: «на хлопок 8 человек, 40 тг за кило, жильё есть, оплата каждую пятницу на Kaspi». Можно ехать?")).not.toContain("payment_channel");
  });

  it("uz-Cyrl: half the fee at signing is money first", () => {
    const fee = check("Менежер: 1 500 доллар, ярми шартнома имзолашда, ярми виза чиққанда. Телеграм @uk_ish_0000").flags.find((f) => f.id === "upfront_fee");
    expect(fee?.evidence.map((e) => e.text).join(" ")).toMatch(/ярми шартнома имзолашда/);
  });

  it("uz-Cyrl: a go-between's offer retold — the family takes the passport, three months unpaid", () => {
    expect(offerCrime("Синглим Истанбулга энага бўлиб кетмоқчи. Воситачи айтибди: етиб боргач паспортини оила сақлаш учун олиб қўяди, биринчи 3 ой ойлик олмай ишлайди. Шу тўғрими?")).toBe("trafficking");
  });

  it("tg: a family asking a nanny for a photo and her CV", () => {
    expect(offerCrime("Оилае дар Маскав няня мехоҳад, синну сол 30–50. Акс ва резюме фиристед, баъд дар видео гап мезанем. Шартнома мебандем.\nхуб аст?")).not.toBe("trafficking");
  });

  it("uz-Latn: a registered sewing factory asks women of 20 to 55 for an ID photo", () => {
    expect(offerCrime("Kadrlar: 20 dan 55 yoshgacha ayollar kerak, anketa va rasmingizni yuboring. «Volga Tikuv Fabrikasi» MChJ, ishbay, oylik kartaga. Telegram @volga_tikuv_0000")).not.toBe("trafficking");
  });

  it("uz-Latn: 'give no one money for a «ready patent»' is a warning", () => {
    expect(flags("Akam aytdi: \"Hech kimga «tayyor patent» deb pul berma, hammasi bazadan tekshiriladi.\" To'g'rimi?")).toContain("anti_fraud_notice");
  });
});

/** An ordinary week of the inbox (round 33). */
describe("an ordinary week", () => {
  it("en: a walk through the forest with 'our guide' is a route", () => {
    expect(check("Salam bro, warehouse job in Germany, 2300 euro. You fly to Minsk, then you walk 3 hours in the forest, a car picks you up in Poland. 1500$ now on card. Telegram @de_job_0000").crime).toBe("smuggling");
  });

  it("kk and ru: a relative retells a kept passport, a debt for the ticket and no going out alone", () => {
    expect(offerCrime("Апкам Дубайда үй қызметінде. Паспортын үй иесі алып қойған, билет үшін 1500 доллар қарыз деп есептеп айлығынан ұстап жатыр, үйден жалғыз шығармайды. Не істейміз?")).toBe("trafficking");
    expect(offerCrime("Подскажите. Брат уехал в Турцию на стройку через знакомого. Паспорт забрали «на оформление», говорят должен 2000$ за билет и жильё, одного не выпускают. Куда обращаться?")).toBe("trafficking");
  });

  it("ru: a forwarded warning about clone channels asks for nothing", () => {
    const found = flags("Пересылаю. Сейчас делают каналы-двойники агентств и просят 200$ на карту за «бронь места». Настоящее агентство денег на карту не просит.\nэто правда?");
    expect(found).not.toContain("upfront_fee");
    expect(found).not.toContain("payment_channel");
  });

  it("tg: pay by the piece is wages", () => {
    expect(flags("Цехи дӯзандагӣ дар Подольск 3 нафар мегирад. Пардохт аз рӯи мол, 70–95 ҳазор. Тел +7 926 555 40 18")).not.toContain("upfront_fee");
  });

  it("uz-Latn: half now, half when the visa comes, retold", () => {
    const v = check("Bir agentlik Polshaga olib ketamiz deyapti. 3000 dollar, yarmini hozir, yarmini viza chiqqanda. Ishonsa bo'ladimi?");
    expect(offerOf(v).risk).not.toBe("low");
  });
});

/** The same week's inbox again (round 34). */
describe("the inbox again", () => {
  it("en, kk: an employer refusing visit-visa holders offers no work on a visit visa", () => {
    expect(flags("Cleaners, Dubai Silicon Oasis. Only candidates with residence visa. Visit visa holders are not considered. AED 1,500 + transport. CV to hr@oasisclean.ae")).not.toContain("wrong_visa_type");
    expect(flags("Пусан, консерві зауытына жұмысшы керек. Тек F-4, H-2 визасымен. K-ETA-мен келгендерді алмаймыз. 2,4 млн вон. +82 10 0000 5127")).not.toContain("wrong_visa_type");
  });

  it("uz-Latn, ky: a money question answered 'no' in a pasted chat is no fee", () => {
    expect(flags("Brigadir bilan yozishma:\n— Oylik qancha?\n— 110 ming, avans har juma.\n— Oldindan pul kerakmi?\n— Yo'q, faqat yo'lkirangni o'zing qilasan.")).not.toContain("upfront_fee");
    expect(flags("Цехтен жооп:\n- Тигүүчү керек, айлык 80-95 мин, ар 15 кунде.\n- Алдын ала толом барбы?\n- Жок. Каттоону озубуз кылабыз.")).not.toContain("upfront_fee");
  });

  it("uz-Cyrl: 'payment every week' is wages", () => {
    expect(flags("Домодедовода складга 5 та грузчик керак. Смена 12 соат, 3200 руб. Тулов хар хафта. Журабек ака +7 915 555 31 08")).not.toContain("upfront_fee");
  });

  it("uz-Cyrl: 'I saw an advert saying …' is a question, no warning that cancels what it retells", () => {
    const v = check("Ака, Инстаграмда Польшага иш деган эълон кўрдим. Олдиндан 600$ ни бошқа одамнинг Uzcard картасига ташлашим керак экан, виза 100% чиқади дейди. Ишонса бўладими?");
    expect(v.toldOffer?.risk ?? v.risk).not.toBe("low");
  });

  it("ky, kk, uz-Cyrl, en: a relative's account of a kept passport and a debt", () => {
    for (const text of [
      "Эжем Түркияда бала багат. Үй ээлери паспортун алып коюшуптур, «3000 доллар карызсың, иштеп бересиң» дешет, үйдөн сыртка чыгарбайт. Эмне кылабыз?",
      "Қызым Стамбулда тігін цехында. Паспортын цехтың бастығы сақтайды, сыртқа жалғыз шықпайсың дейді. Не істейміз?",
      "Акам Дағистонда ғишт заводида. Хўжайин паспортини олиб қўйган, йўл учун қарздорсан, ишлаб узасан дейди. Нима қилайлик?",
      "My brother got a job in Cambodia on Telegram. HR will keep his passport and the ticket money will be cut from his first salaries. Is this normal?",
    ]) expect(offerCrime(text), text).toBe("trafficking");
  });

  it("ur: 'no passport needed', partly on foot in Iran", () => {
    expect(offerCrime("ایک ایجنٹ کہتا ہے بھائی کو ترکی بھیج دے گا، پاسپورٹ کی ضرورت نہیں، کوئٹہ سے آگے ایران میں کچھ پیدل۔ 10 لاکھ مانگ رہا ہے۔ کیا کریں؟")).toBe("smuggling");
  });

  it("kk: 'this is not official', forwarded, warns of the fee it names", () => {
    expect(flags("Назар аударыныздар! Телеграмда «Шетелде жұмыс» деген канал 20 000 тг тіркеу ақысын сұрайды. Бұл ресми емес!")).not.toContain("upfront_fee");
  });
});

/** Chats again (round 35). */
describe("chats again", () => {
  it("ur-Latn: 'nobody goes without the protector' is the lawful procedure, not a route around it", () => {
    expect(offerCrime("Agent: Service charge 6000, visa ke baad. Protector fee actual, bank challan. Protector ke baghair koi nahi jata, sab apne waqt pe hoga.")).not.toBe("smuggling");
    expect(offerCrime("Agent: protector ke baghair airport se nikal denge, 3 lakh advance. Rabta 0300 0000 615")).toBe("smuggling");
  });

  it("ru: pay onto Kaspi every 15th is wages", () => {
    expect(flags("Няня нужна, Алматы. 250 тыс, на Kaspi каждое 15-е. Живёшь у нас. Айгуль +7 701 555 40 41")).not.toContain("payment_channel");
  });
});
