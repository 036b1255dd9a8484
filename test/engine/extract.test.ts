import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/engine.ts";
import { shippedEngine } from "../helpers/engine.ts";

let engine: Engine;
beforeAll(async () => {
  engine = await shippedEngine();
});
const entities = (text: string) => engine.check(text).entities;

describe("phones", () => {
  it("reads local and international numbers as E.164", () => {
    const phones = entities("Call 0300-0000111 or WhatsApp +92 321 0000222, Bishkek +996 555 000 111").phones;
    expect(phones.map((p) => p.e164)).toEqual(["+923000000111", "+923210000222", "+996555000111"]);
  });

  it("reads numbers written in Urdu digits", () => {
    expect(entities("رابطہ: ۰۳۰۰-۰۰۰۰۱۱۱ فوری ضرورت").phones.map((p) => p.e164)).toEqual(["+923000000111"]);
  });

  it("does not read a company's tax or register number as a phone or an amount", () => {
    const found = entities("Звоните +7 812 555-00-27. ООО «Склад Север», ИНН 7810000412. Kompaniya STIR: 305 000 417");
    expect(found.phones.map((p) => p.e164)).toEqual(["+78125550027"]);
    expect(found.money).toEqual([]);
  });

  it("a currency before a number is a whole word: a word ending in one (\"karo\", rial \"ro\") leaves the phone a phone", () => {
    const found = entities("CV mujhe whatsapp karo +966 55 000 0731, main HR ko de dunga");
    expect(found.phones.map((p) => p.e164)).toEqual(["+966550000731"]);
    expect(found.money).toEqual([]);
    expect(entities("Salary RO 350, +968 9000 0731").money.map((m) => [m.amount, m.currency])).toEqual([[350, "OMR"]]);
  });
});

describe("e-mails and links", () => {
  it("marks free-mail addresses", () => {
    const [a, b] = entities("CV to jobs.dubai2026@gmail.com or hr@sabzpahar.com.pk").emails;
    expect(a).toMatchObject({ domain: "gmail.com", freeMail: true });
    expect(b).toMatchObject({ domain: "sabzpahar.com.pk", freeMail: false });
  });

  it("finds links with and without a scheme and marks shorteners", () => {
    const urls = entities("Apply https://bit.ly/3abcD or www.uk-visa-gov.com/apply, join t.me/+AbCdEf").urls;
    expect(urls.map((u) => [u.domain, u.shortener])).toEqual([
      ["bit.ly", true],
      ["uk-visa-gov.com", false],
      ["t.me", false],
    ]);
  });
});

describe("licences", () => {
  it.each([
    ["OEP Licence No. 0417/RWP", "0417/RWP"],
    ["License # MPD/2671/LHR", "2671/LHR"],
    ["L.No 2876/LHR", "2876/LHR"],
    ["لائسنس نمبر 0651/LHR", "0651/LHR"],
    ["Лицензия № KG-L-0123", "KG-L-0123"],
    ["Litsenziya: UZ-XBA-0139", "UZ-XBA-0139"],
    ["Rawalpindi office 1182/RWP", "1182/RWP"],
    // The region's registry format needs no word "licence", as a Pakistani number does not.
    ["«Ордо Жоб» агенттиги, KG-L-1990 | Бишкек", "KG-L-1990"],
    ["Sharq Kor LLC (TJ-MS-8257), Khujand", "TJ-MS-8257"],
  ])("%s", (text, canonical) => {
    expect(entities(text).licences.map((l) => l.canonical)).toEqual([canonical]);
  });

  it("does not take a count with a case ending for a licence number", () => {
    expect(entities("Лицензиясы бар 20дан ашуун агенттик катышат").licences).toEqual([]);
  });

  it("does not take a Protector permission number for a licence", () => {
    const e = entities("Licence No. 0417/RWP, Protector Permission No. 3412/RWP/2026");
    expect(e.licences.map((l) => l.canonical)).toEqual(["0417/RWP"]);
    expect(e.protectorPermissions).toHaveLength(1);
  });
});

