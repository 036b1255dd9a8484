import { describe, expect, it } from "vitest";
import { checker, checkerWithRows, offerOf } from "../helpers/engine.ts";

/** Round 85's dev half: students, graduates and young people. */

describe("a country's name and trade words after an agency's name describe it; they are no second recruiter", () => {
  const { check } = checkerWithRows(
    { country: "KZ", registry: "KZ-MLSP", licenceNo: "KZ-PEA-7301", name: "Torvalin LLP", city: "Almaty" },
    { country: "UZ", registry: "UZ-MA", licenceNo: "UZ-XBA-7302", name: "Samarqand Xizmat Kadr xususiy bandlik agentligi", city: "Samarkand" },
  );
  const flagsOf = (text: string) => check(text).flags.map((f) => f.id);

  it("uz-Latn: 'Torvalin LLP (Qozog'iston xususiy bandlik agentligi, litsenziya KZ-PEA-7301)' is the licensed agency", () => {
    const text =
      "Talabalar uchun yozgi ish, Qozog'iston — Burabay dam olish maskani\nTorvalin LLP (Qozog'iston xususiy bandlik agentligi, litsenziya KZ-PEA-7301, Olmaota)\nOfitsiant, oshpaz yordamchisi. Maosh 280 000 tenge, Halyk kartasiga. Ruxsatnomani ish beruvchi rasmiylashtiradi.\nAgentlik ishchidan pul olmaydi. Ariza: torvalin.kz | +7 701 555 0731";
    const flags = flagsOf(text);
    expect(flags).not.toContain("licence_name_mismatch");
    expect(flags).toContain("licensed_recruiter");
  });

  it("another agency's name in the same place still contests the licence", () => {
    const text =
      "Talabalar uchun yozgi ish, Qozog'iston\nTorvalin LLP (Samarqand Xizmat Kadr xususiy bandlik agentligi, litsenziya KZ-PEA-7301)\nOfitsiant, maosh 280 000 tenge. Ariza: +998 90 555 0732";
    expect(flagsOf(text)).toContain("licence_name_mismatch");
  });
});

describe("fees paid to the university's own account are no fee to the poster", () => {
  const { check } = checker();
  const flagsOf = (text: string) => check(text).flags.map((f) => f.id);

  it("ur-Latn: a students' group on tuition, 'university ke official account mein'", () => {
    const text =
      "Hungary mein BS karna hai? Tuition fee taqreeban €3,000 saal.\nPehle semester ki fee university ke official account mein jati hai.\nKaam: student hafte mein 24 ghante kaam kar sakta hai.\n- Admin, Pakistani Students in Hungary";
    expect(flagsOf(text)).not.toContain("upfront_fee");
    expect(offerOf(check(text)).risk).toBe("low");
  });

  it("ru and uz-Cyrl: a list of costs under 'всё на счёт университета', 'университетнинг ўз ҳисоб рақамига'", () => {
    expect(flagsOf("Расходы (всё оплачивается на счёт университета):\n• подача документов — 50 000 вон\n• языковой курс — 1 400 000 вон за семестр\n• общежитие — 800 000 вон")).not.toContain("upfront_fee");
    expect(flagsOf("Харажатлар (ҳаммаси университетнинг ўз ҳисоб рақамига):\n• ариза тўлови — 50 000 вон\n• тил курси — семестрига 1 400 000 вон")).not.toContain("upfront_fee");
  });

  it("a fee to the poster through a wallet beside it is still a fee", () => {
    const text = "Tuition university ke account mein. Hamari processing fee Rs 80,000 JazzCash par pehle bhejein, visa 100% guaranteed.";
    expect(flagsOf(text)).toContain("upfront_fee");
  });
});

describe("study offers that hold the student, and payment before the papers", () => {
  const { check } = checker();
  const flagsOf = (text: string) => check(text).flags.map((f) => f.id);

  it("en: passports kept 'for your safety, …' and 'returned when the loan is repaid'", () => {
    const text =
      "Language school in Fukuoka, study + part-time job. Our partner pays your tuition and you repay it from factory shifts, 40 hours a week. For your safety, passports are kept by the hostel office and returned when the loan is repaid. Call +996 555 000 418";
    expect(check(text).crime).toBe("trafficking");
  });

  it("ru: payment 'до выдачи CoS' for a UK seasonal visa through a 'partner'", () => {
    const text =
      "Студентам на лето: сбор клубники в Англии по визе Seasonal Worker. Приглашение (CoS) выдаёт наш партнёр в Лондоне. Наши услуги — 1 200 $. Оплата после интервью, до выдачи CoS. Тел. +7 707 555 04 19";
    const flags = flagsOf(text);
    expect(flags).toContain("upfront_fee");
    expect(flags).toContain("scheme_misuse");
  });

  it("guards: a consular fee paid before the visa, to the consulate or by the employer", () => {
    expect(flagsOf("Консульский сбор 80 евро оплачивается в визовом центре до выдачи визы, услуги агентства бесплатны.")).not.toContain("upfront_fee");
    expect(flagsOf("Госпошлину за разрешение на работу оплачивает работодатель до получения разрешения.")).not.toContain("upfront_fee");
  });
});

describe("a lure quoted to say it is never offered is a warning", () => {
  const { check } = checker();
  const flagsOf = (text: string) => check(text).flags.map((f) => f.id);

  it("uz-Cyrl and uz-Latn: 'ҳеч қачон «…» демаймиз', 'hech qachon «…» demaymiz'", () => {
    const cyrillic = flagsOf("Биз ҳеч қачон «дипломни тайёрлаб берамиз» демаймиз: сохта ҳужжат учун виза рад этилади. Маслаҳат: Самарқанд ш., +998 66 555 20 30");
    expect(cyrillic).toContain("anti_fraud_notice");
    expect(cyrillic).not.toContain("document_forgery");
    expect(flagsOf("Biz hech qachon «IELTS sertifikatini tayyorlab beramiz» demaymiz. Soxta hujjat bilan viza berilmaydi.")).not.toContain("document_forgery");
  });

  it("ru: 'мы никогда не скажем «…»'", () => {
    expect(flagsOf("Мы никогда не скажем «сделаем справку с работы» — за поддельные документы отказывают в визе.")).not.toContain("document_forgery");
  });
});
