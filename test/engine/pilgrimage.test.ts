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
