import { describe, expect, it } from "vitest";
import { loadEngineData } from "../../src/data/load-engine-data.ts";
import { engineFactory, MAX_AD_LENGTH } from "../../src/engine/engine.ts";
import { MemoryRegistry } from "../../src/registry/memory.ts";
import { operator } from "../helpers/operator.ts";

const data = loadEngineData();
// Compiled once: each test binds it to its own registry.
const newEngine = engineFactory(data);

describe("verdict shape and bounds", () => {
  const engine = newEngine();

  it("returns a valid verdict for empty, binary and huge input", () => {
    for (const text of ["", "\u0000\u0001\u0002", "\uFFFD".repeat(100), "a".repeat(MAX_AD_LENGTH * 3), "🙂".repeat(5000)]) {
      const v = engine.check(text);
      expect(v.score).toBeGreaterThanOrEqual(0);
      expect(v.score).toBeLessThanOrEqual(1);
      expect(["high", "medium", "low"]).toContain(v.risk);
    }
  });

  it("a greeting is not a job ad and gets no advice", () => {
    const v = engine.check("Assalam o alaikum bhai, kaise ho?");
    expect(v).toMatchObject({ isJobAd: false, risk: "low", crime: null, advice: [] });
  });

  it("quotes spam formatting: shouting, emoji floods, mixed-script words", () => {
    const v = engine.check("URGENTLY REQUIRED DRIVERS FOR DUBAI!!! 🔥🔥🔥🔥🔥 Rаbota v Dubae, WhatsApp 0300-0000111");
    const formatting = v.flags.find((f) => f.id === "formatting_anomalies");
    expect(formatting?.evidence.map((e) => e.text)).toEqual(["URGENTLY REQUIRED DRIVERS FOR DUBAI!!!", "🔥", "!!!", "Rаbota"]);
  });

  // Round 71: Kyrgyz, Kazakh and Uzbek put their case endings on the names of apps and bodies.
  it.each([
    ["ky", "Новосибирскиге курулушка жумушчулар керек, айлык 90 000 рубль. Анкетаңызды WhatsAppка жөнөтүңүз, Telegramда каналыбыз бар"],
    ["kk", "Польшаға зауытқа жұмысшылар керек, жалақы 4 500 злоты. Айлық Kaspiге аударылады, құжаттар UKVIға жіберіледі"],
    ["uz-Cyrl", "Россияга, Қозон шаҳридаги омборга юкчилар керак. Маош ойига 85 000 рубль, ётоқхона бор. Резюмени Telegramга юборинг"],
    ["kk, the Latin i for і", "Астанаға қонақүйге даяшы керек, жалақы 250 000 теңге, тәжірибесі барлар. Жұмыс күтушi керек"],
  ])("a name with a case ending is no mixed-script word (%s)", (_, ad) => {
    expect(engine.check(ad).flags.map((f) => f.id)).not.toContain("formatting_anomalies");
  });

  it.each(["vizа", "Dubаi", "WhаtsAppка"])("a word with a letter swapped for its twin stays one: %s", (word) => {
    const v = engine.check(`Работа в Дубае, WhatsAppка жазыңыз, ${word} бесплатно`);
    expect(v.flags.find((f) => f.id === "formatting_anomalies")?.evidence.map((e) => e.text)).toEqual([word]);
  });

  it.each([
    "Работа в Польше, завод, договор 1 год, без предоплаты. Звоните +48 000 000 111",
    "Saudi drivers needed, no advance payment, contract 2 years, call 0300-0000111",
    "Koreyaga ishchilar kerak, oldindan to'lov yo'q, shartnoma 3 yil",
  ])("a promise of no upfront fee is not an upfront fee: %s", (ad) => {
    const v = engine.check(ad);
    expect(v.flags.map((f) => f.id)).not.toContain("upfront_fee");
  });

  it("the forced language wins over detection", () => {
    expect(engine.check("Drivers required for Dubai", { language: "ur-Latn" }).language).toBe("ur-Latn");
  });

  it("points an English advert's advice to the registry of the country the person said they are from", () => {
    const ad = "Poland warehouse workers, salary 4,500 PLN, visa processing fee $900 before interview, WhatsApp only +48 500 000 111";
    expect(engine.check(ad).advice).toContain("advice.verifyRegistryPk");
    const fromKazakhstan = engine.check(ad, { home: "KZ" }).advice;
    expect(fromKazakhstan).toContain("advice.verifyRegistryCentralAsia");
    expect(fromKazakhstan).not.toContain("advice.verifyRegistryPk");
    expect(fromKazakhstan).not.toContain("advice.protectorStamp");
    expect(engine.check(ad, { home: "PK" }).advice).toContain("advice.protectorStamp");
  });

  it("orders advice by urgency and points Pakistani ads to BEOE and the fee cap", () => {
    const v = engine.check("Saudi Arabia driver visa, 100% guarantee, advance fees 3 lakh via EasyPaisa, WhatsApp only 0300-0000111");
    expect(v.risk).toBe("high");
    expect(v.advice[0]).toBe("advice.neverPayBeforeContract");
    expect(v.advice).toEqual(expect.arrayContaining(["advice.verifyRegistryPk", "advice.feeCapPk"]));
  });
});