describe("companies", () => {
  it.each([
    ["Senior Lecturer\nTaman Ilmu University College, Shah Alam", "Taman Ilmu University College"],
    ["برمنگھم کے ریسٹورنٹ \"لاہوری دسترخوان\" کو شیف کی ضرورت ہے", "لاہوری دسترخوان"],
    ["Москвага асфальтчилар керак, «ДорСтройКапитал» фирмасига", "ДорСтройКапитал"],
    ["Toshkent Sakura Mehnat private employment agency, licence UZ-XBA-0846", "Toshkent Sakura Mehnat private employment agency"],
    ["Female Staff Nurses — Nakhla Specialist Hospital, Buraydah", "Nakhla Specialist Hospital"],
    ["Obyekt jiloy kompleks, podryadchik OOO SK Volga Monolit\nkuniga 3500-4000rub", "OOO SK Volga Monolit"],
    ["«Euro Work Tashkent» хусусий бандлик агентлиги (лицензия № UZ-XBA-0093)", "«Euro Work Tashkent» хусусий бандлик агентлиги"],
    ["Our warehouse (Logistyka Malta Sp. z o.o., Poznań) needs pickers", "Logistyka Malta Sp. z o.o"],
    ["Yasir Tekstil Atölyesi, Zeytinburnu, İstanbul", "Yasir Tekstil Atölyesi"],
    // Only words that say what a company is stand between the quoted name and its legal form.
    ["«Нарын Чыңгыз» эмгек агенттиги ЖЧК (лицензия № KG-L-1991)", "«Нарын Чыңгыз» эмгек агенттиги ЖЧК"],
  ])("names the employer in %s", (text, name) => {
    expect(entities(text).companies.map((c) => c.name.replace(/[»"”]$/u, ""))).toContain(name);
  });

  it("does not take a sentence's article or pronoun for a name", () => {
    expect(entities("The university applies for your Employment Pass").companies).toEqual([]);
    // "travel" is a travel agency's word: "You travel on the work visa" names the reader, not an agency.
    expect(entities("Visa: the employer pays. You travel on the work visa.").companies).toEqual([]);
  });
});

describe("money", () => {
  it.each([
    ["Salary 1500 SAR", { amount: 1500, currency: "SAR", kind: "salary" }],
    ["salary 3000$ + free accommodation", { amount: 3000, currency: "USD", kind: "salary" }],
    ["Visa fee Rs. 250,000 only", { amount: 250000, currency: "PKR", kind: "fee" }],
    ["fees 3 lakh rupees", { amount: 300000, currency: "PKR", kind: "fee" }],
    ["зарплата 150 000 тенге", { amount: 150000, currency: "KZT", kind: "salary" }],
    ["предоплата 500 €", { amount: 500, currency: "EUR", kind: "fee" }],
    ["oylik 12 mln so'm", { amount: 12000000, currency: "UZS", kind: "salary" }],
    ["маош 1500 сомонӣ", { amount: 1500, currency: "TJS", kind: "salary" }],
  ])("%s", (text, money) => {
    expect(entities(text).money).toEqual([expect.objectContaining(money)]);
  });

  it("does not read a house or office number after a fee word as a fee", () => {
    expect(entities("Резюмени WhatsApp'га ташланг ёки ресторанга келинг: Ordu Caddesi 112, Fatih").money).toEqual([]);
    expect(entities("Тўлов ташланг: офис 305").money).toEqual([]);
    // A currency beside the number still makes it money.
    expect(entities("Тўлов ташланг: офис 305 $").money).toEqual([expect.objectContaining({ amount: 305, currency: "USD" })]);
  });

  it("reads a bare amount next to a fee word in the local currency", () => {
    expect(entities("Saudi visa, advance 50,000 jama karwayen, baqi visa ke baad").money).toEqual([
      expect.objectContaining({ amount: 50000, currency: "PKR", kind: "fee" }),
    ]);
  });

  it("reads a rate quoted for an hour, day or week as pay, whether the period comes after the amount or before it", () => {
    // "Kunlik 12 000–16 000 тенге" is a daily wage: no fee is charged by the day, and both ends of the range are per day.
    expect(entities("Кунлик 12 000–16 000 тенге, хафтада 1 марта").money).toEqual([
      expect.objectContaining({ amount: 12000, currency: "KZT", kind: "salary", period: "day" }),
      expect.objectContaining({ amount: 16000, currency: "KZT", kind: "salary", period: "day" }),
    ]);
    expect(entities("Оплата: 1 200–1 500 руб в день").money.map((m) => m.period)).toEqual(["day", "day"]);
    expect(entities("soatiga 25 $").money).toEqual([expect.objectContaining({ kind: "salary", period: "hour" })]);
    expect(entities("предоплата 500 €").money[0]).not.toHaveProperty("period");
  });

  it("reads a piece rate (per m², per kg) as pay, in the units' own script or folded", () => {
    expect(entities("Плиточник: 1 200 ₽ за кв.м, расчёт каждую неделю").money).toEqual([expect.objectContaining({ amount: 1200, kind: "salary" })]);
    expect(entities("Kafel terish: 90 000 so'm 1 m² uchun").money).toEqual([expect.objectContaining({ amount: 90000, kind: "salary" })]);
    expect(entities("Registration 500 $ per person").money[0]?.kind).not.toBe("salary");
  });

  it("does not read phone numbers or years as money", () => {
    expect(entities("Contact 0300 0000111 since 2019").money).toEqual([]);
  });
});

describe("a rial is the named country's", () => {
  const currencies = (text: string) => entities(text).money.map((m) => [m.amount, m.currency]);

  it("in an advert for Oman, Oman's rial; for Qatar, Qatar's", () => {
    expect(currencies("Muscat, Oman: fish processing plant, packing staff, salary 140 rial a month, visa and ticket by the company")).toEqual([[140, "OMR"]]);
    expect(currencies("Доха, Катар: водители, зарплата 3 500 риал, виза от работодателя")).toEqual([[3500, "QAR"]]);
  });

  it("Saudi Arabia's where the advert names it, or names no country, or says SAR", () => {
    expect(currencies("Riyadh and Muscat branches: salary 1,500 riyal")).toEqual([[1500, "SAR"]]);
    expect(currencies("Driver needed, salary 1,500 riyal, room provided")).toEqual([[1500, "SAR"]]);
    expect(currencies("Muscat, Oman: salary SAR 1,500")).toEqual([[1500, "SAR"]]);
  });
});

describe("countries, companies, visa types", () => {
  it("finds destinations in any script", () => {
    const codes = entities("Jobs in Saudia, Dubai, Польша, Koreyaga, سعودی عرب").countries.map((c) => c.code);
    expect(new Set(codes)).toEqual(new Set(["SA", "AE", "PL", "KR"]));
  });

  it("takes the company name before its suffix", () => {
    expect(entities("Apply at Sabz Pahar Overseas Employment Promoters, Rawalpindi").companies.map((c) => c.name)).toEqual([
      "Sabz Pahar Overseas Employment Promoters",
    ]);
    expect(entities("ООО «Восток Трудоустройство» приглашает").companies.map((c) => c.name)).toEqual(["ООО «Восток Трудоустройство»"]);
    // The Urdu full stop ends the sentence before the name.
    const urdu = entities("انٹرویو کل دفتر میں۔ پیرس روڈ اوورسیز کنسلٹنٹس سیالکوٹ").companies.map((c) => c.name);
    expect(urdu).toContain("پیرس روڈ اوورسیز کنسلٹنٹس");
    expect(urdu.filter((name) => name.includes("دفتر"))).toEqual([]);
  });

  it("tells visit and Umrah visas from work visas", () => {
    const types = entities("Visit visa or umrah visa, not work visa").visaTypes.map((v) => v.type);
    expect(types).toEqual(["visit", "umrah", "work"]);
  });
});
