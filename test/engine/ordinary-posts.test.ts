import { describe, expect, it } from "vitest";
import { MemoryRegistry } from "../../src/registry/memory.ts";
import { checker, offerOf, shippedEngineWith } from "../helpers/engine.ts";
import { operator } from "../helpers/operator.ts";

/** An ordinary week of job posts (round 38): classes its dev half showed, each in wording of its own here. */
const { check, flags } = checker();

describe("a refused fee does not make the wage's card a payment channel", () => {
  it("kk: «тіркеу ақысы» деген жоқ, then the salary to a Kaspi card", () => {
    const found = flags(
      "Алматыдағы наубайханаға нан пісіруші керек. Айлығы 280 000 теңге.\nБізде «құжат ақысы» деген жоқ, айлық әр айдың 5-інде Kaspi картаға түседі.\nХабарласыңыз: +7 701 555 04 12 (WhatsApp), Гүлнар",
    );
    expect(found).not.toContain("upfront_fee");
    expect(found).not.toContain("payment_channel");
  });

  it("en: 'we take no fee, salary paid to your Kaspi card' in one sentence", () => {
    const found = flags("Warehouse packers for Almaty, 250,000 KZT. We take no fee, salary paid to your Kaspi card every month. Call +7 701 555 0413");
    expect(found).not.toContain("payment_channel");
  });

  it("a fee the advert does ask still makes the card a fee channel", () => {
    expect(flags("Warehouse packers for Almaty, 250,000 KZT. Registration fee 15,000 KZT, salary and fee through your Kaspi card. Call +7 701 555 0413")).toContain("payment_channel");
  });
});

describe("a car the worker drives is no borrowed brand", () => {
  it("tg: a taxi park's rented cars ('мошин иҷора … Hyundai Solaris')", () => {
    expect(flags("Таксопарк дар Подольск ронанда лозим. Мошин иҷора Hyundai Solaris / Kia Rio, рӯзе 2 500, бе залог. Шарт: правои русӣ. Telegram @podolsk_park_555")).not.toContain("brand_impersonation");
  });

  it("ru: 'аренда авто Хендай Солярис', and a make with its model ('Hyundai Solaris и Kia Rio')", () => {
    expect(flags("Водители такси в Москве, аренда авто Хендай Солярис 2600 в сутки, без залога, нужны российские права. Пишите в Telegram @taxi_msk_555")).not.toContain("brand_impersonation");
    expect(flags("Таксопарк: водители на Hyundai Solaris и Kia Rio, аренда 2600 в сутки. Telegram @park_msk_555")).not.toContain("brand_impersonation");
  });

  it("a maker hiring for its plant with a fee to a card is still a borrowed brand", () => {
    expect(flags("Работа на заводе Hyundai в Корее! Зарплата 2500$. Оформление визы 500$ переводом на карту. Пишите только в WhatsApp +82 10 5550 1234")).toContain("brand_impersonation");
  });
});

describe("refusals and told offers", () => {
  it("ur-Latn: 'visit visa walay rabta na karein' refuses that visa", () => {
    expect(flags("Sharjah me bakery ke liye helper chahiye, employment visa aur ticket company ka, salary 1400 AED. Visit visa wale bhai rabta na karein, sirf work visa. WhatsApp +971 50 000 0733")).not.toContain("wrong_visa_type");
  });

  it("en: a retold maid offer where the agency keeps her passport, she may not keep her phone and months of pay are cut", () => {
    const v = offerOf(
      check("Salam, need advice. An agent lady offered my cousin (20) a maid job in Jeddah. She says the agency will keep her passport, she can't keep her own phone for 3 months, and first 4 months salary will be cut for the ticket. Should we go?"),
    );
    expect(v.crime).toBe("trafficking");
  });
});