describe("a role offered to young women with an age range and a photo", () => {
  const ad = "В кафе нужны официантки и хостес, возраст 18–28, резюме с фото присылайте.\nЗарплата 60 000 руб. на карту.";
  const flags = (text: string) => newEngine().check(text, { today: "2026-12-01" }).flags.map((f) => f.id);

  it("is a trafficking sign when nobody can tell who employs them", () => {
    expect(flags(`${ad}\nWhatsApp +7 900 555 12 34`)).toContain("trafficking_risk");
  });

  it("is what an employer asks when the advert gives the employer's address and mailbox", () => {
    expect(flags(`${ad}\nКафе «Берёзка», адрес: Казань, ул. Баумана, 12. hr@berezka-kazan.ru`)).not.toContain("trafficking_risk");
  });
});

describe("a family hiring for its own home", () => {
  const check = (text: string) => newEngine().check(text, { today: "2026-12-01" });

  it("says who the employer is, and paying the worker's patent counts for it", () => {
    const v = check(
      "Москвада яшовчи оиламизга энага керак (2 ва 5 ёшли болалар). Маош 70 000 рубль.\nОйлик патент тўловини биз тўлаймиз.\nНигора, WhatsApp +7 925 555 61 30",
    );
    expect(v.flags.map((f) => f.id)).not.toContain("no_company_details");
    expect(v.flags.map((f) => f.id)).toContain("lawful_fee");
    expect(v.risk).toBe("low");
  });

  it("is not vouched for when it is a third party's family abroad", () => {
    const flags = check("Стамбулга бай үй-бүлөгө бала караган эже керек. Айлык 1 200 $. WhatsApp +90 555 000 41 26").flags.map((f) => f.id);
    expect(flags).toContain("no_company_details");
  });
});

describe("what says who is behind an advert", () => {
  const flags = (text: string) => newEngine().check(text, { today: "2026-12-01" }).flags.map((f) => f.id);

  it("is an address with its number: the advert names more than a first name", () => {
    expect(flags("Ташкентда тандир сомса устаси керак.\nЧиланзор тумани, Бунёдкор кўчаси 14-уй, бозор ёнида.\nОйлик 6 000 000 сўм.\nТел: +998 90 555 12 34 (Азиз)")).not.toContain("no_company_details");
  });

  it("is given, as a café or a workshop gives it, by a name in quotation marks", () => {
    expect(flags("Астанада «Aqua Drive» автожуучу жайына жигиттер керек, 18–40 жаш.\nАйлык 350–450 миң теңге.\nТел: +7 701 555 12 34")).not.toContain("no_company_details");
    expect(flags("Астанада автожуучу жайына жигиттер керек: «айлык жакшы, тажрыйба керек эмес».\nТел: +7 701 555 12 34")).toContain("no_company_details");
  });

  it("is no address when it is only a word for an office", () => {
    expect(flags("Ташкентда тандир сомса устаси керак. Офисимизга келинг.\nОйлик 6 000 000 сўм.\nТел: +998 90 555 12 34 (Азиз)")).toContain("no_company_details");
  });
});

describe("a warning that nobody may ask for money", () => {
  it("is no fee asked", () => {
    const v = newEngine().check(
      "Ош шаарында чет өлкөдө жумуш боюнча ярмарка. Кирүү акысыз.\n\nЭскертүү: ярмаркада эч ким сизден алдын ала төлөм сурай албайт. Андай болсо — уюштуруучуларга дароо кабарлаңыз.",
      { today: "2026-12-01" },
    );
    expect(v.flags.map((f) => f.id)).not.toContain("upfront_fee");
    expect(v.flags.map((f) => f.id)).toContain("anti_fraud_notice");
  });
});

