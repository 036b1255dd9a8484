import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Hajj, Umrah and the pilgrimage seasons (round 105): a trip sold to the traveller is no job offer. */
const { check, flags } = checker();

describe("a pilgrimage or a tour sold to the traveller", () => {
  it.each([
    [
      "ur-Latn",
      "🕋 Rajab & Shaban Umrah Packages 2027 🕋\nNoor-e-Safar Travels (Pvt) Ltd — Blue Area, Islamabad\n15 din: Rs 3,15,000 (sharing)\nShamil: Umrah visa, return ticket, Makkah hotel 700m.\nUmrah visa sirf ibadat ke liye hai, is visa par kaam karna jurm hai.\nPayment sirf company ke bank account mein, raseed ke sath.\nRabta: 051-2555-0348",
    ],
    ["ur", "ازبکستان زیارات ٹور — سمرقند، بخارا\n7 دن / 6 راتیں\nپیکج: 2 لاکھ 95 ہزار روپے فی کس\nشامل: ریٹرن ٹکٹ، ای ویزا، ہوٹل\nنوٹ: یہ سیاحتی ٹور ہے۔ اس ویزا پر کام کی اجازت نہیں۔\nنور سفر ٹورز، لاہور — 042-35550318"],
    ["en", "Umrah package 14 days: PKR 295,000 per person, visa, flights and hotels included. Booking Rs 50,000 paid to our company account with a receipt. Crescent Tours, Lahore, 042-0000-8816"],
  ])("%s: its price is no recruitment fee, and it is no job ad", (_variant, text) => {
    const v = check(text);
    expect(v.isJobAd).toBe(false);
    expect(v.risk).toBe("low");
    expect(v.toldOffer).toBeUndefined();
  });

  it("a Hajj visa 'outside the quota' paid into a wallet is still an offer to warn of", () => {
    const text = "Hajj package 2027 outside quota! Hajj visa 100% guaranteed, 9 lakh, advance 3 lakh on JazzCash 0300-0000417 today only.";
    expect(check(text).risk).toBe("high");
    expect(flags(text)).toContain("guaranteed_visa");
  });

  it("an Umrah package that adds a job and a wage is a job offer", () => {
    const text = "Umrah package + job in Makkah hotel, salary 2500 riyal, stay after the visa, pay Rs 4 lakh advance. WhatsApp 0301-0000712";
    const v = check(text);
    expect(v.isJobAd).toBe(true);
    expect(v.risk).not.toBe("low");
  });
});

describe("a state notice of the same round", () => {
  it("ur: 'کسی بھی اوورسیز ایمپلائمنٹ پروموٹر' (any overseas employment promoter) names no recruiter", () => {
    const text =
      "بیورو آف امیگریشن اینڈ اوورسیز ایمپلائمنٹ — عوامی آگاہی\nکسی بھی اوورسیز ایمپلائمنٹ پروموٹر کا لائسنس بیورو کی ویب سائٹ beoe.gov.pk پر چیک کریں۔ واٹس ایپ پر کسی کو رقم نہ دیں۔";
    expect(check(text).entities.companies).toEqual([]);
    expect(flags(text)).not.toContain("unlicensed_recruiter");
  });
});

describe("a guide who goes with pilgrims (tg, round 105)", () => {
  it.each([
    ["guides who know Arabic, hired by the state for the Hajj", "Кумита барои ҳаҷи 2027 озмун эълон мекунад: роҳбаладон бо донистани забони арабӣ — 50 нафар. Раводид ва чипта аз ҳисоби ташкилкунанда. Тел.: +992 37 555 40 13"],
    ["a guide among a tour's inclusions", "Зиёрати Самарқанд, 3 рӯз. Нарх 1 300 сомонӣ: автобус, меҳмонхона, наҳорӣ, роҳбалад. Бо шартнома ва чек. «Восит Тур», Хуҷанд, +992 92 555 77 18"],
  ])("%s is no smuggler's guide", (_what, text) => {
    expect(flags(text)).not.toContain("smuggling_route");
  });

  it("a guide who takes you through the forest still is", () => {
    const text = "Ба Полша бе раводид: аз Белорусия роҳбалад шуморо шабона аз ҷангал мегузаронад. Нарх 4000$, нисфаш пеш. Telegram @rohi_polsha";
    expect(flags(text)).toContain("smuggling_route");
    expect(check(text).crime).toBe("smuggling");
  });
});

describe("a Hajj operator's own package (round 105)", () => {
  it("kk: an accredited operator («аккредиттеген оператор») sells a trip, it hires no operator", () => {
    const text =
      "Қажылық-2027 | «Nur Kaaba Tour» — ҚМДБ аккредиттеген оператор\nПакет құны: 8 100 $. Құнына кіреді: әуе билеті, қажылық визасы, қонақүй, тамақ.\nТөлем тек компанияның шотына, чекпен.\nАстана, Абай даңғ. 5 | +7 717 555 0313";
    const v = check(text);
    expect(v.entities.jobTitles).toEqual([]);
    expect(v.risk).toBe("low");
  });

  it("ur-Latn: a private Hajj package that refuses a 'visa guarantee' and personal accounts is low", () => {
    const text =
      "Private Hajj Scheme 2027 — Safa Marwa Hajj Group (Pvt) Ltd\nQeemat Rs 16,90,000 se shuru.\n\nPayment: sirf company ke bank account mein. Naqad ya kisi personal account mein nahi. Har qist ki raseed.\nHum \"visa guarantee\" ka jhoota wada nahi karte.\nOffice: Saddar, Karachi | 021-0000-3372";
    const v = check(text);
    expect(v.flags.map((f) => f.id)).not.toContain("payment_channel");
    expect(v.flags.map((f) => f.id)).not.toContain("guaranteed_visa");
    expect(v.risk).toBe("low");
  });
});
