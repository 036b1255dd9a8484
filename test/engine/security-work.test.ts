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
