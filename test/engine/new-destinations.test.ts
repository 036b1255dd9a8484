import { describe, expect, it } from "vitest";
import { checker, checkerWithRows, offerOf } from "../helpers/engine.ts";
import { CHOLISTAN_GATE } from "../helpers/operator.ts";

/**
 * Rounds 60-64: jobs in destinations beyond the usual (Europe, East Asia, Malaysia, the Maldives) and the notices
 * about them, ordinary weeks, messages as they reach the helpline, informal posts by the people who hire.
 * Classes their dev halves showed, each in wording of its own here.
 */
const { check, flags } = checker();

describe("a notice whose issuer is named under a one-word heading", () => {
  it("ky: 'ЭСКЕРТҮҮ!' then the ministry that 'calls on' citizens to beware, listing the scam-centre jobs it warns of", () => {
    const v = check(
      "ЭСКЕРТҮҮ!\n\nЭмгек жана миграция министрлиги жарандарды жалган жарнамалардан сак болууга чакырат.\nАкыркы убакта Камбоджа, Лаос, Мьянмада \"онлайн оператор\", \"колл-борбор\" деген жумуштарга чакырышат, билет жана жатакана бекер дешет.\nЛицензиясы бар агенттиктердин тизмесин министрликтин сайтынан текшериңиз.",
    );
    expect(v.flags.map((f) => f.id)).not.toContain("trafficking_risk");
    expect(v.risk).toBe("low");
  });

  it("ru: 'ВНИМАНИЕ!' then the police who 'призывает' to be on guard against call-centre jobs in Laos", () => {
    const v = check(
      "ВНИМАНИЕ!\nМВД Кыргызской Республики призывает граждан быть бдительными.\nВ соцсетях ищут «онлайн-операторов» и сотрудников «колл-центров» в Камбодже, Лаосе и Мьянме, обещают бесплатный билет и жильё.\nПроверяйте агентства в реестре министерства.",
    );
    expect(v.flags.map((f) => f.id)).not.toContain("trafficking_risk");
    expect(v.risk).toBe("low");
  });

  it("a heading over an offer is no notice: the offer's signs stay", () => {
    expect(flags("СРОЧНО!\nРабота оператором в Мьянме, билет бесплатно, паспорт хранится у работодателя. Пишите в Telegram @laos_job_555")).toContain(
      "trafficking_risk",
    );
  });
});

describe("a ticket paid back only by someone who leaves early", () => {
  it("ky: '… бүтүрбөй кетсеңиз, билеттин акысы айлыктан кармалат' is a condition of the contract", () => {
    expect(
      flags("Эстониядагы кеме куруучу заводго ширетүүчү керек. Келишим 1 жыл. Келишимди бүтүрбөй кетсеңиз билеттин акысы айлыктан кармалат. Иш берүүчү: Baltic Hull OÜ, hr@baltichull.ee"),
    ).not.toContain("trafficking_risk");
  });

  it("ky with a comma, kk in Russian letters: '… эрте кетсеңиз, билеттин акысы …', '4 айды бітірмей кетсең, билеттің ақысы … ұсталады'", () => {
    expect(flags("Камчаткадагы балык заводуна сезондук жумушчулар. Келишимди бузуп эрте кетсеңиз, билеттин акысы айлыктан кармалат. Кадр бөлүмү: +7 4152 555 021")).not.toContain("trafficking_risk");
    expect(flags("Камчаткага балык зауытына адам алады. Билетти компания алады, 4 айды битирмей кетсен, билеттин акысы сонгы айлыктан усталады. Кадр болими: +7 4152 555 091")).not.toContain("trafficking_risk");
  });

  it("kk: the ticket taken from the pay as it stands is still a debt to work off", () => {
    expect(flags("Түркияға тігінші қыздар керек. Билеттің ақысы айлықтан ұсталады, паспорт цехта тұрады. WhatsApp +90 555 000 11 22")).toContain("trafficking_risk");
  });

  it("ky: the ticket taken from the pay as it stands is still a debt to work off", () => {
    expect(flags("Малайзияга завод жумушчулары керек. Билеттин акысы айлыктан кармалат, паспорт компанияда турат. WhatsApp +60 11 555 0192")).toContain("trafficking_risk");
  });
});