describe("crime hints beyond fraud", () => {
  const check = (text: string) => newEngine().check(text, { today: "2026-12-01" });
  const flags = (text: string) => check(text).flags.map((f) => f.id);

  it("chat work talking foreign clients into investing is a scam compound's, in Dubai as in Cambodia", () => {
    const ad = "Work in Dubai: online chat support for a crypto platform. Chat with clients from Europe and help them invest. Telegram @dxb_team";
    expect(check(ad).crime).toBe("trafficking");
    expect(flags("Customer service in a Dubai mall: help customers choose phones. Telegram @dxb_team")).not.toContain("trafficking_risk");
  });

  it("a passport kept in the company safe is retention; one never kept there is not", () => {
    expect(flags("Welders for Qatar. Your passport is kept in the company safe during the contract. WhatsApp +974 5555 0101")).toContain("trafficking_risk");
    expect(flags("Welders for Qatar. Your passport is never kept in the company safe. WhatsApp +974 5555 0101")).not.toContain("trafficking_risk");
    expect(flags("Дубайга үй жумушу. Паспортуңуз компаниянын сейфинде сакталбайт. WhatsApp +971 50 555 0101")).not.toContain("trafficking_risk");
  });

  it("a crossing with no checks or round the checkpoint is a route; a bus with the usual border control is not", () => {
    expect(check("Work in London. Our driver takes you Dublin → Belfast → ferry → London, no checks on this route. WhatsApp 0301 0000 286").crime).toBe("smuggling");
    expect(flags("Rossiyaga ish. Qozog'iston orqali, postdan emas — dala yo'lidan. @yol_bot")).toContain("smuggling_route");
    expect(flags("Rossiyaga ish. Zapreti borlar qabul qilinmaydi. Avtobusda Qozog'iston orqali, chegarada odatiy tekshiruv. @yol_bot")).not.toContain("smuggling_route");
  });
});

describe("evidence for the advert", () => {
  const engine = newEngine();

  it("an employer's registered name (ООО «…») is its details: one hurried word beside it leaves the advert low", () => {
    const ad =
      "Срочно! Кладовщики на склад бытовой химии, Подольск.\nООО «ХимТорг Логистик», смена 12 часов, 3 200 ₽ за смену, выплаты раз в неделю на карту.\n" +
      "Граждане РФ и ЕАЭС, иностранцы с патентом. Звонить Ольге +7 (495) 555-40-12";
    const v = engine.check(ad);
    expect(v.flags.find((f) => f.id === "employer_details")?.evidence.map((e) => e.text)).toContain("ООО «ХимТорг Логистик»");
    expect(v.risk).toBe("low");
  });

  it("saying how the work is made lawful (a patent required, EAEU citizens free of one) counts for a brigade's informal advert", () => {
    const ad =
      "Нужны 3 плиточника на новостройку в Казани. Оформление по ГПХ, гражданам КР и РК патент не нужен, остальным — патент на РТ обязательно. " +
      "Оплата за м², в среднем 130 т.р. в месяц, аванс каждую неделю. Звонить бригадиру Ильдару +7 917 555 03 71";
    const v = engine.check(ad);
    expect(v.flags.map((f) => f.id)).toContain("legit_markers");
    expect(v.risk).toBe("low");
  });

  it("a recruiter's legal form is not an employer's details", () => {
    const v = engine.check("ТОО «Алтын Жол Рекрутинг» — работа в Польше, виза 100%, оплата 500$ сразу. Пишите в WhatsApp +48 555 000 111");
    expect(v.flags.map((f) => f.id)).not.toContain("employer_details");
  });
});

