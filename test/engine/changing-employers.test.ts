import { describe, expect, it } from "vitest";
import { checker, checkerWithRows, offerOf } from "../helpers/engine.ts";

/** Round 83's dev half: changing employers and renewing papers abroad, and the release sold back to the worker. */

describe("an employer who keeps the passport until the worker pays for his release", () => {
  const { check } = checker();

  it("en: 'the kafeel kept his passport' and 'they don't let him go out of the camp', in a relative's question", () => {
    const text =
      "Salam, my cousin works in Dammam as a mason. The kafeel kept his passport from day one and now asks 10,000 riyal for release. They don't let him go out of the camp. An agent says pay him Rs 2 lakh on EasyPaisa and he will fix it. What to do?";
    expect(offerOf(check(text)).crime).toBe("trafficking");
  });

  it("ru: 'с территории выходить нельзя' told by a relative", () => {
    const text =
      "Помогите. Сын работает на стройке в Подмосковье, зарплату не платят третий месяц. С территории выходить нельзя, только с бригадиром. За «освобождение» просят 50 000 на карту. Что делать?";
    expect(offerOf(check(text)).crime).toBe("trafficking");
  });

  it("tg: the owner 'паспортро гирифтааст' and he 'берун баромада наметавонад'", () => {
    const text =
      "Бародарам дар Казон дар сехи пойафзол кор мекунад. Хӯҷаин паспорташро гирифтааст, мегӯяд то қарзро надиҳӣ паспортро намедиҳам. Шаб берун баромада наметавонад. Як нафар дар Телеграм 25 ҳазор рубл мехоҳад, ки ӯро «выкуп» кунад.";
    expect(offerOf(check(text)).crime).toBe("trafficking");
  });
});

describe("ur: an embassy's reminder that an employer may not keep the passport warns of it", () => {
  const { check } = checker();

  it("'آجر … پاسپورٹ اپنے پاس نہیں رکھ سکتا' and 'شکایت درج کریں'", () => {
    const text =
      "سفارتخانہ پاکستان، ریاض — کمیونٹی ویلفیئر\nسعودی قانون کے تحت آجر کارکن کا پاسپورٹ اپنے پاس نہیں رکھ سکتا۔\nاگر کفیل پاسپورٹ واپس نہیں کر رہا تو لیبر آفس میں شکایت درج کریں۔ رابطہ: +966 11 0000 482";
    const v = check(text);
    expect(v.flags.map((f) => f.id)).not.toContain("trafficking_risk");
    expect(v.risk).toBe("low");
  });
});

describe("en: Japan's Immigration Services Agency named beside an OEP is a state body, not a second recruiter", () => {
  const { check } = checkerWithRows({ licenceNo: "7001/ISB", name: "Tarnak Recruitment Services", city: "Islamabad" });

  it("the OEP's own licence is no licence under another name", () => {
    const text =
      "JAPAN — SPECIFIED SKILLED WORKER (SSW i), FOOD MANUFACTURING\n\nTarnak Recruitment Services\nOEP Licence No. 7001/ISB | Protector Permission ISB/2026/0311\n\nEmployer: a food factory in Shizuoka — 20 posts, 1-year contract.\nAlready working in Japan on SSW? You may change employer within the field. You apply for the change at your regional immigration bureau and pay the fee set by the Immigration Services Agency.\nService charge PKR 6,000, official receipt.\nOffice 3, Blue Area, Islamabad | info@tarnak.com.pk";
    expect(check(text).flags.map((f) => f.id)).not.toContain("licence_name_mismatch");
  });
});
