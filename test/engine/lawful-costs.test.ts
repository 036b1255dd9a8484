import { describe, expect, it } from "vitest";
import { MemoryRegistry } from "../../src/registry/memory.ts";
import { operator } from "../helpers/operator.ts";
import { checker, shippedEngineWith } from "../helpers/engine.ts";

/** Money the worker lawfully pays or the employer pays, and what a scam asks instead (rounds 21–24's classes). */
// The data compiled once; a test with registry rows binds it to them.
const { check, flags } = checker(shippedEngineWith());

describe("paying is 'not necessary'", () => {
  it("'kartaga o'tkazma berish shart emas' is no payment channel", () => {
    expect(flags("Rossiyaga qurilishga ishchilar. Patent xarajatlarini o'zingiz to'laysiz, bank orqali, kvitansiya bilan. Agentga kartaga o'tkazma berish shart emas.\nToshkent, Navoiy ko'chasi 30. Tel +998 71 555 40 40")).not.toContain("payment_channel");
  });
});

describe("a visa fee paid straight to the state that issues the visa", () => {
  it("tg: the UK visa fee 'мустақим ба UKVI' is no upfront fee", () => {
    const text = "Кори мавсимӣ дар Британия, оператори Pro-Force.\nКоргар худаш пардохт мекунад:\n• Визаи Seasonal Worker — тақрибан £319, мустақим ба UKVI, бо корти бонкии худатон.\nОфис: Душанбе, кӯчаи Рӯдакӣ 40. Тел +992 37 555 1010";
    expect(flags(text)).not.toContain("upfront_fee");
  });

  it("uz-Cyrl: 'directly on the UK government's site, from your own card', listed under what the worker pays", () => {
    const text =
      "Буюк Британия, мавсумий иш (Seasonal Worker), оператор Concordia.\nИшчи ўзи тўлайдиган харажатлар:\n— виза йиғими (тахминан 300 фунт) — тўғридан-тўғри UK ҳукумати сайтида, ўз картангиздан\n— авиачипта\nОфис: Самарқанд ш., Регистон кўчаси 12. Тел +998 66 555 30 30";
    expect(flags(text)).not.toContain("upfront_fee");
  });
});

describe("a state scheme sold around its exam, against a 'bank guarantee'", () => {
  it.each([
    ["uz-Latn", "Koreyaga E-9: koreys tili imtihonidan o'ta olmaganlar uchun imkoniyat. Nomzod 1 500 $ bank kafolati ochadi.\nToshkent, Yunusobod. +998 95 555 80 13"],
    ["uz-Cyrl", "Кореяга E-9: корейс тили имтиҳонидан ўта олмаганлар учун имконият. Номзод 1 500 $ банк кафолати очади.\nТошкент, Юнусобод. +998 95 555 80 13"],
  ])("%s", (_, text) => {
    const found = flags(text);
    expect(found).toContain("no_requirements");
    expect(found).toContain("upfront_fee");
  });
});

describe("what licensed recruiters and state bodies say of others, and of the worker's own costs", () => {
  it("uz: a state warning listing agencies whose licences are cancelled is no revoked licence of its own", () => {
    const text = "OGOHLANTIRISH\nQuyidagi tashkilotlar chet elga ishga yuborish huquqiga ega emas:\n• «Samarqand Job Center» MChJ (UZ-XBA-2830) — litsenziya bekor qilingan\nKartaga pul so'rashsa, to'lamang.";
    const registry = new MemoryRegistry([operator({ country: "UZ", registry: "UZ-MA", licenceNo: "UZ-XBA-2830", name: "Samarqand Job Center MChJ", city: "Samarqand", status: "cancelled" })]);
    const v = shippedEngineWith(registry).check(text, { today: "2026-12-01" });
    expect(v.flags.map((f) => f.id)).not.toContain("revoked_licence");
  });

  it("tg: 'do not give money in cash or to a card' is no payment channel", () => {
    expect(flags("Кори мавсимӣ дар Британия. Боҷи визаро худатон дар gov.uk мепардозед. Ба ягон кас нақд ё ба корт пул надиҳед.\nДафтар: Ғарм, кӯч. Марказӣ 6. Тел +992 37 555 00 81")).not.toContain("payment_channel");
  });

  it("ky: 'we do not employ on a tourist visa' is no wrong visa", () => {
    expect(flags("Түркияга тигүүчүлөр керек. Иш уруксатын иш берүүчү алат. Туристтик виза менен иштетпейбиз!\nОш, +996 555 000 431")).not.toContain("wrong_visa_type");
  });

  it("tg: a passport 'handed to the management' at a Bangkok operator job is trafficking", () => {
    expect(check("Ширкати IT дар Бангкок операторҳо меҷӯяд, маош 1 500 $. Дар ҷои кор шиноснома ба роҳбарият супорида мешавад.\nАнкета: t.me/+kQ7vT").crime).toBe("trafficking");
  });

  it("uz: a translation the worker pays himself, with its receipt, is no upfront fee", () => {
    expect(flags("Germaniyada hamshira. Diplomni notarial tarjima qildirasiz — bu xarajat o'zingizdan (taxminan 400–600 ming so'm), kvitansiyasi bilan.\nToshkent, Amir Temur 108. +998 71 555 40 82")).not.toContain("upfront_fee");
  });
});

