import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Round 87's dev half: farms, greenhouses and food factories. */

describe("a warning that says so at its head covers the schemes it retells further down", () => {
  const { check } = checker();
  const flagsOf = (text: string) => check(text).flags.map((f) => f.id);

  it("uz-Latn: '⚠️ OGOHLANTIRISH … ehtiyot bo'ling!', then a paragraph on passports kept and the quoted card", () => {
    const text =
      "⚠️ OGOHLANTIRISH: \"qulupnay fermasiga joy\" sotayotganlardan ehtiyot bo'ling!\n\nTelegramda \"Polshada qulupnay terimi, joy 1 200 $, pulni kartaga tashlang\" degan e'lonlar ko'paydi. Ketganlarning ayrimlarining pasportini \"mavsum tugaguncha\" brigadir olib qo'ygan.\n\nAgentlik litsenziyasini reyestrdan tekshiring.\nMigratsiya agentligi Namangan viloyati hududiy bo'limi";
    const v = check(text);
    expect(v.flags.map((f) => f.id)).not.toContain("trafficking_risk");
    expect(v.risk).toBe("low");
  });

  it("guard: a card named outside quotation marks keeps the rule off (the offer's fee and card stay)", () => {
    const text =
      "⚠️ DIQQAT! Firibgarlardan ehtiyot bo'ling!\n\nBiz rasmiy agentlikmiz. Finlyandiyada chernika terimi, lagerga joy 900 $, pulni shu kartaga tashlang: 8600 0000 1234 5678.\n\nTelegram: @berry_joy_fi";
    const flags = flagsOf(text);
    expect(flags).toContain("payment_channel");
    expect(flags).toContain("upfront_fee");
  });
});

describe("ru: 'незаконно и опасно для жизни', 'признак торговли людьми' warn", () => {
  const { check } = checker();

  it("a state reminder that crossing 'через лес' is illegal and dangerous is no route offered", () => {
    const text =
      "Служба занятости напоминает гражданам:\n\n1. Переход границы через лес или в кузове грузовика незаконно и опасно для жизни.\n2. «Долг за жильё», который нужно отработать до конца сезона, — признак торговли людьми.";
    const flags = check(text).flags.map((f) => f.id);
    expect(flags).not.toContain("smuggling_route");
    expect(flags).toContain("anti_fraud_notice");
  });
});

describe("uz: a picker's piece rate and pay landing on the card", () => {
  const { check } = checker();
  const flagsOf = (text: string) => check(text).flags.map((f) => f.id);

  it("uz-Latn: 'Narx: 1 kg uchun 1 600 so'm' is the rate per kilo, and 'kartangizga tushadi' is pay received", () => {
    const text =
      "Paxta terimiga terimchilar kerak (Jizzax viloyati, Zomin tumani).\nNarx: 1 kg uchun 1 600 so'm.\nHar kuni kechqurun hisob-kitob, pul Humo kartangizga tushadi.\nAvtobus bepul. Brigadir: +998 72 555 04 17";
    const flags = flagsOf(text);
    expect(flags).not.toContain("upfront_fee");
    expect(flags).not.toContain("payment_channel");
  });

  it("guard: a price for a visa is still a fee asked", () => {
    expect(flagsOf("Polsha ish vizasi. Narx: 1500 $, oldindan to'lov, Humo kartaga tashlang.")).toContain("upfront_fee");
  });
});

describe("uz: a deduction in the amount the labour contract states is lawful", () => {
  const { check } = checker();

  it("uz-Cyrl and uz-Latn: housing and meals 'меҳнат шартномасида кўрсатилган миқдорда' deducted from pay", () => {
    const cyrillic = "Корея, мавсумий иш (E-8). Турар жой ва овқат харажатлари меҳнат шартномасида кўрсатилган миқдорда иш ҳақидан ушлаб қолинади. Танлов бепул.";
    const latin = "Koreya, mavsumiy ish (E-8). Turar joy va ovqat xarajatlari mehnat shartnomasida ko'rsatilgan miqdorda ish haqidan ushlab qolinadi. Tanlov bepul.";
    for (const text of [cyrillic, latin]) expect(check(text).flags.map((f) => f.id)).not.toContain("trafficking_risk");
  });

  it("guard: the ticket and visa worked off from wages is still a debt", () => {
    expect(check("Bilet va viza xarajatlari birinchi oylikdan ushlab qolinadi, pasport brigadirda turadi.").flags.map((f) => f.id)).toContain("trafficking_risk");
  });
});

describe("passports and wages held to the season's end", () => {
  const { check } = checker();

  it("en: wages 'accumulated on the farm account and paid in full at the end of the harvest', passports kept 'by the office until the end of the season'", () => {
    const text =
      "Tomato harvest, Astrakhan region, July–October. Pay 3,000 rub per day. Wages are accumulated on the farm account and paid in full at the end of the harvest. Passports are kept by the farm's office until the end of the season. Call +7 7112 555 094";
    expect(check(text).crime).toBe("trafficking");
  });

  it("ur: 'پاسپورٹ … کمپنی اپنے پاس رکھے گی تاکہ بندہ بھاگے نہیں'", () => {
    const text = "ملائیشیا فارم ورک ویزا، تنخواہ 1,600 رنگٹ۔ پاسپورٹ وہاں کمپنی اپنے پاس رکھے گی تاکہ بندہ بھاگے نہیں۔ رابطہ صرف واٹس ایپ 0312 0000 584";
    expect(check(text).crime).toBe("trafficking");
  });
});

describe("a warning at the top of an advert that asks money to a card in its own words is copied", () => {
  const { check } = checker();

  it("uz-Latn: 'Firibgarlardan ehtiyot bo'ling!' over a berry-camp place paid to a card, with a Telegram handle", () => {
    const text =
      "⚠️ DIQQAT! Firibgarlardan ehtiyot bo'ling!\n\nBiz rasmiy agentlikmiz. Finlyandiyada chernika terimi, lagerga joy 900 $, pulni shu kartaga tashlang: 8600 0000 1234 5678.\n\nTelegram: @berry_joy_fi";
    const v = check(text);
    expect(v.flags.map((f) => f.id)).not.toContain("anti_fraud_notice");
    expect(v.risk).not.toBe("low");
  });

  it("guard: a worker telling what the journey cost, with no one to pay, keeps the warning", () => {
    const text =
      "Polshadan qaytdim, hamma so'rayapti qancha pul ketdi. Bilet 4 million so'm, birinchi oyga naqd pul oldim. Kimdir «vizaga 1500 dollar ber» desa — qoching, firibgarlardan ehtiyot bo'ling!";
    expect(check(text).flags.map((f) => f.id)).toContain("anti_fraud_notice");
  });
});
