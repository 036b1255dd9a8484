import { describe, expect, it } from "vitest";
import { checker, offerOf } from "../helpers/engine.ts";

/** Round 82's dev half: crews for cruise lines, merchant ships and fishing boats, and the scams of the trade. */

describe("forced labour at sea", () => {
  const { check } = checker();

  it("ru: passports 'kept by the captain', no shore leave and the whole wage at the end of the trip", () => {
    const text =
      "Матросы на траулер, Южная Атлантика, рейс 10 месяцев. Сход на берег не предусмотрен. Вся сумма заработка выплачивается по окончании рейса. Паспорта команды на весь рейс хранятся у капитана. WhatsApp +65 8000 0552";
    expect(check(text).crime).toBe("trafficking");
  });
});

describe("a crew visa used to stay ashore", () => {
  const { check } = checker();

  it("ru: 'на судно не идёшь' after landing for the joining is a crossing", () => {
    const text =
      "Братья, знакомый делает визу C1/D как матросу круизного лайнера. Прилетаешь в Нью-Йорк, на судно не идёшь, тебя встречают и везут на работу. 8 000 $, половина сразу. Реально?";
    expect(offerOf(check(text)).crime).toBe("smuggling");
  });

  it("tg: 'аз киштӣ мефароед ва дигар барнамегардед' (you get off and do not come back) is a crossing", () => {
    const text =
      "Кор дар киштии боркаш, Туркия → Испания. Дар бандари Валенсия аз киштӣ мефароед ва дигар барнамегардед, одамони мо кӯмак мекунанд. Нарх 6 000 $. Telegram @bahr_kor_es";
    expect(check(text).crime).toBe("smuggling");
  });

  it("uz-Cyrl: 'қирғоққа тушгач … олиб ўтиб қўяди' (once ashore, driven across) is a crossing", () => {
    const text =
      "Европада қолмоқчи бўлганлар учун: экипаж визаси билан Гамбург портига борасиз, қирғоққа тушгач одамларимиз Францияга олиб ўтиб қўяди. Пакет 7 000 €. Telegram @kema_yol";
    expect(check(text).crime).toBe("smuggling");
  });

  it("ky: a crew taken to an offshore platform 'кеме менен' is no crossing", () => {
    const text =
      "«Тенгиз Сервис» ЖШС Каспийдеги аянтчага ашпозчуларды алат. Вахта 28/28, аянтчага Атыраудан кеме менен жеткирилет. Айлык 500 000 теңге банк картасына. Бишкек, Манас пр. 40, +996 312 555 410";
    expect(check(text).flags.map((f) => f.id)).not.toContain("smuggling_route");
  });
});

describe("ur: seafarers' certificates sold without the course", () => {
  const { check } = checker();

  it("'کلاسز میں آنے کی ضرورت نہیں' beside STCW certificates, and '3 دن میں سرٹیفکیٹ آپ کے گھر'", () => {
    const text =
      "STCW سرٹیفکیٹس بنوائیں، کلاسز میں آنے کی ضرورت نہیں۔\n2 دن میں سرٹیفکیٹ آپ کے گھر۔ واٹس ایپ 0321-0000518";
    expect(check(text).flags.map((f) => f.id)).toContain("document_forgery");
  });
});
