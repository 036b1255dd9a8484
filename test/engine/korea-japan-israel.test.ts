import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Korea, Japan and Israel (round 91): leaving a ship in port, the intern programme's banned deposits, a clinic's cashier. */
const { check, flags } = checker();

describe("a crew place sold to leave the ship in port", () => {
  it.each([
    ["en, a shore pass and 'our team picks you'", "Deck hand to Korea. You sail as crew from Karachi; at Busan you get a shore pass and our team picks you up at the gate for a factory job. 8 lakh, 3 lakh advance. WhatsApp +92 333 0000 520"],
    ["en, 'jump ship'", "Japan fish plant job: join a cargo ship as crew and jump ship in Osaka, our people wait there. USD 4,000. Telegram @jp_sea_0000"],
    ["ru, ashore and not coming back", "Корея без визы: ставим в экипаж на судно до Пусана, там сходите на берег и не возвращаетесь на судно, вас встречают. 3 500$, 1 500$ предоплата. @sea_kr_0000"],
    ["kk, off the ship and stay there", "Жапонияға визасыз: кемеге матрос болып шығасыз, Жапония портында кемеден түсіп, сонда қаласыз. Бағасы 1 000 000 ₸, жартысы алдын ала. Telegram @jp_kem_0000"],
    ["ur, Jeju then a ship to the mainland", "کوریا کا آسان راستہ: جیجو ویزا فری، وہاں سے کشتی میں مین لینڈ، فیکٹری میں کام۔ بکنگ 40,000 ایزی پیسہ۔ واٹس ایپ 0313-5550 843"],
  ])("%s", (_, text) => {
    expect(check(text).crime).toBe("smuggling");
  });
});

describe("the intern programme's banned deposits and penalties, said as banned", () => {
  it.each([
    ["ru", "Программа технических стажёров, Япония, 3 года. Лицензия KG-L-0000.\n\nПо закону Японии с вас нельзя брать залоги и штрафы за досрочное расторжение договора. Если кто-то их требует — это нарушение, сообщайте в OTIT.\nТел. +996 3222 555 17"],
    ["uz-Cyrl", "Япония, техник стажёрлик дастури, 3 йил. Лицензия UZ-XBA-0000.\nБиз гаров пули олмаймиз ва «шартномани бузсангиз жарима» деган шартни ёзмаймиз.\nТел +998 65 555 17 04"],
    ["uz-Latn", "Yaponiya, texnik stajyorlik dasturi, 3 yil. Litsenziya UZ-XBA-0000.\nGarov puli va \"qochib ketsa jarima\" shartlari olinmaydi.\nTel +998 71 555 43 11"],
  ])("%s: no trafficking sign", (_, text) => {
    expect(flags(text)).not.toContain("trafficking_risk");
  });
});

describe("a medical check paid at the clinic's own cashier", () => {
  it("ru: no fee to whoever writes", () => {
    expect(flags("Прошла отбор в Агентстве миграции, сиделкой в Израиль. Сказали пройти медосмотр в клинике и оплатить там же в кассе — 500 тыс. сум. Агентству платить ничего не нужно.")).not.toContain("upfront_fee");
  });
});

describe("a language school or course that says it is no recruiter", () => {
  it("ur: a course fee with a receipt from a school that gets no one a visa", () => {
    const verdict = check("جاپانی زبان کورس، 4 ماہ۔ فیس: 25,000 روپے، داخلے پر رسید۔\nوضاحت: ہم ریکروٹنگ ایجنسی نہیں ہیں۔ نہ ویزا دلواتے ہیں نہ نوکری کا وعدہ کرتے ہیں۔\nرابطہ: 0300-0000 615");
    expect(verdict.risk).toBe("low");
  });

  it("tg: 'this course is no guarantee of work or a visa' promises nothing", () => {
    expect(flags("Курси ройгони забони ҷопонӣ, 6 моҳ, бо дастгирии IOM. Ин курс кафолати кор ё раводид нест. Тел.: +992 37 0000 128")).not.toContain("guaranteed_visa");
  });
});

describe("a caregiver's passport kept at the agency's office", () => {
  it.each([
    ["ur-Latn", 'Israel mein caregiver job, khawateen 25-40. Wahan passport "hifazat ke liye" agency ke office mein rahega. Fee 10 lakh salary se katega. 0300 0000 112'],
    ["ur", "اسرائیل میں کیئر گیور، خواتین 25 سے 40۔ وہاں پاسپورٹ ایجنسی کے دفتر میں رہے گا۔ فیس تنخواہ سے کٹے گی۔ 0300 0000 113"],
  ])("%s", (_, text) => {
    expect(check(text).crime).toBe("trafficking");
  });
});
