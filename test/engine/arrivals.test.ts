import { describe, expect, it } from "vitest";
import { checker, checkerWithRows } from "../helpers/engine.ts";

/** Recruiters at transit points and on arrival (round 99): whose numbers a licensed operator's name may sit beside. */

describe("a licensed operator named beside numbers that are not its own", () => {
  const oep = checkerWithRows({ licenceNo: "7318/RWP", name: "Watan Dost Manpower Services", city: "Rawalpindi" });

  it("ur: the employer's driver at Dammam beside the recruiter's own office number", () => {
    const text = "وطن دوست مین پاور سروسز (لائسنس 7318/RWP)\nدمام جانے والے گروپ کے لیے: دمام ایئرپورٹ پر کمپنی کا ڈرائیور بورڈ لے کر کھڑا ہوگا (‎+966 55 555 0318)۔\nاصل پاسپورٹ آپ کے پاس رہے گا۔\nدفتر: 051-555-0442";
    const verdict = oep.check(text);
    expect(verdict.flags.map((f) => f.id)).not.toContain("brand_impersonation");
    expect(verdict.risk).toBe("low");
  });

  it("a Saudi WhatsApp number alone under the recruiter's name is still impersonation", () => {
    const text = "وطن دوست مین پاور سروسز (لائسنس 7318/RWP)\nدمام کے لیے ڈرائیور درکار، تنخواہ 2000 ریال۔ واٹس ایپ +966 55 555 0318";
    expect(oep.flags(text)).toContain("brand_impersonation");
  });

  it("a fee to a wallet under a licensed operator's name, 'beware of fake agents' and a foreign number stay impersonation", () => {
    const sws = checkerWithRows({ country: "GB", registry: "UK-SWS", licenceNo: null, name: "HOPS Labour Solutions", city: "Kent" });
    const text = "UK farm visa via HOPS Labour Solutions. Beware of fake agents! Registration fee Rs 50,000 by JazzCash. WhatsApp +92 300 0000 516";
    expect(sws.flags(text)).toContain("brand_impersonation");
  });
});

describe("arrival services told plainly", () => {
  const { check, flags } = checker();

  it("kk: families passing the border checkpoints on their way to a state adaptation centre", () => {
    const text = "ҚАНДАСТАР НАЗАРЫНА! Облыс әкімдігінің басқармасы хабарлайды. Оңтүстік шекарадағы өткізу пункттерінен өтіп, облысқа көшіп келетін отбасыларға бейімдеу орталығында уақытша тегін тұру. Барлық қызмет ТЕГІН.";
    expect(flags(text)).not.toContain("smuggling_route");
  });

  it("kk: taking people across the border is still a route", () => {
    expect(flags("Ресейге шекарадан өткіземіз, құжатсыз. 300$ алдын ала. WhatsApp +7 777 555 0011")).toContain("smuggling_route");
  });

  it("ur: an advance for food given to the worker, repaid from two salaries, is no fee", () => {
    const text = "الواحہ پولٹری فارمز — ایچ آر کا پیغام\nتنخواہ ہر مہینے بینک کارڈ پر آئے گی۔ پہلے ہفتے کھانے کے لیے 500 ریال ایڈوانس ملے گا جو اگلی دو تنخواہوں سے آدھا آدھا کٹے گا۔\nپاسپورٹ آپ کے اپنے پاس رہے گا۔";
    expect(flags(text)).not.toContain("upfront_fee");
    expect(check(text).risk).toBe("low");
  });

  it("ur-Latn: 'full length photo ki zaroorat nahi' asks for no such photo", () => {
    const text = "Riyadh ke ladies salon ke liye Beauticians. Sirf khawateen, umar 24–40, 3 saal experience.\nCV with passport-size photo (full length photo ki zaroorat nahi).";
    expect(flags(text)).not.toContain("trafficking_risk");
  });

  it("en: a full-length photo asked of girls for hostess work is still a sign", () => {
    expect(check("Girls 18-25 for hostess jobs in Dubai, send full length photo on WhatsApp +971 50 555 0000").crime).toBe("trafficking");
  });
});
