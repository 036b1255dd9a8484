import { describe, expect, it } from "vitest";
import { checker, offerOf } from "../helpers/engine.ts";

/** Round 76's dev half: messages that reach jobseekers privately, and the chats they paste. */

describe("lawful costs a recruiter or a relative names in a message", () => {
  const { check } = checker();

  it("ur: 'ویزا فیس 75 یورو آپ خود دیں گی' at the embassy is the worker's own lawful cost", () => {
    const text =
      "میں: باجی، جرمنی میں نرسنگ کا کیا طریقہ ہے؟\nکزن (جرمنی): ہسپتال کا کنٹریکٹ آنے پر اسلام آباد ایمبیسی میں ورک ویزا، ویزا فیس 75 یورو آپ خود دیں گی۔ جرمن زبان B1 ضروری ہے۔";
    const found = check(text).flags.map((f) => f.id);
    expect(found).not.toContain("upfront_fee");
    expect(found).not.toContain("fee_over_legal_cap");
  });

  it("tg: a UK operator's note that the visa is paid on gov.uk is no fee it takes, and no impersonation", () => {
    const text =
      "Agri-HR Ltd — Seasonal Worker Scheme (UK)\nСалом! Мусоҳибаи видеоии Шумо: 18.02, соати 14:00.\nХароҷоти Шумо: визаи Британия (тақрибан £300, дар gov.uk), чипта, суғурта. Мо аз Шумо ягон пул намегирем.";
    const found = check(text).flags.map((f) => f.id);
    expect(found).not.toContain("upfront_fee");
    expect(found).not.toContain("brand_impersonation");
  });
});

describe("ur-Latn: a relative's 'agar koi … ke paise mange to mat dena' warns of the offer it quotes", () => {
  const { check } = checker();

  it("the chat tells no offer", () => {
    const text =
      "Hamza: Main referral de sakta hun, company ek euro nahi leti. Visa fee embassy ki tumhari.\nHamza: Aur agar koi \"Germany job seeker visa + job pakki\" ke paise mange to mat dena, aise bohat log phanse hain\nTaimoor: JazakAllah bhai";
    const v = check(text);
    expect(v.flags.map((f) => f.id)).not.toContain("guaranteed_visa");
    expect(offerOf(v).risk).toBe("low");
  });
});

describe("uz-Latn: an E-9 'quota' sold without the exam ('EPS-TOPIK imtihonisiz') is a state scheme sold privately", () => {
  const { check } = checker();

  it("'imtihonisiz', and 'Kvotaga yozilish 1200 $' is a fee before the visa", () => {
    const text =
      "Assalomu alaykum! Koreyaga ishga ketish haqida so'ragan ekansiz. Hukumat \"maxsus kvota\" ochdi — EPS-TOPIK imtihonisiz E-9 viza. Kvotaga yozilish 1200 $, viza chiqqanidan keyin yana 2500 $.";
    const v = check(text);
    const found = v.flags.map((f) => f.id);
    expect(found).toContain("no_requirements");
    expect(found).toContain("upfront_fee");
    expect(v.risk).toBe("high");
  });
});

describe("tg: 'our man at the border', 'through a small post'", () => {
  const { check } = checker();

  it("is a crossing", () => {
    const v = check("Дар Маскав кор тайёр, стройка. Агар вақт нест — аз Қазоқистон бо мошин, аз пости хурд мегузаронем. Бачаи мо дар сарҳад ҳаст. 1 200 $. Фақат WhatsApp +992 91 555 0433");
    expect(v.flags.map((f) => f.id)).toContain("smuggling_route");
    expect(v.crime).toBe("smuggling");
  });
});

describe("ur: 'ابھی کوئی رقم نہیں لی جائے گی' (no money is taken now) is a promise of later, not a warning against fees", () => {
  const { check } = checker();

  it("a passport kept until the deductions end still reads as bondage", () => {
    const text =
      "السلام علیکم، دبئی کی ایک لانڈری کمپنی کو 20 ہیلپر چاہییں، تنخواہ 1,400 درہم، رہائش کمپنی کی۔\nآپ سے ابھی کوئی رقم نہیں لی جائے گی، ٹکٹ اور ویزا کمپنی دے گی اور 18 مہینے تنخواہ سے کٹوتی ہوگی۔\nدبئی پہنچ کر پاسپورٹ کمپنی کے پاس رہے گا، کٹوتی ختم ہونے پر واپس ملے گا۔";
    const v = check(text);
    expect(v.flags.map((f) => f.id)).not.toContain("anti_fraud_notice");
    expect(v.crime).toBe("trafficking");
  });

  it("a recruiter's 'ہم کوئی فیس نہیں لیتے' still warns over its paragraph", () => {
    const text = "ملائیشیا فیکٹری ورکرز کی بھرتی۔ ہم امیدواروں سے فیس نہیں لیتے، ویزا اور ٹکٹ کمپنی کے ذمے۔";
    expect(check(text).flags.map((f) => f.id)).toContain("anti_fraud_notice");
  });
});
