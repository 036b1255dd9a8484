import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Round 84's dev half: pay, deductions and money talk. */

const REMITTANCE_POST =
  "Россиядан үйгө акча жиберүү — кайсы жол арзан? (өзүм салыштырып жазып жатам, ноябрь 2026)\n1. Золотая Корона — комиссиясы аз.\n2. Юнистрим — кассадан накталай алса болот.";

describe("a year written after a month's name is a date, not an amount", () => {
  const { check } = checker();
  const amounts = (text: string) => check(text).entities.money.map((m) => m.amount);

  it("ky: 'ноябрь 2026' in the heading of a post about sending money home", () => {
    expect(amounts(REMITTANCE_POST)).not.toContain(2026);
  });

  it("ur, ur-Latn, uz-Latn, uz-Cyrl: a last date or a deadline beside a fee word", () => {
    expect(amounts("فیس جمع کرانے کی آخری تاریخ 15 دسمبر 2026 ہے، رسید ضرور لیں")).not.toContain(2026);
    expect(amounts("Fees la rahe hain? Last date 10 january 2027, fee sirf govt dues")).not.toContain(2027);
    expect(amounts("Tolov muddati: dekabr 2026, xizmat haqi yo'q")).not.toContain(2026);
    expect(amounts("Тўлов декабр 2026 гача, агентлик хизмати бепул")).not.toContain(2026);
  });

  it("an amount with its currency after a month's name stays an amount", () => {
    expect(amounts("Аванс за ноябрь 2000 сом выдаётся 15-го числа, зарплата 45 000 сом.")).toContain(2000);
  });
});

describe("how to send wages home tells of no offer", () => {
  const { check } = checker();

  it("ky: a worker's comparison of money transfer services gets no told offer", () => {
    const v = check(REMITTANCE_POST);
    expect(v.isJobAd).toBe(false);
    expect(v.toldOffer).toBeUndefined();
  });

  it("a retold demand for money before a job abroad still gets its warning", () => {
    const text = "Агент Кореяга жумушка алып барам деди, визага 1500 доллар Золотая Корона аркылуу жибер дейт. Чынбы?";
    expect(check(text).toldOffer?.risk).toMatch(/medium|high/);
  });
});

describe("uz: 'ишонманглар', the plural 'do not believe', warns", () => {
  const { check } = checker();

  it("uz-Cyrl: a worker in Korea through EPS warns of those who promise Korea for $3,000", () => {
    const text =
      "Дўстлар, Кореяда ойлигим 2 млн 800 минг вон, ётоқхона учун 150 минг ушланади. Мен EPS орқали, TOPIK топшириб келганман, ҳеч кимга пул бермаганман. Телеграмда «тез Кореяга 3000$» деганларга ишонманглар.";
    const v = check(text);
    expect(v.flags.map((f) => f.id)).toContain("anti_fraud_notice");
    expect(v.flags.map((f) => f.id)).not.toContain("scheme_misuse");
    expect(v.risk).toBe("low");
  });

  it("uz-Latn: '… so'raydiganlar ko'p, ularga ishonmanglar'", () => {
    const text = "Polshaga ishga boryapmiz deb oldindan pul so'raydiganlar ko'p, ularga ishonmanglar. Agentlik xizmati bepul.";
    expect(check(text).flags.map((f) => f.id)).toContain("anti_fraud_notice");
  });
});