describe("a driving licence is no recruiter's licence", () => {
  it("ur: 'مقامی لائسنس اور Code 95' in a bus drivers' advert beside the promoter's licence", () => {
    const v = check(
      "سلووینیا کی بس کمپنی کو 20 ڈرائیور درکار ہیں۔ HTV لائسنس پانچ سال پرانا ہو۔ وہاں پہنچ کر مقامی لائسنس اور Code 95 کورس کمپنی کروائے گی۔\nکوہ نور اوورسیز، لائسنس 4105/BWP",
    );
    expect(v.entities.licences.map((l) => l.raw)).toEqual(["4105/BWP"]);
  });
});

describe("a passport held and a debt, said politely", () => {
  it("en: 'HR will hold workers' passports during the contract' and 'may not leave the hostel without permission'", () => {
    const v = check(
      "Sawit Jaya Plantation, Sabah: 40 harvesters, RM 1,600 basic. Company HR will hold workers' passports during the contract for permit renewal. Workers may not leave the hostel without permission. Interviews at our Multan office.",
    );
    expect(v.flags.map((f) => f.id)).toContain("trafficking_risk");
    expect(v.crime).toBe("trafficking");
  });

  it("en: HR holding a passport for a visa stamp and handing it back is no retention", () => {
    expect(flags("Sawit Jaya Plantation, Sabah: 40 harvesters, RM 1,600 basic. HR will hold your passport for two days for the visa stamp and it is returned to you at once.")).not.toContain(
      "trafficking_risk",
    );
  });

  it("ur: the passport 'معاہدے کی مدت تک' with the company, and costs cut 'قسطوں میں' from the first months' pay", () => {
    expect(flags("برونائی — تعمیراتی ہیلپر درکار۔ حفاظت کی خاطر پاسپورٹ معاہدے کی مدت تک دفتر کے لاکر میں ہوگا۔")).toContain("trafficking_risk");
    expect(flags("برونائی — تعمیراتی ہیلپر درکار۔ ویزا کا خرچ پہلے تین ماہ کی تنخواہ سے قسطوں میں کاٹا جائے گا۔")).toContain("trafficking_risk");
  });

  it("ur: a passport that does not stay with anyone till the contract ends is none", () => {
    expect(flags("برونائی — تعمیراتی ہیلپر درکار۔ پاسپورٹ معاہدے کی مدت تک کمپنی کے پاس نہیں رہے گا، آپ کے پاس رہے گا۔")).not.toContain("trafficking_risk");
  });
});

describe("the 'game' offered onward from a job in the Balkans", () => {
  it("ur: '\"گیم\" کا انتظام' for those who want to go on", () => {
    const v = check("مونٹی نیگرو میں ہوٹل کا کام، ویزا ہماری ذمہ داری۔ بعد میں جو بھائی آگے اٹلی جانا چاہیں ان کے لیے \"گیم\" کا انتظام بھی ہے۔ دفتر تشریف لائیں یا فون کریں 0300-0000-418");
    expect(v.flags.map((f) => f.id)).toContain("smuggling_route");
    expect(v.crime).toBe("smuggling");
  });
});

