import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/**
 * Round 43 (informal job posts: what people who hire write themselves in
 * groups and listings): classes its dev half showed, each in wording of its
 * own here.
 */
const { check, flags } = checker();

describe("a visa the post turns away, or changes lawfully before the work starts", () => {
  it("en: visit-visa holders already in the UAE start only after the employment visa is issued", () => {
    expect(flags("Helpers for our bakery in Sharjah, 1,600 AED. Visit visa or cancelled visa both ok – company will process employment visa and Emirates ID on its own cost. Call 050 555 0611")).not.toContain("wrong_visa_type");
    expect(flags("Drivers for a Dubai laundry, 2,000 AED. Candidates inside UAE only. Visit visa holders can apply, you start work only after the work permit is issued. Call 050 555 0612")).not.toContain("wrong_visa_type");
  });

  it("kk and ky: a warning that visa-free tourist stay does not allow work", () => {
    expect(flags("Анталиядағы қонақ үйге даяшы керек. Визасыз туристік режиммен жұмыс істеуге болмайды, жұмыс рұқсатын қонақ үй өзі алады. +90 532 555 02 11")).not.toContain("wrong_visa_type");
    expect(flags("Стамбулдагы ашканага ашпозчу керек. Визасыз туристтик режим менен иштөөгө болбойт, уруксатты ээси өзү алат. +90 532 555 02 12")).not.toContain("wrong_visa_type");
  });
});

describe("an employer who gives a micro-district or a residential complex has given an address", () => {
  it("ru: a café in a named micro-district may ask waitresses' age and a photo", () => {
    expect(flags("Требуется официантка в кафе «Самал» (мкр Самал-2, напротив ТРЦ). Возраст 18–35, резюме с фото на WhatsApp +7 701 555 38 14, Айгуль")).not.toContain("trafficking_risk");
  });

  it("ru: a family in a named residential complex looking for a nanny", () => {
    expect(flags("Нужна няня для дочки 2 лет, Астана, ЖК Северное сияние. Женщина 30–50 лет, пришлите фото и рекомендации на WhatsApp +7 705 555 41 95")).not.toContain("trafficking_risk");
  });

  it("guard: girls for a Dubai 'lounge' with an age range and a photo are still trafficking", () => {
    expect(check("Девушки официантки 18–25 в лаунж в Дубае, 3000$, фото в полный рост на WhatsApp +971 50 555 0711").crime).toBe("trafficking");
  });
});

describe("a family's own car named by its make is the car the driver drives", () => {
  it.each([
    ["ky", "Үй-бүлөгө айдоочу керек, Бишкек. Машина биздики (Hyundai Santa Fe), балдарды мектепке ташуу. Айлык 40 000 сом. Telegram @bishkek_family_555"],
    ["kk", "Отбасыға жүргізуші керек, Алматы. Көлік біздікі (Toyota Alphard), балаларды мектепке апару. Айлығы 300 000 тг. Telegram @almaty_family_555"],
    ["en", "Family driver needed in Lahore, our own car (Toyota Fortuner), school runs and shopping, Rs 45,000 a month. Telegram @lahore_family_555"],
  ])("%s", (_, text) => {
    expect(flags(text)).not.toContain("brand_impersonation");
  });
});

describe("wages paid into a wallet, and a returnee's warning", () => {
  it("ur-Latn: 'payment har hafte JazzCash' is the weekly wage", () => {
    expect(flags("Ghar pe silai ka kaam, per piece rate, payment har hafte JazzCash ya cash. Rabta Nasreen 0300 0000963")).not.toContain("payment_channel");
  });

  it("guard: a registration fee sent by JazzCash is still a payment channel", () => {
    expect(flags("Ghar pe silai ka kaam, registration fee 2000 pehle JazzCash pe bhejein, phir maal milega. Rabta 0300 0000964")).toContain("payment_channel");
  });

  it("ur-Latn: a returnee warns that 'packages' are sold in the scheme's name", () => {
    const found = flags(
      "UK seasonal visa ke naam pe bohat fraud chal raha hai. Main pichle saal operator ki website se gaya tha, koi fee nahi li. Agar koi WhatsApp pe '7 lakh ka package' bole to bhaag jao.",
    );
    expect(found).not.toContain("upfront_fee");
    expect(found).not.toContain("fee_over_legal_cap");
  });
});

describe("fishing crews and call centres abroad", () => {
  it("en: passports kept by the captain and the agent's commission cut from the first salaries", () => {
    expect(check("Deckhands for a longliner out of Port Louis, USD 450 a month. Passports are kept by the captain for the whole voyage. WhatsApp 0312 0000775").crime).toBe("trafficking");
    expect(check("Deckhands for a longliner out of Port Louis, USD 450 a month. Our commission of USD 1,200 is deducted from your first six salaries. WhatsApp 0312 0000776").crime).toBe("trafficking");
  });

  it("kk: chat operators for Manila with the flight and hostel free and no experience needed", () => {
    expect(check("Манилада онлайн чат-оператор керек, тәжірибе керек емес, авиабилет пен жатақхана тегін. t.me/+mnl555job").crime).toBe("trafficking");
  });
});