describe("pay on offer", () => {
  const engine = newEngine();
  const flags = (text: string) => engine.check(text).flags.map((f) => f.id);

  it("a bank card the employer opens for the worker is where the wage goes, not a channel the worker pays through", () => {
    expect(flags("Алматы, кафеге официанттар керек. Айлык 250 000 тг. Kaspi картаны жумушка кирген күнү ачып беребиз. WhatsApp +7 701 000 0473")).not.toContain("payment_channel");
    expect(flags("Алматы, кафеге официанттар керек. Айлык 250 000 тг. Kaspi картага 5 000 тг каттоо акысын салыңыз. WhatsApp +7 701 000 0473")).toContain("payment_channel");
  });

  it("a bare number is not judged as pay in the language's own currency: a Tajik advert for Moscow quotes roubles", () => {
    const ad =
      "Ба сехи нонпазии ООО «Хлебный Двор» дар Москва нонпазҳо лозим. Маош 65 000–80 000, ҳар 2 ҳафта ба корт. " +
      "Хобгоҳ ҳаст. Патенти Москва ҳатман. Тел: +7 495 555 71 20";
    expect(flags(ad)).not.toContain("unrealistic_pay");
  });

  it("pay in a currency the advert names is still judged", () => {
    expect(flags("Работа в Дубае без опыта и без языка! Зарплата 9 000 $ в месяц, жильё бесплатно. Пишите в WhatsApp +971 55 555 0101")).toContain(
      "unrealistic_pay",
    );
  });
});

describe("a fee named to say it is not taken", () => {
  const engine = newEngine();

  it("«взнос … не берём» is no upfront fee, read as the lists are (ё as е)", () => {
    const v = engine.check("Грузчики на склад, Химки. Взнос за оформление не берём. Оплата 3 000 ₽ за смену, наличными в конце смены. Звонить +7 926 555 10 20");
    expect(v.flags.map((f) => f.id)).not.toContain("upfront_fee");
    expect(v.risk).not.toBe("high");
  });

  it("an amount quoted by the hour, day or week is pay, not a fee", () => {
    const v = engine.check("Ба объект дар Мытищи кафелчиён лозим. Нарх: 1 500 рубл дар як соат, ҳар ҳафта пардохт. Тел +7 926 555 10 22");
    expect(v.entities.money).toEqual([expect.objectContaining({ amount: 1500, currency: "RUB", kind: "salary" })]);
  });
});

describe("warnings that quote what scammers say", () => {
  const engine = newEngine();

  it("a notice that quotes a 'ready patent' offer and calls it deception is no forgery offer", () => {
    const v = engine.check(
      "Земляки, внимание! В группах продают «готовый патент за 3 дня» и «регистрацию без очереди». Это обман: такие бумаги не проходят проверку.\n\nПатент оформляется только в миграционном центре. Центр помощи мигрантам, Екатеринбург, +7 343 555 00 17",
      { today: "2026-12-01" },
    );
    expect(v.flags.map((f) => f.id)).not.toContain("document_forgery");
    expect(v.risk).toBe("low");
  });

  it("an employer who says it does not sell ready patents does not offer one", () => {
    const v = engine.check(
      "Toshkent, 'Shahar Qurilish' MChJ ga armaturachilar kerak. Oylik 6 mln so'm. Tayyor patent sotmaymiz, hujjatlarni o'zingiz topshirasiz. Tel +998 90 555 00 31",
      { today: "2026-12-01" },
    );
    expect(v.flags.map((f) => f.id)).not.toContain("document_forgery");
  });

  it("an operator's scam alert and a Tajik embassy's reminder are warnings, whatever scam wording they quote", () => {
    const alert = engine.check(
      "SCAM ALERT\nWe have been made aware of posts on Telegram that use our logo and offer \"UK farm visa, 100% guarantee, fee £3,500\".\nThese are not from us. We never charge workers a fee.",
      { today: "2026-12-01" },
    );
    expect(alert.flags.map((f) => f.id)).toContain("anti_fraud_notice");
    expect(alert.risk).toBe("low");
    const reminder = engine.check(
      "Сафорат хотиррасон мекунад: эълонҳо бо мазмуни «патент дар 1 рӯз, бе имтиҳон», «мед справкаи тайёр» паҳн мешаванд. Ин ҳуҷҷатҳо қалбакӣ мебошанд.",
      { today: "2026-12-01" },
    );
    expect(reminder.flags.map((f) => f.id)).not.toContain("document_forgery");
  });

  it("a consulate's warning in Kazakh that urges people not to pay quotes the offers it warns against", () => {
    const v = engine.check(
      "Бас консулдық ескертеді: желіде «Кореяға визасыз жұмыс», «E-9 визасы емтихансыз, 100% кепілдік» деген хабарландырулар бар. Туристік визамен жұмыс істеуге болмайды. Азаматтарды ақша төлемеуге шақырамыз.",
      { today: "2026-12-01" },
    );
    expect(v.flags.map((f) => f.id)).toContain("anti_fraud_notice");
    expect(v.flags.map((f) => f.id)).not.toContain("guaranteed_visa");
    expect(v.risk).toBe("low");
  });

  it("an agency's warning that people ask for money in its name, with what it never asks for", () => {
    const v = engine.check(
      "НАЗАР АУДАРЫҢЫЗ! WhatsApp-та біздің агенттік атынан Kaspi-ге 70 000 теңге аударуды сұрап жүрген адамдар бар.\nБіз ақшаны картаға ешқашан сұрамаймыз.\n\nЛицензиямыз: № KZ-PEA-0142. Орал, Достық даңғылы 186, +7 7112 555 047",
      { today: "2026-12-01" },
    );
    expect(v.flags.map((f) => f.id)).not.toContain("upfront_fee");
    expect(v.flags.map((f) => f.id)).not.toContain("payment_channel");
    expect(v.entities.licences.map((l) => l.canonical)).toEqual(["KZ-PEA-0142"]);
  });
});