describe("destinations beyond the usual are countries the engine knows", () => {
  it("names Jordan, Estonia, Finland, the Maldives, Brunei, the Netherlands and Austria in their scripts", () => {
    const countries = (text: string) => check(text).entities.countries.map((c) => c.code);
    expect(countries("Иорданияга тигүүчүлөр керек, Амман шаары")).toContain("JO");
    expect(countries("Finlyandiyaga rezavor terishga, keyin Estoniyaga")).toEqual(expect.arrayContaining(["FI", "EE"]));
    expect(countries("مالدیپ اور برونائی میں تعمیراتی کام")).toEqual(expect.arrayContaining(["MV", "BN"]));
    expect(countries("Работа в Нидерландах и Австрии, теплицы")).toEqual(expect.arrayContaining(["NL", "AT"]));
  });

  const oep = checkerWithRows(CHOLISTAN_GATE);

  it("en: a foreman at an Estonian shipyard and 'our garment factory' in Amman give their own numbers there beside the licensed promoter", () => {
    const shipyard = oep.check(
      "Tallinn, Estonia: Baltic Hull OÜ shipyard needs 12 welders (MIG/MAG), €1,700 net, hostel by us. The work permit is ours to get; papers in Pakistan only through Cholistan Gate Overseas Employment Promoters, licence 4105/BWP. Foreman Tariq +372 5555 0142",
    );
    expect(shipyard.flags.map((f) => f.id)).not.toContain("brand_impersonation");
    expect(shipyard.risk).toBe("low");
    const factory = oep.check(
      "Amman, Jordan: our garment factory needs 30 machine operators. Work permit and ticket by the company. Recruitment in Pakistan only through Cholistan Gate Overseas Employment Promoters (4105/BWP). HR Samir +962 79 555 0133",
    );
    expect(factory.flags.map((f) => f.id)).not.toContain("brand_impersonation");
  });

  it("the promoter's name with a Jordanian number and nobody from the employer is still impersonation", () => {
    expect(oep.flags("Cholistan Gate Overseas Employment Promoters, licence 4105/BWP. Jordan visas available, garment jobs. Contact +962 79 555 0133")).toContain("brand_impersonation");
  });
});

describe("someone at the employer abroad, in the Central Asian languages", () => {
  const agency = checkerWithRows({ country: "KZ", registry: "KZ-MLSP", licenceNo: "KZ-PEA-10878", name: "Sayakhat Kadr Agency LLP", city: "Almaty" });
  const selection = (words: string) => `Іріктеу «Саяхат Кадр» агенттігі арқылы, лицензия KZ-PEA-10878. ${words}`;

  it("kk: 'біздің жылыжай' in the Netherlands gives its Dutch number", () => {
    expect(agency.flags(`Нидерланды, Вестланд. Біздің жылыжай қызанақ өсіреді, 15 жұмысшы керек. ${selection("Байланыс: +31 6 5550 0147")}`)).not.toContain("brand_impersonation");
  });

  it("ru: 'наша теплица' and ky: a foreman signing 'Бригадир Азамат' at a Finnish fish plant", () => {
    expect(agency.flags(`Нидерланды. Наша теплица выращивает томаты, нужно 15 рабочих. ${selection("Связь: +31 6 5550 0147")}`)).not.toContain("brand_impersonation");
    expect(agency.flags(`Финляндия, Оулу. Балык комбинатына 10 жумушчу керек. ${selection("Бригадир Азамат +358 40 555 0193")}`)).not.toContain("brand_impersonation");
  });

  it("the agency's licence with a Finnish number and nobody from the employer is still impersonation", () => {
    expect(agency.flags(`Финляндияга жумуш, виза 100%. ${selection("Байланыш +358 40 555 0193")}`)).toContain("brand_impersonation");
  });
});

describe("a community warning that tells what befell its boys and the lawful way", () => {
  const warning =
    "PLEASE READ AND SHARE 🙏\nTwo boys from our village went by boat from Libya last spring; one is still missing. The agent took 28 lakh from each family.\nThese agents are back promising Italy. It is a crime: report them to FIA.\nThe legal way: only an OEP licensed by the Bureau of Emigration, Rs 6,000 service charge with receipt, a work visa and the Protector stamp.";

  it("en: is no advert, and the offers it warns against need no second warning", () => {
    const v = check(warning);
    expect(v.isJobAd).toBe(false);
    expect(offerOf(v).risk).toBe("low");
  });

  it("a worker retelling such an offer and asking about it still hears that the offer is a crossing", () => {
    const v = check("My cousin's agent says 28 lakh and he will send him to Italy by boat from Libya. Is it safe?");
    expect(offerOf(v)).toMatchObject({ risk: "high", crime: "smuggling" });
  });
});