describe("refusals, warnings and the worker's own money are no lures", () => {
  it("en: 'agents asking you to travel on visit visa' is a warning, not an offer of that visa", () => {
    expect(flags("Waiters for Madinah hotels, SAR 1,800, iqama by hotel. Agents asking you to travel on visit visa and find work there are putting you in danger.")).not.toContain("wrong_visa_type");
  });

  it("ru: 'по безвизу работать … нельзя' refuses visa-free work", () => {
    expect(flags("Отелю в Дубае нужны горничные, 2000 дирхам, рабочая виза от отеля. По безвизу работать в ОАЭ нельзя, не приезжайте так. Тел. +996 555 000 731")).not.toContain("wrong_visa_type");
  });

  it("tg: 'бо раводиди туристӣ … одам намефиристем' refuses tourist-visa work", () => {
    expect(flags("Ба меҳмонхона дар Истанбул ошпаз лозим, маош 900$. Мо бо раводиди туристӣ ҳеҷ касро намефиристем, иҷозати корро корфармо мегирад. Тел. 92 555 0188")).not.toContain("wrong_visa_type");
  });

  it("ky / uz-Latn: 'no visa without the test' and 'we have no exam-free Korea' refuse the lure", () => {
    expect(flags("Кореяга EPS-TOPIK аркылуу гана. Тестсиз виза берилбейт, даярдоо курсубуз бар. Тел. +996 555 000 912")).not.toContain("no_requirements");
    expect(flags("Koreyaga faqat EPS-TOPIK orqali. Bizda \"imtihonsiz Koreya\" yo'q, kursimiz bor. Tel. +998 90 555 12 34")).not.toContain("no_requirements");
    expect(flags("Кореяга тестсиз, тажрыйбасыз алабыз! 3000$ алдын ала. WhatsApp +996 555 000 913")).toContain("no_requirements");
  });

  it("en: 'before you give a single rupee' makes a warning of the sums it names", () => {
    expect(flags("Welders for a Bucharest shipyard, EUR 900, via licensed OEP 1182/RWP.\n\nAgents online are asking 10 lakh for an Italy work visa. Verify the licence before you give a single rupee.")).not.toContain("upfront_fee");
  });

  it("tg: a sign-up that 'is not paid for' beside the office's street number", () => {
    expect(flags("Ба корхонаи «Челяб Металл» дар Челябинск 40 нафар кафшергар лозим, маош 90 000 рубл.\nБарои номнавис шудан ягон пул пардохт намешавад.\nСуроға: ш. Хуҷанд, кӯчаи Сомонӣ 140, тел. 92 555 0141")).not.toContain("upfront_fee");
  });

  it("kk: 'Kaspi-ге, картадан картаға немесе қолма-қол ақша бермеңіз' warns against every channel it lists", () => {
    expect(flags("Польшадағы зауытқа дәнекерлеушілер керек, айлығы 1200 евро, лицензиясы бар агенттік арқылы.\nЕсіңізде болсын: «орын брондау» үшін Kaspi-ге, картадан картаға немесе қолма-қол ақша бермеңіз.")).not.toContain("payment_channel");
  });

  it("uz-Latn: sending money home to the family through Humo is the worker's own remittance", () => {
    expect(flags("Qozondagi zavodga operatorlar kerak, maosh 90 000 rubl kartaga. Oilaga pul o'tkazish Humo ilovasi orqali oson. Tel +998 90 555 40 21")).not.toContain("payment_channel");
  });
});

describe("round 39: pretexts the brief did not name", () => {
  it("en: a study visa, then 'a safe walking route' and '2-3 days in the forest', is a smuggling route", () => {
    expect(check("Study visa for Belarus, then our team leads you to Lithuania side, safe walking route with an experienced guide, 2-3 days in the forest. Package 20 lakh, WhatsApp +92 300 0000 771").crime).toBe("smuggling");
  });

  it("en / ur-Latn: a passport 'kept safe till end of contract' or 'record mein jama rahega' is retention", () => {
    expect(check("Guards for sites in Russia, 200,000 RUB a month, free flight. Your passport goes to the unit office and is kept safe till end of contract. Telegram @guard_jobs_ru").crime).toBe("trafficking");
    expect(check("Russia mein helper jobs, tankhwa 2 lakh ruble. Passport muahide ki muddat tak company ke record mein jama rahega. Telegram @helper_ru_jobs").crime).toBe("trafficking");
  });

  it("tg: the foreman 'keeps the documents himself' and pay comes 'at the end of the season'", () => {
    expect(check("Ба сехи хишт дар Махачкала коргар лозим. Ҳуҷҷатҳоро бригадир мегирад ва дар худаш нигоҳ медорад. Тел. +7 928 555 11 02").crime).toBe("trafficking");
    expect(check("Ба фермаи помидор дар Астрахан коргар лозим, хоб ва хӯрок ҳаст. Маошро дар охири мавсим якҷоя медиҳем. Тел. +7 927 555 40 12").crime).toBe("trafficking");
  });

  it("tg: a retold 'first of all send 1 800 euro to the company's account' is a fee before the visa", () => {
    expect(offerOf(check("Салом, ба ман аз Словакия кор пешниҳод карданд, мегӯянд иҷозати кор 100% мешавад, вале пеш аз ҳама 1 800 евро ба ҳисоби ширкат фиристам. Ростӣ аст?")).risk).not.toBe("low");
  });

  it("uz-Cyrl: passports 'kept in the company's accounting office', going out 'by the schedule', and 'we take you across into Greece via Macedonia'", () => {
    expect(check("Батумида call-centre га операторлар керак, 1500 $. Паспортлар компания бухгалтериясида сақланади. Telegram @bt_hr_555").crime).toBe("trafficking");
    expect(check("Ётоқхона офис билан бир бинода, ташқарига чиқиш жадвал бўйича. Ойлик 1 200 $, Telegram @hr_555").crime).toBe("trafficking");
    expect(check("Грецияда иш, ойига 1500 евро. Македония орқали Грецияга ўтказамиз, 3 000 $ олдиндан. WhatsApp +998 90 555 12 12").crime).toBe("smuggling");
  });

  it("uz-Latn: chatting with a crypto platform's clients is scam-compound work wherever the office is", () => {
    expect(check("Manilada IT kompaniyaga operatorlar kerak, 2 000 $. Ish: kripto birja platformasi mijozlari bilan chatda yozishish. Aviachipta va yotoqxona bepul. Telegram @mnl_hr_555").crime).toBe("trafficking");
  });

  it("en: a warning that people collect fees 'in the name of' a cancelled licence does not claim that licence", () => {
    const registry = new MemoryRegistry([operator({ licenceNo: "2290/MUX", name: "Multan Crescent Manpower", status: "cancelled" })]);
    const v = shippedEngineWith(registry).check(
      "Notice for Multan: some people are taking file fees in the name of Multan Crescent Manpower (Licence 2290/MUX). Its old office is closed.",
      { today: "2026-12-01" },
    );
    expect(v.flags.map((f) => f.id)).not.toContain("revoked_licence");
    expect(v.risk).toBe("low");
  });

  it("tg: a plasterer's rate 'р/м2' is pay per square metre", () => {
    expect(flags("Ба объект дар Истра штукатур лозим. Нарх 400 р/м2, ҳар ҳафта ҳисоб мекунем. Патент бошад. Тел. +7 916 555 21 40")).not.toContain("upfront_fee");
  });
});