describe("irregular routes in the words smugglers use", () => {
  const engine = newEngine();

  it.each([
    ["ru", "Финляндия, сбор ягод. Едем до Выборга, потом «коридор», на той стороне вас встречает наш водитель. 2 000 € в месяц, оплата 1 500 $ вперёд. Telegram @berry_way"],
    ["uz-Latn", "Polshaga ish! Minskgacha samolyotda, keyin 2 kecha piyoda yurasiz, naryog'ida mashina kutib oladi. Narxi 3 000 $. Telegram @yol_pl"],
    ["uz-Cyrl", "Италияда иш. Ливиягача ўзимиз олиб борамиз, кечаси қайиқда 1 кун, кейин ўзингизни полицияга топширасиз. 6 000 $. WhatsApp +218 91 555 0012"],
    ["tg", "Ба Русия бе гузаштан аз пост, ҳатто бо «запрет». Нарх 50 000 рубл. Танҳо WhatsApp +7 962 555 01 02"],
  ])("%s", (_language, text) => {
    const v = engine.check(text, { today: "2026-12-01" });
    expect(v.flags.map((f) => f.id)).toContain("smuggling_route");
    expect(v.crime).toBe("smuggling");
  });
});

describe("look-alike official sites", () => {
  const engine = newEngine();
  const flags = (text: string) => engine.check(text, { today: "2026-12-01" }).flags.map((f) => f.id);

  it("names the government in any label but the last, not only the first", () => {
    expect(flags("Migration Agency: register for Korea E-9 at xorijda-ish.gov-uz.site/ariza")).toContain("suspicious_link");
    expect(flags("Canada intake 2027: register at esdc-canada-gc.ca.jobintake.site/register")).toContain("suspicious_link");
  });

  it("leaves sites in zones only governments register alone", () => {
    expect(flags("Skills test schedule: tevta.punjab.gov.pk, Canada programme details: www.canada.ca/work")).not.toContain("suspicious_link");
  });

  it("reads a mailbox that poses as the government as it reads a link ('noreply@beoe-gov-pk.org')", () => {
    const text = 'Email from "Bureau of Emigration" (noreply@beoe-gov-pk.org): your visa is approved, pay e-Protector Rs 18,450 within 48 hours to the JazzCash account of the Assistant Director.';
    expect(flags(text)).toContain("suspicious_link");
    expect(engine.check(text, { today: "2026-12-01" }).risk).not.toBe("low");
  });

  it("reads a company's site named for work ('mehnat', 'enbek') as its own, and those names beside a country code or a recruiting word as look-alikes", () => {
    for (const site of ["sirdaryo-mehnat.tj", "www.somonmehnat.tj", "chortoq-mehnat.uz/vakansiya"])
      expect(flags(`Sirdaryo Mehnat MChJ, Toshkent, Navoiy ko'chasi 12. Vakansiyalar: ${site}`), site).not.toContain("suspicious_link");
    for (const site of ["eps-mehnat-tj.com/apply", "enbek-job.kz/register", "enbek-kz.work"])
      expect(flags(`Korea EPS 2027: register now at ${site}`), site).toContain("suspicious_link");
  });

  it("leaves a company's mailbox named for work ('enbek', 'mehnat') and the government's own alone", () => {
    expect(flags("Алматы Еңбек ЖШС: hr@almaty-enbek.kz, Tashkent office kadr@gulzormehnat.uz, BEOE: info@beoe.gov.pk")).not.toContain("suspicious_link");
  });
});