describe("one word of a lapsed recruiter's name is any shop's", () => {
  const lapsed = checkerWithRows({
    country: "UZ",
    registry: "UZ-MA",
    licenceNo: "UZ-XBA-10879",
    name: "Andijon Baraka Kadr xususiy bandlik agentligi",
    city: "Andijan",
    status: "suspended",
  });

  it("kk: a shop called «Береке» in Astana is not the suspended «Baraka Kadr» agency", () => {
    expect(lapsed.flags("Астанадағы «Береке» дүкеніне сатушы керек. Жалақы 250 000 теңге, Kaspi картаға. Тел: +7 701 555 0148")).not.toContain("revoked_licence");
  });

  it("the agency's name with its recruiter's word is still the suspended one", () => {
    expect(lapsed.flags("Andijondagi «Baraka Kadr» xususiy bandlik agentligi Koreyaga ishchilar oladi. Oylik 1800$. Tel: +998 90 555 01 48")).toContain("revoked_licence");
  });

  it("so is its name as the registry writes it, city and all ('Andijon Baraka Kadr')", () => {
    expect(lapsed.flags("«Andijon Baraka Kadr» xususiy bandlik agentligi Koreyaga ishchilar oladi. Oylik 1800$. Tel: +998 90 555 01 48")).toContain("revoked_licence");
  });
});

describe("round 62: messages as they reach the helpline", () => {
  it("ur: 'کروشین لائسنس اور code 95' — a word that joins the keyword to a course starts no licence number", () => {
    const v = check("کروشیا کیلئے ٹرک ڈرائیور۔ وہاں پہنچ کر کروشین لائسنس اور code 95 کی ٹریننگ کمپنی کے خرچ پر۔ کوہ نور اوورسیز، لائسنس 4105/BWP");
    expect(v.entities.licences.map((l) => l.raw)).toEqual(["4105/BWP"]);
  });

  it("ru: a retold brick-plant offer where passports 'сдают хозяину' and the fare 'вычтут с зарплаты'", () => {
    const v = check(
      "Сосед говорит, человек набирает на стройку в Якутии. Паспорта по приезде сдают бригадиру «для регистрации». Дорогу он оплатит, потом вычтут с зарплаты. Ехать в понедельник. Что делать?",
    );
    expect(offerOf(v)).toMatchObject({ crime: "trafficking" });
  });

  it("uz-Latn: an 'online operator' job in Thailand retold by a mother is a scam centre's", () => {
    const v = check("Qizimga Tailandda \"online operator\" ishi taklif qilishdi, oyligi 1500 dollar, bilet bepul. Ishonsa bo'ladimi?");
    expect(offerOf(v)).toMatchObject({ risk: "high", crime: "trafficking" });
  });
});

describe("round 63: informal posts by the people who hire", () => {
  const oep = checkerWithRows(CHOLISTAN_GATE);
  const kzAgency = checkerWithRows({ country: "KZ", registry: "KZ-MLSP", licenceNo: "KZ-PEA-10878", name: "Sayakhat Kadr Agency LLP", city: "Aktau" });

  it("ur-Latn: 'main … resort ki kitchen mein hun' gives the resort's number beside the promoter", () => {
    const found = oep.flags(
      "Main Maldives mein Reef Lagoon Resort ki staff kitchen mein hun. 2 commis cook chahiye. Papers Cholistan Gate Overseas Employment Promoters (4105/BWP) ke zariye. Rashid +960 955 0173",
    );
    expect(found).not.toContain("brand_impersonation");
  });

  it("ur-Latn: 'visa fee 90 euro worker ki apni' is the embassy's fee, paid by the worker", () => {
    const found = check("Cousin ki company Bucharest mein: work permit company khud lagwayegi. Embassy se visa lagega, visa fee 90 euro worker ki apni. Salary 3800 lei. 0301 555 2219");
    expect(found.flags.map((f) => f.id)).not.toContain("upfront_fee");
  });

  it("uz-Cyrl: a family in 'Истанбул' caring for a mother-in-law gives its Turkish number beside the agency", () => {
    const found = kzAgency.flags(
      "Истанбулда қайнонамга парвариш қиладиган аёл керак. Ҳужжатларни «Саяхат Кадр» агентлиги (KZ-PEA-10878) тайёрлайди. WhatsApp +90 532 555 71 19",
    );
    expect(found).not.toContain("brand_impersonation");
  });

  it("kk: a welder who has 'worked two years at the shipyard' in Ыстамбұл", () => {
    const found = kzAgency.flags(
      "Ыстамбұлдағы кеме жасау зауытында 2 жыл істеп жүрмін, пісірушілер керек. «Саяхат Кадр» агенттігі (KZ-PEA-10878) арқылы келдік. Менің ватсабым +90 541 555 19 33",
    );
    expect(found).not.toContain("brand_impersonation");
  });

  it("ru: 'переведите … на Сбер' is a payment channel", () => {
    expect(flags("Няня в Москву, оформление медкнижки 5500 р, переведите помощнице Айгуль на Сбер по номеру +7 915 555 72 19")).toContain("payment_channel");
  });
});

