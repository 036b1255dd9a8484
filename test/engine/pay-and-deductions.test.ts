import { describe, expect, it } from "vitest";
import { checker, offerOf } from "../helpers/engine.ts";

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

describe("debts and wages that hold a worker, as relatives and recruiters tell them", () => {
  const { check } = checker();
  const flagsOf = (text: string) => check(text).flags.map((f) => f.id);

  it("uz-Latn: wages not paid for the first months, the passport kept by 'them', out only on Sundays together", () => {
    const text =
      "Tanishimizni Qozonga non sexiga chaqirishyapti. Birinchi 2 oy maosh hech berilmas ekan, pasportini ham xo'jayinlar saqlasharkan. Tashqariga faqat yakshanba kuni birga chiqishadi. Shu to'g'rimi?";
    expect(offerOf(check(text)).crime).toBe("trafficking");
  });

  it("uz-Latn and uz-Cyrl: no change of job until the recruiter's loan is repaid", () => {
    expect(flagsOf("Kurs va viza puli kredit orqali, har oy maoshdan ushlanadi. Qarz to'liq uzilmaguncha ish beruvchini almashtirish mumkin emas.")).toContain("trafficking_risk");
    expect(flagsOf("Ҳужжатлар пулини қарзга расмийлаштирамиз. Қарз тўланмагунча бошқа ишга ўтиш мумкин эмас.")).toContain("trafficking_risk");
  });

  it("ru: a loan for the journey at a daily interest, and no leaving until it is repaid", () => {
    expect(flagsOf("Нет денег на билет? Наш партнёр даст займ до 30 000 руб. под 1,5% в день, погашение из зарплаты.")).toContain("trafficking_risk");
    expect(flagsOf("До полного погашения займа менять работодателя нельзя, паспорт выдадим после.")).toContain("trafficking_risk");
  });

  it("guards: a passport the worker keeps, a bank's copy, an employer's loan without interest", () => {
    expect(flagsOf("Pasportingizni o'zingiz saqlaysiz, bank faqat pasport nusxasini saqlaydi. Maosh kartaga.")).not.toContain("trafficking_risk");
    expect(flagsOf("Работодатель выдаёт беспроцентный займ на обустройство, возврат из зарплаты частями, по договору.")).not.toContain("trafficking_risk");
  });
});

describe("ur-Latn: hundi named as illegal warns against it", () => {
  const { check } = checker();

  it("two workers on sending a salary home, 'hundi illegal he'", () => {
    const text =
      "Imran: yaar tankhwa aa gayi, Western Union se bhejun ya bank app se?\nSajid: bank app se bhej, fee kam hai. Ek banda hundi ka keh raha tha 3 rupay zyada dega.\nImran: na bhai, hundi illegal he, paisa phans sakta hai.";
    const v = check(text);
    expect(v.flags.map((f) => f.id)).toContain("anti_fraud_notice");
    expect(v.toldOffer).toBeUndefined();
  });
});