describe("round 46 (informal posts again): conditions, refusals and pay the worker receives", () => {
  it("ky: E-9 holders 'with the right to change workplace' is a condition, not an E-9 sold privately", () => {
    expect(flags("Кореяда жүргөн бир туугандар! Ансандагы заводко 2 киши керек, H-2 же F-4 визасы барлар. E-9 менен жүргөндөр жумуш которууга укугу болсо келсин. Кыргызстандан чакыра албайбыз. Айлык 2 млн вон. Вотсап +82 10 0000 4513")).not.toContain("scheme_misuse");
  });

  it("ur-Latn: a worker abroad who does no visas ('main koi visa nahi lagwata')", () => {
    expect(flags("Brescia me farm ko 3 worker chahiye, sirf permesso wale. 'Decreto flussi' ke liye mujh se na poochen, main koi visa nahi lagwata. WhatsApp +39 320 555 0179")).not.toContain("scheme_misuse");
  });

  it("ur: a visit visa refused ('وزٹ ویزا پر بلا کر کام نہیں کروائیں گے')", () => {
    expect(flags("عجمان میں بقالے کے لیے سیلز مین چاہیے، 1400 درہم۔ ویزا ایمپلائمنٹ ہوگا، وزٹ ویزا پر بلا کر کام نہیں کروائیں گے۔ واٹس ایپ +971 56 0000 419")).not.toContain("wrong_visa_type");
  });

  it("ky: half the pay advanced to the shepherd ('алдын ала беребиз') is no fee", () => {
    expect(flags("Жайлоого малчы керек, айына 40 000 сом. Акынын жарымын алдын ала беребиз, үй-бүлөңүзгө калтырсаңыз болот. Тел 0772 555 319")).not.toContain("upfront_fee");
  });

  it("ur-Latn: '3000 riyal basic' is the wage", () => {
    expect(flags("Dammam me trailer driver ki 2 seatein, sirf Saudi me maujood. Iqama naql company karegi, saal ki fees bhi company bharti hai.\n3000 riyal basic + trip allowance.\nRabta +966 50 000 0716 whatsapp")).not.toContain("upfront_fee");
  });
});

describe("UK Seasonal Worker returnees who tell how they went", () => {
  it("kk: the visa fee paid to the UK government on gov.uk is the state's fee, and the operator named is where he went", () => {
    const found = flags(
      "Мен былтыр Pro-Force деген лицензиялы оператор арқылы құлпынай теруге бардым, өтінішті олардың ресми сайтында толтырдым. Оператор менен бір тиын сұраған жоқ. Өзім төлегенім — виза ақысы (gov.uk сайтында картамен, Ұлыбритания үкіметіне) мен ұшақ билеті.",
    );
    expect(found).not.toContain("upfront_fee");
    expect(found).not.toContain("brand_impersonation");
  });

  it("ur-Latn: '… wale sab fraud hain' warns; the operators named are no impersonation", () => {
    const found = flags("Main pichle saal HOPS ke through UK farm pe gaya tha, operator ne koi fee nahi li. WhatsApp pe 'UK farm visa 8 lakh' wale sab fraud hain.");
    expect(found).not.toContain("brand_impersonation");
    expect(found).not.toContain("scheme_misuse");
  });

  it("guard: a WhatsApp seller of the same visa in the operator's name", () => {
    expect(check("UK farm visa through HOPS, 100% guaranteed, package 8 lakh, advance 2 lakh JazzCash. WhatsApp 0300 0000782").risk).toBe("high");
  });
});

describe("round 46's Kazakh and Uzbek informal posts", () => {
  it("kk: 'we give the money that evening to Kaspi or in cash' is the day's wage", () => {
    expect(flags("Алматыда жук тасушылар керек, сагатына 2000 тг. Акшаны сол куни кешке Kaspi-ге немесе колма-кол беремиз. Тел 8 747 0000 220 Даурен")).not.toContain("payment_channel");
  });

  it("guard: money the worker transfers to Kaspi first is still a payment channel", () => {
    expect(flags("Алматыда жук тасушылар керек, сагатына 2000 тг. Алдымен тіркеу ақысы 5000 тг, Kaspi-ге аударасыз. Тел 8 747 0000 221")).toContain("payment_channel");
  });

  it("uz-Latn: a family hotel named in straight quotes before 'oilaviy mehmonxonasi' is a named employer", () => {
    expect(flags('Xiva, "Ko‘hna Qal’a" oilaviy mehmonxonasiga administrator kerak. Oylik 5 mln. Tel +998 62 555 34 11')).not.toContain("no_company_details");
  });
});

