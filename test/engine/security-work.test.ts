import { describe, expect, it } from "vitest";
import { checker, offerOf } from "../helpers/engine.ts";

/** Round 81's dev half: guards and watchmen, and offers that hide a military contract. */

describe("a 'warehouse' or 'guard' job in Russia that hides an army contract", () => {
  const { check } = checker();

  it("kk: a one-off bonus of millions of roubles on signing is the army's sign-up payment", () => {
    const text =
      "РЕСЕЙГЕ ҚОЙМА ҚЫЗМЕТКЕРЛЕРІ КЕРЕК!!!\nАйлық 230 000 ₽ + келісімшартқа қол қойғанда бонус 2 000 000 ₽\nТәжірибе керек емес, жасы 18–55. Жатақхана тегін.\nТек Telegram: @qoima_rf_jumys";
    expect(check(text).crime).toBe("trafficking");
  });

  it("ru: a brother's passport to be 'handed to the senior' and no leaving the base, in a retold offer", () => {
    const text =
      "Подскажите, брату предложили охрану склада под Белгородом, 180 тысяч. Сказали, паспорт надо сдать старшему, выходить с базы нельзя до конца контракта. Это нормально?";
    expect(offerOf(check(text)).crime).toBe("trafficking");
  });

  it("ru: a state warning that quotes the 'new regions' offers warns of them", () => {
    const text =
      "Остерегайтесь объявлений «стройка в новых регионах», «склад, 18–55 лет, без опыта»: за ними бывает военный контракт.\nПроверяйте агентство в реестре на сайте migration.uz.";
    expect(check(text).flags.map((f) => f.id)).not.toContain("trafficking_risk");
  });

  // Round 114's dev half.
  it.each([
    ["en, 'in the new regions' of Russia, the passport 'handed to the unit'", "Security guards for Russia. Guarding warehouses in the new regions, 230,000 RUB a month. On arrival your passport is handed to the unit for registration. WhatsApp +7 926 555 0470"],
    ["ur, the passport 'انتظامیہ کے پاس جمع رہے گا' and no return before the contract ends", "روس میں سیکیورٹی گارڈ کی نوکریاں۔ تربیتی کیمپ میں پاسپورٹ انتظامیہ کے پاس جمع رہے گا۔ معاہدہ ختم ہونے سے پہلے واپسی ممکن نہیں۔ t.me/+RuGuard0000"],
    ["uz-Cyrl, papers through a 'ҳарбий қисм' (military unit)", "Белгородда объектларни қўриқлаш, ойига 210 000 рубль. Ҳамма ҳужжатлар жойида ҳарбий қисм орқали расмийлаштирилади. Telegram @ohrana_0000"],
  ])("%s hides an army contract", (_, text) => {
    expect(check(text).crime).toBe("trafficking");
  });

  it.each([
    ["en, a company opening offices in new regions", "Our Almaty cleaning company is expanding to new regions of Kazakhstan: supervisors wanted, contract and salary to a Kaspi card. +7 727 555 0470"],
    ["ur, a passport handed in for the visa", "سعودی عرب میں سیکیورٹی گارڈ۔ ویزا لگوانے کے لیے اصل پاسپورٹ دفتر میں جمع کروائیں، رسید دی جائے گی۔ لائسنس 3934/LHR"],
  ])("%s is no army contract", (_, text) => {
    expect(check(text).flags.map((f) => f.id)).not.toContain("trafficking_risk");
  });
});

describe("uz-Latn: an employer's 'bizga aloqador emas' (not connected to us) disowns the routes it names", () => {
  const { check } = checker();

  it("'Belarus orqali' offers it is not connected to are no route it offers", () => {
    const text =
      "Polshadagi omborimizga ishchilar kerak, faqat milliy D-viza bilan. «Belarus orqali olib o'tamiz» deb pul so'rayotganlar bizga aloqador emas.\nAriza: praca@magazyn-lodz.pl";
    expect(check(text).flags.map((f) => f.id)).not.toContain("smuggling_route");
  });
});

describe("ky: 'текшерүүсү жок жол' (a road with no checks) is a crossing", () => {
  const { check } = checker();

  it("a 'travel' firm that knows a road past the border checks offers smuggling", () => {
    const text =
      "Австрияда күзөтчү болуп иштөө! Адегенде Сербияга барасыз, андан ары текшерүүсү жок жол менен Венгрияга алып өтөбүз. Баасы 2 500 евро, алдын ала 800 евро. WhatsApp +381 60 555 0117";
    expect(check(text).crime).toBe("smuggling");
  });
});