describe("round 47 and 50: programmes, trade licences and employers without agents (en, uz-Cyrl)", () => {
  it("a university's 'Summer Work & Travel' notice names a programme, not an unlicensed recruiter", () => {
    expect(flags("INTERNATIONAL OFFICE: Summer Work & Travel USA 2027 (J-1) information session, Room 214. The job must be confirmed by a State Department sponsor before the visa.")).not.toContain("unlicensed_recruiter");
    expect(flags("Талабалар диққатига! Work and Travel USA 2027. Виза тури: J-1 (Summer Work Travel). Спонсорни j1visa.state.gov сайтида текширинг. Тошкент ш., Буюк Ипак Йўли кўчаси, 141")).not.toContain("unlicensed_recruiter");
  });

  it("guard: an agency calling itself '… Work Travel' is still checked as a recruiter", () => {
    expect(flags("Greenfield Work Travel — AQShga ish, 100% viza, oldindan 1500$. Telegram @greenfield_wt")).toContain("unlicensed_recruiter");
  });

  it("a salon's 'DED licence 879412' is its trade licence, not a recruitment licence", () => {
    expect(flags("Lumière Beauty Lounge, Al Barsha, Dubai: nail technicians, AED 2,500 + commission, visa by the salon. jobs@lumierelounge.ae\nDED licence 879412")).not.toContain("unlicensed_recruiter");
  });

  it("'we have no agents or consultants' warns: the word after it is no company", () => {
    expect(flags("IAESTE Pakistan summer internships: selection by your university's committee. Ask at your uni's IAESTE office – we have no agents or \"consultants\".")).not.toContain("unlicensed_recruiter");
  });
});

describe("round 51: pay quoted by the year", () => {
  it("en: '€34,000 a year' after 'I pay the permit fee myself' is the wage, not a fee", () => {
    const v = check("Dairy farm assistant, Co. Cork. General Employment Permit: I apply for it and I pay the permit fee myself.\n- €34,000 a year, paid weekly into an Irish bank account\nEmail dwalsh.farm@gmail.com");
    expect(v.entities.money.find((m) => m.amount === 34000)).toMatchObject({ kind: "salary", period: "year" });
    expect(v.flags.map((f) => f.id)).not.toContain("upfront_fee");
  });

  it("uz-Cyrl / ur: 'йилига £25 000', '31,000 پاؤنڈ سالانہ' are a care worker's ordinary annual pay", () => {
    expect(flags("Англияда Care Assistant, Skilled Worker визаси. Ойлик: йилига £25 000. Иш берувчи: Meadow Care Homes Ltd")).not.toContain("unrealistic_pay");
    expect(flags("برطانیہ میں کیئر ورکر، تنخواہ 31,000 پاؤنڈ سالانہ، اسکلڈ ورکر ویزا۔ Meadow Care Homes Ltd")).not.toContain("unrealistic_pay");
  });

  it("guard: £25 000 a month for a care assistant is still unrealistic", () => {
    expect(flags("Англияда Care Assistant, ойига £25 000, тажриба шарт эмас, бепул уй-жой. Телеграм @uk_care_job")).toContain("unrealistic_pay");
  });
});