describe("round 48: pay by the square metre written with the Uzbek dative", () => {
  it("uz-Cyrl: 'Тулов м2 га 1500-1800 руб' is a tiler's piece rate, not a fee", () => {
    expect(flags("Кафелчи керак, Подольск, коттедж. Тулов м2 га 1500-1800 руб, хар хафта накд. Рустам +7 903 555 12 40 ватсап")).not.toContain("upfront_fee");
  });

  it("uz-Latn: 'to'lov m2 ga 1600 rubl' likewise", () => {
    expect(flags("Shtukatur kerak, Odintsovo. To'lov m2 ga 1600 rubl, har hafta naqd. Jasur +7 926 555 08 41")).not.toContain("upfront_fee");
  });

  it("guard: a payment for the papers, in advance, is still a fee", () => {
    expect(flags("Кафелчи керак, Подольск. Ҳужжатлар учун тўлов 15000 руб олдиндан, картага. Рустам +7 903 555 12 40")).toContain("upfront_fee");
  });
});

describe("round 48: a returnee's warning about the channels that sell the visa", () => {
  it("uz-Latn: 'Telegramda \"…\" degan kanallar — 100% aldov' warns against the channels it names", () => {
    const v = check('Men Angliyada fermada ishlayapman, operator orqali keldik — Pro-Force. Vizaga o‘zingiz topshirasiz, ish uchun hech kimga pul to‘lanmaydi.\nTelegramda "2500$ ga Angliya ferma vizasi" degan kanallar — 100% aldov.');
    expect(v.flags.map((f) => f.id)).not.toContain("contact_only_messenger");
    expect(v.risk).toBe("low");
  });

  it("uz-Cyrl: 'телеграмдаги \"…\" деган каналлар — алдов' likewise", () => {
    expect(flags('Англияда фермада ишлаяпман, оператор орқали келдик. Иш учун ҳеч кимга пул тўланмайди.\nТелеграмдаги "2500$ га Англия ферма визаси" деган каналлар — 100% алдов.')).not.toContain("contact_only_messenger");
  });

  it("guard: a channel that sells the visa and says 'write in Telegram' is no warning", () => {
    const v = check("Angliya ferma vizasi 2500$, 100% kafolat. Telegramda yozing @uk_ferma_viza");
    expect(v.flags.map((f) => f.id)).not.toContain("anti_fraud_notice");
    expect(v.risk).not.toBe("low");
  });
});

describe("round 46: a street and house number is an address (ur, ur-Latn)", () => {
  it("ur: 'گلی نمبر 7' after the workshop's name says who hires", () => {
    expect(flags("فیصل آباد: پاور لوم کے لیے 3 آپریٹر درکار، 1500 روپے فی شفٹ۔ رشید لومز، گلی نمبر 12، غلام محمد آباد۔ فون 0300-5550121")).not.toContain("no_company_details");
  });

  it("ur-Latn: 'gali no. 4' likewise", () => {
    expect(flags("Sialkot: silai karigar chahiye, 1200 rupay dihari. Hamid Garments, gali no. 4, Rangpura. 0300 5550 144")).not.toContain("no_company_details");
  });

  it("guard: a phone 'number' alone is no address", () => {
    expect(flags("دبئی کے لیے ڈرائیور چاہئیں، تنخواہ 2000 درہم۔ رابطہ نمبر 0300 0000 555")).toContain("no_company_details");
  });
});

describe("round 51: car makes named as the work", () => {
  it("en: 'must know Toyota/Nissan wiring' is the trade, not a borrowed brand", () => {
    expect(flags("My boss need 2 auto electricians for our workshop in Sharjah. Must know diagnostic machine, Toyota/Nissan wiring, car AC. Company pays visa. Send CV on my whatsapp. Bilal +971 50 555 0932")).not.toContain("brand_impersonation");
  });

  it("guard: Toyota's name on a Gmail recruiter asking a fee is still impersonation", () => {
    expect(flags("TOYOTA MOTOR jobs in Japan, 3000$ salary, visa processing fee 500$ first. Email toyota.hr.jobs@gmail.com")).toContain("brand_impersonation");
  });
});

describe("round 51: a family that says who it is (ur, ur-Latn)", () => {
  it("ur: 'ہم پاکستانی فیملی ہیں' names the household that hires", () => {
    expect(flags("ابوظہبی — والد صاحب کی دیکھ بھال کے لیے اٹینڈنٹ چاہیے۔ ہم پاکستانی فیملی ہیں، خالدیہ میں رہتے ہیں۔ تنخواہ 2,800 درہم۔ واٹس ایپ +971 52 555 0648")).not.toContain("no_company_details");
  });

  it("ur-Latn: 'hum Pakistani family hain' likewise", () => {
    expect(flags("Abu Dhabi mein walid sahab ki dekh bhal ke liye attendant chahiye. Hum Pakistani family hain, Khalidiya mein. Salary 2800 dirham. WhatsApp +971 52 555 0649")).not.toContain("no_company_details");
  });
});
