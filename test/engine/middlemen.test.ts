import { describe, expect, it } from "vitest";
import { checker, checkerWithRows } from "../helpers/engine.ts";

/** The chain of middlemen (round 96): warnings to hand nobody a passport, passports in a foreman's safe, names spelled by ear. */
const { check, flags } = checker();

describe("'give your passport to nobody' is a warning", () => {
  it.each([
    ["ky", "Кореяга экзаменсиз деп акча чогулткан адамдар бар. Балдарыңыздын паспортун эч кимге бербегиле."],
    ["kk", "Кореяға емтихансыз деп ақша жинап жүрген адамдар бар. Балаларыңыздың паспортын ешкімге бермеңіздер."],
    ["uz-Latn", "Koreyaga imtihonsiz deb pul yig'ayotganlar bor. Farzandlaringiz pasportini hech kimga bermang."],
    ["uz-Cyrl", "Кореяга имтиҳонсиз деб пул йиғаётганлар бор. Фарзандларингиз паспортини ҳеч кимга берманг."],
    ["tg", "Ба Корея бе имтиҳон гуфта пул ҷамъ мекунанд. Шиносномаи фарзандонатонро ба ҳеҷ кас надиҳед."],
    ["ru", "В Корею без экзамена, говорят, и собирают деньги. Паспорта детей никому не отдавайте."],
  ])("%s", (_, text) => {
    expect(flags(text)).toContain("anti_fraud_notice");
  });

  it("'give my number to nobody' is the agent's secrecy, not a warning", () => {
    const text = "Бүт жол 18 000 доллар. 5 000ин азыр USDT менен же Бишкекте накталай бересиң. Телеграмдан гана байланышабыз, номеримди эч кимге бербе.";
    expect(flags(text)).not.toContain("anti_fraud_notice");
  });

  it("'hand your passport to nobody but our manager' is no warning", () => {
    expect(flags("Работа в Корее без экзамена, 2500$. Паспорт никому не отдавайте, кроме нашего менеджера. Предоплата 300$ на карту.")).not.toContain("anti_fraud_notice");
  });
});

describe("passports kept in a safe", () => {
  it.each([
    ["kk typed on a Russian keyboard", "Якутияга вахтага 10 жигит керек. Келген сон паспорттарынды жогалтпау ушин мен сейфте сактаймын, вахта битпейинше колга бермеймиз. 8 705 555 00 64"],
    ["uz-Latn", "Krasnodar issiqxonasiga 15 kishi kerak. Hujjatlar yo'qolmasin deb pasportlarni xo'jalik seyfida saqlaymiz, kerak bo'lganda olasiz. +7 918 555 00 31"],
    ["ru", "Вахта на прииск, 15 человек. Паспорта храним в сейфе до конца вахты. +7 914 555 00 12"],
  ])("%s: trafficking", (_, text) => {
    expect(check(text).crime).toBe("trafficking");
  });

  it.each([
    ["ru", "Паспорт всегда у вас, мы не храним паспорта в сейфе."],
    ["ur-Latn", "Passport aap ke paas rahega, hum safe mein nahi rakhte."],
    ["kk", "Паспортыңыз өзіңізде, біз паспортты сейфте сақтамаймыз."],
    ["ky", "Паспортуңуз өзүңүздө, биз паспортту сейфте сактабайбыз."],
  ])("%s: saying the passport is not kept in a safe is no sign", (_, text) => {
    expect(flags(text)).not.toContain("trafficking_risk");
  });
});

describe("names spelled by ear", () => {
  it("«Чычыркан Кейр Аброуд» is Chychyrkan Care Abroad", () => {
    const { check: agency } = checkerWithRows({ country: "KG", registry: "KG-MLSSM", licenceNo: "KG-L-7777", name: "Chychyrkan Care Abroad LLC", city: "Osh" });
    const text = "Астанадагы үй-бүлөлөргө бала багуучулар керек\n«Чычыркан Кейр Аброуд» ЖЧК, лицензия № KG-L-7777\nАйлык: 300 000 тг, Kaspi картасына. Агенттиктин кызматы акысыз.\nОш ш., Ленин к., 205, тел. +996 555 000 733";
    expect(agency(text).flags.map((f) => f.id)).not.toContain("licence_name_mismatch");
  });
});

describe("a relative abroad who explains the lawful way", () => {
  it("ur: 'whoever sells the file will vanish with the money' is a warning, not a fee", () => {
    const text = "اٹلی کا ڈیکریٹو فلوسی ایک سرکاری کوٹہ ہے۔ آجر خود آن لائن درخواست دیتا ہے۔\n- جو بندہ 12-15 لاکھ میں فلوسی کی فائل بیچ رہا ہے وہ یا تو جعلی کاغذ دے گا یا پیسے لے کر غائب ہو جائے گا۔";
    const verdict = check(text);
    expect(verdict.risk).toBe("low");
    expect(verdict.flags.map((f) => f.id)).not.toContain("upfront_fee");
  });
});

describe("an overland trip into Europe with the recruiter's own car and guide", () => {
  it.each([
    ["ur-Latn", "Belarus Study Visa. Hamare bohat se students aaj Poland aur Germany mein kaam kar rahe hain. Zameeni safar, hamari apni gaari aur tajurbakar guide. Package: Rs 14 lakh."],
    ["en", "We arrange an overland trip into Poland with our own car and a guide, EUR 4,000, half in advance."],
  ])("%s: smuggling", (_, text) => {
    expect(check(text).crime).toBe("smuggling");
  });

  it("a pilgrims' coach by road to Iran with a guide is no route", () => {
    expect(flags("Karbala ziyarat 2027: zameeni safar via Taftan border, government registered tour operator, guide saath hoga.")).not.toContain("smuggling_route");
  });
});