describe("adverts as people forward them: misread digits, wages, refusals, routes", () => {
  it.each([
    ["uz-Cyrl", "КАНАДАГА ИШ ВИЗАСИ — 1OO% КАФОЛАТ\nТўлов: 1-босқич 1 5OO $\nWhatsApp: +998 9O 555 44 l7", "guaranteed_visa"],
    ["ru", "ВИЗА В ПОЛЬШУ 1OO% ГАРАНТИЯ\nОплата 5OO $ до вылета\nWhatsApp +998 9l 555 40 12", "guaranteed_visa"],
  ])("%s: digits a picture's text gives as letters (O for 0, l for 1) are still read", (_, text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  it("kk: a wage 'per month' to a Kaspi card is no fee", () => {
    expect(flags("Новосибирскіге бетоншы керек. 160 000 ₽/ай, Kaspi-ге.\nЕАЭО азаматтары — рұқсат керек емес.\nЖШС «Шығыс Қанат», Семей. +7 722 000 0176")).not.toContain("upfront_fee");
  });

  it("kk: 'we make no documents' and the visa fee paid to the mission are no forgery and no fee", () => {
    const found = flags("Германияға мейірбикелер. Ескерту: біз ешқандай құжатты «жасап» бермейміз.\nВизаға өтінішті өзіңіз бересіз, алымды (75 €) өкілдікке төлейсіз.\nОрал қ., Достық д-лы 180. +7 711 000 0729");
    expect(found).not.toContain("document_forgery");
    expect(found).not.toContain("upfront_fee");
  });

  it("tg: a passport 'kept in the office' for girls' club work is trafficking", () => {
    expect(check("Дубай. Кор барои духтарони 18–25 сола, хостес дар клуб. Шиносномаатон дар офис нигох дошта мешавад.\nФакат телеграм @dubai_job").crime).toBe("trafficking");
  });

  it("ru: escorted 'by road to Austria', the rest paid on arrival, is smuggling", () => {
    expect(check("Работа в Германии на стройке.\nМаршрут: Москва - Стамбул - Белград, дальше с сопровождением по дороге до Австрии.\nОплата 5000 $, остаток по прибытии.\nWhatsApp +998 91 555 40 12").crime).toBe("smuggling");
  });
});

describe("an ordinary week's wages, phones and guaranteed hours", () => {
  it("ru: both ends of a wage range are the wage, whatever word is nearer the second", () => {
    const v = check("Логист-диспетчер, ТОО «Silk Cargo Group», Алматы.\nЗарплата 450 000–600 000 ₸, оформление по ТК РК, офис у ТРЦ «Mega Alma-Ata».");
    expect(v.entities.money.map((m) => m.kind)).toEqual(["salary", "salary"]);
    expect(v.flags.map((f) => f.id)).not.toContain("upfront_fee");
  });

  it("uz: a digest's phone at a line's end is a phone, not the amounts '998' and '99 555'", () => {
    const v = check("📌 ISH BOR | Toshkent\n1️⃣ Dispetcher — «Sharq Trans Logistik» MChJ. 6 000 000 so'm ☎️ +998 99 555 10 41\n2️⃣ Haydovchi (CE) — reysiga 1 800 $ ☎️ +998 99 555 10 42\n3️⃣ Sotuvchi — 3 800 000 so'm ☎️ +998 93 555 70 80");
    expect(v.entities.phones.map((p) => p.e164)).toEqual(["+998995551041", "+998995551042", "+998935557080"]);
    expect(v.flags.map((f) => f.id)).not.toContain("upfront_fee");
  });

  it.each([
    ["tg", "Санкт-Петербург, склад. Комплектовщик. 3400 руб смена, хафтаги пардохт ба карта.\nООО «Невский Фулфилмент», +7 812 555 27 03"],
    ["kk", "Новосибирск, монолитшилер керек. Оплата: сменага 4500 руб, аптасына бир рет Kaspi немесе Сбер картага аударамыз.\nООО «СибМонолитСтрой», +7 913 555 40 28"],
    ["kk", "Тигин цехына тигиншилер керек. Толем сделно, айына 180-300 мын тг, апта сайын Kaspi ге.\nКараганды, Майкудук. 8 700 555 83 21"],
  ])("%s: pay per shift or piecework to a card is the wage", (_, text) => {
    const found = flags(text);
    expect(found).not.toContain("upfront_fee");
    expect(found).not.toContain("payment_channel");
  });

  it.each([
    ["uz-Latn", "Buyuk Britaniyaga mavsumiy ish, operator Pro-Force Limited. Haftasiga kamida 32 soat kafolatlangan ish.\nViza to'lovi va aviachipta — ishchining o'zidan.\nMigratsiya agentligining hududiy bo'limlarida ro'yxatdan o'ting."],
    ["uz-Cyrl", "Буюк Британия — мавсумий иш, оператор Fruitful Jobs Ltd.\nНомзод ўзи тўлайдиган харажатлар: виза йиғими (тахминан 300 фунт) ва авиачипта.\nМиграция агентлигининг ҳудудий филиаллари орқали ариза беринг."],
  ])("%s: guaranteed hours and the worker's own visa fee are no visa promise, fee or impersonation", (_, text) => {
    const found = flags(text);
    for (const id of ["guaranteed_visa", "upfront_fee", "brand_impersonation"]) expect(found).not.toContain(id);
  });
});

describe("a fee paid into a mobile wallet, said in the passive", () => {
  it("ky: '… O!Деньги капчыгына төлөнөт' is a payment channel", () => {
    expect(flags("Польшага жумуш. Каттоо жыйымы 2 000 сом, Balance капчыгына которулат. +996 555 000 318")).toContain("payment_channel");
    expect(flags("Германияга мезгилдик жумуш. Анкета жыйымы 1 500 сом, QR-код аркылуу O!Деньги капчыгына төлөнөт. +996 555 000 319")).toContain("payment_channel");
  });
});

describe("short posts' ways of giving the pay (round 28)", () => {
  it("a gross or net amount is the wage, not a fee", () => {
    expect(flags("Чехия, Брно — заводго сборщик. Employee card, 2 жылдык келишим, 36 000 CZK брутто.\nВиза үчүн паспортту элчиликке өзүңүз тапшырасыз, документке акысыз жардам беребиз. ☎ 0555 000 419")).not.toContain("upfront_fee");
  });

  it("'~90k rub to card every 15th' is the wage paid to the worker's card", () => {
    const found = flags("my cousin's factory in Omsk needs 3 welders, official contract, ~95k rub to card every 15th. write telegram @omsk_0000");
    expect(found).not.toContain("upfront_fee");
    expect(found).not.toContain("payment_channel");
  });
});

describe("state notices and warnings in short posts (round 28)", () => {
  it("ru: 'Служба миграции … напоминает' quotes the offers it warns of", () => {
    const v = check("Служба миграции МТМЗН РТ напоминает: сезонная работа в Великобритании — только через лицензированных операторов схемы. Операторы не берут деньги за трудоустройство, визу оплачиваете сами. О предложениях «виза в Англию за 2500$» сообщайте: 555-00-11");
    expect(v.flags.map((f) => f.id)).not.toContain("upfront_fee");
    expect(v.risk).toBe("low");
  });

  it("ur-Latn: 'jo … bechay usay report karen' is a warning, not a brand's contact", () => {
    const found = flags("Nurses ke liye: NHS trusts khud CoS sponsor karti hain, koi agent fee nahi. Jo WhatsApp pe 'NHS visa' bechay usay report karen");
    expect(found).not.toContain("brand_impersonation");
  });
});

describe("an ordinary week's ways of giving the pay (round 29)", () => {
  it("tg: 'Пардохт ҳар 15 рӯз' is the pay schedule, so the amounts before it are wages", () => {
    expect(flags("Ба ошхонаи «Навруз» кормандон лозим. Музд: пешхизмат 1 600 сомонӣ, ёрдамчии ошпаз 2 300 сомонӣ. Пардохт ҳар 15 рӯз. Тел.: +992 90 555 0013")).not.toContain("upfront_fee");
  });

  it("'Нарх 350 р. метр' — a rate per metre — is pay, not a price the worker pays", () => {
    expect(flags("Ба отделка 3 нафар малярчи лозим. Нарх 300 р. метр. Пул ҳар ҳафта. Ватсап +7 912 555 07 71")).not.toContain("upfront_fee");
    expect(flags("Польшага иш. Хизмат нархи 500 $. Ватсап +998 90 555 00 12")).toContain("upfront_fee");
  });
});

describe("round 47: a visa fee the worker pays himself at the visa centre (tg)", () => {
  it("'пули виза (300 фунт) ва билетро худи коргар медиҳад; ҳуҷҷатҳоро ба маркази визавӣ худатон месупоред' is the state's fee", () => {
    expect(flags("Кори мавсимӣ дар Британия, оператори расмии схема. Пули виза (тақрибан 300 фунт) ва билетро худи коргар медиҳад; ҳуҷҷатҳоро ба маркази визавӣ худатон месупоред. Мо аз шумо пул намегирем.")).not.toContain("upfront_fee");
  });

  it("guard: a visa fee paid 'to us in advance', then the visa centre, is still a fee", () => {
    expect(flags("Кори мавсимӣ дар Британия. Пули виза 1500 доллар пешакӣ ба корти мо, баъд худатонро ба маркази визавӣ мебарем. Тел +992 93 555 00 12")).toContain("upfront_fee");
  });
});

/** Round 67: what the employer pays, set out as a list after "pays:", and a fee the worker pays at the clinic. */
describe("a list of what the employer pays", () => {
  it("'The hospital pays: … NMC registration fee, …' names fees the worker does not pay", () => {
    const text = "Staff nurses for a private hospital in Manchester, UK. Band 5, £30,500 a year.\nThe hospital pays: Health and Care Worker visa fee, NMC registration fee, flight and first month's housing.\nApply with CV to recruitment@northwell-care.co.uk";
    expect(flags(text)).not.toContain("upfront_fee");
  });

  it("a fee asked in the next sentence is still asked", () => {
    const found = flags("Drivers for Dubai. Employer pays: visa and ticket. Registration fee Rs 60,000 to our office before the interview. WhatsApp 0301 0000 552");
    expect(found).toContain("upfront_fee");
  });
});

describe("a fee paid at the medical or test centre, its amount after a comma", () => {
  it("'pay the fee at the medical centre, around Rs 12,000' is the clinic's, not the recruiter's", () => {
    const v = check("My agent in Sialkot is licensed. He told me to book the GAMCA medical myself and pay the fee at the medical centre, around Rs 12,000. Is that right?");
    expect(v.flags.map((f) => f.id)).not.toContain("upfront_fee");
    expect(v.toldOffer).toBeUndefined();
  });
});

describe("an advance the employer gives, taken back from the pay", () => {
  it("ur-Latn: 'advance diya jaye ga jo … kat kar wapas hoga' is a loan to the worker, not a fee", () => {
    const found = flags("Qatar mein security guard, salary 1,500 QAR. Pehle mahine 300 QAR advance diya jaye ga jo agle 3 mahine mein 100 QAR mahana kat kar wapas hoga. Contract 2 saal.");
    expect(found).not.toContain("upfront_fee");
  });

  it("ur-Latn: an advance the worker gives before the visa is still a fee", () => {
    expect(flags("Rs 80,000 advance diya jaye ga aur baqi visa lagne ke baad. Contact 0301 0000 222")).toContain("upfront_fee");
  });
});

describe("a post on what a lawful job costs, naming the fees that are not on the list", () => {
  it("'\"Registration fee\", \"file charge\" are not on this list. Before paying, check the OEP's licence' warns of those fees", () => {
    const v = check('What going to Saudi legally costs:\n1. Service charge up to Rs 6,000, with a receipt.\n2. Protector and OPF dues by bank challan.\n"Registration fee", "file charge" and "seat booking" are not on this list. Before paying, check the OEP\'s licence on the BEOE website.');
    expect(v.flags.map((f) => f.id)).not.toContain("upfront_fee");
    expect(v.toldOffer).toBeUndefined();
  });

  it("a recruiter's own 'before paying, check our reviews' is no warning", () => {
    expect(flags("Registration fee Rs 25,000 now. Before paying, check our reviews on Facebook! WhatsApp 0301 0000 333")).toContain("upfront_fee");
  });
});

/** Round 70: a translation office that makes the documents a worker lacks. */
describe("documents made for whoever lacks them", () => {
  it("tg: 'if you have no work record, we prepare it with a stamp and signature' is document forgery", () => {
    expect(flags("Тарҷумаи ҳуҷҷатҳо. Агар маълумотномаи собиқаи корӣ (справка с места работы) надошта бошед, мо онро бо мӯҳр ва имзои ташкилот тайёр карда, тарҷума мекунем. Душанбе, +992 93 555 0268")).toContain("document_forgery");
  });

  it("tg: 'if you have no passport, get one first' is no forgery", () => {
    expect(flags("Агар шиноснома надоред, аввал онро гиред. Мо ба шумо дар пур кардани анкета ёрӣ медиҳем. Душанбе, +992 93 555 0269")).not.toContain("document_forgery");
  });
});

/** Round 70: a school's course, a carrier's ticket, a studio's photos, priced by one that says it offers no jobs. */
describe("a service's own prices", () => {
  it.each([
    ["en", "IELTS and OET preparation for nurses, 8 weeks, Rs 22,000. Passing the exam is not a job offer: jobs come from employers and licensed OEPs. Crescent Prep Academy, Mall Road, Lahore — 042-3555 0743"],
    ["ru", "Автобус Бишкек — Новосибирск, каждую среду, 8 000 сом, оплата в кассе или через MBank. Мы перевозчик: работу и регистрацию не предлагаем. ☎ +996 555 000 615"],
    ["ur", "ٹرک ڈرائیونگ کورس، 30 دن، فیس 25,000 روپے۔ ہم صرف تربیت دیتے ہیں، نوکری یا ویزا نہیں۔ استاد ڈرائیونگ اسکول، ملتان — 061-4555 0150"],
    ["tg", "Сурат барои виза ва шиноснома, 4 дона — 25 сомонӣ. Мо танҳо сурат мегирем, виза намекушоем. Душанбе, +992 93 555 0159"],
  ])("%s: no fee asked of a worker", (_, text) => {
    const found = flags(text);
    expect(found).not.toContain("upfront_fee");
    expect(found).not.toContain("payment_channel");
  });

  it("one that says it is no recruiter and promises the visa for a fee still asks a fee", () => {
    const found = flags("We are not a recruitment agency. Dubai work visa 100% guaranteed in 15 days, pay Rs 90,000 advance. WhatsApp 0301 0000 744");
    expect(found).toContain("upfront_fee");
  });
});

describe("'processing' as a trade, not a charge", () => {
  it("the pay of a fish or meat processing job is no fee", () => {
    expect(flags("Oman fish processing plant me packing ka kaam, 140 rial. Visa aur ticket company ka. Email hr@alsawadi-fisheries.om")).not.toContain("upfront_fee");
    expect(flags("Poland - meat processing plant near Lodz, 4,800-5,600 PLN net. Work permit through the employer. hr@example.pl")).not.toContain("upfront_fee");
  });

  it("visa processing is still a charge", () => {
    expect(flags("Dubai work visa processing 85,000 rupees, jama karwayen. WhatsApp 0301 0000 744")).toContain("upfront_fee");
  });
});

describe("uz: 'badal' (a fee, a contribution) is a charge", () => {
  it("a 'participation fee' for a UK seasonal visa through a 'partner' is a fee and a scheme sold privately", () => {
    const found = flags("Britaniyada mavsumiy ish. Seasonal Worker vizasi, 6 oy. Operator navbatini kutish shart emas, sertifikatni hamkorimiz beradi. Ishtirok badali — 1 800$: 50% shartnoma imzolanganda. Tel +998 99 555 30 72");
    expect(found).toContain("upfront_fee");
    expect(found).toContain("scheme_misuse");
  });

  it("no fee said with it is none", () => {
    expect(flags("Tanlov bepul, ro'yxatdan o'tish badali yo'q. Migratsiya agentligi, Toshkent, Navoiy ko'chasi 12")).not.toContain("upfront_fee");
  });
});

describe("'don't worry about the test' beside a state scheme (ur, ur-Latn)", () => {
  it.each([
    ["ur", "ای پی ایس کورین ٹیسٹ کی تیاری ہمارے انسٹیٹیوٹ میں، کورس 75,000 روپے۔ کوریا کی فیکٹری میں سیٹ ہماری طرف سے کنفرم، ٹیسٹ کی فکر نہ کریں، ہمارا اپنا سسٹم ہے۔ 0321 0000455"],
    ["ur-Latn", "EPS Korea ke test ki tayyari hamare institute mein, course fee 75,000. Test ki fikar na karein. 0321 0000455"],
  ])("%s: a test waived, the scheme sold privately", (_, text) => {
    expect(flags(text)).toContain("no_requirements");
    expect(flags(text)).toContain("scheme_misuse");
  });
});

describe("a state body named beside a look-alike site is a borrowed name", () => {
  it("the Migration Agency's EPS registration on a look-alike portal, paid to a card, is a scheme sold privately", () => {
    const text = "MIGRATSIYA AGENTLIGI\nEPS-TOPIK 2026 (Koreya) imtihoniga onlayn ro'yxatga olish boshlandi. Rasmiy portal: eps-topik-migration-uz.com\nImtihon to'lovi (480 000 so'm) Humo kartaga 48 soat ichida o'tkazilishi kerak.";
    expect(flags(text)).toContain("scheme_misuse");
    expect(check(text).risk).not.toBe("low");
  });

  it("the agency on its own site, the fee paid at the bank, is the state channel", () => {
    expect(flags("MIGRATSIYA AGENTLIGI\nEPS-TOPIK 2026 (Koreya) imtihoniga ro'yxatdan o'tish: migration.uz. Imtihon to'lovi bank orqali, kvitansiya bilan.")).not.toContain("scheme_misuse");
  });
});

describe("a tour 'only for sightseeing' sells a tour (ur, ur-Latn)", () => {
  it.each([
    ["ur", "ملائیشیا فیملی ٹور — 6 دن۔ پیکج: 2,45,000 روپے فی کس — ای ویزا، ریٹرن ٹکٹ، ہوٹل۔ یہ ٹور صرف سیاحت کے لیے ہے، پورا گروپ ایک ساتھ واپس آتا ہے۔ 042-3555 0803"],
    ["ur-Latn", "Malaysia family tour, 6 din. Package 2,45,000 rupay per person: e-visa, return ticket, hotel. Ye tour sirf siyahat ke liye hai, poora group sath wapas aata hai. 042-3555 0803"],
  ])("%s: its price is no fee asked for a job", (_, text) => {
    expect(flags(text)).not.toContain("upfront_fee");
  });

  it("'only for sightseeing, but work is there' is still the offer", () => {
    expect(flags("Malaysia tour visa, package 2,45,000. Ye tour sirf siyahat ke liye hai lekin wahan kaam mil jata hai, hamara banda set karega. WhatsApp 0300 0000 111")).toContain("upfront_fee");
  });
});

describe("a deduction the contract fixes, on the line after the visa", () => {
  it.each([
    ["uz-Cyrl", "Литва, гўшт заводи. Ойлик 1 300 € брутто.\nНомзод виза марказида биометрия топширади.\nЁтоқхона: ойига 180 € ойликдан ушлаб қолинади (шартноманинг 5.3-банди).\nТел +998 65 555 75 20"],
    ["uz-Latn", "Litva, go'sht zavodi. Oylik 1 300 € brutto.\nNomzod viza markazida biometriya topshiradi.\nYotoqxona: oyiga 180 € oylikdan ushlab qolinadi (shartnomaning 5.3-bandi).\nTel +998 65 555 75 21"],
  ])("%s: housing kept from the wage is no debt for the visa", (_, text) => {
    expect(flags(text)).not.toContain("trafficking_risk");
  });

  it("ru: the fare kept from the first wages in parts the contract spells out is no debt", () => {
    const text =
      "Казань, склад. Договор 9 месяцев, 95 000 руб. Выезд автобусом 5 марта, границы проходим официально. Стоимость проезда работодатель удерживает из первой зарплаты частями (по 4 000 руб. три месяца) — прописано в договоре.\nТел +998 66 555 0420";
    expect(flags(text)).not.toContain("trafficking_risk");
  });

  it("ru: the fare kept from the first wages with no contract behind it still is one", () => {
    expect(flags("Казань, склад, 95 000 руб. Билет купим сами, стоимость билета удержим из первой зарплаты. Паспорт отдаёте бригадиру. Тел +7 900 555 0421")).toContain("trafficking_risk");
  });
});
