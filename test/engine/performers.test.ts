import { describe, expect, it } from "vitest";
import { checker, offerOf } from "../helpers/engine.ts";

/** Performers, athletes and creative workers abroad (round 100): a question is no warning; a ministry that 'guarantees the visa'. */
const { check, flags } = checker();

describe("asking whether it is a fraud is no warning", () => {
  it("ky: 'Же алдамчыбы?' after a fee to an Elsom wallet", () => {
    const text = "Мага Инстаграмдан «Казандагы ресторанга ырчы керек, айлык 120 мин рубль» деп жазышты.\nЭми «медкомиссия жана каттоо учун» 4 500 сом Элсомго которушум керек, акча түшкөндөн кийин келишимди жиберебиз дешти.\nКоторсом болобу? Же алдамчыбы?";
    expect(flags(text)).not.toContain("anti_fraud_notice");
    expect(offerOf(check(text)).risk).not.toBe("low");
  });

  it("ky: 'бул алдамчы' still warns", () => {
    expect(flags("Бул алдамчы. Ишенбегиле.")).toContain("anti_fraud_notice");
  });
});

describe("a visa guaranteed in the name of a ministry", () => {
  it("ru: 'министерство гарантирует оформление визы' with a fee to a curator's wallet", () => {
    const text = "Министерство культуры объявляет отбор исполнителей для гастрольного контракта в КНР. Организационный взнос — 4 500 сом, куратору через Элсом на номер +996 555 000 462. Всем прошедшим отбор министерство гарантирует оформление визы.";
    expect(flags(text)).toContain("guaranteed_visa");
    expect(check(text).risk).not.toBe("low");
  });

  it("ru: an embassy that does not guarantee the visa promises nothing", () => {
    expect(flags("Посольство не гарантирует выдачу визы: решение принимает консул.")).not.toContain("guaranteed_visa");
  });
});

describe("a mail provider and a span of years are no claims", () => {
  it("ru: a circus reached at a Yandex mailbox does not pose as Yandex", () => {
    const text = "Цирк-шапито «Вояж» (г. Краснодар) приглашает в гастрольный тур: воздушные гимнасты, клоуны. Гражданам Казахстана и Кыргызстана — трудовой договор, без патента. Видео номера: +7 918 555 02 64, cirk.voyage@yandex.ru";
    expect(flags(text)).not.toContain("brand_impersonation");
  });

  it("a Yandex job sold from a Gmail box named after it still poses as Yandex", () => {
    expect(flags("Работа в Яндекс Еда курьером, оплата за регистрацию 2000 руб на карту, пишите yandex.eda.job.0000@gmail.com")).toContain("brand_impersonation");
  });

  it("en: 'born 2000-2007' is no phone number", () => {
    const text = "Licence KZ-PEA-7244. OPEN TRIAL, FC Steppe Eagles, Shymkent. Looking for wingers born 2000-2007. There is NO fee for the trial. trials@steppe-eagles.kz";
    expect(check(text).entities.phones).toEqual([]);
  });
});