describe("a price per unit of work", () => {
  it("is a piece rate, not a fee, where a price followed by a number would be", () => {
    const v = newEngine().check("Ба Питер кафелчиён лозим. Нарх: 1 100 р барои 1 м² кафел, пул ҳар 2 ҳафта ба карта. Тел +7 921 555 00 66", { today: "2026-12-01" });
    expect(v.flags.map((f) => f.id)).not.toContain("upfront_fee");
  });
});

describe("fees the worker pays the state directly, and lists of what a warning forbids", () => {
  const engine = newEngine();
  const flags = (text: string) => engine.check(text, { today: "2026-12-01" }).flags.map((f) => f.id);

  it("'you pay yourself: the visa fee (£298) and the flight' is no upfront fee", () => {
    expect(flags("Ұлыбританияда маусымдық жұмыс. Өзіңіз төлейсіз: виза алымы (£298) мен ұшақ билеті. Оператор ешқандай ақша алмайды.")).not.toContain("upfront_fee");
  });

  it("a job board's list of the adverts it removes is a warning, not an offer", () => {
    const v = engine.check("Жаңы эрежелер. Төмөнкүдөй жарыялар өчүрүлөт:\n🚫 «виза 100% кепилдик»\n🚫 «алдын ала төлөм картага»\n🚫 «чек арадан өткөрүп коёбуз»", { today: "2026-12-01" });
    expect(v.flags.map((f) => f.id)).not.toContain("smuggling_route");
    expect(v.risk).toBe("low");
  });

  it("'in the chats they again sell «…»' opens a warning paragraph", () => {
    expect(flags("В соцсетях снова распространяются объявления: «виза в Польшу за 10 дней», «предоплата 30% на карту».\n\nПроверяйте лицензию агентства.")).not.toContain("upfront_fee");
  });
});

describe("an advert that warns, quoting the offers it warns against", () => {
  it("the quoted offer is the scam's words, even in a paragraph of its own", () => {
    const v = newEngine().check(
      "Что пишут в группах на этой неделе:\n\n«Виза в Польшу за 10 дней, 100% гарантия, предоплата 200 $ на карту»\n\nЭто мошенничество. Проверяйте лицензию агентства на сайте министерства.",
      { today: "2026-12-01" },
    );
    expect(v.flags.map((f) => f.id)).not.toContain("guaranteed_visa");
    expect(v.risk).toBe("low");
  });

  it("quotation marks in an advert that does not warn change nothing", () => {
    const v = newEngine().check("Германия, «зелёный коридор» через лес, на той стороне встречает машина. 3 500 $ вперёд. Telegram @way_de", { today: "2026-12-01" });
    expect(v.crime).toBe("smuggling");
  });
});

describe("the stages of a check (bench:stages)", () => {
  it("are told in order, once each, and leave the verdict as it is", () => {
    const engine = newEngine();
    const ad = "Dubai drivers urgently required, 100% visa guarantee, advance fee 500$, WhatsApp only 0300-0000111";
    const stages: string[] = [];
    const timed = engine.check(ad, { today: "2026-12-01", lap: (stage) => stages.push(stage) });
    expect(stages).toEqual(["normalise", "language", "lexicon", "contexts", "extract", "registry", "signals", "score", "advice"]);
    expect(timed).toEqual(engine.check(ad, { today: "2026-12-01" }));
  });
});

describe("engineFactory", () => {
  it("binds the data compiled once to each registry on its own", () => {
    const holder = operator({ country: "KG", registry: "KG-MLSSM", licenceNo: "KG-L-0311", name: "Ala-Too Jumush Abroad", status: "active", city: "Bishkek" });
    const advert = "«Ала-Тоо Жумуш Эброуд» агенттиги, лицензия KG-L-0311. Польшага курулушчулар керек, айлык 1 400 евро. Тел +996 555 000 311";
    const withHolder = newEngine(new MemoryRegistry([holder])).check(advert, { today: "2026-12-01" });
    const without = newEngine().check(advert, { today: "2026-12-01" });
    expect(withHolder.registry.map((f) => f.kind)).toContain("licence_active");
    expect(without.registry.map((f) => f.kind)).toContain("licence_unknown");
  });
});
