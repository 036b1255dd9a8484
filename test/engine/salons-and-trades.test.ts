import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Round 117's dev half: barbers, salons, tailors and market sellers abroad. */
const { check, flags } = checker();

describe("a shop's own trade licence", () => {
  it.each([
    ["ur, 'ٹریڈ لائسنس SEDD-604418'", "ضرورت: سیلز مین — شارجہ\nنخلة الرولة ٹیکسٹائلز ایل ایل سی — ٹریڈ لائسنس SEDD-604418\nتنخواہ 1,800 درہم، ویزا اور ٹکٹ کمپنی کے خرچ پر۔ ملازم سے کسی قسم کی فیس نہیں لی جائے گی۔\nرابطہ: +971 6 555 0370"],
    ["en, 'trade licence CN-1234567'", "Barbers wanted for our Dubai salon, Fade Lounge Barbershop LLC, trade licence CN-5550417. Visa and ticket by the company, no fees. hr@fadelounge.ae"],
  ])("%s is the business's registration, not a recruitment licence", (_, text) => {
    expect(flags(text)).not.toContain("unlicensed_recruiter");
    expect(check(text).entities.licences).toEqual([]);
  });
});

describe("debts, kept passports and remote offices", () => {
  it("tg: the passport 'дар дасти хоҷаин меистад' until the debt 'то пӯшидани қарз' is closed", () => {
    const text = "Ба бозори Садовод фурӯшандаҳо лозим. Роҳкиро 1 500 доллар аз маош бармегардонед. То пӯшидани қарз шиноснома дар дасти хоҷаин меистад. Telegram @sadovod_0000";
    expect(check(text).crime).toBe("trafficking");
  });

  it("tg: a passport that stays 'дар дасти худатон' (in your own hands) is not held", () => {
    expect(flags("Ба сехи дӯзандагӣ дар Маскав дӯзандаҳо лозим. Шиноснома дар дасти худатон мемонад, маош ба корт. +992 90 555 0000")).not.toContain("trafficking_risk");
  });

  it("ru: a transfer from Bangkok's airport to an office 'на севере страны' is a scam centre's", () => {
    const text = "Сеть салонов красоты (Таиланд) ищет администраторов онлайн-записи, 1 200 $. Авиабилет до Бангкока компенсируем. Трансфер из аэропорта в офис компании на севере страны — за наш счёт. t.me/+beauty0000";
    expect(check(text).crime).toBe("trafficking");
  });

  it("ky: a tailor's 'certificate' sold 'окуусуз' (without any training) is forged", () => {
    expect(flags("Стамбулдагы ательеге тигүүчүлөр керек. «Эл аралык тигүүчү сертификатын» биздин борбор 7 000 сомго 5 күндө берет (окуусуз). +996 555 000 770")).toContain("document_forgery");
  });
});
