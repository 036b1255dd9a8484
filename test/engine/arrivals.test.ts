import { describe, expect, it } from "vitest";
import { checkerWithRows } from "../helpers/engine.ts";

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