describe("round 64: a passport kept by the household or the boss, said calmly", () => {
  it("kk: documents 'бастықта сақталады' and 'no need to go outside', typed on a Russian keyboard", () => {
    expect(offerOf(check("Казандагы тигин цехына тигиншилер керек, айлык 90 мын руб. Кужаттарыныз (паспорт) бастыкта сакталады, сыртка шыгудын кереги жок. Тел +7 916 555 23 48"))).toMatchObject({
      crime: "trafficking",
    });
  });

  it("ky: 'паспортуңузду үй ээси сактап турат' and 'үйдөн чыгууга болбойт'", () => {
    expect(flags("Казандагы үй-бүлөгө үй кызматчысы керек. Алгачкы айда үйдөн чыгууга болбойт, паспортуңузду үй ээси сактап турат. WhatsApp +7 915 555 30 48")).toContain("trafficking_risk");
  });

  it("ky: a house owner who does not keep the passport keeps no passport", () => {
    expect(flags("Казандагы үй-бүлөгө үй кызматчысы керек. Паспортуңуз өзүңүздө болот, эч ким албайт. WhatsApp +7 915 555 30 48")).not.toContain("trafficking_risk");
  });

  it("uz-Cyrl: 'паспортингизни … оила ўзида сақлайди'", () => {
    expect(flags("Анкарада оилага энага керак. Паспортингизни хавфсизлик учун оила ўзида сақлайди. WhatsApp +90 541 555 62 48")).toContain("trafficking_risk");
  });

  it("ky: a retold route 'from Mexico across the border' is a crossing", () => {
    const v = check("Бир жигит агамды Америкага алып кетем дейт: Мексикага учасыз, андан чек арадан адвокат менен өтөсүз. 4 000$ азыр которуш керек. Ишенсе болобу?");
    expect(offerOf(v)).toMatchObject({ crime: "smuggling" });
  });
});

describe("a guarantee the advert refuses", () => {
  const oep = checkerWithRows(CHOLISTAN_GATE);

  it("en: 'we give no job guarantee and no visa guarantee' beside a licensed promoter is a disclaimer", () => {
    const v = oep.check("Welders for Qatar. We give no job guarantee and no visa guarantee; selection is by the employer's test. Cholistan Gate Overseas Employment Promoters, 4105/BWP, Bahawalpur. 062-0000123");
    expect(v.flags.map((f) => f.id)).not.toContain("guaranteed_visa");
    expect(v.risk).toBe("low");
  });

  it("a guarantee with a refused interview after it is still a guarantee ('100% visa guarantee, na interview na test')", () => {
    expect(flags("Dubai jobs, 100% visa guarantee, na interview na test. Fees 2 lakh. 0300 0000419")).toContain("guaranteed_visa");
    expect(flags("Dubai jobs, visa guaranteed, no interview. Fee 2 lakh. 0300 0000419")).toContain("guaranteed_visa");
  });
});
